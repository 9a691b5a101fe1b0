import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputTree } from './tree.ts';
import { buildSiteDir, MANIFEST_FILE } from './site-dir.ts';

const fresh = () => mkdtempSync(join(tmpdir(), 'rr-tree-'));

describe('OutputTree', () => {
  it('refuses paths that leave the root, dot segments, backslashes and over-long names', () => {
    const base = fresh();
    const tree = new OutputTree(join(base, 'out'));
    for (const p of ['../x', '/a/../../x', 'a/./b', 'a//b', '..', 'a\\..\\b', 'x\0y', `${'a'.repeat(201)}.pdf`]) {
      expect(() => tree.write(p, 'x'), p).toThrow(/niet geschreven|buiten/);
    }
    expect(readdirSync(base)).toEqual(['out']);
  });

  it('refuses a path that escapes through a symlink inside the root', () => {
    const base = fresh();
    mkdirSync(join(base, 'out'));
    mkdirSync(join(base, 'elsewhere'));
    symlinkSync(join(base, 'elsewhere'), join(base, 'out', 'link'));
    const tree = new OutputTree(join(base, 'out'));
    expect(() => tree.write('link/x.html', 'x')).toThrow(/symbolische koppeling/);
    expect(readdirSync(join(base, 'elsewhere'))).toEqual([]);
  });

  it('never writes one path twice, also not case-only different, nor a file where a folder is', () => {
    const tree = new OutputTree(join(fresh(), 'out'));
    tree.write('a/Index.html', '1');
    expect(() => tree.write('a/index.html', '2')).toThrow(/hetzelfde pad/);
    expect(() => tree.write('a', '3')).toThrow(/al een map/);
    tree.write('f.txt', '4');
    expect(() => tree.write('f.txt/x', '5')).toThrow(/al een bestand/);
    expect(readFileSync(join(tree.root, 'a', 'Index.html'), 'utf8')).toBe('1');
  });
});

describe('buildSiteDir', () => {
  it('a rebuild keeps files that are not ours (dataset, .git) and deletes only what the last build listed', async () => {
    const base = fresh();
    const out = join(base, 'site');
    await buildSiteDir(out, async (t) => { t.write('index.html', 'v1'); t.write('old/page.html', 'old'); });
    mkdirSync(join(out, '.git'));
    writeFileSync(join(out, '.git', 'HEAD'), 'ref');
    writeFileSync(join(out, 'samenwerkingen.csv'), 'id\n');
    await buildSiteDir(out, async (t) => { t.write('index.html', 'v2'); });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('v2');
    expect(existsSync(join(out, 'old'))).toBe(false);
    expect(readFileSync(join(out, '.git', 'HEAD'), 'utf8')).toBe('ref');
    expect(readFileSync(join(out, 'samenwerkingen.csv'), 'utf8')).toBe('id\n');
    expect(JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8')).files).toEqual(['index.html']);
    expect(readdirSync(base)).toEqual(['site']);
  });

  it('a failing build leaves the previous site untouched and no staged folder behind', async () => {
    const base = fresh();
    const out = join(base, 'site');
    await buildSiteDir(out, async (t) => t.write('index.html', 'v1'));
    const failing = buildSiteDir(out, async (t) => {
      t.write('index.html', 'half');
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    await expect(failing).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('v1');
    expect(readdirSync(base)).toEqual(['site']);
  });

  it('refuses a foreign file in the way of a new page instead of overwriting it', async () => {
    const base = fresh();
    const out = join(base, 'site');
    await buildSiteDir(out, async (t) => t.write('index.html', 'v1'));
    writeFileSync(join(out, 'notes.html'), 'mine');
    await expect(buildSiteDir(out, async (t) => { t.write('index.html', 'v2'); t.write('notes.html', 'ours'); })).rejects.toThrow(/staat op een plek/);
    expect(readFileSync(join(out, 'notes.html'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('v1');
  });
});
