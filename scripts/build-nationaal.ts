/**
 * Builds data/voorbeeld/nationale_gebieden.csv (one row per national region, members `;`-joined as CBS
 * 2025 names) from the verbatim tables in data/source/nationaal/ plus our sourced additions in
 * data/source/nationaal-extra/, and data/voorbeeld/nationaal_beleid.csv (validated copy of the policy table).
 * Regions without known members stay as rows with empty `gemeenten`. Run: npx tsx scripts/build-nationaal.ts
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { THEMES, isTheme } from '../src/model/themes.ts';
import { STEERING_TYPES } from '../src/model/enums.ts';
import { identityKey } from '../src/model/normalise.ts';
import { CORRECTIONS_PATH, REPO_ROOT, parseCsv, toCsv, toCbsName, type ReferenceMunicipality } from './build-voorbeeld.ts';
import { parseCorrections, type Correction } from './build-corrections.ts';

type Row = Record<string, string>;

export const GEBIEDEN_COLUMNS = [
  'indeling',
  'gebied_id',
  'gebied_naam',
  'gemeenten',
  'kenmerk',
  'bron',
  // outside the contract: provenance and per-division attributes
  'tranche',
  'jaar',
  'zekerheid',
  'opmerking',
] as const;

export const BELEID_COLUMNS = ['id', 'titel', 'jaar', 'thema', 'sturing', 'gebiedsgericht', 'toelichting', 'bron', 'opmerking'] as const;

const SOURCE_COLUMNS = ['division', 'region_id', 'region_name', 'municipality_name', 'municipality_code', 'source_url', 'note'];
const EXTRA_COLUMNS = ['region_id', 'municipality_name', 'source_url', 'zekerheid', 'opmerking'];

export interface SourceSpec {
  file: string;
  division: string;
  sourceDivision: string;
  /** 'bron' = verbatim upstream table in data/source/nationaal; 'regioruimte' = our own rows in nationaal-extra. */
  origin?: 'bron' | 'regioruimte';
}

/** Source file → division code of the input contract, in output order. */
export const SOURCE_FILES: SourceSpec[] = [
  { file: 'res_regios.csv', division: 'RES', sourceDivision: 'RES' },
  { file: 'novex_gebieden.csv', division: 'NOVEX', sourceDivision: 'NOVEX' },
  { file: 'nationale_parken.csv', division: 'NATIONAAL_PARK', sourceDivision: 'Nationaal Park' },
  { file: 'deltaprogramma_gebieden.csv', division: 'DELTA', sourceDivision: 'Deltaprogramma gebied' },
  { file: 'regio_deals.csv', division: 'REGIO_DEAL', sourceDivision: 'Regio Deal' },
  { file: 'woondeals.csv', division: 'WOONDEAL', sourceDivision: 'Woondeal' },
  { file: 'woondeals_aanvulling.csv', division: 'WOONDEAL', sourceDivision: 'Woondeal', origin: 'regioruimte' },
];

const CONFIDENCE_ORDER = ['hoog', 'middel', 'laag'] as const;
type Confidence = (typeof CONFIDENCE_ORDER)[number];

function weakest(levels: Confidence[]): Confidence | null {
  if (levels.length === 0) return null;
  return levels.reduce((a, b) => (CONFIDENCE_ORDER.indexOf(b) > CONFIDENCE_ORDER.indexOf(a) ? b : a));
}

/** Confidence of one upstream member row, from the markers its compiler documented in `note`. */
export function rowConfidence(note: string): Confidence {
  if (/\b(partial|uncertain)\b/.test(note)) return 'laag';
  if (/\binferred\b|derived by compiler|taken from the deal name|\bafgeleid\b/.test(note)) return 'middel';
  return 'hoog';
}

interface Member {
  name: string;
  confidence: Confidence;
  /** Non-empty when this member row carries a note of its own (differs from the region-level note). */
  note: string;
}

export interface RegionGroup {
  division: string;
  id: string;
  name: string;
  members: Member[];
  sources: string[];
  /** Notes shared by every row of the region (or of rows without a municipality). */
  regionNotes: string[];
  renamed: [string, string][];
  additions: string[];
  origin: 'bron' | 'regioruimte';
}

/** Groups the (region, municipality) rows of one upstream file into regions, mapping names to CBS 2025. */
export function groupSource(csv: string, spec: SourceSpec, cbsNames: ReadonlySet<string>): RegionGroup[] {
  const rows = parseCsv(csv, SOURCE_COLUMNS, `${spec.origin === 'regioruimte' ? 'nationaal-extra' : 'nationaal'}/${spec.file}`);
  const byId = new Map<string, Row[]>();
  for (const r of rows) {
    if (r.division !== spec.sourceDivision) throw new Error(`${spec.file}: unexpected division ${r.division}`);
    byId.set(r.region_id, [...(byId.get(r.region_id) ?? []), r]);
  }
  return [...byId.entries()].map(([id, list]) => {
    const names = new Set(list.map((r) => r.region_name));
    if (names.size !== 1) throw new Error(`${spec.file}: ${id} has ${names.size} names`);
    // A note carried by every row is about the region; a note on only some member rows is about that member.
    const counts = new Map<string, number>();
    for (const r of list) counts.set(r.note, (counts.get(r.note) ?? 0) + 1);
    const memberRows = list.filter((r) => r.municipality_name !== '');
    const shared = (note: string) => counts.get(note) === list.length || memberRows.length === 0;
    const regionNotes: string[] = [];
    const group: RegionGroup = {
      division: spec.division,
      id,
      name: list[0].region_name,
      members: [],
      sources: [...new Set(list.map((r) => r.source_url).filter((u) => u !== ''))],
      regionNotes,
      renamed: [],
      additions: [],
      origin: spec.origin ?? 'bron',
    };
    for (const r of list) {
      if (r.note !== '' && (shared(r.note) || r.municipality_name === '') && !regionNotes.includes(r.note)) regionNotes.push(r.note);
      if (r.municipality_name === '') continue;
      const cbs = toCbsName(r.municipality_name, cbsNames);
      if (cbs === null) throw new Error(`${spec.file}: ${id}: '${r.municipality_name}' is not a CBS 2025 name`);
      if (cbs !== r.municipality_name) group.renamed.push([r.municipality_name, cbs]);
      if (group.members.some((m) => m.name === cbs)) continue;
      group.members.push({ name: cbs, confidence: rowConfidence(r.note), note: shared(r.note) ? '' : r.note });
    }
    return group;
  });
}

/** Adds our sourced members (data/source/nationaal-extra) to their regions; unknown region ids are an error. */
export function applyAdditions(groups: RegionGroup[], csv: string, cbsNames: ReadonlySet<string>, label: string): void {
  const byId = new Map(groups.map((g) => [g.id, g]));
  for (const r of parseCsv(csv, EXTRA_COLUMNS, label)) {
    const g = byId.get(r.region_id);
    if (!g) throw new Error(`${label}: unknown region ${r.region_id}`);
    if (!cbsNames.has(r.municipality_name)) throw new Error(`${label}: '${r.municipality_name}' is not a CBS 2025 name`);
    if (!(CONFIDENCE_ORDER as readonly string[]).includes(r.zekerheid)) throw new Error(`${label}: zekerheid ${r.zekerheid}`);
    if (g.members.some((m) => m.name === r.municipality_name)) throw new Error(`${label}: ${r.municipality_name} already in ${r.region_id}`);
    g.members.push({ name: r.municipality_name, confidence: r.zekerheid as Confidence, note: '' });
    if (!g.sources.includes(r.source_url)) g.sources.push(r.source_url);
    g.additions.push(`${r.municipality_name} (${r.zekerheid}): ${r.opmerking}`);
  }
}

/**
 * Applies our sourced corrections (data/source/correcties/correcties.csv, bestand nationale_gebieden):
 * lid-weg / lid-erbij change one region's members (an added member gets zekerheid middel), gebied-weg drops
 * a region. Returns the remaining groups; every correction must hit.
 */
export function applyNationalCorrections(groups: RegionGroup[], corrections: readonly Correction[], cbsNames: ReadonlySet<string>): RegionGroup[] {
  const dropped = new Set<string>();
  for (const c of corrections.filter((x) => x.file === 'nationale_gebieden')) {
    const where = `correcties.csv line ${c.line} (${c.id})`;
    const g = groups.find((x) => x.id === c.id);
    if (!g || dropped.has(c.id)) throw new Error(`${where}: unknown region`);
    if (c.action === 'gebied-weg') {
      dropped.add(c.id);
    } else if (c.action === 'lid-weg') {
      if (!g.members.some((m) => m.name === c.old)) throw new Error(`${where}: ${c.old} is not a member`);
      g.members = g.members.filter((m) => m.name !== c.old);
      g.additions = g.additions.filter((a) => !a.startsWith(`${c.old} (`));
      g.additions.push(`${c.old} verwijderd: ${c.reason}`);
    } else if (c.action === 'lid-erbij') {
      if (!cbsNames.has(c.new)) throw new Error(`${where}: '${c.new}' is not a CBS 2025 name`);
      if (g.members.some((m) => m.name === c.new)) throw new Error(`${where}: ${c.new} is already a member`);
      g.members.push({ name: c.new, confidence: 'middel', note: '' });
      g.additions.push(`${c.new} (middel): ${c.reason}`);
    } else {
      throw new Error(`${where}: nationale_gebieden knows lid-weg, lid-erbij and gebied-weg`);
    }
    for (const u of c.source.split(' ; ')) if (c.action !== 'gebied-weg' && !g.sources.includes(u)) g.sources.push(u);
  }
  return groups.filter((g) => !dropped.has(g.id));
}

/** Locale-independent name order: diacritics and case folded (punctuation kept), raw name breaks ties. */
function compareNames(a: string, b: string): number {
  const fa = identityKey(a);
  const fb = identityKey(b);
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The CBS 2025 RES region holding most of a listed RES's members, and the differences with it. */
export function compareWithCbsRes(members: string[], gemeenten: readonly ReferenceMunicipality[]): { code: string; extra: string[]; missing: string[] } {
  const resOf = new Map(gemeenten.map((m) => [m.name, m.regions.res]));
  const votes = new Map<string, number>();
  for (const m of members) {
    const code = resOf.get(m);
    if (code) votes.set(code, (votes.get(code) ?? 0) + 1);
  }
  const code = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
  const cbs = gemeenten.filter((m) => m.regions.res === code).map((m) => m.name);
  return {
    code,
    extra: members.filter((m) => !cbs.includes(m)).sort(compareNames),
    missing: cbs.filter((m) => !members.includes(m)).sort(compareNames),
  };
}

/** The tranche/year marker is moved to its own columns, so it is dropped from the note text. */
function stripTranche(note: string): string {
  return note.replace(/^tranche=\d+; year=\d{4};?\s*/, '');
}

function attributes(g: RegionGroup): { kenmerk: string; tranche: string; jaar: string; notes: string[] } {
  let kenmerk = '';
  let tranche = '';
  let jaar = '';
  const notes = [...g.regionNotes];
  const first = g.regionNotes[0] ?? '';
  if (g.division === 'REGIO_DEAL') {
    const all = [...g.regionNotes, ...g.members.map((m) => m.note)];
    const found = all.map((n) => /tranche=(\d+); year=(\d{4})/.exec(n)).filter((m) => m !== null);
    if (found.length === 0 || found.some((m) => m[1] !== found[0][1] || m[2] !== found[0][2])) {
      throw new Error(`${g.id}: no single tranche/year in its notes`);
    }
    tranche = found[0][1];
    jaar = found[0][2];
    kenmerk = `tranche ${tranche} (${jaar})`;
  } else if (g.division === 'NOVEX') {
    const m = /type=([^;]+)/.exec(first);
    if (m) kenmerk = m[1].trim();
  } else if (g.division === 'NATIONAAL_PARK') {
    const m = /province\/established per list: (.+?); (\d{4}(?:\/\d{4})?)/.exec(first);
    if (m) kenmerk = `${m[1].replace(' and ', ', ')}; ingesteld ${m[2]}`;
    if (/^not one of the 21/.test(first)) kenmerk = 'erkend 2024; niet een van de 21 nationale parken';
  } else if (g.division === 'WOONDEAL') {
    const m = /(?:signed|getekend) \d+ \w+ (\d{4})/.exec(first);
    if (m) jaar = m[1];
  }
  return { kenmerk, tranche, jaar, notes: notes.map(stripTranche).filter((n) => n !== '') };
}

/** One output row per region. */
export function regionRow(g: RegionGroup, gemeenten: readonly ReferenceMunicipality[]): Row {
  const members = g.members.map((m) => m.name).sort(compareNames);
  const a = attributes(g);
  const parts: string[] = [];
  let confidence = weakest(g.members.map((m) => m.confidence));
  let kenmerk = a.kenmerk;
  if (members.length === 0) parts.push('Geen gemeentelijst bekend: telt als gebied zonder ledengegevens.');
  if (g.division === 'RES' && members.length > 0) {
    const cmp = compareWithCbsRes(members, gemeenten);
    kenmerk = `CBS ${cmp.code}`;
    if (cmp.extra.length === 0 && cmp.missing.length === 0) {
      parts.push(`Leden gelijk aan de CBS-indeling RES 2025 (${cmp.code}).`);
    } else {
      parts.push(
        `Leden wijken af van de CBS-indeling RES 2025 (${cmp.code}):` +
          (cmp.extra.length ? ` extra in de lijst: ${cmp.extra.join(', ')};` : '') +
          (cmp.missing.length ? ` alleen bij CBS: ${cmp.missing.join(', ')};` : '') +
          ' de lijst van de bron is aangehouden.',
      );
      confidence = weakest([confidence ?? 'hoog', 'middel']);
    }
  }
  if (g.renamed.length) parts.push(`Naam omgezet naar CBS 2025: ${g.renamed.map(([s, c]) => `${s} → ${c}`).join(', ')}.`);
  if (g.additions.length) parts.push(`Aangevuld of gecorrigeerd door regioruimte (data/source/nationaal-extra, data/source/correcties): ${g.additions.join(' | ')}`);
  const memberNotes = g.members
    .map((m) => ({ name: m.name, note: stripTranche(m.note) }))
    .filter((m) => m.note !== '')
    .map((m) => `${m.name}: ${m.note}`);
  const sourceNotes = [...a.notes, ...memberNotes];
  if (sourceNotes.length) {
    parts.push(
      g.origin === 'regioruimte'
        ? `Gebied toegevoegd door regioruimte (data/source/nationaal-extra): ${sourceNotes.join(' | ')}`
        : `Notities van de bron (Engels): ${sourceNotes.join(' | ')}`,
    );
  }
  return {
    indeling: g.division,
    gebied_id: g.id,
    gebied_naam: g.name,
    gemeenten: members.join(';'),
    kenmerk,
    bron: g.sources.join(' ; '),
    tranche: a.tranche,
    jaar: a.jaar,
    zekerheid: confidence ?? '',
    opmerking: parts.join(' '),
  };
}

/** Validates the policy table against the input contract and returns its rows unchanged, in file order. */
export function validatePolicies(csv: string, label: string): Row[] {
  const rows = parseCsv(csv, BELEID_COLUMNS, label);
  const seen = new Set<string>();
  for (const r of rows) {
    if (!/^[a-z0-9-]+$/.test(r.id) || seen.has(r.id)) throw new Error(`${label}: bad or duplicate id ${r.id}`);
    seen.add(r.id);
    const themes = r.thema.split(';');
    if (themes.length === 0 || themes.some((t) => !isTheme(t))) throw new Error(`${label}: ${r.id}: bad thema ${r.thema}`);
    if (new Set(themes).size !== themes.length) throw new Error(`${label}: ${r.id}: duplicate thema`);
    if (!(STEERING_TYPES as readonly string[]).includes(r.sturing)) throw new Error(`${label}: ${r.id}: bad sturing ${r.sturing}`);
    if (r.gebiedsgericht !== 'ja' && r.gebiedsgericht !== 'nee') throw new Error(`${label}: ${r.id}: bad gebiedsgericht`);
    if (r.jaar !== '' && !/^(19|20)\d{2}$/.test(r.jaar)) throw new Error(`${label}: ${r.id}: bad jaar ${r.jaar}`);
    if (r.toelichting.trim() === '' || r.titel.trim() === '') throw new Error(`${label}: ${r.id}: titel and toelichting are required`);
  }
  return rows;
}

export interface NationaalInputs {
  sources: Record<string, string>;
  parkAdditionsCsv: string;
  beleidCsv: string;
  correctiesCsv: string;
  gemeenten: ReferenceMunicipality[];
}

export interface NationaalOutput {
  gebieden: string;
  beleid: string;
  regionRows: Row[];
  policyRows: Row[];
}

export function buildNationaal(input: NationaalInputs): NationaalOutput {
  const cbsNames = new Set(input.gemeenten.map((g) => g.name));
  const groups = SOURCE_FILES.flatMap((spec) => {
    const csv = input.sources[spec.file];
    if (csv === undefined) throw new Error(`missing source ${spec.file}`);
    return groupSource(csv, spec, cbsNames);
  });
  applyAdditions(groups, input.parkAdditionsCsv, cbsNames, 'nationaal-extra/nationale_parken_gemeenten.csv');
  const corrected = applyNationalCorrections(groups, parseCorrections(input.correctiesCsv), cbsNames);
  const regionRows = corrected.map((g) => regionRow(g, input.gemeenten));
  const ids = new Set<string>();
  for (const r of regionRows) {
    if (ids.has(r.gebied_id)) throw new Error(`duplicate gebied_id ${r.gebied_id}`);
    ids.add(r.gebied_id);
  }
  const policyRows = validatePolicies(input.beleidCsv, 'nationaal-extra/nationaal_beleid.csv');
  return { gebieden: toCsv(GEBIEDEN_COLUMNS, regionRows), beleid: toCsv(BELEID_COLUMNS, policyRows), regionRows, policyRows };
}

export function readNationaalInputs(root: string = REPO_ROOT): NationaalInputs {
  const text = (p: string) => readFileSync(join(root, p), 'utf8');
  return {
    sources: Object.fromEntries(
      SOURCE_FILES.map((s) => [s.file, text(`data/source/${s.origin === 'regioruimte' ? 'nationaal-extra' : 'nationaal'}/${s.file}`)]),
    ),
    parkAdditionsCsv: text('data/source/nationaal-extra/nationale_parken_gemeenten.csv'),
    beleidCsv: text('data/source/nationaal-extra/nationaal_beleid.csv'),
    correctiesCsv: text(CORRECTIONS_PATH),
    gemeenten: JSON.parse(text('data/reference/gemeenten.json')) as ReferenceMunicipality[],
  };
}

/** Regions with at least one member / regions, per division (printed by main; the analysis recomputes it). */
export function completeness(rows: readonly Row[]): Record<string, { known: number; withMembers: number }> {
  const out: Record<string, { known: number; withMembers: number }> = {};
  for (const r of rows) {
    const c = (out[r.indeling] ??= { known: 0, withMembers: 0 });
    c.known++;
    if (r.gemeenten !== '') c.withMembers++;
  }
  return out;
}

function main(): void {
  const out = buildNationaal(readNationaalInputs());
  const dir = join(REPO_ROOT, 'data/voorbeeld');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'nationale_gebieden.csv'), out.gebieden);
  writeFileSync(join(dir, 'nationaal_beleid.csv'), out.beleid);
  const c = completeness(out.regionRows);
  console.log(
    `nationale_gebieden.csv: ${out.regionRows.length} regions (` +
      Object.entries(c).map(([d, v]) => `${d} ${v.withMembers}/${v.known}`).join(', ') +
      `)\nnationaal_beleid.csv: ${out.policyRows.length} documents over ${THEMES.length} themes`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
