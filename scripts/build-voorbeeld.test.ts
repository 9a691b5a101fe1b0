import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../src/model/themes.ts';
import { LEGAL_FORMS } from '../src/model/enums.ts';
import {
  REPO_ROOT,
  SAMENWERKINGEN_COLUMNS,
  DOELEN_COLUMNS,
  buildVoorbeeld,
  csvField,
  dealProvenance,
  readInputs,
  readmeWithCorrections,
  README_PATH,
  toCbsName,
  toCsv,
} from './build-voorbeeld.ts';
import { parseCorrections } from './build-corrections.ts';
import { HEADING_NOTE, isHeading } from './build-themes.ts';

type Row = Record<string, string>;
const file = (p: string) => readFileSync(join(REPO_ROOT, p));
const readCsv = (p: string): Row[] => parse(file(p), { columns: true, bom: true }) as Row[];

const samenwerkingen = readCsv('data/voorbeeld/samenwerkingen.csv');
const doelen = readCsv('data/voorbeeld/doelen.csv');
const gemeenten = JSON.parse(file('data/reference/gemeenten.json').toString('utf8')) as { name: string }[];
const cbsNames = new Set(gemeenten.map((g) => g.name));
const members = (r: Row) => (r.gemeenten === '' ? [] : r.gemeenten.split(';'));

describe('build-voorbeeld: reproducibility', () => {
  it('re-running the conversion on data/source gives byte-identical committed files', () => {
    const out = buildVoorbeeld(readInputs());
    expect(Buffer.from(out.samenwerkingen, 'utf8').equals(file('data/voorbeeld/samenwerkingen.csv'))).toBe(true);
    expect(Buffer.from(out.doelen, 'utf8').equals(file('data/voorbeeld/doelen.csv'))).toBe(true);
    // and a second run in the same process gives the same text
    expect(buildVoorbeeld(readInputs()).samenwerkingen).toBe(out.samenwerkingen);
  });

  it('writes exactly the contract columns plus the three provenance and two theme columns', () => {
    const header = (p: string) => file(p).toString('utf8').split('\r\n')[0];
    expect(header('data/voorbeeld/samenwerkingen.csv')).toBe(
      'id,naam,agenda_titel,agenda_jaar,rechtsvorm,gemeenten,overige_overheden,partners,themas,typologie,' +
        'levensfase,ruimtelijk,bronnen,typologie_toelichting,betrouwbaarheid,opmerking,thema_onderbouwing,themas_ook_genoemd',
    );
    expect(header('data/voorbeeld/doelen.csv')).toBe('samenwerking_id,thema,tekst,bron,label');
    expect([...SAMENWERKINGEN_COLUMNS]).toHaveLength(18);
    expect([...DOELEN_COLUMNS]).toHaveLength(5);
  });
});

describe('build-voorbeeld: counts', () => {
  it('has the 103 spatial rows and the added formal cooperations', () => {
    // N Regio Deals, worked out from the source table: distinct region_id with ≥1 municipality row.
    const deals = readCsv('data/source/nationaal/regio_deals.csv');
    const withMembers = new Set(deals.filter((d) => d.municipality_name !== '').map((d) => d.region_id));
    const n = withMembers.size;
    expect(n).toBe(63); // README of the source: 82 deals, 19 of them area-only → 63

    const count = (prefix: string) =>
      samenwerkingen.filter((r) => r.ruimtelijk === 'nee' && r.id.startsWith(prefix)).length;
    expect(samenwerkingen.filter((r) => r.ruimtelijk === 'ja')).toHaveLength(103);
    expect(count('vr-')).toBe(25);
    expect(count('ggd-')).toBe(25);
    expect(count('jeugd-')).toBe(42);
    expect(count('amr-')).toBe(35);
    expect(count('res-')).toBe(30);
    expect(count('regiodeal-')).toBe(n);
    // 103 + 25 + 25 + 42 + 35 + 30 + 63 = 323
    expect(samenwerkingen).toHaveLength(103 + 25 + 25 + 42 + 35 + 30 + n);
    expect(samenwerkingen.every((r) => r.ruimtelijk === 'ja' || r.ruimtelijk === 'nee')).toBe(true);
    // 343 goals in the source, minus 1 doel-weg row in correcties.csv (a Regio Deal goal on the Zuid-Limburg agenda).
    expect(doelen).toHaveLength(342);
  });

  it('keeps the confidence of the spatial rows except where a correction lowers it', () => {
    // Source: 36 high, 51 medium, 16 low; correcties.csv lowers Hollandse Duinen from hoog to middel → 35, 52, 16.
    const spatial = samenwerkingen.filter((r) => r.ruimtelijk === 'ja');
    const by = (c: string) => spatial.filter((r) => r.betrouwbaarheid === c).length;
    expect([by('hoog'), by('middel'), by('laag')]).toEqual([35, 52, 16]);
  });

  it('each CBS division partitions the 342 municipalities', () => {
    for (const prefix of ['vr-', 'ggd-', 'jeugd-', 'amr-', 'res-']) {
      const all = samenwerkingen.filter((r) => r.id.startsWith(prefix)).flatMap(members);
      expect(all, prefix).toHaveLength(342);
      expect(new Set(all).size, prefix).toBe(342);
    }
  });
});

describe('build-voorbeeld: integrity', () => {
  it('ids are unique', () => {
    const ids = samenwerkingen.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("every goal's samenwerking_id exists", () => {
    const ids = new Set(samenwerkingen.map((r) => r.id));
    expect(doelen.filter((d) => !ids.has(d.samenwerking_id))).toEqual([]);
  });

  it('every member name is one of the 342 CBS 2025 names', () => {
    expect(cbsNames.size).toBe(342);
    const unknown = samenwerkingen.flatMap((r) => members(r).filter((m) => !cbsNames.has(m)).map((m) => `${r.id}: ${m}`));
    expect(unknown).toEqual([]);
  });

  it('keeps the two spatial rows without members as they are', () => {
    const empty = samenwerkingen.filter((r) => r.gemeenten === '').map((r) => r.id);
    expect(empty).toEqual(['eemsdelta-biobased', 'stuurgroep-groene-hart']);
  });

  it('uses only contract vocabularies', () => {
    const themes = new Set<string>(THEMES);
    const bad = samenwerkingen.flatMap((r) => (r.themas === '' ? [] : r.themas.split(';'))).filter((t) => !themes.has(t));
    expect(bad).toEqual([]);
    expect(doelen.filter((d) => !themes.has(d.thema))).toEqual([]);
    expect(samenwerkingen.filter((r) => !(LEGAL_FORMS as readonly string[]).includes(r.rechtsvorm))).toEqual([]);
    expect(new Set(samenwerkingen.map((r) => r.betrouwbaarheid))).toEqual(new Set(['hoog', 'middel', 'laag']));
  });

  it('copies a spatial row field by field from the source', () => {
    const src = readCsv('data/source/regio/samenwerkingen.csv').find((r) => r.id === 'regio-twente')!;
    const out = samenwerkingen.find((r) => r.id === 'regio-twente')!;
    expect(out.naam).toBe(src.name);
    expect(out.gemeenten).toBe(src.municipalities);
    // the one partner entry names an organisation plus groups in brackets: only the organisation stays
    expect(src.non_government_partners).toBe('Twente Board (bedrijfsleven, kennis- en onderwijsinstellingen)');
    expect(out.partners).toBe('Twente Board');
    expect(out.bronnen).toBe(src.source_urls);
    expect(out.opmerking).toBe(src.note);
    expect(out.betrouwbaarheid).toBe('hoog'); // source: high
  });

  it('spot-checks known memberships', () => {
    const row = (id: string) => samenwerkingen.find((r) => r.id === id)!;
    // Veiligheidsregio Amsterdam-Amstelland = the six municipalities of the Amstelland region
    expect(members(row('vr-amsterdam-amstelland'))).toEqual([
      'Aalsmeer', 'Amstelveen', 'Amsterdam', 'Diemen', 'Ouder-Amstel', 'Uithoorn',
    ]);
    expect(row('vr-amsterdam-amstelland').rechtsvorm).toBe('WGR');
    // RES Twente: the 14 Twente municipalities; the source's "Hengelo" becomes the CBS name
    expect(members(row('res-twente'))).toHaveLength(14);
    expect(members(row('res-twente'))).toContain('Hengelo (O.)');
    expect(row('res-twente').themas).toBe('Energietransitie');
    // Mainstage: its members are marked "uncertain" in the source → laag
    expect(row('regiodeal-mainstage-amsterdam').betrouwbaarheid).toBe('laag');
  });
});

describe('build-voorbeeld: helpers', () => {
  it('quotes CSV fields per RFC 4180 and round-trips through csv-parse', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    const rows = [{ a: 'x, "y"', b: 'line1\nline2' }, { a: '', b: "'s-Gravenhage" }];
    const text = toCsv(['a', 'b'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parse(text, { columns: true })).toEqual(rows);
  });

  it('maps national-table names to CBS names only when unambiguous', () => {
    expect(toCbsName('Amsterdam', cbsNames)).toBe('Amsterdam');
    expect(toCbsName('Hengelo', cbsNames)).toBe('Hengelo (O.)');
    expect(toCbsName('Middelburg', cbsNames)).toBe('Middelburg (Z.)');
    expect(toCbsName('Bergen', cbsNames)).toBeNull(); // Bergen (NH.) and Bergen (L.)
    expect(toCbsName('Haaren', cbsNames)).toBeNull(); // dissolved in 2021
  });

  it('classifies Regio Deal member provenance from the note markers', () => {
    expect(
      dealProvenance(['tranche=2; year=2019', 'inferred: x', 'derived by compiler', 'partial: y', 'inferred; uncertain']),
    ).toEqual({ stated: 1, derived: 2, weak: 2 });
  });

});

describe('build-voorbeeld: sourced corrections', () => {
  const row = (id: string) => samenwerkingen.find((r) => r.id === id)!;
  it('applies the known membership and legal-form corrections', () => {
    // Heusden left RNOB at the end of 2024: 10 members (the source lists 11).
    expect(members(row('regio-noordoost-brabant'))).toHaveLength(10);
    expect(members(row('regio-noordoost-brabant'))).not.toContain('Heusden');
    // Veenkoloniën: the current partner page lists 10 municipalities, without Tynaarlo and Veendam.
    expect(members(row('agenda-voor-de-veenkolonien'))).toHaveLength(10);
    expect(members(row('agenda-voor-de-veenkolonien'))).not.toContain('Tynaarlo');
    // Regio West-Brabant is a gemeenschappelijke regeling; Tholen left on 1-1-2021.
    expect(row('regio-west-brabant').rechtsvorm).toBe('WGR');
    expect(members(row('regio-west-brabant'))).not.toContain('Tholen');
    // Zuid-Limburg is the 16-municipality agenda of 2019, no longer mixed with the 10-municipality foundation.
    expect(row('samenwerking-zuid-limburg').rechtsvorm).toBe('OVERIG');
    expect(members(row('samenwerking-zuid-limburg'))).toHaveLength(16);
    expect(members(row('regiodeal-zuid-limburg-ii'))).toHaveLength(10);
    // Biesbosch: GR dissolved in 2021, Sliedrecht left; Hollandse Duinen: 13 of its 14 municipalities.
    expect(row('parkschap-nationaal-park-de-biesbosch').rechtsvorm).toBe('OVERIG');
    expect(members(row('nationaal-park-hollandse-duinen'))).toHaveLength(13);
  });

  it('fails loudly when a correction no longer matches its source value', () => {
    const input = readInputs();
    const stale = input.correctiesCsv.replace('lid-weg,Heusden', 'lid-weg,Oss-en-Heusden');
    expect(() => buildVoorbeeld({ ...input, correctiesCsv: stale })).toThrow(/not a member/);
  });

  it('lists every correction with a source in the README table', () => {
    const readme = file(README_PATH).toString('utf8');
    expect(readme).toBe(readmeWithCorrections());
    const corrections = parseCorrections(readInputs().correctiesCsv);
    const tableRows = readme.split('\n').filter((l) => /^\| (samenwerkingen|doelen|nationale_gebieden) \|/.test(l));
    expect(tableRows).toHaveLength(corrections.length);
    expect(tableRows.every((l) => /<https?:\/\//.test(l))).toBe(true);
  });
});

const list = (v: string) => (v === '' ? [] : v.split(';'));

describe('build-voorbeeld: main themes with a supporting sentence', () => {
  const spatial = samenwerkingen.filter((r) => r.ruimtelijk === 'ja');
  const source = readCsv('data/source/regio/samenwerkingen.csv');
  const extraQuotes = readCsv('data/source/correcties/thema_citaten.csv');

  it('keeps 286 of the 427 coded themes as main themes: 2.78 per agenda instead of 4.15', () => {
    // Worked out from the source tables, not from the build: the 103 source rows code 427 themes
    // (4.146 per agenda). 286 of them have a goal of the same cooperation with that theme in
    // regio/doelen.csv; the correction that drops the Regio Deal goal of samenwerking-zuid-limburg
    // (Natuurbehoud, its only goal for that theme) leaves 285, and thema_citaten.csv adds one quoted
    // sentence for ras-rivierenland (Water en bodem; the source has no goals for it): 286 → 286/103 = 2.777.
    expect(source.reduce((n, r) => n + list(r.themes).length, 0)).toBe(427);
    const main = spatial.reduce((n, r) => n + list(r.themas).length, 0);
    const also = spatial.reduce((n, r) => n + list(r.themas_ook_genoemd).length, 0);
    expect(main).toBe(286);
    expect(also).toBe(427 - 286);
    expect((main / spatial.length).toFixed(2)).toBe('2.78');
    // Distribution of main themes per agenda (hand count from the same tables): 18 with one, 27 with two,
    // 31 with three, 14 with four, 13 with five; no agenda is left without a theme.
    const dist: Record<number, number> = {};
    for (const r of spatial) dist[list(r.themas).length] = (dist[list(r.themas).length] ?? 0) + 1;
    expect(dist).toEqual({ 1: 18, 2: 27, 3: 31, 4: 14, 5: 13 });
  });

  it('loses no coded theme: main plus also-mentioned is the source list, in source order', () => {
    for (const r of spatial) {
      const src = source.find((s) => s.id === r.id)!;
      const order = list(src.themes);
      expect([...list(r.themas), ...list(r.themas_ook_genoemd)].sort((a, b) => order.indexOf(a) - order.indexOf(b)), r.id).toEqual(order);
    }
  });

  it('backs every main theme by exactly one quoted line: a goal of that agenda with that theme, or our sourced quote', () => {
    let fromGoals = 0;
    for (const r of spatial) {
      const lines = r.thema_onderbouwing === '' ? [] : r.thema_onderbouwing.split(' | ');
      expect(lines.map((l) => l.slice(0, l.indexOf(': '))), r.id).toEqual(list(r.themas));
      for (const line of lines) {
        const theme = line.slice(0, line.indexOf(': '));
        const quote = /^[^:]+: “(.*)”(?: \(kop in de agenda, geen volzin\))?(?: \(bron: (\S+)\))?$/.exec(line)!;
        expect(quote, line).not.toBeNull();
        const goal = doelen.find((d) => d.samenwerking_id === r.id && d.thema === theme);
        if (goal) {
          expect(quote[1]).toBe(goal.tekst); // the first goal of that theme, verbatim
          fromGoals++;
        } else {
          const own = extraQuotes.find((q) => q.samenwerking_id === r.id && q.thema === theme)!;
          expect([quote[1], quote[2]]).toEqual([own.citaat, own.bron]);
          expect(list(r.bronnen)).toContain(own.bron);
        }
      }
    }
    expect(fromGoals).toBe(285);
  });

  it('counts the quotes that are agenda headings (fewer than four words) apart and marks them: 27 of 286', () => {
    // Hand count over the first goal per (agenda, theme) in doelen.csv: one-word headings such as
    // "Wonen" and "Duurzaamheid" (Zaanstreek-Waterland) or "huisvesting" (North Sea Port District), and
    // short ones such as "Vitale Greenport" or "Mobiliteit en Logistiek": 27; the own quote is a sentence.
    const quotes = spatial.flatMap((r) => (r.thema_onderbouwing === '' ? [] : r.thema_onderbouwing.split(' | ')));
    const text = (line: string) => /“(.*)”/.exec(line)![1];
    expect(quotes).toHaveLength(286);
    expect(quotes.filter((l) => isHeading(text(l)))).toHaveLength(27);
    // Each heading says so in the data; no sentence gets the note.
    expect(quotes.filter((l) => l.includes(HEADING_NOTE))).toEqual(quotes.filter((l) => isHeading(text(l))));
    expect(isHeading('Wonen')).toBe(true);
    expect(isHeading('Mobiliteit en Logistiek')).toBe(true);
    expect(isHeading('voldoende en passende woningen')).toBe(false);
  });

  it('leaves the formal cooperations without theme columns', () => {
    const formal = samenwerkingen.filter((r) => r.ruimtelijk === 'nee');
    expect(formal.filter((r) => r.thema_onderbouwing !== '' || r.themas_ook_genoemd !== '')).toEqual([]);
    expect(samenwerkingen.find((r) => r.id === 'res-twente')!.themas).toBe('Energietransitie');
  });

  it('refuses a quote of ours for a theme that already has a goal, or for a theme the row does not code', () => {
    const input = readInputs();
    const twice = `${input.themaCitatenCsv}regio-twente,Energietransitie,Een zin.,https://example.org/,Test.\r\n`;
    expect(() => buildVoorbeeld({ ...input, themaCitatenCsv: twice })).toThrow(/already has a goal/);
    const foreign = `${input.themaCitatenCsv}regio-twente,Wonen,Een zin.,https://example.org/,Test.\r\n`;
    expect(() => buildVoorbeeld({ ...input, themaCitatenCsv: foreign })).toThrow(/not a theme of regio-twente/);
  });
});

describe('build-voorbeeld: partners are named organisations', () => {
  const spatial = samenwerkingen.filter((r) => r.ruimtelijk === 'ja');
  const rules = readCsv('data/source/correcties/partners.csv');

  it('drops the 41 generic entries: 124 partner entries remain, 18 agendas with two or more', () => {
    // From the source table: 165 partner entries over the 103 rows; 41 of them are one of the 28
    // `generiek` entries of partners.csv (ondernemers 8×, maatschappelijke organisaties 4×, …), the
    // 8 `naam` entries stay as one organisation each: 165 - 41 = 124. Agendas with ≥ 2 partners: 36 in
    // the source, 18 after dropping the groups (hand count over the same rows).
    const entries = spatial.flatMap((r) => list(r.partners));
    expect(entries).toHaveLength(124);
    expect(spatial.filter((r) => list(r.partners).length >= 2)).toHaveLength(18);
    const generic = new Set(rules.filter((r) => r.actie === 'generiek').map((r) => r.partner));
    expect(generic.size).toBe(28);
    expect(entries.filter((e) => generic.has(e))).toEqual([]);
    expect(entries.filter((e) => /^(ondernemers|bedrijfsleven|maatschappelijke organisaties)$/i.test(e))).toEqual([]);
  });

  it('keeps the organisation named in a mixed entry', () => {
    const row = (id: string) => samenwerkingen.find((r) => r.id === id)!;
    expect(list(row('drechtsteden').partners)).toEqual(['Smart Delta Drechtsteden']);
    expect(list(row('achterhoek').partners)).toEqual(['Achterhoek Board', 'Sité Woondiensten', 'Rabobank']);
    expect(list(row('regio-alblasserwaard-vijfheerenlanden').partners)).toEqual([]); // only groups in the source
  });

  it('fails when a rule matches no partner any more', () => {
    const input = readInputs();
    const stale = `${input.partnersCsv}"niemand",generiek,,Test.\r\n`;
    expect(() => buildVoorbeeld({ ...input, partnersCsv: stale })).toThrow(/matches no partner/);
  });
});
