/**
 * The national findings on one page of the guide: the conversation deepens the national analysis for
 * one region, so the people at the table first see what that analysis found across all regions. The
 * same sentences as the site's overview (present/findings.ts), with the dataset's reference date.
 */
import { html, type Html } from '../present/html.ts';
import { researchQuestions } from '../present/findings.ts';
import type { SiteLookup } from '../present/lookup.ts';
import type { SiteStatus } from '../present/layout.ts';

export const NATIONAL_SUMMARY_ID = 'landelijk-beeld';

export function nationalSummary(l: SiteLookup, status: SiteStatus): Html {
  const questions = researchQuestions(l).map(
    (q) => html`<section class="guide-national__question" aria-labelledby="${NATIONAL_SUMMARY_ID}-${q.n}"><h3 id="${NATIONAL_SUMMARY_ID}-${q.n}">${q.n}. ${q.question}</h3>${q.answer}</section>`,
  );
  return html`<section class="section guide-national" aria-labelledby="${NATIONAL_SUMMARY_ID}"><h2 id="${NATIONAL_SUMMARY_ID}">Het landelijke beeld op één pagina</h2>
<p>Dit gesprek kleurt de landelijke analyse in voor één regio. Wat die analyse over alle regio’s samen laat zien, in vier vragen (${status.label}, stand ${status.date}):</p>
${questions}
</section>`;
}
