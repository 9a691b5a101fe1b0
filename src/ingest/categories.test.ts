/**
 * The `categorie` rules of categories.ts, one test per rule, through readDataset on a small CSV
 * folder (header on row 1, so the first area is row 2).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset.ts';
import { loadReference } from '../reference/index.ts';
import { readDataset } from './index.ts';

const ref = loadReference();
const COOPERATIONS = 'id;naam;rechtsvorm;gemeenten;themas;ruimtelijk\nmra;Metropoolregio Amsterdam;WGR;"Amsterdam;Zaanstad";Wonen;ja\n';

/** Reads a folder with samenwerkingen and the given nationale_gebieden rows (`;`-separated). */
async function read(header: string, rows: string[]): Promise<Dataset> {
  const dir = mkdtempSync(join(tmpdir(), 'regioruimte-categories-'));
  writeFileSync(join(dir, 'samenwerkingen.csv'), COOPERATIONS);
  writeFileSync(join(dir, 'nationale_gebieden.csv'), [header, ...rows].join('\n') + '\n');
  return readDataset(dir, ref);
}

const HEADER = 'indeling;gebied_id;gebied_naam;gemeenten;categorie';
const onSheet = (d: Dataset) => d.findings.filter((f) => f.file === 'nationale_gebieden.csv');
const category = (d: Dataset, id: string) => d.nationalRegions.find((r) => r.id === id)?.category;

describe('RegionCategories (the categorie column of nationale_gebieden)', () => {
  it('no categorie column: every area has category null and nothing is reported about it', async () => {
    const d = await read('indeling;gebied_id;gebied_naam;gemeenten', ['NOTA_RUIMTE;a;A;Amsterdam', 'NOTA_RUIMTE;b;B;Zaanstad']);
    expect(d.nationalRegions.map((r) => r.category)).toEqual([null, null]);
    expect(onSheet(d)).toEqual([]);
  });

  it('a list (; or a line break) is an error on that row and the area gets no category', async () => {
    const d = await read(HEADER, ['NOTA_RUIMTE;a;A;Amsterdam;"Stedelijk;Landelijk"', 'NOTA_RUIMTE;b;B;Zaanstad;"Stedelijk\nLandelijk"']);
    expect(category(d, 'a')).toBeNull();
    expect(category(d, 'b')).toBeNull();
    const errors = onSheet(d).filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.row, f.column])).toEqual([
      [2, 'categorie'],
      [3, 'categorie'],
    ]);
    expect(errors[0].message).toContain("meer dan één categorie ('Stedelijk', 'Landelijk')");
    // Both areas are still accepted: only the category is left out.
    expect(d.nationalRegions).toHaveLength(2);
  });

  it("a cell without a letter or digit ('-', '?') is an error and the area gets no category", async () => {
    const d = await read(HEADER, ['NOTA_RUIMTE;a;A;Amsterdam;-', 'NOTA_RUIMTE;b;B;Zaanstad;?']);
    expect([category(d, 'a'), category(d, 'b')]).toEqual([null, null]);
    const errors = onSheet(d).filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.row, f.value])).toEqual([
      [2, '-'],
      [3, '?'],
    ]);
    expect(errors[0].message).toContain('geen letters of cijfers');
    // Neither area has a category, so the division is not partial: no warning beside the errors.
    expect(onSheet(d).filter((f) => f.severity === 'warning')).toEqual([]);
  });

  it('spellings differing only in case, accents, spaces or punctuation are read as the first; one warning per spelling', async () => {
    const d = await read(HEADER, [
      'NOTA_RUIMTE;a;A;Amsterdam;Groei-regio',
      'NOTA_RUIMTE;b;B;Zaanstad;groeiregio',
      'NOTA_RUIMTE;c;C;Groningen;groeiregio',
      'NOTA_RUIMTE;d;D;Amsterdam;Gróei  regio',
      'NOTA_RUIMTE;e;E;Zaanstad;Landelijk',
      // Another division keeps its own first spelling.
      'WOONDEAL;f;F;Amsterdam;groeiregio',
    ]);
    expect(d.nationalRegions.map((r) => r.category)).toEqual(['Groei-regio', 'Groei-regio', 'Groei-regio', 'Groei-regio', 'Landelijk', 'groeiregio']);
    const warnings = onSheet(d).filter((f) => f.severity === 'warning');
    expect(warnings.map((f) => [f.row, f.value])).toEqual([
      [3, 'groeiregio'],
      [5, 'Gróei  regio'],
    ]);
    expect(warnings[0].message).toBe("Categorie 'groeiregio' is gelezen als 'Groei-regio' (zo geschreven in rij 2): ze verschillen alleen in hoofdletters, accenten, spaties of leestekens.");
    expect(warnings[0].hint).toContain('Komt voor in 2 rijen');
    expect(onSheet(d).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('long layout: a later row with another category is an error and the first is kept; an empty later cell keeps it; a later row may fill it', async () => {
    const d = await read(HEADER, [
      'NOTA_RUIMTE;a;A;Amsterdam;Stedelijk',
      'NOTA_RUIMTE;a;A;Zaanstad;',
      'NOTA_RUIMTE;a;A;Groningen;Landelijk',
      'NOTA_RUIMTE;a;A;Groningen;stedelijk',
      'NOTA_RUIMTE;b;B;Amsterdam;',
      'NOTA_RUIMTE;b;B;Zaanstad;Landelijk',
    ]);
    expect(category(d, 'a')).toBe('Stedelijk');
    expect(category(d, 'b')).toBe('Landelijk');
    expect(d.nationalRegions.find((r) => r.id === 'a')?.municipalities).toEqual(['GM0014', 'GM0363', 'GM0479']);
    const errors = onSheet(d).filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 4, column: 'categorie', value: 'Landelijk' });
    expect(errors[0].message).toContain("in rij 2 de categorie 'Stedelijk' en in deze rij 'Landelijk'");
    // Row 5's 'stedelijk' is the same category spelled otherwise: a spelling warning, no conflict.
    expect(onSheet(d).filter((f) => f.severity === 'warning').map((f) => f.row)).toEqual([5]);
  });

  it('a division with categories on some areas only: one warning naming the areas without, none for divisions with all or none', async () => {
    const rows = ['NOTA_RUIMTE;a;A;Amsterdam;Stedelijk'];
    for (const id of ['b', 'c', 'd', 'e', 'f', 'g', 'h']) rows.push(`NOTA_RUIMTE;${id};${id.toUpperCase()};Zaanstad;`);
    rows.push('WOONDEAL;w1;W1;Amsterdam;Groei', 'WOONDEAL;w2;W2;Zaanstad;Groei', 'RES;r1;R1;Amsterdam;', 'RES;r2;R2;Zaanstad;');
    const d = await read(HEADER, rows);
    const warnings = onSheet(d).filter((f) => f.severity === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ row: 3, column: 'categorie', value: null });
    expect(warnings[0].message).toBe(
      "Indeling 'NOTA_RUIMTE': 7 van de 8 gebieden hebben geen categorie ('b', 'c', 'd', 'e', 'f' en 2 andere); die gebieden tellen niet mee in de vergelijking per categorie.",
    );
  });

  it("reads the column under its alias 'category' and names it as written", async () => {
    const d = await read('indeling;gebied_id;gebied_naam;gemeenten;Category', ['NOTA_RUIMTE;a;A;Amsterdam;Stedelijk', 'NOTA_RUIMTE;b;B;Zaanstad;']);
    expect(category(d, 'a')).toBe('Stedelijk');
    const [partial] = onSheet(d);
    expect(partial).toMatchObject({ severity: 'warning', row: 3, column: 'Category' });
    expect(partial.message).toContain("1 van de 2 gebieden heeft geen categorie ('b'); dat gebied telt niet mee");
  });
});
