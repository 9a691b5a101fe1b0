/**
 * Builds the example dataset data/voorbeeld/{samenwerkingen,doelen}.csv from the verbatim source copies in
 * data/source/ plus the CBS-derived reference (data/reference/gemeenten.json, regios.json): the 103 spatial
 * cooperations are converted column by column; formal cooperations (veiligheids-, GGD-, jeugd-,
 * arbeidsmarktregio's, RES regions, Regio Deals with members) are added as ruimtelijk = nee.
 * Run: npx tsx scripts/build-voorbeeld.ts. Output is deterministic (fixed row order, sorted member lists).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { slugify } from '../src/model/normalise.ts';
import { applyGoalCorrections, applyRowCorrections, parseCorrections, withCorrectionsTable, withGeneratedBlock } from './build-corrections.ts';
import { applyPartnerRules, parsePartnerRules, partnerRulesTable, PARTNERS_BEGIN, PARTNERS_END } from './build-partners.ts';
import { applyMainThemes, isHeading, parseExtraQuotes, SUPPORT_SEPARATOR } from './build-themes.ts';

type Row = Record<string, string>;

export interface ReferenceMunicipality {
  code: string;
  name: string;
  province: string;
  regions: Record<string, string>;
}

export interface VoorbeeldInputs {
  samenwerkingenCsv: string;
  doelenCsv: string;
  resCsv: string;
  regioDealsCsv: string;
  /** data/source/correcties/correcties.csv: our sourced corrections to the verbatim copies. */
  correctiesCsv: string;
  /** data/source/correcties/partners.csv: which partner entries are groups, not named organisations. */
  partnersCsv: string;
  /** data/source/correcties/thema_citaten.csv: our quoted sentences for themes without a goal. */
  themaCitatenCsv: string;
  gemeenten: ReferenceMunicipality[];
  regios: Record<string, Record<string, string>>;
}

export const SAMENWERKINGEN_COLUMNS = [
  'id',
  'naam',
  'agenda_titel',
  'agenda_jaar',
  'rechtsvorm',
  'gemeenten',
  'overige_overheden',
  'partners',
  'themas',
  'typologie',
  'levensfase',
  'ruimtelijk',
  'bronnen',
  // provenance, outside the contract (the ingest keeps them as extra columns)
  'typologie_toelichting',
  'betrouwbaarheid',
  'opmerking',
  // main themes: the quoted sentence per theme in themas, and the coded themes without one
  'thema_onderbouwing',
  'themas_ook_genoemd',
] as const;

export const DOELEN_COLUMNS = ['samenwerking_id', 'thema', 'tekst', 'bron', 'label'] as const;

const SOURCE_SAMENWERKINGEN = [
  'id', 'name', 'agenda_title', 'agenda_year', 'legal_form', 'municipalities', 'other_government',
  'non_government_partners', 'themes', 'typology', 'typology_reason', 'source_urls', 'confidence', 'note',
];
const SOURCE_DOELEN = ['cooperation_id', 'theme', 'goal_text', 'source_url'];
const SOURCE_NATIONAAL = [
  'division', 'region_id', 'region_name', 'municipality_name', 'municipality_code', 'source_url', 'note',
];

const CONFIDENCE_NL: Record<string, string> = { high: 'hoog', medium: 'middel', low: 'laag' };

/** Public URL of the CBS/PDOK 2025 boundary file a division's membership was derived from. */
function cbsUrl(file: string): string {
  return `https://cartomap.github.io/nl/wgs84/${file}_2025.topojson`;
}

// ---------------------------------------------------------------------------------------------
// CSV in and out

/** Parses CSV text with a header and checks the header is exactly the expected one. */
export function parseCsv(text: string, expected: readonly string[], label: string): Row[] {
  const records = parse(text, { bom: true, columns: false, skip_empty_lines: true }) as string[][];
  const header = records[0] ?? [];
  if (header.join(',') !== expected.join(',')) {
    throw new Error(`${label}: unexpected header ${JSON.stringify(header)}; expected ${JSON.stringify(expected)}`);
  }
  return records.slice(1).map((cells) => {
    if (cells.length !== header.length) throw new Error(`${label}: row with ${cells.length} cells`);
    return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
  });
}

/** RFC 4180 field: quoted only when it holds a quote, comma, CR or LF; quotes are doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 file: CRLF after every record, including the last (as the source files are written). */
export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c] ?? '')).join(','));
  return lines.join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------------------------------------
// helpers

/** Locale-independent alphabetical key: diacritics, case and punctuation ignored, raw name breaks ties. */
function compareNames(a: string, b: string): number {
  const ka = slugify(a);
  const kb = slugify(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedNames(names: Iterable<string>): string[] {
  return [...new Set(names)].sort(compareNames);
}

/**
 * Maps a name from the national tables to the CBS 2025 name. Those tables write e.g. "Hengelo" and
 * "Middelburg" where CBS writes "Hengelo (O.)" and "Middelburg (Z.)": a name that is not a CBS name
 * is accepted only when exactly one CBS name equals it after removing the province suffix.
 */
export function toCbsName(name: string, cbsNames: ReadonlySet<string>): string | null {
  if (cbsNames.has(name)) return name;
  const hits = [...cbsNames].filter((n) => n.replace(/ \([A-Za-z.]+\)$/, '') === name);
  return hits.length === 1 ? hits[0] : null;
}

// ---------------------------------------------------------------------------------------------
// 1. the 103 spatial cooperations and their goals

export function convertSamenwerkingen(csv: string): Row[] {
  return parseCsv(csv, SOURCE_SAMENWERKINGEN, 'regio/samenwerkingen.csv').map((r) => {
    const betrouwbaarheid = CONFIDENCE_NL[r.confidence];
    if (betrouwbaarheid === undefined) throw new Error(`${r.id}: unknown confidence ${r.confidence}`);
    return {
      id: r.id,
      naam: r.name,
      agenda_titel: r.agenda_title,
      agenda_jaar: r.agenda_year,
      rechtsvorm: r.legal_form,
      gemeenten: r.municipalities,
      overige_overheden: r.other_government,
      partners: r.non_government_partners,
      themas: r.themes,
      typologie: r.typology,
      levensfase: '',
      ruimtelijk: 'ja',
      bronnen: r.source_urls,
      typologie_toelichting: r.typology_reason,
      betrouwbaarheid,
      opmerking: r.note,
    };
  });
}

export function convertDoelen(csv: string): Row[] {
  return parseCsv(csv, SOURCE_DOELEN, 'regio/doelen.csv').map((r) => ({
    samenwerking_id: r.cooperation_id,
    thema: r.theme,
    tekst: r.goal_text,
    bron: r.source_url,
    label: '',
  }));
}

// ---------------------------------------------------------------------------------------------
// 2. formal cooperations from the CBS divisions (members derived from polygons in data/reference)

interface DivisionSpec {
  division: string;
  cbsFile: string;
  prefix: string;
  naam: (regionName: string) => string;
  /** The name part of the id slug (e.g. without a leading "GGD "). */
  slugName: (regionName: string) => string;
  rechtsvorm: string;
  themas: string;
  opmerking: string;
}

const DERIVED =
  'Leden afgeleid uit de CBS/PDOK-indeling 2025 (een binnenpunt van elke gemeente getoetst aan de regiogrenzen, zie data/reference).';

export const DIVISION_SPECS: DivisionSpec[] = [
  {
    division: 'veiligheidsregio',
    cbsFile: 'veiligheidsregio',
    prefix: 'vr',
    naam: (n) => `Veiligheidsregio ${n}`,
    slugName: (n) => n,
    rechtsvorm: 'WGR',
    themas: '',
    opmerking: `Formele samenwerking, geen ruimtelijke agenda: veiligheidsregio's zijn gemeenschappelijke regelingen die de Wet veiligheidsregio's voorschrijft. ${DERIVED}`,
  },
  {
    division: 'ggdregio',
    cbsFile: 'ggdregio',
    prefix: 'ggd',
    naam: (n) => n,
    slugName: (n) => n.replace(/^GGD /, ''),
    rechtsvorm: 'WGR',
    themas: 'Gezondheid',
    opmerking: `Formele samenwerking, geen ruimtelijke agenda: een GGD is een gemeenschappelijke regeling van de gemeenten in de regio (Wet publieke gezondheid). Thema Gezondheid omdat publieke gezondheid de wettelijke taak is. ${DERIVED}`,
  },
  {
    division: 'jeugdregio',
    cbsFile: 'jeugdregio',
    prefix: 'jeugd',
    naam: (n) => `Jeugdregio ${n}`,
    slugName: (n) => n,
    rechtsvorm: 'OVERIG',
    themas: '',
    opmerking: `Formele samenwerking, geen ruimtelijke agenda: regio voor de inkoop en organisatie van jeugdhulp. De rechtsvorm verschilt per regio (gemeenschappelijke regeling, centrumgemeente of convenant) en is niet per regio nagezocht; daarom OVERIG. ${DERIVED}`,
  },
  {
    division: 'arbeidsmarktregio',
    cbsFile: 'arbeidsmarktregio',
    prefix: 'amr',
    naam: (n) => `Arbeidsmarktregio ${n}`,
    slugName: (n) => n,
    rechtsvorm: 'OVERIG',
    themas: '',
    opmerking: `Formele samenwerking, geen ruimtelijke agenda: door het Rijk vastgestelde regio waarin gemeenten, UWV en sociale partners samenwerken (werkgeversdienstverlening). De vorm verschilt per regio en is niet nagezocht; daarom OVERIG. ${DERIVED}`,
  },
];

export function buildDivisionRows(
  spec: DivisionSpec,
  gemeenten: readonly ReferenceMunicipality[],
  regios: Record<string, Record<string, string>>,
): Row[] {
  const names = regios[spec.division];
  if (!names) throw new Error(`regios.json has no division ${spec.division}`);
  const members = new Map<string, string[]>();
  for (const g of gemeenten) {
    const code = g.regions[spec.division];
    if (!code || !(code in names)) throw new Error(`${g.name}: no known ${spec.division}`);
    members.set(code, [...(members.get(code) ?? []), g.name]);
  }
  return Object.keys(names)
    .sort()
    .map((code) => {
      const regionName = names[code];
      const list = sortedNames(members.get(code) ?? []);
      if (list.length === 0) throw new Error(`${spec.division} ${code} has no municipalities`);
      return {
        id: `${spec.prefix}-${slugify(spec.slugName(regionName))}`,
        naam: spec.naam(regionName),
        agenda_titel: '',
        agenda_jaar: '',
        rechtsvorm: spec.rechtsvorm,
        gemeenten: list.join(';'),
        overige_overheden: '',
        partners: '',
        themas: spec.themas,
        typologie: '',
        levensfase: '',
        ruimtelijk: 'nee',
        bronnen: cbsUrl(spec.cbsFile),
        typologie_toelichting: '',
        betrouwbaarheid: 'hoog',
        opmerking: `${spec.opmerking} CBS-code ${code}.`,
      };
    });
}

// ---------------------------------------------------------------------------------------------
// 2b. RES regions (members as listed in nationaal/res_regios.csv) and Regio Deals

interface NationalRegionGroup {
  regionId: string;
  regionName: string;
  /** CBS 2025 names. */
  members: string[];
  /** Source names that were rewritten to a CBS name: [source, cbs]. */
  renamed: [string, string][];
  sourceUrls: string[];
  /** Distinct notes, in source order. */
  notes: string[];
  /** Notes of the member rows (one per member row, in source order). */
  memberNotes: string[];
}

function groupNational(csv: string, label: string, cbsNames: ReadonlySet<string>): NationalRegionGroup[] {
  const groups = new Map<string, NationalRegionGroup>();
  for (const r of parseCsv(csv, SOURCE_NATIONAAL, label)) {
    let g = groups.get(r.region_id);
    if (!g) {
      g = { regionId: r.region_id, regionName: r.region_name, members: [], renamed: [], sourceUrls: [], notes: [], memberNotes: [] };
      groups.set(r.region_id, g);
    }
    if (r.region_name !== g.regionName) throw new Error(`${label}: ${r.region_id} has two names`);
    if (!g.sourceUrls.includes(r.source_url)) g.sourceUrls.push(r.source_url);
    if (r.note && !g.notes.includes(r.note)) g.notes.push(r.note);
    if (r.municipality_name) {
      const cbs = toCbsName(r.municipality_name, cbsNames);
      if (cbs === null) throw new Error(`${label}: ${r.region_id}: '${r.municipality_name}' is not a CBS 2025 name`);
      if (cbs !== r.municipality_name && !g.renamed.some(([s]) => s === r.municipality_name)) {
        g.renamed.push([r.municipality_name, cbs]);
      }
      g.members.push(cbs);
      g.memberNotes.push(r.note);
    }
  }
  return [...groups.values()];
}

function renamedText(renamed: [string, string][]): string {
  if (renamed.length === 0) return '';
  return ` Gemeentenaam in de bron omgezet naar de CBS-naam: ${renamed.map(([s, c]) => `${s} → ${c}`).join(', ')}.`;
}

function sourceNotesText(notes: string[]): string {
  return notes.length === 0 ? '' : ` Notities uit de bron (Engels): ${notes.join(' | ')}`;
}

export function buildResRows(
  csv: string,
  gemeenten: readonly ReferenceMunicipality[],
  regios: Record<string, Record<string, string>>,
): Row[] {
  const cbsNames = new Set(gemeenten.map((g) => g.name));
  const cbsRes = regios.res ?? {};
  return groupNational(csv, 'nationaal/res_regios.csv', cbsNames).map((g) => {
    const members = sortedNames(g.members);
    // Compare the listed membership with the CBS 2025 RES polygon that holds most of the listed members.
    const byCode = new Map<string, string[]>();
    for (const m of gemeenten) byCode.set(m.regions.res, [...(byCode.get(m.regions.res) ?? []), m.name]);
    const codeOf = new Map(gemeenten.map((m) => [m.name, m.regions.res]));
    const votes = new Map<string, number>();
    for (const m of members) votes.set(codeOf.get(m)!, (votes.get(codeOf.get(m)!) ?? 0) + 1);
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    const cbsMembers = new Set(byCode.get(best) ?? []);
    const extra = members.filter((m) => !cbsMembers.has(m));
    const missing = sortedNames([...cbsMembers].filter((m) => !members.includes(m)));
    const same = extra.length === 0 && missing.length === 0;
    const comparison = same
      ? `Ledenlijst gelijk aan CBS-indeling RES 2025 (${best} ${cbsRes[best]}).`
      : `Ledenlijst wijkt af van CBS-indeling RES 2025 (${best} ${cbsRes[best]}):` +
        (extra.length ? ` in de lijst maar niet in de CBS-regio: ${extra.join(', ')};` : '') +
        (missing.length ? ` in de CBS-regio maar niet in de lijst: ${missing.join(', ')};` : '') +
        ' de lijst is aangehouden.';
    return {
      id: `res-${slugify(g.regionName)}`,
      naam: `RES ${g.regionName}`,
      agenda_titel: '',
      agenda_jaar: '',
      rechtsvorm: 'OVERIG',
      gemeenten: members.join(';'),
      overige_overheden: '',
      partners: '',
      themas: 'Energietransitie',
      typologie: '',
      levensfase: '',
      ruimtelijk: 'nee',
      bronnen: g.sourceUrls.join(';'),
      typologie_toelichting: '',
      betrouwbaarheid: same ? 'hoog' : 'middel',
      opmerking:
        'Regionale Energiestrategie (Nationaal Programma RES): samenwerking van gemeenten, provincie(s) en waterschappen; ' +
        'alleen de gemeenten staan in gemeenten. Als niet-ruimtelijk opgenomen omdat de RES hier als samenwerkingsverband telt, ' +
        'niet als ruimtelijke agenda. Thema Energietransitie omdat dat het doel van elke RES is. ' +
        `Leden uit nationaal/res_regios.csv (lijst van derden, ca. 2020, omgezet naar gemeenten 2025). ${comparison}` +
        renamedText(g.renamed) +
        sourceNotesText(g.notes),
    };
  });
}

/** Number of member rows of a Regio Deal per provenance class, from the markers in the source notes. */
export function dealProvenance(memberNotes: string[]): { stated: number; derived: number; weak: number } {
  let stated = 0;
  let derived = 0;
  let weak = 0;
  for (const n of memberNotes) {
    if (/\b(partial|uncertain)\b/.test(n)) weak++;
    else if (/\binferred\b|derived by compiler|taken from the deal name/.test(n)) derived++;
    else stated++;
  }
  return { stated, derived, weak };
}

export function buildRegioDealRows(csv: string, gemeenten: readonly ReferenceMunicipality[]): Row[] {
  const cbsNames = new Set(gemeenten.map((g) => g.name));
  return groupNational(csv, 'nationaal/regio_deals.csv', cbsNames)
    .filter((g) => g.members.length > 0)
    .map((g) => {
      const tranche = /tranche=(\d+); year=(\d{4})/.exec(g.notes[0] ?? '');
      if (!tranche) throw new Error(`${g.regionId}: no tranche/year in note`);
      const p = dealProvenance(g.memberNotes);
      const notes = g.notes.map((n) => n.replace(/^tranche=\d+; year=\d{4};?\s*/, '')).filter((n) => n !== '');
      return {
        id: `regiodeal-${slugify(g.regionName)}`,
        naam: `Regio Deal ${g.regionName}`,
        agenda_titel: '',
        agenda_jaar: '',
        rechtsvorm: 'OVERIG',
        gemeenten: sortedNames(g.members).join(';'),
        overige_overheden: '',
        partners: '',
        themas: '',
        typologie: '',
        levensfase: '',
        ruimtelijk: 'nee',
        bronnen: g.sourceUrls.join(';'),
        typologie_toelichting: '',
        betrouwbaarheid: p.weak > 0 ? 'laag' : p.derived > 0 ? 'middel' : 'hoog',
        opmerking:
          `Regio Deal (afspraak tussen Rijk en regio), tranche ${tranche[1]}, ${tranche[2]}; geen eigen ruimtelijke agenda in deze dataset. ` +
          `Leden uit nationaal/regio_deals.csv: ${p.stated} in de bron genoemd, ${p.derived} afgeleid (uit eerdere deal, samenwerkingsverband of dealnaam), ` +
          `${p.weak} gedeeltelijk of onzeker.` +
          (new Set(g.members).size === 1 ? ' Deal met één gemeente (en het Rijk): geen samenwerking tussen gemeenten onderling.' : '') +
          renamedText(g.renamed) +
          sourceNotesText(notes),
      };
    });
}

// ---------------------------------------------------------------------------------------------
// assembly

export interface VoorbeeldOutput {
  samenwerkingen: string;
  doelen: string;
  rows: Row[];
  goals: Row[];
  /** Partner entries dropped as generic and rewritten to the named organisation. */
  partners: { dropped: number; renamed: number };
}

export function buildVoorbeeld(input: VoorbeeldInputs): VoorbeeldOutput {
  const corrections = parseCorrections(input.correctiesCsv);
  const goals = applyGoalCorrections(convertDoelen(input.doelenCsv), corrections);
  const spatial = applyRowCorrections(convertSamenwerkingen(input.samenwerkingenCsv), corrections, 'samenwerkingen', sortedNames);
  const { dropped, renamed } = applyPartnerRules(spatial, parsePartnerRules(input.partnersCsv));
  const rows = applyMainThemes(
    [
      ...spatial,
      ...DIVISION_SPECS.flatMap((spec) => buildDivisionRows(spec, input.gemeenten, input.regios)),
      ...buildResRows(input.resCsv, input.gemeenten, input.regios),
      ...buildRegioDealRows(input.regioDealsCsv, input.gemeenten),
    ],
    goals,
    parseExtraQuotes(input.themaCitatenCsv),
  );
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.id)) throw new Error(`duplicate id ${r.id}`);
    seen.add(r.id);
  }
  for (const g of goals) {
    if (!seen.has(g.samenwerking_id)) throw new Error(`goal for unknown cooperation ${g.samenwerking_id}`);
  }
  return {
    samenwerkingen: toCsv(SAMENWERKINGEN_COLUMNS, rows),
    doelen: toCsv(DOELEN_COLUMNS, goals),
    rows,
    goals,
    partners: { dropped, renamed },
  };
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const CORRECTIONS_PATH = 'data/source/correcties/correcties.csv';
export const PARTNERS_PATH = 'data/source/correcties/partners.csv';
export const QUOTES_PATH = 'data/source/correcties/thema_citaten.csv';
export const README_PATH = 'data/voorbeeld/README.md';

/** data/voorbeeld/README.md with its corrections and partner-rule tables regenerated from their files. */
export function readmeWithCorrections(root: string = REPO_ROOT): string {
  const corrections = parseCorrections(readFileSync(join(root, CORRECTIONS_PATH), 'utf8'));
  const partnerRules = parsePartnerRules(readFileSync(join(root, PARTNERS_PATH), 'utf8'));
  const readme = withCorrectionsTable(readFileSync(join(root, README_PATH), 'utf8'), corrections);
  return withGeneratedBlock(readme, PARTNERS_BEGIN, PARTNERS_END, partnerRulesTable(partnerRules));
}

export function readInputs(root: string = REPO_ROOT): VoorbeeldInputs {
  const text = (p: string) => readFileSync(join(root, p), 'utf8');
  return {
    samenwerkingenCsv: text('data/source/regio/samenwerkingen.csv'),
    doelenCsv: text('data/source/regio/doelen.csv'),
    resCsv: text('data/source/nationaal/res_regios.csv'),
    regioDealsCsv: text('data/source/nationaal/regio_deals.csv'),
    correctiesCsv: text(CORRECTIONS_PATH),
    partnersCsv: text(PARTNERS_PATH),
    themaCitatenCsv: text(QUOTES_PATH),
    gemeenten: JSON.parse(text('data/reference/gemeenten.json')) as ReferenceMunicipality[],
    regios: JSON.parse(text('data/reference/regios.json')) as Record<string, Record<string, string>>,
  };
}

function main(): void {
  const out = buildVoorbeeld(readInputs());
  const dir = join(REPO_ROOT, 'data/voorbeeld');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'samenwerkingen.csv'), out.samenwerkingen);
  writeFileSync(join(dir, 'doelen.csv'), out.doelen);
  writeFileSync(join(REPO_ROOT, README_PATH), readmeWithCorrections());
  const count = (pred: (r: Row) => boolean) => out.rows.filter(pred).length;
  const byPrefix = ['vr-', 'ggd-', 'jeugd-', 'amr-', 'res-', 'regiodeal-']
    .map((p) => `${p} ${count((r) => r.ruimtelijk === 'nee' && r.id.startsWith(p))}`)
    .join(', ');
  const conf = ['hoog', 'middel', 'laag'].map((c) => `${c} ${count((r) => r.betrouwbaarheid === c)}`).join(', ');
  const spatial = out.rows.filter((r) => r.ruimtelijk === 'ja');
  const listLength = (v: string) => (v === '' ? 0 : v.split(';').length);
  const main = spatial.reduce((s, r) => s + listLength(r.themas), 0);
  const also = spatial.reduce((s, r) => s + listLength(r.themas_ook_genoemd), 0);
  const headings = spatial
    .flatMap((r) => (r.thema_onderbouwing === '' ? [] : r.thema_onderbouwing.split(SUPPORT_SEPARATOR)))
    .filter((line) => isHeading(/“(.*)”/.exec(line)![1])).length;
  console.log(
    `samenwerkingen.csv: ${out.rows.length} rows (${count((r) => r.ruimtelijk === 'ja')} ruimtelijk; ${byPrefix}); ` +
      `betrouwbaarheid ${conf}\ndoelen.csv: ${out.goals.length} rows\n` +
      `themes of the spatial rows: ${main} main (each with a quote, ${headings} of them headings; ${(main / spatial.length).toFixed(2)} per agenda), ${also} also mentioned\n` +
      `partners: ${out.partners.dropped} generic entries dropped, ${out.partners.renamed} rewritten to the named organisation`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
