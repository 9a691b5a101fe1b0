/**
 * Row handlers for `nationale_gebieden` and `nationaal_beleid`.
 * Regions may come one row per region (gemeenten `;`-separated) or one row per municipality
 * (the long layout of the national source tables): rows with the same indeling + gebied_id are
 * merged into one region (municipalities united; name/kenmerk/bron/extra: first non-empty value,
 * differing later values joined with "; " for extra columns and reported for the others). The
 * optional categorie is checked by categories.ts.
 */
import type { NationalPolicy, NationalRegion } from '../model/dataset.ts';
import { divisionSlug, MAX_DIVISION_SLUG, RESERVED_DIVISION_SLUGS } from '../model/names.ts';
import { THEMES, type Theme } from '../model/themes.ts';
import type { Reference } from '../reference/index.ts';
import { RegionCategories } from './categories.ts';
import { IdIdentities } from './ids.ts';
import { resolveMunicipalityList } from './municipalities.ts';
import { splitList } from './cells.ts';
import { check, fastNationalPolicy, fastNationalRegion, nationalPolicySchema, nationalRegionSchema } from './schemas.ts';
import type { Collect, RowView, SheetHandler } from './sheet.ts';
import type { FindingSink } from './sink.ts';
import { knownDivision, parseSteering, parseTheme, parseYear, parseYesNo } from './vocab.ts';

interface RegionDraft {
  region: NationalRegion;
  row: number;
  codes: Set<string>;
  listed: boolean;
}

export function nationalRegionHandler(ref: Reference, sink: FindingSink, out: Collect<NationalRegion>): SheetHandler {
  const drafts = new Map<string, RegionDraft>();
  const unknownDivisions = new Map<string, number>();
  const slugs = new DivisionSlugs();
  const regionIds = new Map<string, IdIdentities>();
  const categories = new RegionCategories(sink);
  let file = '';
  return {
    row(v: RowView): boolean {
      file = v.file;
      const reject = (field: string, message: string, hint: string): false => {
        sink.add({ severity: 'error', file: v.file, row: v.row, column: v.column(field), value: null, message, hint });
        return false;
      };
      const divisionText = v.get('indeling');
      if (divisionText === '') return reject('indeling', 'Gebied zonder indeling; de rij is afgewezen.', 'Vul de indeling in, bijv. RES, NOVEX, NATIONAAL_PARK, DELTA of REGIO_DEAL.');
      const id = v.get('gebied_id');
      if (id === '') return reject('gebied_id', 'Gebied zonder gebied_id; de rij is afgewezen.', 'Geef elk gebied binnen een indeling een eigen id.');
      const division = knownDivision(divisionText) ?? divisionText;
      const divisionError = slugs.problem(division, v.row);
      if (divisionError) {
        sink.addGrouped(`division-name:${division}`, { severity: 'error', file: v.file, row: v.row, column: v.column('indeling'), value: divisionText, ...divisionError });
        return false;
      }
      let ids = regionIds.get(division);
      if (!ids) regionIds.set(division, (ids = new IdIdentities()));
      const idError = ids.problem(id, 'gebied binnen een indeling');
      if (idError) {
        sink.add({ severity: 'error', file: v.file, row: v.row, column: v.column('gebied_id'), value: id, ...idError });
        return false;
      }
      ids.add(id, v.row);
      if (division === divisionText && knownDivision(divisionText) === null && !unknownDivisions.has(divisionText)) {
        unknownDivisions.set(divisionText, v.row);
        sink.add({ severity: 'info', file: v.file, row: v.row, column: v.column('indeling'), value: divisionText, message: `Indeling '${divisionText}' is geen bekende nationale indeling; ze wordt als eigen indeling meegenomen.`, hint: 'Bekende indelingen: RES, NOVEX, NATIONAAL_PARK, DELTA, REGIO_DEAL, NOTA_RUIMTE, WOONDEAL.' });
      }
      const where = { file: v.file, row: v.row, column: v.column(v.get('gemeentecode') !== '' ? 'gemeentecode' : 'gemeenten') };
      const items = v.get('gemeentecode') !== '' ? splitList(v.get('gemeentecode')) : splitList(v.get('gemeenten'));
      const codes = resolveMunicipalityList(items, ref, where, sink);
      const name = v.get('gebied_naam');
      const key = `${division}\u0000${id}`;
      const draft = drafts.get(key);
      if (!draft) {
        if (name === '') {
          sink.add({ severity: 'warning', file: v.file, row: v.row, column: v.column('gebied_naam'), value: null, message: `Gebied '${id}' heeft geen naam; de id wordt als naam gebruikt.`, hint: 'Vul gebied_naam in.' });
        }
        const region = { division, id, name: name || id, municipalities: [], attribute: v.get('kenmerk') || null, category: categories.read(v, division, id), source: v.get('bron') || null, extra: v.extra() };
        categories.created(region, v.row);
        drafts.set(key, { region, row: v.row, codes: new Set(codes), listed: items.length > 0 });
        return true;
      }
      mergeLaterRow(draft, v, { name, codes, listed: items.length > 0 }, sink, categories);
      return true;
    },
    end(): void {
      categories.finish(file, [...drafts.values()]);
      for (const draft of drafts.values()) {
        const region = { ...draft.region, municipalities: [...draft.codes].sort() };
        if (!draft.listed) {
          sink.add({ severity: 'info', file, row: draft.row, column: 'gemeenten', value: null, message: `Gebied '${region.id}' ('${region.division}') heeft geen gemeentelijst; het telt niet mee in de overlapanalyse.`, hint: null });
        }
        const valid = check(nationalRegionSchema, region, fastNationalRegion);
        if (valid.ok) out.push(valid.value);
        else sink.add({ severity: 'error', file, row: draft.row, value: region.id, message: `Gebied '${region.id}' voldoet niet aan het model (${valid.message}).`, hint: null });
      }
    },
  };
}

/** A later row of a region already seen (long layout): its municipalities, name, kenmerk, bron, categorie, extra. */
function mergeLaterRow(draft: RegionDraft, v: RowView, row: { name: string; codes: string[]; listed: boolean }, sink: FindingSink, categories: RegionCategories): void {
  for (const c of row.codes) draft.codes.add(c);
  draft.listed ||= row.listed;
  const r = draft.region;
  if (row.name !== '' && row.name !== r.name) {
    sink.add({ severity: 'warning', file: v.file, row: v.row, column: v.column('gebied_naam'), value: row.name, message: `Gebied '${r.id}' heette in rij ${draft.row} '${r.name}'; de eerste naam wordt gebruikt.`, hint: 'Gebruik per gebied_id één naam.' });
  }
  r.attribute ??= v.get('kenmerk') || null;
  r.source ??= v.get('bron') || null;
  categories.later(v, r);
  for (const [k, value] of Object.entries(v.extra())) {
    const existing = r.extra[k] ?? '';
    if (value !== '' && !existing.split('; ').includes(value)) r.extra[k] = existing === '' ? value : `${existing}; ${value}`;
  }
}

export function nationalPolicyHandler(sink: FindingSink, out: Collect<NationalPolicy>): SheetHandler {
  const seen = new Map<string, number>();
  const identities = new IdIdentities();
  return {
    row(v: RowView): boolean {
      const at = (field: string) => ({ file: v.file, row: v.row, column: v.column(field) });
      const reject = (field: string | null, value: string | null, message: string, hint: string | null): false => {
        sink.add({ severity: 'error', file: v.file, row: v.row, column: field ? v.column(field) : null, value, message, hint });
        return false;
      };
      const id = v.get('id');
      if (id === '') return reject('id', null, 'Beleidsstuk zonder id; de rij is afgewezen.', 'Geef elk beleidsstuk een unieke id.');
      const previous = seen.get(id);
      if (previous !== undefined) return reject('id', id, `De id '${id}' komt al voor in rij ${previous}; deze tweede rij is afgewezen.`, 'Geef elk beleidsstuk een eigen id.');
      const idError = identities.problem(id, 'beleidsstuk');
      if (idError) return reject('id', id, idError.message, idError.hint);
      const title = v.get('titel');
      if (title === '') return reject('titel', null, `Beleidsstuk '${id}' heeft geen titel; de rij is afgewezen.`, 'Vul de titel in.');
      const themes = new Set<Theme>();
      for (const item of splitList(v.get('thema'))) {
        const parsed = parseTheme(item);
        if (parsed.ok) themes.add(parsed.value);
        else sink.add({ severity: 'error', ...at('thema'), value: item, message: `Onbekend thema '${item}'; het thema is weggelaten.`, hint: parsed.hint });
      }
      if (themes.size === 0) return reject('thema', v.get('thema') || null, `Beleidsstuk '${id}' heeft geen geldig thema; de rij is afgewezen.`, `Vul een of meer thema's in: ${THEMES.join(', ')}.`);
      const steeringText = v.get('sturing');
      const steering = parseSteering(steeringText);
      if (!steering.ok) return reject('sturing', steeringText || null, steeringText === '' ? `Beleidsstuk '${id}' heeft geen sturing; de rij is afgewezen.` : `Ongeldige sturing '${steeringText}'; de rij is afgewezen.`, steering.hint);
      const areaText = v.get('gebiedsgericht');
      const area = parseYesNo(areaText);
      if (!area.ok) return reject('gebiedsgericht', areaText || null, areaText === '' ? `Beleidsstuk '${id}': gebiedsgericht is leeg; de rij is afgewezen.` : `Ongeldige waarde voor gebiedsgericht: '${areaText}'; de rij is afgewezen.`, area.hint);
      let year: number | null = null;
      if (v.get('jaar') !== '') {
        const parsed = parseYear(v.get('jaar'));
        if (parsed.ok) year = parsed.value;
        else sink.add({ severity: 'error', ...at('jaar'), value: v.get('jaar'), message: `Ongeldig jaar '${v.get('jaar')}'; het jaar is weggelaten.`, hint: parsed.hint });
      }
      const record: NationalPolicy = {
        id,
        title,
        year,
        themes: THEMES.filter((t) => themes.has(t)),
        steering: steering.value,
        areaBased: area.value,
        explanation: v.get('toelichting') || null,
        source: v.get('bron') || null,
        extra: v.extra(),
      };
      const valid = check(nationalPolicySchema, record, fastNationalPolicy);
      if (!valid.ok) return reject(null, id, `Beleidsstuk '${id}' voldoet niet aan het model (${valid.message}); de rij is afgewezen.`, null);
      seen.set(id, v.row);
      identities.add(id, v.row);
      out.push(valid.value);
      return true;
    },
  };
}

/**
 * Page names of the divisions seen so far: a division gets the page /nationaal-beleid/<slug>/, so a
 * name without letters or digits, one that takes a name the site uses itself, or two names with the
 * same slug would overwrite or crash the build.
 */
class DivisionSlugs {
  private readonly owners = new Map<string, { division: string; row: number }>();

  problem(division: string, row: number): { message: string; hint: string } | null {
    const slug = divisionSlug(division);
    const hint = 'Geef de indeling een naam met letters of cijfers die na weglaten van hoofdletters, accenten en leestekens verschilt van de andere indelingen (bijv. PROVINCIALE_GEBIEDEN).';
    if (slug === '') return { message: `Indeling '${division}' bevat geen letters of cijfers, dus er kan geen pagina voor worden gemaakt; de rij is afgewezen.`, hint };
    if (slug.length > MAX_DIVISION_SLUG) return { message: `Indeling '${division}' is te lang voor een paginanaam (${slug.length} tekens; maximaal ${MAX_DIVISION_SLUG}); de rij is afgewezen.`, hint };
    if (RESERVED_DIVISION_SLUGS.includes(slug)) {
      return {
        message: `Indeling '${division}' krijgt de paginanaam '${slug}', een naam die de site zelf gebruikt voor een eigen pagina; de rij is afgewezen.`,
        hint: `Geef de indeling een andere naam in de kolom indeling, in alle rijen van deze indeling (bijv. '${division} gebieden'). De site gebruikt zelf: ${RESERVED_DIVISION_SLUGS.join(', ')}.`,
      };
    }
    const owner = this.owners.get(slug);
    if (owner && owner.division !== division) {
      return { message: `Indeling '${division}' krijgt dezelfde paginanaam ('${slug}') als indeling '${owner.division}' in rij ${owner.row}; de rij is afgewezen.`, hint: `Schrijf de indeling precies zoals in rij ${owner.row}, of kies een andere naam.` };
    }
    if (!owner) this.owners.set(slug, { division, row });
    return null;
  }
}
