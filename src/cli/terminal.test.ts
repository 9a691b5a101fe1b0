/**
 * Control characters from the data never reach the terminal: unit cases for the one escaping
 * function, and `check` / `doelen` end to end (in process) on files whose cells carry ESC
 * sequences, CRs, line breaks and a bidirectional override that would fake "0 fout(en)".
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeControls, terminalText } from './terminal.ts';
import { main } from './index.ts';

// Erase the line, move the cursor up one line, print a fake verdict in green.
const FAKE = '\u001b[2K\u001b[1A\u001b[32mResultaat: 0 fout(en)\u001b[0m';

describe('escapeControls / terminalText', () => {
  it('shows every control character as a visible escape', () => {
    expect(escapeControls('a\u001b[31mb')).toBe('a\\x1B[31mb');
    expect(escapeControls('a\rb\nc\td\u0000e\u007ff\u009bg')).toBe('a\\x0Db\\x0Ac\\x09d\\x00e\\x7Ff\\x9Bg');
    expect(escapeControls('abc\u202Etxt.exe')).toBe('abc\\u202Etxt.exe');
    expect(escapeControls('Súdwest-Fryslân – ’s-Hertogenbosch 🙂')).toBe('Súdwest-Fryslân – ’s-Hertogenbosch 🙂');
  });

  it('terminalText keeps the program\'s own line breaks, nothing else', () => {
    expect(terminalText('regel 1\nregel\r 2\u001b[K\n')).toBe('regel 1\nregel\\x0D 2\\x1B[K\n');
  });
});

describe('CLI output with control characters in the data', () => {
  let dir: string;
  const out: string[] = [];
  const err: string[] = [];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'regioruimte-terminal-'));
    mkdirSync(join(dir, 'invoer'));
    writeFileSync(
      join(dir, 'invoer', 'samenwerkingen.csv'),
      `id;naam;rechtsvorm;gemeenten;themas;ruimtelijk\nmra;Metropoolregio\u001b]0;titel\u0007 Amsterdam;WGR;Amsterdam;Wonen;ja\nx;X;WGR;Almere;Onbekend thema${FAKE};ja\ny;Y;WGR;Amsterdm\r${FAKE};Wonen;ja\n`,
    );
    writeFileSync(join(dir, 'doelen.csv'), `tekst,thema\n"Woningen bouwen\n${FAKE}",Wonen\nLobby\u202Eoor het Rijk,Wonen\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => vi.restoreAllMocks());

  async function run(...args: string[]): Promise<{ code: number; text: string }> {
    out.length = 0;
    err.length = 0;
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
    const code = await main(['node', 'regioruimte', ...args]);
    vi.restoreAllMocks();
    return { code, text: out.join('') + err.join('') };
  }

  function expectNoControls(text: string): void {
    // Only the line breaks the program writes itself.
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  }

  it('check: exit 1, the ESC sequences shown escaped, the real verdict the only "Resultaat" line', { timeout: 60_000 }, async () => {
    const { code, text } = await run('check', join(dir, 'invoer'));
    expect(code).toBe(1);
    expectNoControls(text);
    expect(text).toContain('\\x1B[2K\\x1B[1A\\x1B[32mResultaat: 0 fout(en)');
    // A line break or CR inside a value cannot start a line of its own.
    const verdicts = text.split('\n').filter((l) => l.startsWith('Resultaat:'));
    expect(verdicts).toHaveLength(1);
    expect(verdicts[0]).not.toMatch(/^Resultaat: 0 fout/);
  });

  it('doelen: goal texts with ESC, line breaks and a bidi override are printed escaped', async () => {
    const { code, text } = await run('doelen', join(dir, 'doelen.csv'));
    expect(code).toBe(0);
    expectNoControls(text);
    expect(text).toContain('Woningen bouwen\\x0A\\x1B[2K');
    expect(text).toContain('Lobby\\u202Eoor');
  });

  it('JSON output stays exact JSON (JSON.stringify escapes control characters itself)', async () => {
    const { text } = await run('doelen', join(dir, 'doelen.csv'), '--json');
    expectNoControls(text);
    const rows = JSON.parse(text) as { tekst: string }[];
    expect(rows[0].tekst).toBe(`Woningen bouwen\n${FAKE}`);
  });
});
