/** The beheerder's publishing and the audit log. */
import { auditCsv } from '../audit.ts';
import * as pages from '../pages.ts';
import { publish } from '../publish.ts';
import { actorOf, type Router } from '../router.ts';

export function adminRoutes(r: Router): void {
  const { db, ref } = r.ctx;
  r.route('GET', '/publiceren', ['beheerder'], async (c, s) => c.html(r.page(c, 'Publiceren', await pages.publishPage(db, s.csrf, null))));

  r.route('POST', '/publiceren', ['beheerder'], async (c, s) => {
    const result = await publish(db, ref, r.ctx.paths, actorOf(s), r.ctx.statusLabel, r.ctx.buildSite);
    return c.html(r.page(c, 'Publiceren', await pages.publishPage(db, s.csrf, result)), result.ok ? 200 : 409);
  });

  r.route('GET', '/audit', ['beheerder'], async (c) => c.html(r.page(c, 'Auditlog', await pages.auditPage(db))));

  r.route('GET', '/audit.csv', ['beheerder'], async (c) =>
    c.body(await auditCsv(db), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="auditlog.csv"' }));
}
