/**
 * Reader for `pendel` (commuting flows, jobs of residents of `van` working in `naar`), in our layout
 * (van, naar, personen, jaar, toelichting) or in CBS's own StatLine export of woon-werk tables
 * (81251NED, 85481NED: "Woonregio's", "Werkregio's", "Perioden", "Banen van werknemers (x 1 000)"),
 * whose values are in thousands and are converted to persons (× 1000, rounded to whole persons).
 * Regions are names or GM codes; aggregate rows (Nederland, provinces, COROP) are skipped. Former
 * municipalities map to their 2025 successor; a split one is apportioned by the successors'
 * population shares (1-1-2024), whole persons by largest remainder, internal jobs staying internal.
 * Flows that end up on the same (van, naar, jaar) are summed.
 */
import type { CommutingFlow } from '../model/dataset.ts';
import type { Reference } from '../reference/index.ts';
import type { HeaderMap } from './columns.ts';
import { resolveMunicipality, stripCbsSuffix } from './municipalities.ts';
import { foldWords } from '../model/normalise.ts';
import { headerKey } from './cells.ts';
import type { RawRow } from './raw.ts';
import { check, commutingFlowSchema, fastCommutingFlow } from './schemas.ts';
import type { Collect, RowView, SheetHandler } from './sheet.ts';
import type { FindingSink } from './sink.ts';
import { parseCount, parseYear } from './vocab.ts';

/** True when a header row is CBS's woon-werk export layout. */
export function isCbsHeader(cells: string[]): boolean {
  const keys = cells.map(headerKey);
  return keys.some((k) => k.startsWith('woonregio')) && keys.some((k) => k.startsWith('werkregio'));
}

/** Header finder: a CBS header within the first records (after a title), else the first non-blank. */
export function findPendelHeader(first: RawRow[]): number {
  return first.findIndex((r) => !r.broken && isCbsHeader(r.cells));
}

/** One flow of more persons than any Dutch municipality has workers: warned. */
const IMPLAUSIBLE_FLOW = 1_000_000;
/** More than the population of the Netherlands (18 million in 2025): impossible, rejected. */
const IMPOSSIBLE_FLOW = 20_000_000;

function formatCount(n: number): string {
  return n < 1e15 ? n.toLocaleString('nl-NL') : n.toExponential(2).replace('.', ',');
}

const VALUE_HEADER = /^(banen|werknemers|werkzame|personen|aantal|pendel)/;
const THOUSANDS = /x_?1_?000|x1000|duizend/;

/** Extra information about the CBS layout found in the header. */
export interface PendelLayout {
  cbs: boolean;
  /** Multiplier from the value column's unit to persons. */
  factor: number;
  unitKnown: boolean;
  /** Columns outside van/naar/jaar/personen in a CBS export (e.g. a breakdown by sex). */
  dimensions: { index: number; name: string }[];
}

/** Maps CBS value columns onto `personen` and records the unit; our layout passes unchanged. */
export function adjustPendelHeader(header: HeaderMap, layout: PendelLayout): HeaderMap {
  layout.cbs = header.names.some((n) => headerKey(n).startsWith('woonregio')) && header.names.some((n) => headerKey(n).startsWith('werkregio'));
  if (!layout.cbs) {
    layout.factor = 1;
    layout.unitKnown = true;
    return header;
  }
  const fields = new Map(header.fields);
  let extra = header.extra;
  if (!fields.has('personen')) {
    const candidate = extra.find((e) => VALUE_HEADER.test(headerKey(e.name)) || /^banenvanwerknemers/.test(headerKey(e.name)));
    if (candidate) {
      fields.set('personen', candidate.index);
      extra = extra.filter((e) => e.index !== candidate.index);
    }
  }
  const valueIndex = fields.get('personen');
  const valueName = valueIndex === undefined ? '' : headerKey(header.names[valueIndex]);
  layout.unitKnown = THOUSANDS.test(valueName) || /^banenvanwerknemers/.test(valueName);
  layout.factor = layout.unitKnown ? 1000 : 1;
  // OData exports carry a running "ID" column: not information.
  extra = extra.filter((e) => headerKey(e.name) !== 'id');
  layout.dimensions = extra;
  return { ...header, fields, extra };
}

export function pendelMissingColumns(header: HeaderMap): string[] {
  const missing: string[] = [];
  if (!header.fields.has('van') && !header.fields.has('van_naam')) missing.push('van');
  if (!header.fields.has('naar') && !header.fields.has('naar_naam')) missing.push('naar');
  if (!header.fields.has('personen')) missing.push('personen');
  return missing;
}

const AGGREGATE_LABEL = /^(nederland|totaal|buitenland|onbekend)\b|\((pv|ld|cr|corop|prov\.?|landsdeel|provincie)\)$/;
const AGGREGATE_CODE = /^(NL\d{2}|PV\d{2}|LD\d{2}|CR\d{2}|AM\d{2})$/;

const aggregateCache = new Map<string, boolean>();

/** Region labels repeat on every row of a big sheet: each distinct label is tested once. */
function isAggregate(label: string): boolean {
  let result = aggregateCache.get(label);
  if (result === undefined) {
    const trimmed = label.trim();
    result = AGGREGATE_CODE.test(trimmed) || AGGREGATE_LABEL.test(trimmed.toLowerCase());
    if (aggregateCache.size >= 10_000) aggregateCache.clear();
    aggregateCache.set(label, result);
  }
  return result;
}

/** CBS number in the export: "1,2", "1.2", "7 583,6"; "." "x" "-" mean missing/secret. */
function parseCbsNumber(text: string): number | null {
  const t = text.replace(/[\s\u00a0]/g, '');
  if (t === '' || /^[.x-]$/i.test(t)) return null;
  const normalised = t.includes(',') ? t.replace(/\./g, '').replace(',', '.') : t;
  if (!/^\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

/**
 * Splits a whole number of persons over parts with the largest-remainder method (ties: the part
 * that comes first, i.e. the smaller successor code), so the parts are whole and add up exactly;
 * a fractional total is split proportionally and rounded to 0.01.
 */
export function apportion(
  parts: { from: string; to: string; exact: number }[],
  total: number,
): { from: string; to: string; persons: number }[] {
  if (!Number.isInteger(total)) return parts.map((p) => ({ from: p.from, to: p.to, persons: Math.round(p.exact * 100) / 100 }));
  const floors = parts.map((p) => Math.floor(p.exact + 1e-9));
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = parts
    .map((p, i) => ({ i, rest: p.exact - floors[i] }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]++;
    left--;
  }
  return parts.map((p, i) => ({ from: p.from, to: p.to, persons: floors[i] }));
}

/** Reports a row once per kind of problem (grouped, see FindingSink); returns false (row not a flow). */
function grouped(sink: FindingSink, v: RowView, key: string, severity: 'error' | 'warning' | 'info', field: string | null, value: string | null, message: string, hint: string | null): false {
  sink.addGrouped(`${v.file}|${key}`, { severity, file: v.file, row: v.row, column: field ? v.column(field) : null, value, message, hint });
  return false;
}

interface Weighted {
  code: string;
  weight: number;
}

/** A flow being summed: the model's fields plus its first-seen order and the rows it came from. */
type FlowDraft = CommutingFlow & { order: number; rows: number };

/** The region labels of a row and the fields they came from (van or van_naam, naar or naar_naam). */
interface Labels {
  from: string;
  to: string;
  fromField: string;
  toField: string;
  value: string;
}

/**
 * Reads one pendel sheet: each row is checked (`skipped`, `persons`, `year`), its regions resolved
 * once per label (`resolve`), and its flow added to the sums (`add`); `end` reports and emits them.
 */
class CommutingReader implements SheetHandler {
  private readonly cache = new Map<string, { result: Weighted[] | null; keys: string[] }>();
  private readonly flows = new Map<string, FlowDraft>();
  private file = '';
  private merged = 0;
  private order = 0;

  constructor(
    private readonly ref: Reference,
    private readonly sink: FindingSink,
    private readonly out: Collect<CommutingFlow>,
    private readonly layout: PendelLayout,
  ) {}

  row(v: RowView): boolean {
    this.file = v.file;
    const labels: Labels = {
      from: v.get('van') || v.get('van_naam'),
      to: v.get('naar') || v.get('naar_naam'),
      fromField: v.get('van') ? 'van' : 'van_naam',
      toField: v.get('naar') ? 'naar' : 'naar_naam',
      value: v.get('personen'),
    };
    if (this.skipped(v, labels)) return false;
    const persons = this.persons(v, labels.value);
    if (persons === null) return false;
    const year = this.year(v);
    if (year === false) return false;
    const from = this.resolve(labels.from, v, labels.fromField);
    const to = this.resolve(labels.to, v, labels.toField);
    if (!from || !to) return false;
    this.add(v, labels, from, to, persons, year);
    return true;
  }

  /** Rows that are not flows (unit line, footer, breakdown, empty region, aggregate): reported, true. */
  private skipped(v: RowView, l: Labels): boolean {
    const { sink, layout } = this;
    if (layout.cbs && l.from === '' && l.to === '' && THOUSANDS.test(headerKey(l.value))) {
      layout.factor = 1000;
      layout.unitKnown = true;
      grouped(sink, v, 'unit', 'info', 'personen', l.value, 'Regel met de eenheid (x 1 000) gelezen: de waarden zijn duizendtallen en zijn omgerekend naar personen. Deze regel is geen stroom.', null);
      return true;
    }
    if (layout.cbs && l.to === '' && l.value === '') {
      grouped(sink, v, 'footer', 'info', null, l.from, 'Voet- of toelichtingsregel van de CBS-export overgeslagen (geen stroom).', null);
      return true;
    }
    if (this.breakdown(v)) return true;
    if (l.from === '' || l.to === '') {
      grouped(sink, v, 'empty-region', 'error', l.from === '' ? l.fromField : l.toField, null, 'Stroom zonder woon- of werkgemeente; de rij is afgewezen.', 'Vul van en naar in (gemeentenaam of GM-code).');
      return true;
    }
    if (isAggregate(l.from) || isAggregate(l.to)) {
      const fromAggregate = isAggregate(l.from);
      grouped(sink, v, 'aggregate', 'warning', fromAggregate ? l.fromField : l.toField, fromAggregate ? l.from : l.to, 'Totaal- of regiorij (Nederland, landsdeel, provincie, COROP) overgeslagen: alleen stromen tussen gemeenten worden gebruikt.', 'Exporteer de CBS-tabel met alleen gemeenten als woon- en werkregio om dit te voorkomen.');
      return true;
    }
    return false;
  }

  /** A CBS row broken down by another dimension (e.g. sex): only total rows are flows. */
  private breakdown(v: RowView): boolean {
    if (this.layout.dimensions.length === 0) return false;
    const cells = v.extra();
    const nonTotal = this.layout.dimensions.find((d) => {
      const value = cells[d.name] ?? '';
      return value !== '' && !foldWords(value).startsWith('totaal');
    });
    if (!nonTotal) return false;
    grouped(this.sink, v, `dimension|${nonTotal.name}`, 'warning', null, cells[nonTotal.name] ?? null, `Rij met een uitsplitsing ('${nonTotal.name}'): alleen totaalrijen worden gebruikt, deze rij is overgeslagen.`, 'Exporteer de tabel met alleen het totaal voor deze dimensie.');
    return true;
  }

  /** Persons in the flow (CBS thousands converted), or null when the row is rejected or skipped. */
  private persons(v: RowView, valueText: string): number | null {
    const sink = this.sink;
    let persons: number;
    if (this.layout.cbs) {
      const n = parseCbsNumber(valueText);
      if (n === null) return grouped(sink, v, 'cbs-missing', 'warning', 'personen', valueText || null, 'Stroom zonder cijfer (CBS: geheim, onbekend of nihil); de rij is overgeslagen.', null) || null;
      persons = Math.round(n * this.layout.factor);
    } else {
      if (valueText === '') return grouped(sink, v, 'no-persons', 'error', 'personen', null, 'Stroom zonder aantal personen; de rij is afgewezen.', 'Vul personen in als getal.') || null;
      const n = parseCount(valueText);
      if (!n.ok) return grouped(sink, v, 'bad-persons', 'error', 'personen', valueText, `Ongeldig aantal personen '${valueText}'; de rij is afgewezen.`, n.hint) || null;
      persons = n.value;
    }
    if (persons > IMPOSSIBLE_FLOW) {
      return grouped(sink, v, 'impossible-persons', 'error', 'personen', valueText, `${formatCount(persons)} personen in één stroom is meer dan de hele bevolking van Nederland; de rij is afgewezen.`, 'Controleer het getal (een verschoven komma, een eenheid of een formule die een heel groot getal geeft).') || null;
    }
    if (persons > IMPLAUSIBLE_FLOW) {
      grouped(sink, v, 'implausible-persons', 'warning', 'personen', valueText, `${formatCount(persons)} personen in één stroom is onwaarschijnlijk groot (geen gemeente heeft meer dan een miljoen werkenden); de waarde is overgenomen.`, 'Controleer het getal en de eenheid (personen, geen duizendtallen of banen maal een factor).');
    }
    return persons;
  }

  /** The year (null when empty), or false when it is invalid (reported, row rejected). */
  private year(v: RowView): number | null | false {
    const yearText = v.get('jaar');
    if (yearText === '') return null;
    const found = this.layout.cbs ? /\b(1[89]\d{2}|20\d{2})/.exec(yearText) : null;
    const parsed = found ? parseYear(found[1]) : parseYear(yearText);
    if (parsed.ok) return parsed.value;
    return grouped(this.sink, v, 'bad-year', 'error', 'jaar', yearText, `Ongeldig jaar '${yearText}'; de rij is afgewezen.`, parsed.hint);
  }

  /** A region label's 2025 municipalities with weights; the same label again costs no new lookup. */
  private resolve(label: string, v: RowView, field: string): Weighted[] | null {
    const cached = this.cache.get(label);
    if (cached !== undefined) {
      // Same label again: its grouped findings count this row too.
      for (const key of cached.keys) this.sink.bump(key);
      return cached.result;
    }
    const fresh = this.sink.capture(() => this.resolveFresh(label, v, field));
    this.cache.set(label, fresh);
    return fresh.result;
  }

  private resolveFresh(label: string, v: RowView, field: string): Weighted[] | null {
    const where = { file: v.file, row: v.row, column: v.column(field) };
    const stripped = stripCbsSuffix(label);
    const codeMatch = /\bGM\d{4}\b/i.exec(stripped);
    const input = codeMatch ? codeMatch[0].toUpperCase() : stripped;
    const res = resolveMunicipality(input, this.ref, where, this.sink, { allowSplit: true, group: true });
    if (!res.ok) return null;
    if (res.codes.length === 1) return [{ code: res.codes[0], weight: 1 }];
    const pops = res.codes.map((c) => this.ref.population.get(c) ?? 0);
    const total = pops.reduce((a, b) => a + b, 0);
    return res.codes.map((c, i) => ({ code: c, weight: total > 0 ? pops[i] / total : 1 / res.codes.length }));
  }

  /** Adds the row's flow (apportioned over split municipalities) to the sums per (van, naar, jaar). */
  private add(v: RowView, l: Labels, from: Weighted[], to: Weighted[], persons: number, year: number | null): void {
    const apportioned = from.length > 1 || to.length > 1;
    const baseNote = v.get('toelichting') || null;
    const note = apportioned
      ? [baseNote, `geschat: verdeeld naar inwonertal 1-1-2024 (${l.from} → ${l.to})`].filter(Boolean).join('; ')
      : baseNote;
    // Internal jobs of a split municipality stay internal (diagonal); other flows go to every pair.
    const sameSplit = apportioned && from.map((f) => f.code).join() === to.map((t) => t.code).join();
    // Parts are only needed when a split municipality is apportioned (rare).
    const parts = !apportioned
      ? []
      : sameSplit
        ? from.map((f) => ({ from: f.code, to: f.code, exact: persons * f.weight }))
        : from.flatMap((f) => to.map((t) => ({ from: f.code, to: t.code, exact: persons * f.weight * t.weight })));
    for (const part of apportioned ? apportion(parts, persons) : [{ from: from[0].code, to: to[0].code, persons }]) {
      const key = `${part.from}|${part.to}|${year ?? ''}`;
      const existing = this.flows.get(key);
      if (existing) {
        existing.persons += part.persons;
        existing.rows++;
        if (note && !(existing.note ?? '').split('; ').includes(note)) existing.note = existing.note ? `${existing.note}; ${note}` : note;
        this.merged++;
      } else {
        this.flows.set(key, { from: part.from, to: part.to, persons: part.persons, year, note, order: this.order++, rows: 1 });
      }
    }
  }

  end(): void {
    const { sink, layout, file } = this;
    sink.flushGroups();
    if (layout.cbs && !layout.unitKnown) {
      sink.add({ severity: 'info', file, column: 'personen', message: 'De eenheid van de CBS-waarden staat niet in de kop; de waarden zijn gelezen als aantallen personen.', hint: 'Staat er "(x 1 000)" bij de kolom in StatLine, zet dat dan in de kolomnaam.' });
    }
    if (this.merged > 0) {
      sink.add({
        severity: layout.cbs ? 'info' : 'warning',
        file,
        message: `${this.merged} stroom/stromen vielen samen met een eerdere stroom (zelfde van, naar en jaar na omzetting naar de gemeenten van 2025) en zijn opgeteld.`,
        hint: layout.cbs ? null : 'Controleer of er geen dubbele regels in pendel staan.',
      });
    }
    this.emit();
  }

  /** The summed flows in (van, naar, jaar) order, each checked against the model. */
  private emit(): void {
    const sorted = [...this.flows.values()].sort((a, b) =>
      a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : (a.year ?? 0) - (b.year ?? 0),
    );
    for (const f of sorted) {
      const flow: CommutingFlow = { from: f.from, to: f.to, persons: Math.round(f.persons * 100) / 100, year: f.year, note: f.note };
      const valid = check(commutingFlowSchema, flow, fastCommutingFlow);
      if (valid.ok) this.out.push(valid.value);
      else this.sink.add({ severity: 'error', file: this.file, value: `${f.from}→${f.to}`, message: `Stroom voldoet niet aan het model (${valid.message}).`, hint: null });
    }
  }
}

export function commutingHandler(ref: Reference, sink: FindingSink, out: Collect<CommutingFlow>, layout: PendelLayout): SheetHandler {
  return new CommutingReader(ref, sink, out, layout);
}
