/**
 * Size limits of the reader, with inputs generated at test time in a temporary folder (not
 * committed): a 50,000-character cell and 100,000-row samenwerkingen/doelen files, read by
 * streaming. Memory is checked only loosely (a tight bound would be unstable between machines).
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../src/ingest/index.ts';
import { loadReference } from '../src/reference/index.ts';

const ref = loadReference();
const HEADER = 'id;naam;rechtsvorm;gemeenten;themas;ruimtelijk\n';

async function writeLines(path: string, header: string, count: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(path, 'utf8');
  out.write(header);
  for (let i = 0; i < count; i++) {
    if (!out.write(line(i))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

describe('big inputs', () => {
  it('a 50,000-character cell is accepted in full, with a warning naming the cell', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rr-long-'));
    const long = 'Lange toelichting. '.repeat(2632).slice(0, 50_000);
    await writeFile(join(dir, 'samenwerkingen.csv'), `${HEADER.trim()};opmerking\na;A;WGR;Amsterdam;Wonen;ja;"${long}"\n`);
    const d = await readDataset(dir, ref);
    expect(d.cooperations[0].extra.opmerking).toHaveLength(50_000);
    const warnings = d.findings.filter((f) => f.message.startsWith('Zeer lange cel (50000 tekens)'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', file: 'samenwerkingen.csv', row: 2, column: 'opmerking' });
    // The finding shows a shortened value, not 50,000 characters.
    expect(warnings[0].value!.length).toBeLessThan(200);
  });

  it('100,000 cooperations and 100,000 goals are read completely by streaming', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rr-big-'));
    const names = ['Amsterdam', 'Almere', 'Zaanstad', "'s-Gravenhage", 'Súdwest-Fryslân'];
    const themes = ['Wonen', 'Mobiliteit', 'Energietransitie', 'Water en bodem'];
    await writeLines(join(dir, 'samenwerkingen.csv'), HEADER, 100_000, (i) =>
      `s${i};Samenwerking ${i};WGR;"${names[i % 5]};${names[(i + 2) % 5]}";"${themes[i % 4]};${themes[(i + 1) % 4]}";ja\n`,
    );
    // Goal i belongs to cooperation i mod 1000, whose themes are themes[k mod 4] and themes[(k+1) mod 4];
    // the goal's theme themes[i mod 4] equals themes[k mod 4] because 1000 is a multiple of 4.
    await writeLines(join(dir, 'doelen.csv'), 'samenwerking_id;thema;tekst;bron\n', 100_000, (i) =>
      `s${i % 1000};${themes[i % 4]};Doel ${i}, met een komma en "aanhalingstekens".;https://example.org/${i}\n`,
    );
    const before = process.memoryUsage().heapUsed;
    const d = await readDataset(dir, ref);
    const grown = process.memoryUsage().heapUsed - before;
    expect(d.sheets.slice(0, 2).map((s) => [s.rowsRead, s.rowsAccepted, s.rowsRejected])).toEqual([
      [100_000, 100_000, 0],
      [100_000, 100_000, 0],
    ]);
    // Row 99 999: names[99999 mod 5 = 4] = Súdwest-Fryslân (GM1900), names[(99999+2) mod 5 = 1] = Almere (GM0034).
    expect(d.cooperations[99_999]).toMatchObject({ id: 's99999', municipalities: ['GM0034', 'GM1900'] });
    expect(d.goals[12_345].text).toBe('Doel 12345, met een komma en "aanhalingstekens".');
    expect(d.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // 200,000 records held as objects need tens of MB; a loose bound that still catches runaway copies.
    expect(grown).toBeLessThan(600 * 1024 * 1024);
  });
});
