import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRows, readGoalCsv } from './doelen.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/regioruimte.js');
const run = (args: string[]) => spawnSync('node', [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'rr-doelen-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('regioruimte doelen <csv>', () => {
  it('prints a JSON array in input order with tekst, thema, label, reden, woorden', () => {
    const csv = file('d.csv', 'goal_text;theme\nVerbreding van de A20;Mobiliteit\nMeer woningen in de regio;Wonen\n');
    const r = run(['doelen', csv, '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.map((g: { label: string }) => g.label)).toEqual(['LOCATIE', 'ABSTRACT']);
    expect(Object.keys(out[0])).toEqual(['tekst', 'thema', 'label', 'reden', 'woorden']);
    expect(out[1].thema).toBe('Wonen');
  });
  it('a manual label column wins; an invalid one is reported and ignored', () => {
    const csv = file('m.csv', 'tekst,thema,label\nVerbreding van de A20,Mobiliteit,LOBBY\nVerbreding van de A20,Mobiliteit,ONZIN\n');
    const r = run(['doelen', csv, '--json']);
    const out = JSON.parse(r.stdout);
    expect(out.map((g: { label: string }) => g.label)).toEqual(['LOBBY', 'LOCATIE']);
    expect(out[0].reden).toBe('Handmatig label uit de invoer');
    expect(r.stderr).toMatch(/rij 3: label 'ONZIN'/);
  });
  it('prints a table with a count line', () => {
    const r = run(['doelen', file('t.csv', 'tekst,thema\nVerbreding van de A20,Mobiliteit\n')]);
    expect(r.stdout).toMatch(/1 doelen: LOCATIE 1, LOBBY 0, PROCES 0, ABSTRACT 0/);
  });
  it('exits 2 with a clear message for a missing file, missing columns or a binary file', () => {
    const missing = run(['doelen', join(dir, 'bestaat-niet.csv')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/bestaat niet/);
    const columns = run(['doelen', file('c.csv', 'naam,x\na,b\n')]);
    expect(columns.status).toBe(2);
    expect(columns.stderr).toMatch(/mist de kolom\(men\) tekst \(of goal_text\), thema \(of theme\)/);
    const binary = run(['doelen', file('b.csv', 'a\u0000b')]);
    expect(binary.status).toBe(2);
    expect(binary.stderr).not.toMatch(/at .*\.ts:/);
  });
});

describe('regioruimte doelen evalueer <csv>', () => {
  it('prints accuracy, per-class scores and the confusion matrix', () => {
    const csv = file('e.csv', 'tekst,thema,label\nVerbreding van de A20,Mobiliteit,LOCATIE\nMeer woningen in de regio,Wonen,LOCATIE\n');
    const r = run(['doelen', 'evalueer', csv]);
    expect(r.status).toBe(0);
    // One of two right: accuracy 0.5.
    expect(r.stdout).toMatch(/nauwkeurigheid \(accuracy\): 0\.500/);
    expect(r.stdout).toMatch(/verwarringsmatrix/);
  });
  it('needs a label column, and a deel column for --deel toets', () => {
    expect(run(['doelen', 'evalueer', file('n.csv', 'tekst,thema\na,Wonen\n')]).status).toBe(2);
    const r = run(['doelen', 'evalueer', file('l.csv', 'tekst,thema,label\na,Wonen,ABSTRACT\n'), '--deel', 'toets']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/kolom 'deel'/);
    expect(run(['doelen', 'evalueer', file('l2.csv', 'tekst,thema,label\na,Wonen,ABSTRACT\n'), '--deel', 'half']).status).toBe(2);
  });
});

describe('evaluateRows(rows, part, hasPart)', () => {
  it('scores only the chosen part and skips rows without a valid label', () => {
    const { rows, hasPart } = readGoalCsv(
      file('p.csv', 'tekst,thema,label,deel\nVerbreding van de A20,Mobiliteit,LOCATIE,toets\nx,Wonen,,toets\nMeer woningen,Wonen,ABSTRACT,ontwikkel\n'),
      true,
    );
    const toets = evaluateRows(rows, 'toets', hasPart);
    expect(toets.evaluation.n).toBe(1);
    expect(toets.skipped).toEqual([{ row: 3, label: null }]);
    const all = evaluateRows(rows, 'alle', hasPart);
    expect(all.byPart?.ontwikkel.n).toBe(1);
    expect(all.evaluation.accuracy).toBe(1);
  });
});
