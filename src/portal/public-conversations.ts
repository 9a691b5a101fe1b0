/**
 * The public part of the conversation records: the page /gesprekken/ that publish adds to the
 * site, with only the records a beheerder marked public and that are 'vastgesteld' — per
 * cooperation the date and the answers per part of the guide. Participants are not published
 * (they are names of people).
 */
import { cooperationHref, guideHref } from '../present/components.ts';
import { formatPartialDate } from '../present/format.ts';
import { html } from '../present/html.ts';
import type { Page } from '../present/page.ts';
import { PART_TITLE, PARTS, type Conversation } from './conversations.ts';

export const CONVERSATIONS_PATH = '/gesprekken/';

function record(c: Conversation, name: string) {
  const answered = c.answers.filter((a) => a.answer !== '' || a.agreement !== '');
  return html`<section aria-labelledby="gesprek-${c.cooperationId}"><h2 id="gesprek-${c.cooperationId}"><a href="${cooperationHref(c.cooperationId)}">${name}</a></h2>
<p>Gesprek${c.heldOn ? html` van ${formatPartialDate(c.heldOn)}` : ''}, vastgesteld; ${answered.length} vragen beantwoord. <a href="${guideHref(c.cooperationId)}">De gespreksleidraad</a>.</p>
${PARTS.map((part) => {
  const list = answered.filter((a) => a.part === part);
  return list.length
    ? html`<h3>${PART_TITLE[part]}</h3><dl>${list.map((a) => html`<dt>${a.questionText}</dt><dd>${a.answer || '–'}${a.agreement ? html`<br><strong>Afspraak of vervolg:</strong> ${a.agreement}` : ''}</dd>`)}</dl>`
    : '';
})}</section>`;
}

export function conversationsSitePage(records: readonly Conversation[], names: ReadonlyMap<string, string>): Page {
  return {
    path: CONVERSATIONS_PATH,
    title: 'Uitkomsten van de gesprekken',
    description: 'De vastgestelde en openbaar gemaakte verslagen van de gesprekken met regio’s aan de hand van de gespreksleidraad.',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: [],
    body: html`<h1>Uitkomsten van de gesprekken</h1>
<p class="lead">${records.length === 0 ? 'Er zijn nog geen openbare gespreksverslagen.' : `${records.length} vastgestelde gespreksverslagen die de regio’s en de VNG openbaar hebben gemaakt.`} Alleen verslagen die de beheerder openbaar heeft gemaakt staan hier; namen van deelnemers worden niet gepubliceerd.</p>
${records.map((c) => record(c, names.get(c.cooperationId) ?? c.cooperationId))}`,
  };
}
