/**
 * What the compare page (/vergelijk/) shows about each cooperation and each municipality, as one
 * JSON the page's island reads: per entity its facts as Dutch text (legal form, type, themes, goals
 * per class, national regions, …) and its members in Dutch name order. Every number is read from the
 * Analysis or the Dataset; the island only places two entities side by side and splits their two
 * member lists into shared / only A / only B, which no precomputed file could hold for every pair.
 */
import { GOAL_CLASSES } from '../model/enums.ts';
import { THEMES } from '../model/themes.ts';
import type { Cooperation } from '../model/index.ts';
import { cooperationHref, GOAL_CLASS_LABEL, LEGAL_FORM_LABEL, LIFE_PHASE_LABEL, municipalityHref, TYPOLOGY_LABEL } from './components.ts';
import { byDutchName, formatNumber, joinDutch, plural } from './format.ts';
import { divisionLabel, type SiteLookup } from './lookup.ts';
import { HIGHLIGHT } from './map/colors.ts';

export type CompareKind = 'samenwerking' | 'gemeente';

export interface CompareRow {
  key: string;
  label: string;
}

export interface CompareEntity {
  id: string;
  name: string;
  href: string;
  /** Text per row key (rows of the entity's kind); every row has a value ('–' when nothing applies). */
  facts: Record<string, string>;
  /** Ids of the members (municipality codes of a cooperation, cooperation ids of a municipality), in Dutch name order. */
  members: string[];
  /** Municipalities drawn on its small map. */
  mapCodes: string[];
  /** The small map's text alternative. */
  mapDescription: string;
}

export interface CompareKindData {
  /** "gemeenten" (members of a cooperation) or "samenwerkingsverbanden" (of a municipality). */
  memberNoun: string;
  rows: CompareRow[];
  entities: CompareEntity[];
  /** Member id → name and profile link. */
  memberNames: Record<string, { name: string; href: string }>;
}

export interface CompareData {
  highlight: string;
  kinds: Record<CompareKind, CompareKindData>;
}

/** The national divisions of the dataset (policy areas), in code order: one row each. */
function divisions(l: SiteLookup): string[] {
  return [...new Set(l.input.dataset.nationalRegions.map((r) => r.division))].sort();
}

function goalsText(l: SiteLookup, id: string): string {
  const g = l.input.analysis.goals.perCooperation?.[id];
  if (!g || g.total === 0) return 'geen doelen vastgelegd';
  const parts = GOAL_CLASSES.filter((c) => g.counts[c] > 0).map((c) => `${formatNumber(g.counts[c])} ${GOAL_CLASS_LABEL[c].toLowerCase()}`);
  if (g.uncertain > 0) parts.push(`${formatNumber(g.uncertain)} onzeker`);
  return `${plural(g.total, 'doel', 'doelen')}: ${parts.join(', ')}`;
}

function provincesOf(l: SiteLookup, codes: string[]): string {
  const names = [...new Set(codes.map((c) => l.municipality(c)?.province).filter((p): p is string => !!p))].sort(byDutchName);
  return names.length ? joinDutch(names) : '–';
}

const COOPERATION_ROWS = (l: SiteLookup): CompareRow[] => [
  { key: 'soort', label: 'Soort' },
  { key: 'agenda', label: 'Ruimtelijke agenda' },
  { key: 'gemeenten', label: 'Aantal gemeenten' },
  { key: 'provincies', label: 'Provincies' },
  { key: 'rechtsvorm', label: 'Rechtsvorm' },
  { key: 'type', label: 'Type' },
  { key: 'levensfase', label: 'Levensfase' },
  { key: 'themas', label: 'Thema’s' },
  { key: 'doelen', label: 'Doelen per soort' },
  ...divisions(l).map((d) => ({ key: `nationaal:${d}`, label: divisionLabel(d) })),
];

/** Per division: the regions holding members, "Twente (14 van de 14 gemeenten; best passend)". */
function regionFacts(l: SiteLookup, c: Cooperation): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of divisions(l)) out[`nationaal:${d}`] = '–';
  const byDivision = new Map<string, string[]>();
  const overlap = l.input.analysis.overlap.divisions;
  for (const { region, shared } of l.nationalRegionsSharingMembers(c.id)) {
    const best = overlap[region.division]?.regions.find((r) => r.id === region.id)?.bestMatch?.cooperationId === c.id;
    const text = `${region.name} (${formatNumber(shared)} van de ${formatNumber(c.municipalities.length)} gemeenten${best ? '; best passende agenda voor dit gebied' : ''})`;
    byDivision.set(region.division, [...(byDivision.get(region.division) ?? []), text]);
  }
  for (const [d, texts] of byDivision) out[`nationaal:${d}`] = texts.join('; ');
  return out;
}

function cooperationEntity(l: SiteLookup, c: Cooperation): CompareEntity {
  const t = l.typologyOf(c.id);
  const members = [...c.municipalities].sort((a, b) => byDutchName(l.municipalityName(a), l.municipalityName(b)));
  const provinces = provincesOf(l, c.municipalities);
  return {
    id: c.id,
    name: c.name,
    href: cooperationHref(c.id),
    facts: {
      soort: c.spatial ? 'samenwerking met een ruimtelijke agenda' : 'samenwerking zonder ruimtelijke agenda (telt alleen mee voor Kaart 1)',
      agenda: c.agendaTitle ? `${c.agendaTitle}${c.agendaYear ? ` (${c.agendaYear})` : ''}` : '–',
      gemeenten: plural(c.municipalities.length, 'gemeente', 'gemeenten'),
      provincies: provinces,
      rechtsvorm: LEGAL_FORM_LABEL[c.legalForm],
      type: t ? `${TYPOLOGY_LABEL[t.typology]} (${t.given !== null ? 'opgegeven' : 'afgeleid'})` : 'niet bepaald',
      levensfase: c.lifePhase ? LIFE_PHASE_LABEL[c.lifePhase] : 'niet vastgelegd in de dataset',
      themas: c.themes.length ? THEMES.filter((th) => c.themes.includes(th)).join(', ') : 'geen',
      doelen: goalsText(l, c.id),
      ...regionFacts(l, c),
    },
    members,
    mapCodes: [...c.municipalities],
    mapDescription: members.length
      ? `Kaart van Nederland met de ${plural(members.length, 'deelnemende gemeente', 'deelnemende gemeenten')} van ${c.name} gemarkeerd (${provinces}).`
      : `Van ${c.name} is geen gemeente bekend; de kaart markeert niets.`,
  };
}

const MUNICIPALITY_ROWS = (l: SiteLookup): CompareRow[] => [
  { key: 'provincie', label: 'Provincie' },
  { key: 'samenwerkingen', label: 'Samenwerkingsverbanden' },
  { key: 'wittevlek', label: 'Witte vlek' },
  { key: 'themas', label: 'Thema’s via ruimtelijke agenda’s' },
  { key: 'witte-themas', label: 'Witte vlek voor de thema’s' },
  { key: 'rechtsvormen', label: 'Rechtsvormen van de ruimtelijke agenda’s' },
  { key: 'typen', label: 'Typen van de ruimtelijke agenda’s' },
  { key: 'cluster', label: 'Cluster op Kaart 1' },
  ...divisions(l).map((d) => ({ key: `nationaal:${d}`, label: divisionLabel(d) })),
];

function municipalityEntity(l: SiteLookup, code: string): CompareEntity {
  const coverage = l.input.analysis.coverage;
  const cov = coverage.municipalities.find((m) => m.code === code);
  const coops = l.cooperationsOf(code);
  const spatial = coops.filter((c) => c.spatial);
  const themes = THEMES.filter((t) => spatial.some((c) => c.themes.includes(t)));
  const white = THEMES.filter((t) => (coverage.whiteSpotsByTheme[t] ?? []).includes(code));
  const legal = [...new Set(spatial.map((c) => LEGAL_FORM_LABEL[c.legalForm]))].sort(byDutchName);
  const types = [...new Set(spatial.map((c) => l.typologyOf(c.id)?.typology).filter((t) => !!t).map((t) => TYPOLOGY_LABEL[t!]))].sort(byDutchName);
  const community = l.input.analysis.network.communities[code];
  const facts: Record<string, string> = {
    provincie: l.municipality(code)?.province ?? '–',
    samenwerkingen: cov ? `${plural(cov.allCooperations, 'samenwerkingsverband', 'samenwerkingsverbanden')}, waarvan ${formatNumber(cov.spatialCooperations)} met een ruimtelijke agenda` : '–',
    wittevlek: l.whiteSpotSet.has(code) ? 'ja: in geen enkele ruimtelijke agenda' : 'nee',
    themas: themes.length ? themes.join(', ') : 'geen',
    'witte-themas': white.length ? white.join(', ') : 'geen',
    rechtsvormen: legal.length ? legal.join(', ') : '–',
    typen: types.length ? types.join(', ') : '–',
    cluster: community !== undefined ? (l.communityNames[String(community)] ?? 'geen cluster (alleen)') : '–',
  };
  for (const d of divisions(l)) {
    const regions = l.input.dataset.nationalRegions.filter((r) => r.division === d && r.municipalities.includes(code)).map((r) => r.name).sort(byDutchName);
    facts[`nationaal:${d}`] = regions.length ? regions.join('; ') : '–';
  }
  const name = l.municipalityName(code);
  return {
    id: code,
    name,
    href: municipalityHref(code),
    facts,
    members: coops.map((c) => c.id),
    mapCodes: [code],
    mapDescription: `Kaart van Nederland met ${name}${l.municipality(code) ? ` (${l.municipality(code)!.province})` : ''} gemarkeerd.`,
  };
}

export function compareData(l: SiteLookup): CompareData {
  const codes = [...new Set([...l.input.analysis.coverage.municipalities.map((m) => m.code), ...l.cooperations.flatMap((c) => c.municipalities)])].sort();
  const municipalities = codes.map((code) => municipalityEntity(l, code)).sort((a, b) => byDutchName(a.name, b.name));
  return {
    highlight: HIGHLIGHT,
    kinds: {
      samenwerking: {
        memberNoun: 'gemeenten',
        rows: COOPERATION_ROWS(l),
        entities: l.cooperations.map((c) => cooperationEntity(l, c)),
        memberNames: Object.fromEntries(codes.map((code) => [code, { name: l.municipalityName(code), href: municipalityHref(code) }])),
      },
      gemeente: {
        memberNoun: 'samenwerkingsverbanden',
        rows: MUNICIPALITY_ROWS(l),
        entities: municipalities,
        memberNames: Object.fromEntries(l.cooperations.map((c) => [c.id, { name: c.name, href: cooperationHref(c.id) }])),
      },
    },
  };
}
