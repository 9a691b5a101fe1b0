/**
 * The input contract's sheets and columns (Dutch names, English aliases) and the header mapping:
 * each header cell is compared by headerKey() with each field's names; unmatched headers become
 * `extra` columns, repeated ones are reported and kept as extra.
 */
import { headerKey } from './cells.ts';

export const SHEETS = ['samenwerkingen', 'doelen', 'nationale_gebieden', 'nationaal_beleid', 'pendel'] as const;
export type SheetName = (typeof SHEETS)[number];

/**
 * The read-me worksheet that regioruimte writes into its own XLSX download (column dictionary and
 * codes): not data, so reading such a workbook back skips it without a finding.
 */
export const README_SHEET = 'leesmij';

/** File/sheet names accepted per sheet (compared with headerKey). */
export const SHEET_ALIASES: Record<SheetName, string[]> = {
  samenwerkingen: ['samenwerkingen', 'samenwerkingsverbanden', 'cooperations'],
  doelen: ['doelen', 'goals'],
  nationale_gebieden: ['nationale_gebieden', 'national_regions', 'national_areas', 'national_divisions'],
  nationaal_beleid: ['nationaal_beleid', 'national_policy', 'national_policies'],
  pendel: ['pendel', 'woon_werk', 'woonwerk', 'commuting'],
};

export interface FieldSpec {
  /** Contract (Dutch) column name. */
  name: string;
  aliases: string[];
  required: boolean;
}

function field(name: string, required: boolean, ...aliases: string[]): FieldSpec {
  return { name, aliases, required };
}

export const FIELDS: Record<SheetName, FieldSpec[]> = {
  samenwerkingen: [
    field('id', true, 'cooperation_id', 'samenwerking_id'),
    field('naam', true, 'name'),
    field('agenda_titel', false, 'agenda_title', 'agenda'),
    field('agenda_jaar', false, 'agenda_year', 'jaar', 'year'),
    field('rechtsvorm', true, 'legal_form'),
    field('gemeenten', true, 'municipalities', 'leden', 'members'),
    field('overige_overheden', false, 'other_government', 'other_governments'),
    field('partners', false, 'non_government_partners'),
    field('themas', false, 'thema_s', 'themes', 'thema'),
    field('typologie', false, 'typology'),
    field('levensfase', false, 'life_phase', 'lifephase'),
    field('ruimtelijk', false, 'spatial'),
    field('bronnen', false, 'bron', 'source_urls', 'sources', 'source'),
  ],
  doelen: [
    field('samenwerking_id', true, 'cooperation_id', 'samenwerking'),
    field('thema', true, 'theme'),
    field('tekst', true, 'goal_text', 'doel', 'text', 'goal'),
    field('bron', false, 'source_url', 'source'),
    field('label', false, 'klasse', 'class'),
  ],
  nationale_gebieden: [
    field('indeling', true, 'division'),
    field('gebied_id', true, 'region_id', 'area_id'),
    field('gebied_naam', true, 'region_name', 'area_name'),
    field('gemeenten', true, 'gemeente', 'municipalities', 'municipality', 'municipality_name'),
    field('gemeentecode', false, 'gemeente_code', 'municipality_code'),
    field('kenmerk', false, 'attribute'),
    field('categorie', false, 'category', 'gebiedscategorie', 'area_category'),
    field('bron', false, 'source_url', 'source'),
  ],
  nationaal_beleid: [
    field('id', true, 'policy_id'),
    field('titel', true, 'title'),
    field('jaar', false, 'year'),
    field('thema', true, 'themas', 'thema_s', 'theme', 'themes'),
    field('sturing', true, 'steering', 'steering_type'),
    field('gebiedsgericht', true, 'area_based'),
    field('toelichting', false, 'explanation'),
    field('bron', false, 'source_url', 'source'),
  ],
  pendel: [
    field('van', false, 'from', 'from_code', 'van_code', 'woongemeente', 'woonregios', 'woonregio'),
    field('van_naam', false, 'from_name'),
    field('naar', false, 'to', 'to_code', 'naar_code', 'werkgemeente', 'werkregios', 'werkregio'),
    field('naar_naam', false, 'to_name'),
    field('personen', true, 'persons', 'aantal', 'banen', 'jobs'),
    field('jaar', false, 'year', 'perioden', 'periode'),
    field('toelichting', false, 'note', 'opmerking'),
  ],
};

export interface HeaderMap {
  /** Contract field name → column index. */
  fields: Map<string, number>;
  /** Header text (as written) per column index, for findings. */
  names: string[];
  /** Columns outside the contract: index → header as written. */
  extra: { index: number; name: string }[];
  duplicates: { index: number; name: string; field: string }[];
}

export function mapHeader(header: string[], specs: FieldSpec[]): HeaderMap {
  const lookup = new Map<string, string>();
  for (const spec of specs) {
    lookup.set(headerKey(spec.name), spec.name);
    for (const alias of spec.aliases) lookup.set(headerKey(alias), spec.name);
  }
  const fields = new Map<string, number>();
  const extra: HeaderMap['extra'] = [];
  const duplicates: HeaderMap['duplicates'] = [];
  const names = header.map((h, i) => (h.trim() === '' ? `kolom ${i + 1}` : h.trim()));
  header.forEach((raw, index) => {
    if (raw.trim() === '') return;
    const name = lookup.get(headerKey(raw));
    if (name === undefined) {
      extra.push({ index, name: names[index] });
    } else if (fields.has(name)) {
      duplicates.push({ index, name: names[index], field: name });
      extra.push({ index, name: names[index] });
    } else {
      fields.set(name, index);
    }
  });
  return { fields, names, extra, duplicates };
}

/** The contract's column list for a sheet, for docs and for writers. */
export function contractColumns(sheet: SheetName): string[] {
  return FIELDS[sheet].map((f) => f.name);
}
