/**
 * The conversation questions of a guide, in three groups (integral choices about where the spade
 * goes in; development of the cooperation; what the region needs from Rijk, province and VNG). Each
 * group opens with fixed questions; rules then add questions sharpened by the GuideModel, each with
 * the figure that triggered it (`basis`). Rules and thresholds: docs/gespreksleidraad.md.
 */
import type { GoalClass } from '../model/enums.ts';
import type { Theme } from '../model/themes.ts';
import { formatNumber, formatPercent, joinDutch } from '../present/format.ts';
import { divisionLabel } from '../present/lookup.ts';
import { GUIDE_THRESHOLDS, type GoalComparison, type GuideModel, type NationalOverlap } from './model.ts';

export const QUESTION_GROUPS = ['keuzes', 'samenwerking', 'overheden'] as const;
export type QuestionGroup = (typeof QUESTION_GROUPS)[number];

export const GROUP_TITLE: Record<QuestionGroup, string> = {
  keuzes: 'Keuzes maken: waar gaat de schop de grond in?',
  samenwerking: 'De samenwerking: wat moet er groeien?',
  overheden: 'Wat de regio nodig heeft van Rijk, provincie en VNG',
};

export const GROUP_INTRO: Record<QuestionGroup, string> = {
  keuzes:
    'Lukt het de regio om na een afweging tussen thema’s echt te kiezen voor concrete plekken, en wat helpt of remt daarbij?',
  samenwerking: 'Welke ontwikkeling van de samenwerking is nodig om zulke keuzes beter te kunnen maken?',
  overheden: 'Welke kaders van Rijk en provincie mist de regio, welke zijn te veel, en wat kan de VNG betekenen?',
};

export interface Question {
  /** Rule id, stable across runs (e.g. "geen-locatie:Wonen"). */
  id: string;
  group: QuestionGroup;
  text: string;
  /** The figure from the data that prompted the question; null for the fixed questions. */
  basis: string | null;
}

const pct = (share: number) => formatPercent(share);
const jac = (x: number) => formatNumber(x, 2);
/** A goal quoted in a question: shortened at `max` characters, without its closing full stop. */
const quote = (text: string, max = 110) => {
  const t = text.trim().replace(/[.;:]+$/, '');
  return `‘${t.length > max ? t.slice(0, max - 1).trimEnd() + '…' : t}’`;
};
const many = (n: number, one: string, more: string) => `${formatNumber(n)} ${n === 1 ? one : more}`;

function nationalLocatie(g: GoalComparison): string {
  return g.national ? ` Landelijk noemt ${pct(g.national.LOCATIE)} van de ${formatNumber(g.nationalTotal)} doelen op dit thema een plek.` : '';
}

function choiceQuestions(m: GuideModel): Question[] {
  const q: Question[] = [];
  const name = m.cooperation.name;
  q.push({
    id: 'vast:besluit',
    group: 'keuzes',
    basis: null,
    text: 'Neem een recent besluit over een concrete plek in de regio, bijvoorbeeld een woonwijk, bedrijventerrein, zonneveld of waterberging. Hoe kwam dat besluit tot stand, en welke thema’s zijn daarbij tegen elkaar afgewogen?',
  });
  if (m.goalList.length === 0) {
    q.push({
      id: 'geen-doelen',
      group: 'keuzes',
      basis: `Voor ${name} staan in de dataset geen doelen.`,
      text: 'Welke concrete ruimtelijke keuzes bevat de agenda? Waar in de regio moet volgens de agenda iets veranderen?',
    });
  }
  const withGoals = m.goals.filter((g) => g.ownTotal > 0);
  const onlyLobby = withGoals.filter((g) => g.own.LOBBY === g.ownTotal);
  for (const g of onlyLobby) {
    const example = g.examples.LOBBY?.[0];
    q.push({
      id: `alleen-lobby:${g.theme}`,
      group: 'keuzes',
      basis: g.ownTotal === 1 ? `Het enige doel op ${g.theme} vraagt anderen om geld of besluiten.` : `Alle ${formatNumber(g.ownTotal)} doelen op ${g.theme} vragen anderen om geld of besluiten.`,
      text: `Op ${g.theme} vraagt de agenda vooral iets van anderen${example ? `, zoals ${quote(example)}` : ''}. Welke keuze over plekken kan de regio zelf maken, ook als die bijdrage uitblijft?`,
    });
  }
  const noLocation = withGoals.filter((g) => g.own.LOCATIE === 0 && g.own.LOBBY !== g.ownTotal).sort((a, b) => b.ownTotal - a.ownTotal);
  // The three themes with most goals get their own question; the rest share one, so the list stays usable.
  for (const g of noLocation.slice(0, 3)) {
    const postponed = g.own.PROCES * 2 >= g.ownTotal;
    q.push({
      id: `geen-locatie:${g.theme}`,
      group: 'keuzes',
      basis: `${formatNumber(g.ownTotal)} ${g.ownTotal === 1 ? 'doel' : 'doelen'} op ${g.theme}, geen daarvan noemt een plek${postponed ? `; ${formatNumber(g.own.PROCES)} ${g.own.PROCES === 1 ? 'vraagt' : 'vragen'} eerst om nieuw beleid of onderzoek` : ''}.${nationalLocatie(g)}`,
      text: postponed
        ? `Op ${g.theme} kiest de agenda eerst voor nieuwe plannen of studies. Wanneer valt de keuze over de plek, en wie neemt die?`
        : `De agenda noemt op ${g.theme} geen enkele concrete plek. Weet de regio al waar het moet gebeuren? Zo ja: waarom staat dat er niet in; zo nee: wat houdt die keuze tegen?`,
    });
  }
  const rest = noLocation.slice(3);
  if (rest.length > 0) {
    q.push({
      id: 'geen-locatie:overig',
      group: 'keuzes',
      basis: `Ook op ${joinDutch(rest.map((g) => g.theme))} noemt geen enkel doel een plek.`,
      text: `En op ${joinDutch(rest.map((g) => g.theme))}: is daar een keuze over plekken nodig, en op welke termijn?`,
    });
  }
  const noGoalThemes = m.cooperation.themes.filter((t) => !withGoals.some((g) => g.theme === t));
  if (m.goalList.length > 0 && noGoalThemes.length > 0) {
    q.push({
      id: 'thema-zonder-doelen',
      group: 'keuzes',
      basis: `${joinDutch(noGoalThemes)} ${noGoalThemes.length === 1 ? 'staat' : 'staan'} als thema bij de agenda, maar de dataset bevat er geen doelen voor.`,
      text: `Wat wil de regio op ${joinDutch(noGoalThemes)} bereiken, en waar in de regio?`,
    });
  }
  const best = [...withGoals].filter((g) => g.own.LOCATIE > 0).sort((a, b) => b.own.LOCATIE - a.own.LOCATIE || b.ownTotal - a.ownTotal)[0];
  if (best) {
    const example = best.examples.LOCATIE?.[0];
    q.push({
      id: `wel-locatie:${best.theme}`,
      group: 'keuzes',
      basis: `${best.ownTotal === 1 ? `Het enige doel op ${best.theme} noemt` : `${formatNumber(best.own.LOCATIE)} van de ${formatNumber(best.ownTotal)} doelen op ${best.theme} ${best.own.LOCATIE === 1 ? 'noemt' : 'noemen'}`} een concrete plek.${nationalLocatie(best)}`,
      text: `Op ${best.theme} kiest de agenda wel voor plekken${example ? `, bijvoorbeeld ${quote(example)}` : ''}. Wat maakte die keuze mogelijk, en valt dat over te zetten naar andere thema’s?`,
    });
  }
  const n = m.cooperation.themes.length;
  if (n >= GUIDE_THRESHOLDS.broad) {
    q.push({
      id: 'brede-agenda',
      group: 'keuzes',
      basis: `De agenda bestrijkt ${formatNumber(n)} van de 9 thema’s.`,
      text: 'Als de ruimte op een plek maar één keer kan worden gebruikt: welke twee of drie thema’s gaan dan voor, en wie beslist dat?',
    });
  } else if (n === 1) {
    q.push({
      id: 'smalle-agenda',
      group: 'keuzes',
      basis: `De agenda gaat alleen over ${m.cooperation.themes[0]}.`,
      text: `Waar botst ${m.cooperation.themes[0]} op andere ruimtevragen, zoals wonen, water of landbouw, en waar wordt die botsing besproken?`,
    });
  }
  return q;
}

const LEGAL_FORM_QUESTION: Record<string, string> = {
  WGR: 'De samenwerking is een gemeenschappelijke regeling. Helpt die vorm om ruimtelijke keuzes te maken en vast te houden, of maakt hij besluiten trager?',
  PRIVAAT: 'De samenwerking is privaatrechtelijk georganiseerd. Hoe zijn de gemeenteraden betrokken bij keuzes over ruimte, en hoe worden die keuzes verantwoord?',
  OVERIG: 'De samenwerking rust op een convenant of netwerk. Hoe bindend zijn de afspraken, en is een steviger vorm nodig om keuzes over plekken vast te houden?',
};

const LIFE_PHASE_QUESTION: Record<string, string> = {
  STARTUP: 'De samenwerking staat aan het begin. Wat is nodig om van verkennen naar gezamenlijke besluiten te komen?',
  ONTMOETINGSPLEK: 'De samenwerking is vooral een plek waar de partners elkaar treffen. Wat is nodig om van afstemmen naar samen kiezen te gaan?',
  DRAAIEND_SYSTEEM: 'De samenwerking neemt besluiten en voert ze uit. Wat is nodig om dat vol te houden als de ruimtevragen zwaarder worden?',
};

const TYPOLOGY_QUESTION: Record<string, string> = {
  BESTUURLIJK: 'De regio volgt een bestaande bestuurlijke indeling. Passen die grenzen bij de opgaven, of lopen woningmarkt, water of landschap verder door?',
  LANDSCHAPPELIJK: 'De regio is afgebakend langs een landschap. Hoe komen opgaven aan bod die verder reiken dan dat landschap, zoals wonen, werken en bereikbaarheid?',
  ECONOMISCH: 'De regio volgt een economisch cluster. Hoe komen ruimtevragen buiten dat cluster aan bod, zoals natuur, water en landbouw?',
};

function cooperationQuestions(m: GuideModel): Question[] {
  const q: Question[] = [];
  const name = m.cooperation.name;
  q.push({
    id: 'vast:werkwijze',
    group: 'samenwerking',
    basis: null,
    text: 'Wat werkt goed in de manier waarop de partners nu samenwerken, en wat zou u als eerste veranderen?',
  });
  const { size } = m;
  if (size.class === 'groot') {
    q.push({
      id: 'omvang:groot',
      group: 'samenwerking',
      basis: `${formatNumber(size.members)} gemeenten; een ruimtelijke agenda telt gemiddeld ${formatNumber(size.mean, 1)} gemeenten (mediaan ${formatNumber(size.median)}).`,
      text: `Met ${formatNumber(size.members)} gemeenten is ${name} veel groter dan gebruikelijk. Hoe komen besluiten tot stand: beslist elke raad apart, of is er mandaat? Lukt het zo om tot keuzes over plekken te komen?`,
    });
  } else if (size.class === 'klein' && size.members > 0) {
    q.push({
      id: 'omvang:klein',
      group: 'samenwerking',
      basis: `${many(size.members, 'gemeente', 'gemeenten')}; een ruimtelijke agenda telt gemiddeld ${formatNumber(size.mean, 1)} gemeenten (mediaan ${formatNumber(size.median)}).`,
      text: 'De regio is klein vergeleken met andere ruimtelijke agenda’s. Is dit schaalniveau groot genoeg voor de opgaven op de agenda, of vallen de echte keuzes elders?',
    });
  }
  q.push({ id: `rechtsvorm:${m.cooperation.legalForm}`, group: 'samenwerking', basis: null, text: LEGAL_FORM_QUESTION[m.cooperation.legalForm] });
  if (m.typology) q.push({ id: `typologie:${m.typology.typology}`, group: 'samenwerking', basis: m.typology.reason, text: TYPOLOGY_QUESTION[m.typology.typology] });
  const partners = m.cooperation.partners;
  if (partners.length >= 2) {
    q.push({
      id: 'partners:wel',
      group: 'samenwerking',
      basis: `Partners buiten de overheid: ${joinDutch(partners.slice(0, 3))}${partners.length > 3 ? ' en anderen' : ''}.`,
      text: 'Welke rol spelen de partners buiten de overheid bij keuzes over waar iets komt: zitten zij aan tafel bij het besluit, of alleen bij de uitvoering?',
    });
  } else if (partners.length === 0) {
    q.push({
      id: 'partners:geen',
      group: 'samenwerking',
      basis: 'In de dataset staan geen partners buiten de overheid.',
      text: 'Ontbreken er partijen aan tafel, zoals ondernemers, onderwijs, corporaties of natuurorganisaties, die nodig zijn om keuzes over plekken waar te maken?',
    });
  }
  const spatialNeighbours = m.neighbours.filter((n) => n.spatial);
  if (spatialNeighbours.length >= GUIDE_THRESHOLDS.crowded) {
    const named = spatialNeighbours.slice(0, 3).map((n) => n.name);
    q.push({
      id: 'overlap:druk',
      group: 'samenwerking',
      basis: `Gemeenten van ${name} doen ook mee aan ${formatNumber(spatialNeighbours.length)} andere ruimtelijke agenda’s, onder meer ${joinDutch(named)}.`,
      text: 'Hoe voorkomt de regio dubbel werk of tegenstrijdige keuzes met die andere agenda’s? Is er een taakverdeling, of zou die er moeten komen?',
    });
  }
  if (m.whiteSpotNeighbours.length > 0) {
    const names = m.whiteSpotNeighbours.map((w) => w.name);
    q.push({
      id: 'witte-vlek',
      group: 'samenwerking',
      basis: `${joinDutch(names.slice(0, 5))}${names.length > 5 ? ` en ${formatNumber(names.length - 5)} andere` : ''} ${names.length === 1 ? 'grenst' : 'grenzen'} aan de regio maar ${names.length === 1 ? 'doet' : 'doen'} aan geen enkele ruimtelijke agenda mee.`,
      text: `Hoe gaat de regio om met opgaven die over de grens met ${names.length === 1 ? 'die buurgemeente' : 'die buurgemeenten'} heen lopen? Is het wenselijk dat ${names.length === 1 ? 'zij aansluit' : 'zij aansluiten'}, en wie zou dat gesprek moeten voeren?`,
    });
  }
  const themeWhite = [...m.themeWhiteSpotNeighbours].sort((a, b) => b.municipalities.length - a.municipalities.length)[0];
  if (m.whiteSpotNeighbours.length === 0 && themeWhite) {
    const names = themeWhite.municipalities.map((w) => w.name);
    q.push({
      id: `witte-vlek:${themeWhite.theme}`,
      group: 'samenwerking',
      basis: `${joinDutch(names.slice(0, 5))}${names.length > 5 ? ` en ${formatNumber(names.length - 5)} andere` : ''} ${names.length === 1 ? 'grenst' : 'grenzen'} aan de regio maar ${names.length === 1 ? 'doet' : 'doen'} op ${themeWhite.theme} aan geen enkele ruimtelijke agenda mee.`,
      text: `Net over de grens is ${themeWhite.theme} een witte vlek. Raakt dat aan de opgaven van de regio, en is samenwerking met ${names.length === 1 ? 'die buurgemeente' : 'die buurgemeenten'} op dit thema gewenst?`,
    });
  }
  const pendel = m.commuting;
  if (pendel && pendel.fit !== null && pendel.members >= 2 && pendel.regions >= 2) {
    q.push({
      id: 'pendel:verdeeld',
      group: 'samenwerking',
      basis: `${formatNumber(pendel.membersInDominant)} van de ${formatNumber(pendel.members)} gemeenten horen bij hetzelfde pendelgebied${pendel.dominantCore ? ` (rond ${pendel.dominantCore})` : ''}; de gemeenten liggen in ${formatNumber(pendel.regions)} pendelgebieden${pendel.dataYear ? ` (woon-werkverkeer ${pendel.dataYear})` : ''}.`,
      text: 'Het woon-werkverkeer verdeelt de regio over meerdere gebieden. Past de afbakening van de samenwerking bij waar inwoners wonen en werken, en merkt u dat bij keuzes over wonen, werken en bereikbaarheid?',
    });
  }
  const phase = m.cooperation.lifePhase;
  q.push(
    phase
      ? { id: `levensfase:${phase}`, group: 'samenwerking', basis: null, text: LIFE_PHASE_QUESTION[phase] }
      : {
          id: 'levensfase:onbekend',
          group: 'samenwerking',
          basis: 'De levensfase van de samenwerking staat niet in de dataset.',
          text: 'In welke fase zit de samenwerking: net begonnen, vooral een ontmoetingsplek, of een systeem dat besluit en uitvoert? Wat is nodig voor de volgende stap?',
        },
  );
  return q;
}

function overlapFigures(o: NationalOverlap): string {
  return `Jaccard ${jac(o.jaccard)}; ${pct(o.containmentOfRegion)} van de gemeenten van ${o.name} hoort bij de regio, ${pct(o.containmentOfAgenda)} van de regio ligt in ${o.name}`;
}

function governmentQuestions(m: GuideModel): Question[] {
  const q: Question[] = [];
  q.push({
    id: 'vast:kaders',
    group: 'overheden',
    basis: null,
    text: 'Welke kaders van Rijk of provincie mist u om keuzes over plekken te kunnen maken? En welke zijn juist te veel of te gedetailleerd?',
  });
  const deals = m.national.overlaps.filter((o) => o.division === 'REGIO_DEAL').slice(0, 2);
  for (const d of deals) {
    const when = [d.tranche !== null ? `tranche ${d.tranche}` : null, d.year !== null ? String(d.year) : null].filter(Boolean).join(', ');
    q.push({
      id: `regio-deal:${d.id}`,
      group: 'overheden',
      basis: `${overlapFigures(d)}.`,
      text: `De regio overlapt met ${/^regio deal\b/i.test(d.name) ? 'de' : 'de Regio Deal'} ${d.name}${when ? ` (${when})` : ''}. Hoe verhouden de afspraken uit die deal zich tot de eigen agenda: versterken ze de keuzes van de regio, of trekken ze de aandacht naar andere plekken?`,
    });
  }
  const coinciding = m.national.overlaps.filter((o) => o.division !== 'REGIO_DEAL' && o.best && o.jaccard >= GUIDE_THRESHOLDS.coincide).slice(0, 2);
  for (const o of coinciding) {
    q.push({
      id: `samenvallend:${o.division}:${o.id}`,
      group: 'overheden',
      basis: `${divisionLabel(o.division)}: ${overlapFigures(o)}.`,
      text: `${o.name} (${divisionLabel(o.division)}) valt grotendeels samen met de regio. Gebruikt de regio die tafel ook voor andere thema’s, of zijn het gescheiden werelden met eigen mensen en eigen afspraken?`,
    });
  }
  const perDivision = new Map<string, NationalOverlap[]>();
  for (const o of m.national.overlaps) if (o.division !== 'REGIO_DEAL') perDivision.set(o.division, [...(perDivision.get(o.division) ?? []), o]);
  const split = [...perDivision.entries()].filter(([, list]) => list.length >= 2).sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0];
  if (split) {
    const [division, list] = split;
    q.push({
      id: `versnipperd:${division}`,
      group: 'overheden',
      basis: `Gemeenten van de regio liggen in ${formatNumber(list.length)} gebieden van de indeling ${divisionLabel(division)}: ${joinDutch(list.slice(0, 4).map((o) => o.name))}${list.length > 4 ? ' en meer' : ''}.`,
      text: 'Wat betekent het voor de regio dat zij met meerdere van die gebieden moet afstemmen? Waar schuren de grenzen?',
    });
  }
  const steers = m.national.steering.filter((s) => s.quadrant === 'RIJK' || s.quadrant === 'RIJK_EN_REGIO');
  if (steers.length > 0) {
    const themes = steers.map((s) => s.theme);
    q.push({
      id: 'rijk-stuurt',
      group: 'overheden',
      basis: steers.map((s) => `${s.theme}: ${formatNumber(s.regie)} van ${formatNumber(s.documents)} nationale beleidsstukken sturen op ruimtebeslag`).join('; ') + '.',
      text: `Op ${joinDutch(themes)} wijst het Rijk steeds vaker zelf aan waar ruimte wordt gebruikt. Weet de regio wat dat voor haar gebied betekent, en kan zij daar eigen keuzes tegenover zetten?`,
    });
  }
  const thematic = m.national.steering.filter((s) => s.documents > 0 && (s.quadrant === 'REGIO' || s.quadrant === 'GEEN'));
  if (thematic.length > 0) {
    q.push({
      id: 'rijk-thematisch',
      group: 'overheden',
      basis: thematic.map((s) => `${s.theme}: ${formatNumber(s.thematisch)} van ${formatNumber(s.documents)} beleidsstukken leggen thematische accenten`).join('; ') + '.',
      text: `Op ${joinDutch(thematic.map((s) => s.theme))} legt het Rijk vooral accenten zonder plekken aan te wijzen. Wil de regio daar meer richting van Rijk of provincie, of juist de ruimte houden om zelf te kiezen?`,
    });
  }
  const provinces = m.cooperation.otherGovernments.filter((g) => /provincie/i.test(g));
  q.push(
    provinces.length > 0
      ? {
          id: 'provincie:partner',
          group: 'overheden',
          basis: `${joinDutch(provinces)} ${provinces.length === 1 ? 'is' : 'zijn'} partner in de samenwerking.`,
          text: 'Wat verwacht de regio van de provincie bij het afwegen tussen thema’s en bij het vastleggen van keuzes over plekken?',
        }
      : {
          id: 'provincie:geen-partner',
          group: 'overheden',
          basis: 'Er staat geen provincie bij de andere overheden in de samenwerking.',
          text: 'Hoe is de provincie betrokken bij de keuzes van de regio, en zou zij meer aan tafel moeten zitten?',
        },
  );
  q.push({
    id: 'vast:vng',
    group: 'overheden',
    basis: null,
    text: 'Wat kan de VNG voor de regio betekenen: kennis en ervaringen tussen regio’s delen, namens regio’s het gesprek met het Rijk voeren, of iets anders?',
  });
  return q;
}

/** The last question of every guide, after the three groups. */
export const CLOSING_QUESTION: Question = {
  id: 'afsluiting',
  group: 'overheden',
  basis: null,
  text: 'Welk cijfer of welke conclusie in deze leidraad klopt volgens u niet, of mist er? Wat moet de VNG zeker meenemen uit dit gesprek?',
};

/** All questions of the guide, grouped in QUESTION_GROUPS order; ids are unique. */
export function guideQuestions(m: GuideModel): Question[] {
  return [...choiceQuestions(m), ...cooperationQuestions(m), ...governmentQuestions(m)];
}

export type { GoalClass, Theme };
