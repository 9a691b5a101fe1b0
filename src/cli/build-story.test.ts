import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli as run } from '../../test/cli-run.ts';

const FIXTURE = new URL('../../test/fixtures/site/data/', import.meta.url).pathname;
const base = mkdtempSync(join(tmpdir(), 'regioruimte-cli-story-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function datasetWithChapter(name: string, chapter: string): string {
  const dir = join(base, name);
  cpSync(FIXTURE, dir, { recursive: true });
  mkdirSync(join(dir, 'verhaal'));
  writeFileSync(join(dir, 'verhaal', '01-kort.md'), chapter);
  writeFileSync(join(dir, 'verhaal', 'schema.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Schema</title><rect width="10" height="10"/></svg>');
  return dir;
}

describe('regioruimte build with authored chapters', () => {
  it('an unknown reference stops the build with the file and line of the reference', async () => {
    const dir = datasetWithChapter('fout', '---\ntitel: Kort\nvolgorde: 1\n---\nEen regel.\nHier {{ dekking.onbekend }}.\n');
    const out = join(base, 'fout-dist');
    const r = await run(['build', dir, '--out', out]);
    expect(r.status).toBe(1);
    // Front matter is lines 1–4, "Een regel." line 5, the reference line 6.
    expect(r.stderr).toContain('verhaal/01-kort.md');
    expect(r.stderr).toMatch(/regel 6|rij 6|:6/);
    expect(r.stderr).toContain("Onbekende verwijzing naar een waarde 'dekking.onbekend'");
    expect(r.stderr).toContain('De site is niet gebouwd.');
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  }, 120_000);

  it('builds the chapter page with its live value and figure, and lists it in the menu and on the overview', async () => {
    const dir = datasetWithChapter('goed', '---\ntitel: Kort verhaal\nvolgorde: 1\nsamenvatting: Een korte samenvatting.\n---\nGemeenten: {{ dekking.gemeenten }}.\n\n{{ figuur: schema }}\n');
    const out = join(base, 'goed-dist');
    const r = await run(['build', dir, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const page = readFileSync(join(out, 'verhaal', 'kort', 'index.html'), 'utf8');
    // The fixture's reference has the 342 CBS 2025 municipalities.
    expect(page).toContain('<p>Gemeenten: 342 gemeenten.</p>');
    expect(page).toContain('<img src="/verhaal/figuren/schema.svg" alt="Schema">');
    expect(readFileSync(join(out, 'verhaal', 'figuren', 'schema.svg'), 'utf8')).toContain('<title>Schema</title>');
    expect(page).toMatch(/<li><a href="\/verhaal\/" aria-current="page">Verhaal<\/a><\/li>/);
    const overview = readFileSync(join(out, 'index.html'), 'utf8');
    expect(overview).toContain('<a href="/verhaal/kort/">Kort verhaal</a><p>Een korte samenvatting.</p>');
  }, 120_000);
});
