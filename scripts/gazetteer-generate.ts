/**
 * Regenerates the two derived gazetteer lists from the reference data (run with
 * `npx tsx scripts/gazetteer-generate.ts`): 2025 municipality names from data/reference/gemeenten.json
 * (CBS statnaam) and former names from data/reference/samenvoegingen.csv (mergers 2015–2025).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { csvField } from '../src/present/csv.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

// The gazetteer lists are machine files with a comma, unlike the Dutch-Excel downloads (src/present/csv.ts).
const csvLine = (values: string[]) => values.map((v) => csvField(v, ',')).join(',');

const municipalities = JSON.parse(readFileSync(`${root}data/reference/gemeenten.json`, 'utf8')) as { code: string; name: string }[];
const current = [...municipalities].sort((a, b) => a.code.localeCompare(b.code));
writeFileSync(
  `${root}data/reference/gazetteer/gemeenten-2025.csv`,
  ['naam,soort,code', ...current.map((m) => csvLine([m.name, 'gemeente', m.code]))].join('\n') + '\n',
);

const mergers = parse(readFileSync(`${root}data/reference/samenvoegingen.csv`, 'utf8'), { columns: true }) as Record<string, string>[];
const currentNames = new Set(current.map((m) => m.name));
const former = mergers
  .filter((m) => !currentNames.has(m.former_name))
  .sort((a, b) => a.former_code.localeCompare(b.former_code));
writeFileSync(
  `${root}data/reference/gazetteer/voormalige-gemeenten.csv`,
  ['naam,soort,code,opgeheven', ...former.map((m) => csvLine([m.former_name, 'voormalige_gemeente', m.former_code, m.year]))].join('\n') + '\n',
);
process.stdout.write(`gemeenten: ${current.length}, voormalige gemeenten: ${former.length}\n`);
