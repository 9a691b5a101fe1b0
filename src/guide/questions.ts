/**
 * The conversation questions of a guide: twelve, in four groups (choices about where the spade goes
 * in; what has actually been built or changed; how the cooperation should grow; what the region needs
 * from Rijk, province and VNG) and one closing question. Each group has a fixed size (GROUP_SIZE): its
 * fixed questions, then the rules' questions in the order listed, the first that apply; every group ends
 * its list with a question that always applies, so each guide has the same number of questions. A rule
 * question carries the figure that triggered it (`basis`) in plain words: no index names or codes
 * (those are on the method page). Rules and thresholds: docs/gespreksleidraad.md.
 */
import type { GoalClass } from '../model/enums.ts';
import type { Theme } from '../model/themes.ts';
import { formatNumber, formatPercent, joinDutch } from '../present/format.ts';
import { divisionLabel } from '../present/lookup.ts';
import { GUIDE_THRESHOLDS, type GoalComparison, type GuideModel, type NationalOverlap } from './model.ts';

export const QUESTION_GROUPS = ['keuzes', 'realisatie', 'samenwerking', 'overheden'] as const;
export type QuestionGroup = (typeof QUESTION_GROUPS)[number];

export const GROUP_TITLE: Record<QuestionGroup, string> = {
  keuzes: 'Keuzes maken: waar gaat de schop de grond in?',
  realisatie: 'Van plan naar uitvoering: wat is er echt gebouwd of veranderd?',
  samenwerking: 'De samenwerking: wat moet er groeien?',
  overheden: 'Wat de regio nodig heeft van Rijk, provincie en VNG',
};

export const GROUP_INTRO: Record<QuestionGroup, string> = {
  keuzes: 'Lukt het de regio om na een afweging tussen thema’s echt te kiezen voor concrete plekken, en wat helpt of remt daarbij?',
  realisatie: 'Wat is er van de agenda terechtgekomen: wat is gebouwd, aangelegd of besloten, en wat bleef liggen?',
  samenwerking: 'Welke ontwikkeling van de samenwerking is nodig om zulke keuzes beter te kunnen maken?',
  overheden: 'Welke kaders van Rijk en provincie mist de regio, welke zijn te veel, en wat kan de VNG betekenen?',
};

/** Questions per group (fixed ones included); with the closing question a guide has 12. */
export const GROUP_SIZE: Record<QuestionGroup, number> = { keuzes: 3, realisatie: 2, samenwerking: 3, overheden: 3 };

export interface Question {
  /** Rule id, stable across runs (e.g. "geen-locatie"). */
  id: string;
  group: QuestionGroup;
  text: string;
  /** The figure from the data that prompted the question; null for the fixed questions. */
  basis: string | null;
}

/** A rule: the question it asks of this region, or null when its condition does not hold. */
type Rule = (m: GuideModel) => Omit<Question, 'group'> | null;

const pct = (share: number) => formatPercent(share);
/** A goal quoted in a question: shortened at `max` characters, without its closing full stop. */
const quote = (text: string, max = 110) => {
  const t = text.trim().replace(/[.;:]+$/, '');
  return `‘${t.length > max ? t.slice(0, max - 1).trimEnd() + '…' : t}’`;
};
const many = (n: number, one: string, more: string) => `${formatNumber(n)} ${n === 1 ? one : more}`;
/** Up to `max` names, then "en N andere". */
const someOf = (names: string[], max: number) => (names.length > max ? `${names.slice(0, max).join(', ')} en ${formatNumber(names.length - max)} andere` : joinDutch(names));

/** Fixed size per group: the fixed questions, then the first applicable rules in order. */
function pick(m: GuideModel, group: QuestionGroup, rules: Rule[], size = GROUP_SIZE[group]): Question[] {
  const out: Question[] = [];
  for (const rule of rules) {
    if (out.length === size) break;
    const q = rule(m);
    if (q) out.push({ ...q, group });
  }
  return out;
}

function nationalPlaceShare(g: GoalComparison): string {
  return g.national ? ` Landelijk noemt ${pct(g.national.LOCATIE)} van de ${formatNumber(g.nationalTotal)} doelen op ${g.theme} een plek.` : '';
}

const withGoals = (m: GuideModel) => m.goals.filter((g) => g.ownTotal > 0);
const onlyLobby = (m: GuideModel) => withGoals(m).filter((g) => g.own.LOBBY === g.ownTotal);
/** Themes with goals of which none names a place (and not only lobby), most goals first. */
const withoutPlace = (m: GuideModel) => withGoals(m).filter((g) => g.own.LOCATIE === 0 && g.own.LOBBY !== g.ownTotal).sort((a, b) => b.ownTotal - a.ownTotal);
/** The theme with most goals naming a place, with one of them. */
function placeChosen(m: GuideModel): { g: GoalComparison; example: string } | null {
  const g = withGoals(m).filter((x) => x.own.LOCATIE > 0).sort((a, b) => b.own.LOCATIE - a.own.LOCATIE || b.ownTotal - a.ownTotal)[0];
  const example = g?.examples.LOCATIE?.[0];
  return g && example ? { g, example } : null;
}

// --- 1. Keuzes -------------------------------------------------------------------------------

const recentDecision: Rule = () => ({
  id: 'vast:besluit',
  basis: null,
  text: 'Neem een recent besluit over een concrete plek in de regio, bijvoorbeeld een woonwijk, bedrijventerrein, zonneveld of waterberging. Hoe kwam dat besluit tot stand, en welke thema’s zijn daarbij tegen elkaar afgewogen?',
});

const noGoals: Rule = (m) =>
  m.goalList.length > 0
    ? null
    : { id: 'geen-doelen', basis: `Voor ${m.cooperation.name} staan in de dataset geen doelen.`, text: 'Welke concrete ruimtelijke keuzes bevat de agenda? Waar in de regio moet volgens de agenda iets veranderen?' };

/** One question over every theme whose goals name no place; mostly "first a plan or study": when is the choice made? */
const noPlace: Rule = (m) => {
  const list = withoutPlace(m);
  if (list.length === 0) return null;
  const themes = list.map((g) => g.theme);
  const goals = list.reduce((s, g) => s + g.ownTotal, 0);
  const postponed = list.reduce((s, g) => s + g.own.PROCES, 0) * 2 >= goals;
  const counted = list.map((g) => `${g.theme} (${many(g.ownTotal, 'doel', 'doelen')})`);
  return {
    id: 'geen-locatie',
    basis: `Op ${someOf(counted, 4)} noemt geen enkel doel van de agenda een concrete plek${postponed ? (goals === 1 ? '; het vraagt eerst om nieuw beleid of onderzoek' : '; de meeste vragen eerst om nieuw beleid of onderzoek') : ''}.${nationalPlaceShare(list[0])}`,
    text: postponed
      ? `Op ${someOf(themes, 3)} kiest de agenda eerst voor nieuwe plannen of studies. Wanneer valt de keuze over de plek, en wie neemt die?`
      : `De agenda noemt op ${someOf(themes, 3)} geen concrete plek. Weet de regio al waar het moet gebeuren? Zo ja: waarom staat dat er niet in; zo nee: wat houdt die keuze tegen?`,
  };
};

const lobbyOnly: Rule = (m) => {
  const list = onlyLobby(m);
  if (list.length === 0) return null;
  const example = list.map((g) => g.examples.LOBBY?.[0]).find((x) => x !== undefined);
  const themes = joinDutch(list.map((g) => g.theme));
  const goals = list.reduce((s, g) => s + g.ownTotal, 0);
  return {
    id: 'alleen-lobby',
    basis: goals === 1 ? `Het enige doel op ${themes} vraagt anderen om geld of besluiten.` : `Alle ${formatNumber(goals)} doelen op ${themes} vragen anderen om geld of besluiten.`,
    text: `Op ${themes} vraagt de agenda vooral iets van anderen${example ? `, zoals ${quote(example)}` : ''}. Welke keuze over plekken kan de regio zelf maken, ook als die bijdrage uitblijft?`,
  };
};

const breadth: Rule = (m) => {
  const n = m.cooperation.themes.length;
  if (n >= GUIDE_THRESHOLDS.broad) {
    return { id: 'brede-agenda', basis: `De agenda bestrijkt ${formatNumber(n)} van de 9 thema’s.`, text: 'Als de ruimte op een plek maar één keer kan worden gebruikt: welke twee of drie thema’s gaan dan voor, en wie beslist dat?' };
  }
  if (n !== 1) return null;
  const theme = m.cooperation.themes[0];
  const others = OTHER_CLAIMS.filter(([t]) => t !== theme).slice(0, 3).map(([, word]) => word);
  return { id: 'smalle-agenda', basis: `De agenda gaat alleen over ${theme}.`, text: `Waar botst ${theme} op andere ruimtevragen, zoals ${joinDutch(others).replace(/ en ([^ ]+)$/, ' of $1')}, en waar wordt die botsing besproken?` };
};

/** Other claims on space named in the "only one theme" question, never the agenda's own theme. */
const OTHER_CLAIMS: [Theme, string][] = [
  ['Wonen', 'wonen'],
  ['Water en bodem', 'water'],
  ['Landbouw', 'landbouw'],
  ['Energietransitie', 'energie'],
];

const themesWithoutGoals: Rule = (m) => {
  const themes = m.cooperation.themes.filter((t) => !withGoals(m).some((g) => g.theme === t));
  if (m.goalList.length === 0 || themes.length === 0) return null;
  return {
    id: 'thema-zonder-doelen',
    basis: `${joinDutch(themes)} ${themes.length === 1 ? 'staat' : 'staan'} als thema bij de agenda, maar de dataset bevat er geen doelen voor.`,
    text: `Wat wil de regio op ${joinDutch(themes)} bereiken, en waar in de regio?`,
  };
};

const tradeOff: Rule = () => ({
  id: 'vast:afweging',
  basis: null,
  text: 'Als twee opgaven dezelfde plek willen, bijvoorbeeld woningen en waterberging: wie beslist dan, en op grond waarvan?',
});

const nextChoice: Rule = () => ({ id: 'vast:volgende-keuze', basis: null, text: 'Welke keuze over een plek moet de regio de komende twee jaar maken, en wat is er nodig om die keuze echt te maken?' });

// --- 2. Realisatie ---------------------------------------------------------------------------

const built: Rule = (m) => ({
  id: 'vast:gerealiseerd',
  basis: null,
  text: `Wat is er ${m.cooperation.agendaYear ? `sinds de agenda van ${m.cooperation.agendaYear}` : 'sinds de start van de agenda'} werkelijk gebouwd, aangelegd of veranderd in de regio? Welke plannen zijn vertraagd of geschrapt, en waar lag dat aan?`,
});

const placeProgress: Rule = (m) => {
  const chosen = placeChosen(m);
  if (!chosen) return null;
  const { g, example } = chosen;
  return {
    id: 'realisatie:plek',
    basis: `${g.ownTotal === 1 ? `Het enige doel op ${g.theme} noemt` : `${formatNumber(g.own.LOCATIE)} van de ${formatNumber(g.ownTotal)} doelen op ${g.theme} ${g.own.LOCATIE === 1 ? 'noemt' : 'noemen'}`} een concrete plek.${nationalPlaceShare(g)}`,
    text: `De agenda kiest op ${g.theme} wel een plek: ${quote(example)}. Hoe staat het daar nu mee: is er gebouwd of besloten, en wat maakte die keuze mogelijk?`,
  };
};

const tracking: Rule = () => ({ id: 'vast:volgen', basis: null, text: 'Hoe houdt de regio bij wat er van de agenda terechtkomt, en met wie deelt zij wat werkt en wat niet?' });

// --- 3. Samenwerking -------------------------------------------------------------------------

const LEGAL_FORM_TEXT: Record<string, string> = {
  WGR: 'De samenwerking is een gemeenschappelijke regeling. Wat werkt goed in de manier waarop de partners nu samenwerken, en helpt deze vorm om keuzes over plekken te maken en vast te houden?',
  PRIVAAT: 'De samenwerking is privaatrechtelijk georganiseerd. Wat werkt goed in de manier waarop de partners nu samenwerken, en hoe zijn de gemeenteraden betrokken bij keuzes over ruimte?',
  OVERIG: 'De samenwerking rust op een convenant of netwerk. Wat werkt goed in de manier waarop de partners nu samenwerken, en zijn de afspraken bindend genoeg om keuzes over plekken vast te houden?',
};

const LIFE_PHASE_TEXT: Record<string, string> = {
  STARTUP: 'De samenwerking staat aan het begin.',
  ONTMOETINGSPLEK: 'De samenwerking is vooral een plek waar de partners elkaar treffen.',
  DRAAIEND_SYSTEEM: 'De samenwerking neemt besluiten en voert ze uit.',
};

const workingMethod: Rule = (m) => {
  const phase = m.cooperation.lifePhase;
  return { id: `werkwijze:${m.cooperation.legalForm}`, basis: phase ? LIFE_PHASE_TEXT[phase] : null, text: LEGAL_FORM_TEXT[m.cooperation.legalForm] };
};

function whiteSpotQuestion(names: string[], theme: Theme | null): Omit<Question, 'group'> {
  const one = names.length === 1;
  const them = one ? 'die buurgemeente' : 'die buurgemeenten';
  return {
    id: theme ? `witte-vlek:${theme}` : 'witte-vlek',
    basis: `${someOf(names, 5)} ${one ? 'grenst' : 'grenzen'} aan de regio maar ${one ? 'doet' : 'doen'}${theme ? ` op ${theme}` : ''} aan geen enkele ruimtelijke agenda mee.`,
    text: theme
      ? `Net over de grens werkt niemand samen aan ${theme}. Raakt dat aan de opgaven van de regio, en is samenwerking met ${them} op dit thema gewenst?`
      : `Hoe gaat de regio om met opgaven die over de grens met ${them} heen lopen? Is het wenselijk dat ${one ? 'zij aansluit' : 'zij aansluiten'}, en wie zou dat gesprek moeten voeren?`,
  };
}

/** Bordering municipalities in no spatial agenda at all. */
const whiteSpot: Rule = (m) => (m.whiteSpotNeighbours.length ? whiteSpotQuestion(m.whiteSpotNeighbours.map((w) => w.name), null) : null);

/** Without those: the region's theme with most bordering municipalities in no agenda on it. */
const themeWhiteSpot: Rule = (m) => {
  const theme = [...m.themeWhiteSpotNeighbours].sort((a, b) => b.municipalities.length - a.municipalities.length)[0];
  return m.whiteSpotNeighbours.length === 0 && theme ? whiteSpotQuestion(theme.municipalities.map((w) => w.name), theme.theme) : null;
};

const crowded: Rule = (m) => {
  const spatial = m.neighbours.filter((n) => n.spatial);
  if (spatial.length < GUIDE_THRESHOLDS.crowded) return null;
  return {
    id: 'overlap:druk',
    basis: `Gemeenten van ${m.cooperation.name} doen ook mee aan ${formatNumber(spatial.length)} andere ruimtelijke agenda’s, onder meer ${joinDutch(spatial.slice(0, 3).map((n) => n.name))}.`,
    text: 'Hoe voorkomt de regio dubbel werk of tegenstrijdige keuzes met die andere agenda’s? Is er een taakverdeling, of zou die er moeten komen?',
  };
};

const size: Rule = (m) => {
  const s = m.size;
  const basis = `${many(s.members, 'gemeente', 'gemeenten')}; een ruimtelijke agenda telt gemiddeld ${formatNumber(s.mean, 1)} gemeenten (mediaan ${formatNumber(s.median)}).`;
  if (s.class === 'groot') {
    return { id: 'omvang:groot', basis, text: `Met ${formatNumber(s.members)} gemeenten is ${m.cooperation.name} veel groter dan gebruikelijk. Hoe komen besluiten tot stand: beslist elke raad apart, of is er mandaat? Lukt het zo om tot keuzes over plekken te komen?` };
  }
  if (s.class === 'klein' && s.members > 0) {
    return { id: 'omvang:klein', basis, text: 'De regio is klein vergeleken met andere ruimtelijke agenda’s. Is dit schaalniveau groot genoeg voor de opgaven op de agenda, of vallen de echte keuzes elders?' };
  }
  return null;
};

const commuting: Rule = (m) => {
  const p = m.commuting;
  if (!p || p.fit === null || p.members < 2 || p.regions < 2) return null;
  return {
    id: 'pendel:verdeeld',
    basis: `${formatNumber(p.membersInDominant)} van de ${formatNumber(p.members)} gemeenten horen bij hetzelfde pendelgebied${p.dominantCore ? ` (rond ${p.dominantCore})` : ''}; de gemeenten liggen in ${formatNumber(p.regions)} pendelgebieden${p.dataYear ? ` (woon-werkverkeer ${p.dataYear})` : ''}.`,
    text: 'Het woon-werkverkeer verdeelt de regio over meerdere gebieden. Past de afbakening van de samenwerking bij waar inwoners wonen en werken, en merkt u dat bij keuzes over wonen, werken en bereikbaarheid?',
  };
};

const partners: Rule = (m) => {
  const list = m.cooperation.partners;
  if (list.length >= 2) {
    return {
      id: 'partners:wel',
      basis: `Partners buiten de overheid: ${joinDutch(list.slice(0, 3))}${list.length > 3 ? ' en anderen' : ''}.`,
      text: 'Welke rol spelen de partners buiten de overheid bij keuzes over waar iets komt: zitten zij aan tafel bij het besluit, of alleen bij de uitvoering?',
    };
  }
  if (list.length > 0) return null;
  return {
    id: 'partners:geen',
    basis: 'In de dataset staan geen partners buiten de overheid.',
    text: 'Ontbreken er partijen aan tafel, zoals ondernemers, onderwijs, corporaties of natuurorganisaties, die nodig zijn om keuzes over plekken waar te maken?',
  };
};

const decisions: Rule = () => ({
  id: 'vast:besluitvorming',
  basis: null,
  text: 'Hoe komen besluiten van de samenwerking tot stand, en hoe zijn de gemeenteraden daarbij betrokken?',
});

const learning: Rule = () => ({ id: 'vast:leren', basis: null, text: 'Van welke andere regio zou deze regio willen leren, en wat kan zij andere regio’s laten zien?' });

// --- 4. Rijk, provincie en VNG ---------------------------------------------------------------

const provinceFrame: Rule = (m) => {
  const provinces = m.cooperation.otherGovernments.filter((g) => /provincie/i.test(g));
  const text = 'Welke kaders van Rijk of provincie mist de regio om keuzes over plekken te kunnen maken? En welke zijn juist te veel of te gedetailleerd?';
  return provinces.length
    ? { id: 'kaders:provincie-partner', basis: `${joinDutch(provinces)} ${provinces.length === 1 ? 'is' : 'zijn'} partner in de samenwerking.`, text }
    : { id: 'kaders', basis: 'Er staat geen provincie bij de andere overheden in de samenwerking.', text: `${text} Hoe is de provincie betrokken?` };
};

const AREA_KIND: Record<string, string> = {
  RES: 'RES-regio',
  NOVEX: 'NOVEX-gebied',
  NATIONAAL_PARK: 'Nationaal Park',
  DELTA: 'Deltaprogramma',
  REGIO_DEAL: 'Regio Deal',
  WOONDEAL: 'Woondeal',
};

/** "RES-regio Twente", "Nationaal Park De Alde Feanen" (the kind once), else "name (division)". */
export function areaName(o: Pick<NationalOverlap, 'division' | 'name'>): string {
  const kind = AREA_KIND[o.division];
  if (!kind) return `${o.name} (${divisionLabel(o.division)})`;
  return o.name.toLowerCase().startsWith(kind.toLowerCase()) ? o.name : `${kind} ${o.name}`;
}

/** How an area and the region overlap, in municipalities. */
function sharedText(o: NationalOverlap, members: number): string {
  const area = areaName(o);
  if (o.shared === members && o.shared === o.municipalities) return `${area}: precies dezelfde ${many(o.shared, 'gemeente', 'gemeenten')}`;
  if (o.shared === 1 && o.municipalities === 1) return `${area}: de enige gemeente ervan hoort bij de regio (die er ${formatNumber(members)} telt)`;
  if (o.shared === o.municipalities) return `${area}: alle ${many(o.shared, 'gemeente', 'gemeenten')} horen bij de regio (die er ${formatNumber(members)} telt)`;
  if (o.shared === members) return `${area}: omvat alle ${formatNumber(members)} gemeenten van de regio en telt er zelf ${formatNumber(o.municipalities)}`;
  return `${area}: ${many(o.shared, 'gedeelde gemeente', 'gedeelde gemeenten')} (de regio telt er ${formatNumber(members)}, het gebied ${formatNumber(o.municipalities)})`;
}

/** One question over every national area that largely coincides with the region (Regio Deals, RES, woondeals, …). */
const coinciding: Rule = (m) => {
  const list = m.national.overlaps.filter((o) => o.jaccard >= GUIDE_THRESHOLDS.coincide);
  if (list.length === 0) return null;
  return {
    id: 'nationaal:samenvallend',
    basis: `${list.slice(0, 4).map((o) => sharedText(o, m.members.length)).join('; ')}${list.length > 4 ? `; en ${formatNumber(list.length - 4)} andere` : ''}.`,
    text: `De regio valt grotendeels samen met ${someOf(list.map(areaName), 3)}. Gebruikt de regio die tafels ook voor haar eigen agenda, of zijn het gescheiden werelden met eigen mensen en eigen afspraken? Wat hebben ze tot nu toe opgeleverd?`,
  };
};

/** A Regio Deal that shares members without coinciding: the one sharing most. */
const regioDeal: Rule = (m) => {
  const deal = m.national.overlaps.filter((o) => o.division === 'REGIO_DEAL' && o.jaccard < GUIDE_THRESHOLDS.coincide).sort((a, b) => b.shared - a.shared || b.jaccard - a.jaccard)[0];
  if (!deal) return null;
  const when = [deal.tranche !== null ? `tranche ${deal.tranche}` : null, deal.year !== null ? String(deal.year) : null].filter(Boolean).join(', ');
  return {
    id: 'nationaal:regio-deal',
    basis: `${sharedText(deal, m.members.length)}.`,
    text: `Een deel van de regio doet mee aan ${areaName(deal)}${when ? ` (${when})` : ''}. Versterken de afspraken uit die deal de keuzes van de regio, of trekken ze de aandacht naar andere plekken?`,
  };
};

/** Where the Rijk points out places itself, and where it only sets priorities, on the region's themes. */
const steering: Rule = (m) => {
  const steers = m.national.steering.filter((s) => s.quadrant === 'RIJK' || s.quadrant === 'RIJK_EN_REGIO');
  const thematic = m.national.steering.filter((s) => s.documents > 0 && (s.quadrant === 'REGIO' || s.quadrant === 'GEEN'));
  if (steers.length === 0 && thematic.length === 0) return null;
  const parts = [
    ...steers.map((s) => `${s.theme}: ${formatNumber(s.regie)} van ${formatNumber(s.documents)} nationale beleidsstukken sturen op waar ruimte wordt gebruikt`),
    ...thematic.map((s) => `${s.theme}: ${formatNumber(s.thematisch)} van ${formatNumber(s.documents)} leggen alleen thematische accenten`),
  ];
  const said = [
    steers.length ? `op ${joinDutch(steers.map((s) => s.theme))} wijst het Rijk steeds vaker zelf aan waar ruimte wordt gebruikt` : null,
    thematic.length ? `op ${joinDutch(thematic.map((s) => s.theme))} legt het vooral accenten zonder plekken aan te wijzen` : null,
  ].filter(Boolean).join('; ');
  return {
    id: 'nationaal:sturing',
    basis: `${parts.slice(0, 4).join('; ')}.`,
    text: `${said.charAt(0).toUpperCase()}${said.slice(1)}. Weet de regio wat dat voor haar gebied betekent, en wil zij meer richting van Rijk of provincie, of juist ruimte om zelf te kiezen?`,
  };
};

/** The division whose areas split the region most (≥ 2 areas). */
const split: Rule = (m) => {
  const perDivision = new Map<string, NationalOverlap[]>();
  for (const o of m.national.overlaps) if (o.division !== 'REGIO_DEAL') perDivision.set(o.division, [...(perDivision.get(o.division) ?? []), o]);
  const found = [...perDivision.entries()].filter(([, list]) => list.length >= 2).sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0];
  if (!found) return null;
  const [division, list] = found;
  return {
    id: `versnipperd:${division}`,
    basis: `Gemeenten van de regio liggen in ${formatNumber(list.length)} gebieden van de indeling ${divisionLabel(division)}: ${someOf(list.map((o) => o.name), 4)}.`,
    text: 'Wat betekent het voor de regio dat zij met meerdere van die gebieden moet afstemmen? Waar schuren de grenzen?',
  };
};

const nationalDecision: Rule = () => ({
  id: 'vast:besluit-rijk',
  basis: null,
  text: 'Welk besluit van Rijk of provincie heeft de afgelopen jaren de ruimtelijke keuzes van de regio het meest bepaald, en hoe kwam de regio daarbij aan bod?',
});

const vng: Rule = () => ({
  id: 'vast:vng',
  basis: null,
  text: 'Wat kan de VNG voor de regio betekenen: kennis en ervaringen tussen regio’s delen, namens regio’s het gesprek met het Rijk voeren, of iets anders?',
});

/** The last question of every guide, after the groups. */
export const CLOSING_QUESTION: Question = {
  id: 'afsluiting',
  group: 'overheden',
  basis: null,
  text: 'Welk cijfer of welke conclusie in deze leidraad klopt volgens u niet, of mist er? Wat moet de VNG zeker meenemen uit dit gesprek?',
};

/** All questions of the guide (without the closing one), grouped in QUESTION_GROUPS order; ids are unique. */
export function guideQuestions(m: GuideModel): Question[] {
  return [
    ...pick(m, 'keuzes', [recentDecision, noGoals, noPlace, lobbyOnly, breadth, themesWithoutGoals, nextChoice, tradeOff]),
    ...pick(m, 'realisatie', [built, placeProgress, tracking]),
    ...pick(m, 'samenwerking', [workingMethod, whiteSpot, size, crowded, themeWhiteSpot, commuting, partners, learning, decisions]),
    // The VNG question always closes the group, whichever rules fill the places before it.
    ...pick(m, 'overheden', [provinceFrame, coinciding, regioDeal, steering, split, nationalDecision], GROUP_SIZE.overheden - 1),
    { ...vng(m)!, group: 'overheden' },
  ];
}

export type { GoalClass, Theme };
