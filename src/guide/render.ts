/**
 * HTML of the conversation guide: one page per spatial cooperation (/gespreksleidraad/<id>/) and an
 * index, as site Pages (the site layout wraps them). Every data string goes through the site's `html`
 * escape; maps are the maps module's static SVG. The same HTML is printed to PDF (src/guide/pdf.ts).
 */
import { readFileSync } from 'node:fs';
import { GOAL_CLASSES } from '../model/enums.ts';
import { html, trusted, type Html, type Renderable } from '../present/html.ts';
import { cooperationHref, GOAL_CLASS_LABEL, goalKindLabel, guideHref, downloadLink, inlineList, link, municipalityHref, section, sourceLink, table, themeHref, themeTags, TYPOLOGY_LABEL } from '../present/components.ts';
import { cooperationFacts, guidePdfLink } from '../present/cooperation.ts';
import { formatCountOf, formatNumber, formatPercent, plural } from '../present/format.ts';
import { createLookup, divisionLabel, type SiteLookup } from '../present/lookup.ts';
import type { SiteStatus } from '../present/layout.ts';
import type { OutputFile, Page } from '../present/page.ts';
import { cooperationMap } from '../present/map/single.ts';
import { overlayMap } from '../present/map/overlay.ts';
import { figureHtml } from '../present/map/svg.ts';
import { MAP_STYLESHEET } from '../present/map/index.ts';
import { municipalityGeometry } from '../present/map/source.ts';
import type { MapMunicipality } from '../present/map/types.ts';
import { buildGuideModel, guideIds, type GuideInput, type GuideModel } from './model.ts';
import { CLOSING_QUESTION, GROUP_INTRO, GROUP_TITLE, guideQuestions, QUESTION_GROUPS, type Question } from './questions.ts';
import { answerTemplateHref, answerTemplateXlsx } from './answers.ts';
import { startingPoints } from './picker.ts';
import { nationalSummary } from './national-summary.ts';

export const GUIDE_STYLESHEET = '/assets/guide.css';
export const GUIDE_CSS = readFileSync(new URL('./guide.css', import.meta.url), 'utf8');

const HOME = { href: '/', label: 'Overzicht' };
const INDEX = { href: '/gespreksleidraad/', label: 'Gespreksleidraden' };


/** Lines to write on when printed; hidden on screen and from assistive technology. */
function answerLines(count: number): Html {
  return html`<div class="guide-answer" aria-hidden="true">${Array.from({ length: count }, () => html`<span></span>`)}</div>`;
}

function mapMunicipalities(l: SiteLookup): MapMunicipality[] {
  return l.input.reference.municipalities.map((m) => ({ code: m.code, name: m.name, province: m.province }));
}

function maps(l: SiteLookup, m: GuideModel): Html {
  const c = l.coopById.get(m.cooperation.id)!;
  const municipalities = mapMunicipalities(l);
  const mapCoop = {
    id: c.id,
    name: c.name,
    agendaTitle: c.agendaTitle,
    themes: [...c.themes],
    legalForm: c.legalForm,
    typology: m.typology?.typology ?? null,
    municipalities: c.municipalities,
    href: null,
  };
  // Without known members there is nothing to zoom to; the overlay (if any) still places the region.
  const members = m.members.length ? cooperationMap({ id: 'leidraad-leden', municipalities, cooperation: mapCoop, width: 600 }) : null;
  const regions = m.national.overlaps.filter((o) => o.members.length > 0);
  const overlay = regions.length
    ? overlayMap({
        id: 'leidraad-nationaal',
        municipalities,
        division: 'nationale gebieden',
        title: `Nationale gebieden die overlappen met ${c.name}`,
        regions: regions.map((o) => ({ id: `${o.division}-${o.id}`, name: o.name, municipalities: o.members, note: `${divisionLabel(o.division)}, ${plural(o.shared, 'gedeelde gemeente', 'gedeelde gemeenten')}` })),
        cooperations: [mapCoop],
        width: 600,
        focus: [...new Set([...c.municipalities, ...regions.flatMap((o) => o.members)])],
      })
    : null;
  if (!members && !overlay) return html``;
  return html`<div class="guide-maps">${members ? trusted(figureHtml('leidraad-leden', members, { table: 'none' })) : ''}${overlay ? trusted(figureHtml('leidraad-nationaal', overlay, { table: 'none' })) : ''}</div>`;
}

function glance(l: SiteLookup, m: GuideModel): Html {
  const c = m.cooperation;
  const t = m.typology;
  return section(
    'in-een-oogopslag',
    'De regio in één oogopslag',
    cooperationFacts(c, t?.typology ?? null, [
      ['Ruimtelijke agenda', c.agendaTitle ? html`${c.agendaTitle}${c.agendaYear ? ` (${c.agendaYear})` : ''}` : html`<span class="muted">titel onbekend</span>${c.agendaYear ? ` (${c.agendaYear})` : ''}`],
    ]),
    t ? html`<p class="guide-reason"><strong>Waarom ${TYPOLOGY_LABEL[t.typology].toLowerCase()}:</strong> ${t.reason}</p>` : '',
    html`<h3>Deelnemende gemeenten (${formatNumber(m.members.length)})</h3>`,
    m.members.length
      ? html`<ul class="guide-members">${m.members.map((x) => html`<li>${link(municipalityHref(x.code), x.name)} <span class="muted">${x.province}</span></li>`)}</ul>`
      : html`<p class="muted">Voor deze samenwerking zijn geen gemeenten bekend.</p>`,
    maps(l, m),
  );
}

function comparison(m: GuideModel): Html {
  const name = m.cooperation.name;
  const { size } = m;
  const sizeText =
    size.class === 'groot' ? 'ruim boven het gemiddelde' : size.class === 'klein' ? 'ruim onder het gemiddelde' : 'in de buurt van het gemiddelde';
  return section(
    'vergelijking',
    'Hoe de regio zich verhoudt tot andere regio’s',
    html`<p>${name} telt ${plural(size.members, 'gemeente', 'gemeenten')}: ${sizeText}. Een ruimtelijke agenda telt gemiddeld ${formatNumber(size.mean, 1)} gemeenten (mediaan ${formatNumber(size.median)}), over ${plural(m.spatialAgendas, 'ruimtelijke agenda', 'ruimtelijke agenda’s')} in de dataset.</p>`,
    html`<h3>Thema’s</h3>`,
    table({
      caption: `Thema’s van ${name} naast het aantal van de ${formatNumber(m.spatialAgendas)} ruimtelijke agenda’s met dat thema`,
      head: ['Thema', `Op de agenda van ${name}`, 'Agenda’s met dit thema'],
      rows: m.themes.map((t) => [link(themeHref(t.theme), t.theme), t.own ? 'ja' : html`<span class="muted">nee</span>`, formatNumber(t.agendas)]),
      numeric: [2],
      className: 'guide-table',
    }),
    commuting(m),
    html`<h3>Soorten doelen per thema</h3>
<p>Per thema het aantal doelen van de regio per soort, met daaronder het landelijke aandeel van die soort en het aantal doelen op het thema in de hele dataset waarover dat aandeel gaat. <strong>Locatiekeuze</strong>: ${'het doel noemt een concrete plek'}; <strong>lobby</strong>: vraagt anderen om geld of besluiten; <strong>proces</strong>: eerst nieuw beleid of onderzoek; <strong>algemene ambitie</strong>: zonder plek; <strong>onzeker</strong>: de indeling is te onzeker (zekerheid onder 50%) en telt bij geen van de vier soorten.</p>
<p>${m.goalReliability}</p>`,
    m.goals.some((g) => g.ownTotal > 0)
      ? table({
          caption: `Doelen van ${name} per thema en soort, met de landelijke aandelen`,
          head: ['Thema', 'Doelen', ...GOAL_CLASSES.map((k) => GOAL_CLASS_LABEL[k]), 'Onzeker'],
          rows: m.goals.map((g) => [
            g.theme,
            formatNumber(g.ownTotal),
            ...GOAL_CLASSES.map((k) => html`${formatNumber(g.own[k])}<span class="guide-national">landelijk ${g.national ? `${formatPercent(g.national[k])} van ${formatNumber(g.nationalTotal)}` : '–'}</span>`),
            formatNumber(g.ownUncertain),
          ]),
          numeric: [1, 2, 3, 4, 5, 6],
          className: 'guide-table',
        })
      : html`<p class="muted">Voor deze agenda staan geen doelen in de dataset.</p>`,
  );
}

function commuting(m: GuideModel): Html {
  const p = m.commuting;
  if (!p || p.fit === null) return html``;
  const agendas = plural(p.agendasCompared, 'ruimtelijke agenda', 'ruimtelijke agenda’s');
  return html`<h3>Woon-werkverkeer</h3>
<p>${formatNumber(p.membersInDominant)} van de ${formatNumber(p.members)} gemeenten ${p.membersInDominant === 1 ? 'hoort' : 'horen'} bij hetzelfde pendelgebied${p.dominantCore ? ` (rond ${p.dominantCore})` : ''}: ${formatPercent(p.fit)}${
    p.meanFit !== null ? `, tegen gemiddeld ${formatPercent(p.meanFit)} over ${agendas}` : ''
  }.${
    p.containment !== null
      ? ` Van de ${formatNumber(p.memberOutflow)} banen van inwoners die buiten hun eigen gemeente werken, ${p.outflowWithin === 1 ? 'ligt er' : 'liggen er'} ${formatNumber(p.outflowWithin)} (${formatPercent(p.containment)}) in een andere gemeente van de regio${
          p.meanContainment !== null ? ` (gemiddeld ${formatPercent(p.meanContainment)} over ${agendas})` : ''
        }.`
      : ''
  }${p.dataYear ? ` Pendelcijfers ${p.dataYear}.` : ''}</p>`;
}

function nationalPolicy(m: GuideModel): Html {
  const name = m.cooperation.name;
  if (!m.national.available) return section('nationaal', 'Verhouding tot nationaal beleid', html`<p class="muted">De dataset bevat geen nationale gebieden of beleidsstukken.</p>`);
  return section(
    'nationaal',
    'Verhouding tot nationaal beleid',
    html`<h3>Overlap met nationale gebieden</h3><p>Gedeelde gemeenten horen zowel bij het gebied als bij de regio. De twee percentages geven aan welk deel van het gebied in de regio ligt, en welk deel van de regio in het gebied. <em>Best passend</em>: van alle agenda’s valt deze het meest met het gebied samen (hoe dat wordt gemeten staat bij de ${link('/methode/', 'methode')}).</p>`,
    m.national.overlaps.length
      ? table({
          caption: `Nationale gebieden die gemeenten delen met ${name}`,
          head: ['Gebied', 'Indeling', 'Gedeelde gemeenten', 'Deel gebied in regio', 'Deel regio in gebied', 'Best passend'],
          rows: m.national.overlaps.map((o) => [
            html`${o.name}${o.tranche !== null ? html` <span class="muted">(tranche ${o.tranche}${o.year ? `, ${o.year}` : ''})</span>` : ''}`,
            divisionLabel(o.division),
            formatNumber(o.shared),
            formatCountOf(o.shared, o.municipalities),
            formatCountOf(o.shared, o.agendaMunicipalities),
            o.best ? 'ja' : 'nee',
          ]),
          numeric: [2, 3, 4],
          className: 'guide-table',
        })
      : html`<p>Geen enkel nationaal gebied in de dataset deelt gemeenten met ${name}.</p>`,
    html`<h3>Sturing door het Rijk op de thema’s van de regio</h3><p>Per thema het aantal nationale beleidsstukken dat stuurt op waar ruimte wordt gebruikt (regie op ruimtebeslag), tegenover stukken die vooral thematische accenten leggen.</p>`,
    m.national.steering.length
      ? table({
          caption: `Nationale sturing op de thema’s van ${name}`,
          head: ['Thema', 'Beleidsstukken', 'Regie op ruimtebeslag', 'Thematische focus', 'Samenspel Rijk en regio (landelijk)'],
          rows: m.national.steering.map((s) => [s.theme, formatNumber(s.documents), formatNumber(s.regie), formatNumber(s.thematisch), s.quadrant ? QUADRANT_TEXT[s.quadrant] : html`<span class="muted">onbekend</span>`]),
          numeric: [1, 2, 3],
          className: 'guide-table',
        })
      : html`<p class="muted">Geen beleidsstukken bekend voor de thema’s van deze agenda.</p>`,
  );
}

const QUADRANT_TEXT: Record<string, string> = {
  RIJK_EN_REGIO: 'Rijk stuurt op waar, regio’s kiezen ook waar',
  RIJK: 'Rijk stuurt op waar, regio’s kiezen weinig plekken',
  REGIO: 'regio’s kiezen waar, Rijk legt accenten',
  GEEN: 'Rijk noch regio’s kiezen veel plekken',
};

function neighbours(m: GuideModel): Html {
  const name = m.cooperation.name;
  return section(
    'buren',
    'Buren',
    html`<h3>Samenwerkingen met dezelfde gemeenten</h3>`,
    m.neighbours.length
      ? table({
          caption: `Samenwerkingsverbanden die gemeenten delen met ${name}`,
          head: ['Samenwerking', 'Gedeelde gemeenten', 'Ruimtelijke agenda', 'Gedeelde thema’s'],
          rows: m.neighbours.slice(0, 25).map((n) => [link(cooperationHref(n.id), n.name), formatNumber(n.shared), n.spatial ? 'ja' : 'nee', n.spatial ? (n.commonThemes.length ? n.commonThemes.join(', ') : html`<span class="muted">geen</span>`) : html`<span class="muted">–</span>`]),
          numeric: [1],
          className: 'guide-table',
        })
      : html`<p>Geen andere samenwerking deelt gemeenten met ${name}.</p>`,
    m.neighbours.length > 25 ? html`<p class="muted">En nog ${formatNumber(m.neighbours.length - 25)} andere.</p>` : '',
    html`<h3>Agenda’s in de buurt met dezelfde thema’s</h3><p>Ruimtelijke agenda’s die gemeenten delen met de regio of eraan grenzen, en minstens één thema gemeen hebben.</p>`,
    m.nearby.length
      ? table({
          caption: `Ruimtelijke agenda’s bij ${name} met gedeelde thema’s`,
          head: ['Agenda', 'Ligging', 'Gedeelde thema’s'],
          rows: m.nearby.slice(0, 20).map((n) => [link(cooperationHref(n.id), n.name), n.relation, n.commonThemes.join(', ')]),
          className: 'guide-table',
        })
      : html`<p>Geen agenda in de buurt werkt aan dezelfde thema’s.</p>`,
    m.nearby.length > 20 ? html`<p class="muted">En nog ${formatNumber(m.nearby.length - 20)} andere.</p>` : '',
    m.adjacencyKnown ? whiteSpots(m) : '',
  );
}

function whiteSpots(m: GuideModel): Html {
  const all = m.whiteSpotNeighbours;
  return html`<h3>Witte vlekken aan de grens</h3>
<p>${all.length ? html`Buurgemeenten die aan geen enkele ruimtelijke agenda meedoen: ${inlineList(all.map((w) => link(municipalityHref(w.code), w.name)))}` : 'Alle buurgemeenten doen mee aan minstens één ruimtelijke agenda.'}</p>
${
  m.themeWhiteSpotNeighbours.length
    ? table({
        caption: `Buurgemeenten van ${m.cooperation.name} zonder ruimtelijke agenda op een thema van de regio`,
        captionHidden: false,
        head: ['Thema', 'Buurgemeenten zonder agenda op dit thema'],
        rows: m.themeWhiteSpotNeighbours.map((t) => [t.theme, t.municipalities.map((w) => w.name).join(', ')]),
        className: 'guide-table',
      })
    : html`<p>Op elk thema van de regio doen alle buurgemeenten mee aan minstens één ruimtelijke agenda met dat thema.</p>`
}`;
}

function questionItem(q: Question): Html {
  return html`<li class="guide-question" id="vraag-${q.id.replace(/[^a-zA-Z0-9-]+/g, '-').toLowerCase()}"><p class="guide-question__text">${q.text}</p>${
    q.basis ? html`<p class="guide-question__basis"><span class="guide-question__label">Uit de data:</span> ${q.basis}</p>` : ''
  }${answerLines(3)}</li>`;
}

function conversation(questions: Question[]): Html {
  let start = 1;
  const groups = QUESTION_GROUPS.map((g, i) => {
    const list = questions.filter((q) => q.group === g);
    const ol = html`<ol class="guide-questions" start="${start}">${list.map(questionItem)}</ol>`;
    start += list.length;
    return html`<section class="guide-group" aria-labelledby="gesprek-${g}"><h3 id="gesprek-${g}">${i + 1}. ${GROUP_TITLE[g]}</h3><p class="guide-group__intro">${GROUP_INTRO[g]}</p>${ol}</section>`;
  });
  return html`<section class="section guide-conversation" aria-labelledby="gesprek"><h2 id="gesprek">Het gesprek</h2>
<p>De vragen volgen vier lijnen. Vragen met <em>Uit de data</em> zijn gemaakt voor deze regio: ze gaan over een opvallend cijfer. Gebruik ze als opening; de regio kent haar eigen praktijk beter dan de data.</p>
${groups}
<section class="guide-group" aria-labelledby="gesprek-afsluiting"><h3 id="gesprek-afsluiting">Afsluiting</h3><ol class="guide-questions" start="${start}">${questionItem(CLOSING_QUESTION)}</ol></section>
</section>`;
}

function goalsAppendix(m: GuideModel): Html {
  if (m.goalList.length === 0) return html``;
  return section(
    'doelen',
    'Bijlage: de doelen van de agenda',
    table({
      caption: `Doelen van ${m.cooperation.name} met hun soort`,
      captionHidden: true,
      head: ['Doel', 'Thema', 'Soort'],
      rows: m.goalList.map((g) => [g.text, g.theme, goalKindLabel(g)]),
      className: 'guide-table guide-goals',
    }),
  );
}

/** The guide body for one cooperation (without the site layout). */
export function renderGuideBody(l: SiteLookup, m: GuideModel, status: SiteStatus): Html {
  const c = m.cooperation;
  const pdfBytes = l.input.guidePdfs?.get(c.id);
  const questions = guideQuestions(m);
  const dataDriven = questions.filter((q) => q.basis !== null).length;
  return html`<article class="guide">
<header class="guide-cover">
<p class="guide-cover__kicker">Gespreksleidraad</p>
<h1><span class="visually-hidden">Gespreksleidraad </span>${c.name}</h1>
<p class="guide-cover__agenda">${c.agendaTitle ?? 'Ruimtelijke agenda (titel onbekend)'}${c.agendaYear ? ` · ${c.agendaYear}` : ''}</p>
<p class="guide-cover__data"><strong>Stand van de gegevens:</strong> ${status.label} (${status.date}).</p>
<p>Deze leidraad bereidt een gesprek voor tussen de VNG en de regio over ruimtelijke keuzes. Hij zet de cijfers over ${c.name} naast die van andere regio’s en eindigt met ${plural(questions.length + 1, 'vraag', 'vragen')}, waarvan ${formatNumber(dataDriven)} gescherpt door de data.</p>
<dl class="guide-cover__fill">
<div><dt>Datum gesprek</dt><dd></dd></div>
<div><dt>Gesprekspartners</dt><dd></dd></div>
<div><dt>Namens de VNG</dt><dd></dd></div>
</dl>
<p class="guide-screen-only">${downloadLink(answerTemplateHref(c.id), 'Antwoordformulier met de vragen van deze leidraad', 'XLSX')}</p>
<p class="guide-screen-only">${pdfBytes !== undefined ? guidePdfLink(c.id, pdfBytes) : 'Druk deze pagina af op A4, of bewaar haar als pdf via het afdrukvenster van uw browser.'}</p>
<p class="guide-screen-only">${link(cooperationHref(c.id), `Profiel van ${c.name}`)}</p>
</header>
${nationalSummary(l, status)}
${glance(l, m)}
${comparison(m)}
${nationalPolicy(m)}
${neighbours(m)}
${conversation(questions)}
${goalsAppendix(m)}
${section('bronnen', 'Bronnen', c.sources.length ? html`<ul class="sources">${c.sources.map((s) => html`<li>${sourceLink(s)}</li>`)}</ul>` : html`<p class="muted">Geen bronnen opgegeven.</p>`)}
</article>`;
}

export function guidePage(l: SiteLookup, m: GuideModel, status: SiteStatus): Page {
  return {
    path: guideHref(m.cooperation.id),
    title: `Gespreksleidraad ${m.cooperation.name}`,
    description: `Gespreksleidraad voor ${m.cooperation.name}: de regio in cijfers, vergeleken met andere regio’s, en vragen voor het gesprek.`,
    breadcrumbs: [HOME, INDEX],
    scripts: [],
    styles: [MAP_STYLESHEET, GUIDE_STYLESHEET],
    body: renderGuideBody(l, m, status),
  };
}

function indexPage(l: SiteLookup, ids: string[]): Page {
  const pdfs = l.input.guidePdfs;
  const rows: Renderable[][] = ids.map((id) => {
    const c = l.coopById.get(id)!;
    const bytes = pdfs?.get(id);
    return [link(guideHref(id), c.name), formatNumber(c.municipalities.length), themeTags(c.themes), ...(pdfs ? [bytes !== undefined ? guidePdfLink(id, bytes) : html`<span class="muted">geen</span>`] : [])];
  });
  return {
    path: '/gespreksleidraad/',
    title: 'Gespreksleidraden',
    description: 'Een gespreksleidraad per ruimtelijke samenwerking: cijfers en vragen voor een gesprek met de regio.',
    breadcrumbs: [HOME],
    scripts: [],
    styles: [GUIDE_STYLESHEET],
    files: [{ path: GUIDE_STYLESHEET, content: GUIDE_CSS }],
    body: html`<h1>Gespreksleidraden</h1>
<p class="lead">Voor elke ruimtelijke samenwerking een leidraad voor een gesprek over ruimtelijke keuzes: de regio in cijfers, hoe zij zich verhoudt tot andere regio’s en tot nationaal beleid, en vragen die de data scherper maken. Elke leidraad is af te drukken op A4.</p>
${startSection(l)}
<h2 id="alle-leidraden">Alle gespreksleidraden</h2>
${table({ caption: 'Gespreksleidraden per samenwerking, alfabetisch', captionHidden: true, head: ['Samenwerking', 'Gemeenten', 'Thema’s', ...(pdfs ? ['Pdf'] : [])], rows, numeric: [1] })}`,
  };
}

/** Per national division the regions that coincide most with one of its areas (src/guide/picker.ts). */
function startSection(l: SiteLookup): Html {
  const divisions = startingPoints(l.input);
  if (divisions.length === 0) return html``;
  return section(
    'beginnen',
    'Met welke regio’s beginnen?',
    html`<p>Wie het gesprek wil voeren over een nationale indeling, zoals de RES of de Regio Deals, begint het best bij regio’s waarvan de agenda grotendeels over dezelfde gemeenten gaat als een gebied van die indeling: daar gaat één gesprek over beide. Per indeling staan hieronder de vijf regio’s die het meest samenvallen met een gebied. Maatstaf: het aantal gedeelde gemeenten als deel van alle gemeenten van regio en gebied samen (100% = precies dezelfde gemeenten); bij gelijke stand gaat de regio met meer gedeelde gemeenten voor.</p>`,
    divisions.map((d) =>
      table({
        caption: `${divisionLabel(d.division)}: de ${plural(d.candidates.length, 'regio', 'regio’s')} die het meest samenvallen met een gebied, van de ${plural(d.overlapping, 'regio', 'regio’s')} die gemeenten delen met deze indeling`,
        head: ['Regio', 'Gebied', 'Gedeelde gemeenten', 'Samenvallen'],
        rows: d.candidates.map((c) => [link(guideHref(c.id), c.name), c.area, `${formatNumber(c.shared)} (regio ${formatNumber(c.members)}, gebied ${formatNumber(c.areaMunicipalities)})`, formatPercent(c.overlap)]),
        numeric: [3],
        className: 'guide-table',
      }),
    ),
  );
}

/** Municipality adjacency from the map geometry (null when the geometry cannot be loaded). */
export function defaultAdjacency(): ReadonlyMap<string, readonly string[]> | undefined {
  try {
    return municipalityGeometry().neighbours;
  } catch {
    return undefined;
  }
}

/**
 * Every guide page plus the index, for the site build. `l` is the site's lookup; the guide adds the
 * municipality adjacency of the map geometry.
 */
export function renderGuidePages(l: SiteLookup, status: SiteStatus, adjacency = defaultAdjacency()): Page[] {
  const input: GuideInput = { ...l.input, adjacency };
  const ids = guideIds(input).sort((a, b) => l.coopById.get(a)!.name.localeCompare(l.coopById.get(b)!.name, 'nl') || (a < b ? -1 : 1));
  const pages = ids.map((id) => guidePage(l, buildGuideModel(input, id, l)!, status));
  return [indexPage(l, ids), ...pages];
}

/** The answer template (XLSX) of every guide, written beside its page. */
export async function renderGuideAnswerFiles(l: SiteLookup, adjacency = defaultAdjacency()): Promise<OutputFile[]> {
  const input: GuideInput = { ...l.input, adjacency };
  const files: OutputFile[] = [];
  for (const id of guideIds(input).sort()) {
    files.push({ path: answerTemplateHref(id), content: await answerTemplateXlsx(buildGuideModel(input, id, l)!) });
  }
  return files;
}

/** One guide page from the pipeline output (for the CLI and tests); null when the id is not a spatial cooperation. */
export function renderGuidePage(input: GuideInput, id: string, status: SiteStatus): Page | null {
  const l = createLookup(input);
  const m = buildGuideModel({ ...input, adjacency: input.adjacency ?? defaultAdjacency() }, id, l);
  return m ? guidePage(l, m, status) : null;
}
