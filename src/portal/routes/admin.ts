/** The beheerder's publishing and the audit log. */
import { auditCsv } from '../audit.ts';
import * as pages from '../pages.ts';
import { publish } from '../publish.ts';
import { actorOf, type Router } from '../router.ts';
import { importUpload } from '../upload.ts';
import { idParam } from '../http.ts';

export function adminRoutes(r: Router): void {
  const { db, ref } = r.ctx;
  r.route('GET', '/publiceren', ['beheerder'], async (c, s) => c.html(r.page(c, 'Publiceren', await pages.publishPage(db, s.csrf, null))));

  r.route('POST', '/publiceren', ['beheerder'], async (c, s) => {
    const result = await publish(db, ref, r.ctx.paths, actorOf(s), r.ctx.statusLabel, r.ctx.buildSite);
    return c.html(r.page(c, 'Publiceren', await pages.publishPage(db, s.csrf, result)), result.ok ? 200 : 409);
  });

  r.route('GET', '/gegevens', ['beheerder'], (c, s) => c.html(r.page(c, 'Dataset inlezen', pages.uploadPage(s.csrf))));

  r.route('POST', '/gegevens', ['beheerder'], async (c, s) => {
    const body = await c.req.parseBody({ all: true });
    const result = await importUpload(db, ref, body.bestanden, actorOf(s));
    if (!result.ok) {
      const outcome = 'problems' in result ? { problems: result.problems } : { findings: result.dataset.findings.filter((f) => f.severity === 'error') };
      return c.html(r.page(c, 'Dataset inlezen', pages.uploadPage(s.csrf, outcome)), 400);
    }
    const warnings = result.dataset.findings.filter((f) => f.severity === 'warning').length;
    return c.html(r.page(c, 'Dataset inlezen', pages.uploadPage(s.csrf, { accepted: { cooperations: result.cooperations, changed: result.changed, warnings } })));
  });

  r.route('GET', '/audit', ['beheerder'], async (c) => {
    const before = c.req.query('voor');
    if (before !== undefined && idParam(before) === null) return r.say(c, 404, 'Niet gevonden', 'Deze pagina van het auditlog bestaat niet.');
    return c.html(r.page(c, 'Auditlog', await pages.auditPage(db, before === undefined ? null : idParam(before))));
  });

  r.route('GET', '/audit.csv', ['beheerder'], async (c) =>
    c.body(await auditCsv(db), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="auditlog.csv"' }));
}
