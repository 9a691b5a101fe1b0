/**
 * Row handler for `samenwerkingen`. A row is rejected when the record cannot be built without
 * guessing: no id, a repeated id, no name, no or an invalid legal form, an invalid `ruimtelijk`.
 * Problems inside a list (one unknown municipality or theme) leave that item out with an error and
 * keep the row, so its goals still attach; optional values that are invalid become null (error).
 */
import type { Cooperation } from '../model/dataset.ts';
import { THEMES, type Theme } from '../model/themes.ts';
import type { Reference } from '../reference/index.ts';
import { IdIdentities } from './ids.ts';
import { resolveMunicipalityList } from './municipalities.ts';
import { splitList } from './cells.ts';
import { check, cooperationSchema, fastCooperation } from './schemas.ts';
import type { Collect, RowView, SheetHandler } from './sheet.ts';
import type { FindingSink } from './sink.ts';
import { parseLegalForm, parseLifePhase, parseTheme, parseTypology, parseYear, parseYesNo } from './vocab.ts';

/** One bit per theme (THEMES order): the themes of an accepted cooperation packed beside its row. */
const THEME_BITS = 2 ** THEMES.length;

export interface CooperationIndex {
  /**
   * Accepted cooperations: id → row × 2^9 + the bit set of its themes (THEMES order). One number
   * per id, not an object, so `check` of a million rows keeps only the ids (see ownerOf).
   */
  accepted: Map<string, number>;
  /** Ids of rejected rows (first rejected row number), so goals can say why they fail. */
  rejected: Map<string, number>;
}

export function newCooperationIndex(): CooperationIndex {
  return { accepted: new Map(), rejected: new Map() };
}

/** Row and themes (THEMES order) of the accepted cooperation `id`, or null. */
export function ownerOf(index: CooperationIndex, id: string): { row: number; themes: Theme[] } | null {
  const packed = index.accepted.get(id);
  if (packed === undefined) return null;
  const bits = packed % THEME_BITS;
  return { row: (packed - bits) / THEME_BITS, themes: THEMES.filter((_, i) => (bits & (1 << i)) !== 0) };
}

function themeBits(themes: readonly Theme[]): number {
  let bits = 0;
  for (const t of themes) bits |= 1 << THEMES.indexOf(t);
  return bits;
}

/** Where a finding about field `field` of this row points (file, row, column as written). */
function at(v: RowView, field: string): { file: string; row: number; column: string } {
  return { file: v.file, row: v.row, column: v.column(field) };
}

/** A reason to reject the row: the finding's column field, value, message and hint. */
interface Refusal {
  field: string | null;
  value: string | null;
  message: string;
  hint: string | null;
}

const refusal = (field: string | null, value: string | null, message: string, hint: string | null): Refusal => ({ field, value, message, hint });

/** Values parsed from a row before the record is built (null: the row is refused). */
interface Parsed<T> {
  value?: T;
  refused?: Refusal;
}

/**
 * Reads one sheet of cooperations. Each parse method handles one column (or a few that belong
 * together) and reports its own findings; `row` composes them.
 */
class CooperationReader implements SheetHandler {
  private spatialDefaulted = 0;
  private spatialColumnMissing = false;
  private file = '';
  /** Case/accent twins; an id that is its own key is looked up in the index (no second map). */
  private readonly identities = new IdIdentities((id) => ownerOf(this.index, id)?.row);

  constructor(
    private readonly ref: Reference,
    private readonly sink: FindingSink,
    private readonly out: Collect<Cooperation>,
    private readonly index: CooperationIndex,
  ) {}

  row(v: RowView): boolean {
    this.file = v.file;
    const id = v.get('id');
    const early = this.idRefusal(v, id);
    if (early) return this.reject(v, early);
    const late = this.contentRefusal(v, id);
    if (late) return this.rejectKnownId(v, id, late);
    return this.accept(v, id);
  }

  end(): void {
    if (this.spatialColumnMissing) {
      this.sink.add({ severity: 'info', file: this.file, column: 'ruimtelijk', message: 'De kolom ruimtelijk ontbreekt; alle samenwerkingen gelden als ruimtelijke agenda (ja).', hint: 'Voeg de kolom toe en schrijf nee bij samenwerkingen die alleen voor Kaart 1 tellen.' });
    } else if (this.spatialDefaulted > 0) {
      this.sink.add({ severity: 'info', file: this.file, column: 'ruimtelijk', message: `${this.spatialDefaulted} rij(en) zonder waarde in ruimtelijk zijn gelezen als ja (ruimtelijke agenda).`, hint: null });
    }
  }

  private reject(v: RowView, r: Refusal): false {
    this.sink.add({ severity: 'error', file: v.file, row: v.row, column: r.field ? v.column(r.field) : null, value: r.value, message: r.message, hint: r.hint });
    return false;
  }

  /** Like reject, and remembers the id as rejected (first row) so goals can say why they fail. */
  private rejectKnownId(v: RowView, id: string, r: Refusal): false {
    this.reject(v, r);
    if (!this.index.rejected.has(id)) this.index.rejected.set(id, v.row);
    return false;
  }

  /** No id, or one that repeats an accepted id exactly: the id is not remembered as rejected. */
  private idRefusal(v: RowView, id: string): Refusal | null {
    if (id === '') return refusal('id', null, 'Samenwerking zonder id; de rij is afgewezen.', 'Geef elke samenwerking een unieke id (bijv. regio-twente).');
    const previous = this.index.accepted.get(id);
    if (previous === undefined) return null;
    const row = (previous - (previous % THEME_BITS)) / THEME_BITS;
    return refusal('id', id, `De id '${id}' komt al voor in rij ${row}; deze tweede rij is afgewezen.`, 'Geef elke samenwerking een eigen id.');
  }

  /** An invalid id, no name, no or a wrong legal form (its note is reported here too). */
  private contentRefusal(v: RowView, id: string): Refusal | null {
    const idError = this.identities.problem(id, 'samenwerking');
    if (idError) return refusal('id', id, idError.message, idError.hint);
    if (v.get('naam') === '') return refusal('naam', null, `Samenwerking '${id}' heeft geen naam; de rij is afgewezen.`, 'Vul de kolom naam.');
    const legalText = v.get('rechtsvorm');
    if (legalText === '') return refusal('rechtsvorm', null, `Samenwerking '${id}' heeft geen rechtsvorm; de rij is afgewezen.`, 'Vul WGR, PRIVAAT of OVERIG in.');
    return null;
  }

  private legalForm(v: RowView): Parsed<Cooperation['legalForm']> {
    const legalText = v.get('rechtsvorm');
    const legal = parseLegalForm(legalText);
    if (!legal.ok) return { refused: refusal('rechtsvorm', legalText, `Ongeldige rechtsvorm '${legalText}'; de rij is afgewezen.`, legal.hint) };
    if (legal.note) {
      this.sink.add({ severity: 'warning', ...at(v, 'rechtsvorm'), value: legalText, message: `Rechtsvorm ${legal.note}`, hint: `Schrijf ${legal.value} om deze melding te voorkomen.` });
    }
    return { value: legal.value };
  }

  /** `ruimtelijk`: empty or a missing column means ja (counted for one summary finding). */
  private spatial(v: RowView): Parsed<boolean> {
    if (!v.has('ruimtelijk')) {
      this.spatialColumnMissing = true;
      return { value: true };
    }
    const text = v.get('ruimtelijk');
    if (text === '') {
      this.spatialDefaulted++;
      return { value: true };
    }
    const parsed = parseYesNo(text);
    if (!parsed.ok) return { refused: refusal('ruimtelijk', text, `Ongeldige waarde voor ruimtelijk: '${text}'; de rij is afgewezen.`, parsed.hint) };
    return { value: parsed.value };
  }

  /** An optional value: null when empty; an invalid one is an error and becomes null. */
  private optional<T>(v: RowView, field: string, parse: (text: string) => { ok: true; value: T } | { ok: false; hint: string }, message: (text: string) => string): T | null {
    const text = v.get(field);
    if (text === '') return null;
    const parsed = parse(text);
    if (parsed.ok) return parsed.value;
    this.sink.add({ severity: 'error', ...at(v, field), value: text, message: message(text), hint: parsed.hint });
    return null;
  }

  /** Valid themes in THEMES order; unknown ones are errors and left out. */
  private themes(v: RowView): Theme[] {
    const themes = new Set<Theme>();
    for (const item of splitList(v.get('themas'))) {
      const parsed = parseTheme(item);
      if (parsed.ok) themes.add(parsed.value);
      else this.sink.add({ severity: 'error', ...at(v, 'themas'), value: item, message: `Onbekend thema '${item}'; het thema is weggelaten.`, hint: parsed.hint });
    }
    return themes.size === 0 ? [] : THEMES.filter((t) => themes.has(t));
  }

  private municipalities(v: RowView, id: string): string[] {
    const memberItems = splitList(v.get('gemeenten'));
    const municipalities = resolveMunicipalityList(memberItems, this.ref, at(v, 'gemeenten'), this.sink);
    if (memberItems.length === 0) {
      this.sink.add({ severity: 'warning', ...at(v, 'gemeenten'), value: null, message: `Samenwerking '${id}' heeft geen gemeenten; ze telt op geen enkele kaart mee.`, hint: 'Vul de deelnemende gemeenten in, gescheiden door ;.' });
    }
    return municipalities;
  }

  /** Builds, validates and keeps the record; false when it still fails the model. */
  private accept(v: RowView, id: string): boolean {
    const legal = this.legalForm(v);
    if (legal.refused) return this.rejectKnownId(v, id, legal.refused);
    const spatial = this.spatial(v);
    if (spatial.refused) return this.rejectKnownId(v, id, spatial.refused);
    const record = this.record(v, id, legal.value!, spatial.value!);
    const valid = check(cooperationSchema, record, fastCooperation);
    if (!valid.ok) return this.rejectKnownId(v, id, refusal(null, id, `Samenwerking '${id}' voldoet niet aan het model (${valid.message}); de rij is afgewezen.`, null));
    this.out.push(valid.value);
    this.index.accepted.set(id, v.row * THEME_BITS + themeBits(valid.value.themes));
    this.identities.add(id, v.row);
    return true;
  }

  private record(v: RowView, id: string, legalForm: Cooperation['legalForm'], spatial: boolean): Cooperation {
    const agendaYear = this.optional(v, 'agenda_jaar', parseYear, (t) => `Ongeldig agendajaar '${t}'; het jaar is weggelaten.`);
    const themes = this.themes(v);
    const typology = this.optional(v, 'typologie', parseTypology, (t) => `Ongeldige typologie '${t}'; de typologie wordt afgeleid.`);
    const lifePhase = this.optional(v, 'levensfase', parseLifePhase, (t) => `Ongeldige levensfase '${t}'; de levensfase is weggelaten.`);
    const municipalities = this.municipalities(v, id);
    if (spatial && themes.length === 0) {
      this.sink.add({ severity: 'warning', ...at(v, 'themas'), value: v.get('themas') || null, message: `Ruimtelijke agenda '${id}' heeft geen (geldig) thema.`, hint: 'Vul een of meer van de negen thema\'s in, gescheiden door ;.' });
    }
    return {
      id,
      name: v.get('naam'),
      agendaTitle: v.get('agenda_titel') || null,
      agendaYear,
      legalForm,
      municipalities,
      otherGovernments: splitList(v.get('overige_overheden')),
      partners: splitList(v.get('partners')),
      themes,
      typology,
      lifePhase,
      spatial,
      sources: splitList(v.get('bronnen')),
      extra: v.extra(),
    };
  }
}

export function cooperationHandler(ref: Reference, sink: FindingSink, out: Collect<Cooperation>, index: CooperationIndex): SheetHandler {
  return new CooperationReader(ref, sink, out, index);
}
