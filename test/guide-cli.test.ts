/**
 * `regioruimte leidraad`: exit codes and messages for unusable arguments (2, with close ids for an
 * unknown id), a cooperation without spatial agenda (2) and a missing Chromium (1, with the install command).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tmpdir } from 'node:os';
import { main } from '../src/cli/index.ts';

async function run(args: string[]): Promise<{ code: number; err: string; out: string }> {
  let err = '';
  let out = '';
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  try {
    const code = await main(['node', 'regioruimte', 'leidraad', ...args]);
    return { code, err, out };
  } finally {
    e.mockRestore();
    o.mockRestore();
  }
}

afterEach(() => {
  delete process.env.REGIORUIMTE_CHROMIUM;
});

describe('regioruimte leidraad', () => {
  it('needs an id or --all, not both', async () => {
    expect((await run([])).code).toBe(2);
    const both = await run(['regio-twente', '--all']);
    expect(both.code).toBe(2);
    expect(both.err).toContain('niet allebei');
  });

  it('rejects an unknown id with exit 2 and lists close ids (from any folder: the example data is found from the package)', async () => {
    const cwd = process.cwd();
    process.chdir(tmpdir());
    const r = await run(['metropoolregio-amsterdm', '--pdf', '/tmp/regioruimte-niet-geschreven.pdf']).finally(() => process.chdir(cwd));
    expect(r.code).toBe(2);
    expect(r.err).toContain("onbekende samenwerking 'metropoolregio-amsterdm'");
    expect(r.err).toContain('Bedoelde u: metropoolregio-amsterdam');
  });

  it('rejects a cooperation without a spatial agenda', async () => {
    // data/voorbeeld/samenwerkingen.csv: the first row with ruimtelijk = nee.
    const { readFileSync } = await import('node:fs');
    const line = readFileSync('data/voorbeeld/samenwerkingen.csv', 'utf8').split('\n').find((l) => /,nee,/.test(l))!;
    const id = line.split(',')[0];
    const r = await run([id]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('geen ruimtelijke agenda');
  });

  it('exits 1 with the install command when Chromium is missing', async () => {
    process.env.REGIORUIMTE_CHROMIUM = '/nonexistent/chromium';
    const r = await run(['regio-twente', '--pdf', '/tmp/regioruimte-niet-geschreven.pdf']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('apt-get install -y chromium');
  });
});
