/** The proposal queue, a proposal with its diff, the beheerder's decision and the messages back and forth. */
import { z } from 'zod';
import type { Session } from '../auth.ts';
import * as pages from '../pages.ts';
import { addMessage, approve, proposalById, reject, type Proposal } from '../proposals.ts';
import { actorOf, EDITORS, mayEdit, type Ctx, type Router } from '../router.ts';
import { idParam, text } from '../http.ts';

const WHY: Record<string, string> = {
  verouderd: 'Het samenwerkingsverband is gewijzigd sinds dit voorstel is gedaan; het kan niet meer worden goedgekeurd. Wijs het af of vraag de redacteur om een nieuw voorstel.',
  afgehandeld: 'Dit voorstel is al afgehandeld.',
};

export function reviewRoutes(r: Router): void {
  const { db, ref } = r.ctx;
  const own = async (s: Session, idText: string | undefined) => {
    const id = idParam(idText);
    const p = id === null ? null : await proposalById(db, id);
    return p && mayEdit(s, p.cooperation_id) ? p : null;
  };
  const show = async (c: Ctx, s: Session, p: Proposal, problem: string | null, status = 200) => c.html(r.page(c, `Voorstel ${p.id}`, await pages.proposalDetail(db, ref, s, p, problem)), status as 400);
  const missing = (c: Ctx) => r.say(c, 404, 'Niet gevonden', 'Dit voorstel bestaat niet of u hebt er geen toegang toe.');

  r.route('GET', '/voorstellen', EDITORS, async (c, s) => c.html(r.page(c, 'Voorstellen', await pages.proposalQueue(db, s))));

  r.route('GET', '/voorstellen/:id', EDITORS, async (c, s) => {
    const p = await own(s, c.req.param('id'));
    return p ? show(c, s, p, null) : missing(c);
  });

  r.route('POST', '/voorstellen/:id/besluit', ['beheerder'], async (c, s) => {
    const p = await own(s, c.req.param('id'));
    if (!p) return missing(c);
    const form = z.object({ besluit: z.enum(['goedkeuren', 'afwijzen']), reden: text(2000).default('') }).safeParse(await c.req.parseBody());
    if (!form.success || (form.data.besluit === 'afwijzen' && form.data.reden === '')) return show(c, s, p, 'Geef bij afwijzen een reden op.', 400);
    const result = form.data.besluit === 'goedkeuren' ? await approve(db, ref, actorOf(s), p.id, form.data.reden) : await reject(db, actorOf(s), p.id, form.data.reden);
    if (!result.ok) {
      const why = result.reason === 'ongeldig' ? `Het voorstel voldoet niet (meer) aan de regels: ${result.findings?.map((f) => f.message).join(' ')}` : WHY[result.reason];
      return show(c, s, (await proposalById(db, p.id))!, why, 409);
    }
    return c.redirect(`/voorstellen/${p.id}`, 303);
  });

  r.route('POST', '/voorstellen/:id/bericht', EDITORS, async (c, s) => {
    const p = await own(s, c.req.param('id'));
    if (!p) return missing(c);
    const form = z.object({ bericht: text(4000).min(1) }).safeParse(await c.req.parseBody());
    if (!form.success) return show(c, s, p, 'Schrijf een bericht.', 400);
    const result = await addMessage(db, actorOf(s), p.id, form.data.bericht, s.user.role === 'beheerder');
    if (!result.ok) return show(c, s, p, WHY.afgehandeld, 409);
    return c.redirect(`/voorstellen/${p.id}`, 303);
  });
}
