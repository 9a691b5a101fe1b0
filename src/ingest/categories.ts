/**
 * The optional `categorie` of a national region (`nationale_gebieden`): the class a zoning gives its
 * areas, such as the regional categories of the Nota Ruimte draft map. Free text, because every
 * zoning has its own classes, but checked so that the comparison per category (analysis/zoning.ts)
 * counts what the analyst meant:
 *  - one category per area: a list (`;` or a line break) is an error and the area gets none;
 *  - a category needs a letter or digit: `-` or `?` is an error and the area gets none (leave the
 *    cell empty instead);
 *  - one spelling per category within a division: a spelling that differs from an earlier one only
 *    in case, accents, spaces or punctuation is read as the earlier one (warning, once per
 *    spelling), so one class is never split in two;
 *  - one category per area over the rows of the long layout: a later row with another category is
 *    an error and the first is kept; a later empty cell keeps the category;
 *  - a division with categories on some of its areas only: one warning per division naming the
 *    areas without one, which the comparison per category leaves out.
 */
import type { NationalRegion } from '../model/dataset.ts';
import { foldUnicodeWord } from '../model/normalise.ts';
import { splitList } from './cells.ts';
import type { RowView } from './sheet.ts';
import type { FindingSink } from './sink.ts';

const FIELD = 'categorie';
/** Area ids named in the partial-division warning; the rest are counted. */
const NAMED_AREAS = 5;

interface Spelling {
  label: string;
  row: number;
}

export class RegionCategories {
  /** Per division: folded category → its first spelling and row. */
  private readonly spellings = new Map<string, Map<string, Spelling>>();
  /** Row that gave each region its category, for the finding about a conflicting later row. */
  private readonly origin = new Map<NationalRegion, number>();
  private column = FIELD;

  constructor(private readonly sink: FindingSink) {}

  /** The category of this row (the division's spelling of it), or null when empty or invalid. */
  read(v: RowView, division: string, areaId: string): string | null {
    const cell = v.get(FIELD);
    if (cell === '') return null;
    this.column = v.column(FIELD);
    const at = { file: v.file, row: v.row, column: this.column, value: cell };
    const items = splitList(cell);
    if (items.length > 1) {
      this.sink.add({
        severity: 'error',
        ...at,
        message: `Gebied '${areaId}' heeft meer dan één categorie ('${items.join("', '")}'); een gebied hoort bij precies één categorie. De categorie is weggelaten.`,
        hint: 'Kies één categorie per gebied. Hoort een gebied echt bij twee categorieën, maak dan voor elke categorie een eigen gebied (met een eigen gebied_id).',
      });
      return null;
    }
    // All separators dropped, so 'Groei-regio', 'groei regio' and 'Groeiregio' are one category.
    const key = foldUnicodeWord(cell);
    if (key === '') {
      this.sink.add({
        severity: 'error',
        ...at,
        message: `Categorie '${cell}' van gebied '${areaId}' bevat geen letters of cijfers; de categorie is weggelaten.`,
        hint: 'Laat de cel leeg als het gebied geen categorie heeft, of schrijf de naam van de categorie.',
      });
      return null;
    }
    let known = this.spellings.get(division);
    if (!known) this.spellings.set(division, (known = new Map()));
    const first = known.get(key);
    if (!first) {
      known.set(key, { label: cell, row: v.row });
      return cell;
    }
    if (first.label !== cell) {
      this.sink.addGrouped(`category-spelling:${division}\u0000${cell}`, {
        severity: 'warning',
        ...at,
        message: `Categorie '${cell}' is gelezen als '${first.label}' (zo geschreven in rij ${first.row}): ze verschillen alleen in hoofdletters, accenten, spaties of leestekens.`,
        hint: `Schrijf elke categorie in de hele indeling '${division}' op dezelfde manier.`,
      });
    }
    return first.label;
  }

  /** Remembers which row gave a new region its category. */
  created(region: NationalRegion, row: number): void {
    if (region.category !== null) this.origin.set(region, row);
  }

  /** A later row of the same region (long layout): fills a missing category, reports a different one. */
  later(v: RowView, region: NationalRegion): void {
    const category = this.read(v, region.division, region.id);
    if (category === null) return;
    if (region.category === null) {
      region.category = category;
      this.origin.set(region, v.row);
      return;
    }
    if (category === region.category) return;
    const row = this.origin.get(region);
    this.sink.add({
      severity: 'error',
      file: v.file,
      row: v.row,
      column: this.column,
      value: category,
      message: `Gebied '${region.id}' heeft in rij ${row} de categorie '${region.category}' en in deze rij '${category}'; een gebied heeft één categorie. De eerste ('${region.category}') is gebruikt.`,
      hint: 'Geef alle rijen van dit gebied dezelfde categorie, of maak er twee gebieden van (elk met een eigen gebied_id).',
    });
  }

  /** After the last row: one warning per division whose areas have a category only in part. */
  finish(file: string, regions: readonly { region: NationalRegion; row: number }[]): void {
    const byDivision = new Map<string, { region: NationalRegion; row: number }[]>();
    for (const r of regions) {
      let list = byDivision.get(r.region.division);
      if (!list) byDivision.set(r.region.division, (list = []));
      list.push(r);
    }
    for (const [division, list] of byDivision) {
      const without = list.filter((r) => r.region.category === null);
      if (without.length === 0 || without.length === list.length) continue;
      const named = without.slice(0, NAMED_AREAS).map((r) => `'${r.region.id}'`);
      const more = without.length > NAMED_AREAS ? ` en ${without.length - NAMED_AREAS} andere` : '';
      this.sink.add({
        severity: 'warning',
        file,
        row: without[0].row,
        column: this.column,
        value: null,
        message: `Indeling '${division}': ${without.length} van de ${list.length} gebieden ${without.length === 1 ? 'heeft' : 'hebben'} geen categorie (${named.join(', ')}${more}); ${without.length === 1 ? 'dat gebied telt' : 'die gebieden tellen'} niet mee in de vergelijking per categorie.`,
        hint: 'Vul voor elk gebied van deze indeling een categorie in. Geeft de bron een gebied geen categorie, dan kunt u deze melding laten staan.',
      });
    }
  }
}
