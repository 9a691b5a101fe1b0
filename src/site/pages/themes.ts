/** Thema's (/themas/): the nine theme maps as a grid; one page per theme with its agendas and goals. */
import { goalReliability } from '../../present/explain.ts';
import { themeSlug, type Theme } from '../../model/themes.ts';
import { GOAL_CLASSES } from '../../model/enums.ts';
import { html } from '../../present/html.ts';
import { formatCountOf, formatNumber, formatPercent, plural } from '../../present/format.ts';
import { cooperationHref, GOAL_CLASS_LABEL, LEGAL_FORM_SHORT, link, municipalityHref, section, table } from '../../present/components.ts';
import { themeGrid, themeMap } from '../../present/map/slots.ts';
import { embedSnippet } from './embed-snippet.ts';
import { themeEmbed } from './embed.ts';
import type { SiteLookup } from '../../present/lookup.ts';
import type { Page } from '../../present/page.ts';

export function themesIndexPage(l: SiteLookup): Page {
  const grid = themeGrid(l);
  return {
    path: '/themas/',
    title: 'Thema’s',
    description: 'De negen ruimtelijke thema’s, elk met een kaart van de agenda’s die eraan werken.',
    breadcrumbs: [{ href: '/', label: 'Overzicht' }],
    scripts: grid.scripts,
    styles: grid.styles,
    body: html`<h1>Thema’s</h1>
<p class="lead">Elke ruimtelijke agenda werkt aan een of meer van negen thema’s. Per thema ziet u waar agenda’s eraan werken en waar niet (gearceerd); kies een thema voor de lijst en de doelen.</p>
${grid.figure}`,
  };
}

type Analysis = SiteLookup['input']['analysis'];

/** The theme page's lead: agendas with the theme, those with only it, and the municipalities outside them, each with its denominator. */
function themeLead(theme: Theme, themes: Analysis['themes'], outside: number, municipalities: number): string {
  const withTheme = themes.agendasPerTheme[theme] ?? 0;
  const only = themes.singleThemeAgendas[theme] ?? 0;
  return `${formatNumber(withTheme)} van de ${formatNumber(themes.agendas)} ruimtelijke agenda’s ${withTheme === 1 ? 'werkt' : 'werken'} aan ${theme.toLowerCase()}. ${
    withTheme > 0 ? `${formatCountOf(only, withTheme)} ${only === 1 ? 'werkt' : 'werken'} alleen aan dit thema. ` : ''
  }${formatNumber(outside)} van de ${formatNumber(municipalities)} gemeenten ${outside === 1 ? 'doet' : 'doen'} niet mee aan een agenda met dit thema.`;
}

export function themePage(l: SiteLookup, theme: Theme): Page {
  const { themes, goals, coverage } = l.input.analysis;
  const agendas = l.spatial.filter((c) => c.themes.includes(theme));
  const map = themeMap(l, theme);
  const summary = goals.perTheme[theme];
  const white = coverage.whiteSpotsByTheme[theme] ?? [];
  return {
    path: `/themas/${themeSlug(theme)}/`,
    title: theme,
    description: `Ruimtelijke agenda’s met het thema ${theme}: kaart, aantallen en doelen.`,
    breadcrumbs: [
      { href: '/', label: 'Overzicht' },
      { href: '/themas/', label: 'Thema’s' },
    ],
    scripts: map.scripts,
    styles: map.styles,
    body: html`<h1>Thema: ${theme}</h1>
<p class="lead">${themeLead(theme, themes, white.length, coverage.municipalities.length)}</p>
${map.figure}
${embedSnippet(themeEmbed(theme))}
${section(
  'agendas',
  `Agenda’s over ${theme.toLowerCase()}`,
  agendas.length
    ? table({
        caption: `Ruimtelijke agenda’s met het thema ${theme}`,
        head: ['Samenwerking', 'Agenda', 'Jaar', 'Gemeenten', 'Rechtsvorm'],
        rows: agendas.map((c) => [link(cooperationHref(c.id), c.name), c.agendaTitle ?? '–', c.agendaYear === null ? '–' : String(c.agendaYear), formatNumber(c.municipalities.length), LEGAL_FORM_SHORT[c.legalForm]]),
        numeric: [2, 3],
      })
    : html`<p>Geen agenda’s met dit thema in deze dataset.</p>`,
)}
${section(
  'doelen',
  'Doelen bij dit thema',
  summary && summary.total > 0
    ? html`${table({
        caption: `Soort doelen bij ${theme}: aantal en aandeel van de ${plural(summary.total, 'doel', 'doelen')}`,
        head: ['Soort doel', 'Aantal', 'Aandeel'],
        rows: [
          ...GOAL_CLASSES.map((g) => [GOAL_CLASS_LABEL[g], formatNumber(summary.counts[g]), formatPercent(summary.shares[g])]),
          ['Onzeker (classificatie te onzeker om in te delen)', formatNumber(summary.uncertain), formatPercent(summary.shareUncertain)],
        ],
        numeric: [1, 2],
      })}
<p>${goalReliability(l.input.analysis.goals.evaluation)} <a href="/methode/#analyses">Hoe de soort wordt bepaald</a>.</p>
${summary.examples.length ? html`<h3>Voorbeelden</h3><ul class="examples">${summary.examples.map((g) => html`<li><q>${g.text}</q> — ${link(cooperationHref(g.cooperationId), l.coopById.get(g.cooperationId)?.name ?? g.cooperationId)} <span class="badge">${GOAL_CLASS_LABEL[g.label]}</span></li>`)}</ul>` : ''}`
    : html`<p>Bij dit thema zijn geen doelen vastgelegd.</p>`,
)}
${section(
  'witte-vlekken',
  'Gemeenten zonder agenda over dit thema',
  white.length
    ? html`<details><summary>Toon ${plural(white.length, 'gemeente', 'gemeenten')}</summary><ul class="columns">${white
        .map((code) => ({ code, name: l.municipalityName(code) }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
        .map((m) => html`<li>${link(municipalityHref(m.code), m.name)}</li>`)}</ul></details>`
    : html`<p>Elke gemeente doet mee aan een agenda over dit thema.</p>`,
)}`,
  };
}
