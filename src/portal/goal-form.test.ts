import { describe, expect, it } from 'vitest';
import { goalField, parseGoalForm, type GoalValues } from './goals.ts';

const before: GoalValues[] = [
  { thema: 'Wonen', tekst: 'Bouwen in Zutphen', bron: '', label: '' },
  { thema: 'Mobiliteit', tekst: 'Een snelfietsroute', bron: '', label: '' },
];
const block = (i: number, fields: Record<string, string>) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [goalField(i, k), v]));

describe('parseGoalForm', () => {
  it('reads changed, removed and new goals; an empty new block is ignored', () => {
    const body = {
      aantal: '4',
      ...block(0, { van: '0', thema: 'Wonen', tekst: ' Bouwen in Zutphen-Noord ', reden: '' }),
      ...block(1, { van: '1', weg: 'ja' }),
      ...block(2, { van: '', thema: 'Natuurbehoud', tekst: 'Nieuwe natuur langs de IJssel', label: 'LOCATIE', reden: 'plek met ingreep' }),
      ...block(3, { van: '', thema: '', tekst: '' }),
    };
    expect(parseGoalForm(body, before)).toEqual({
      goals: [
        { from: 0, values: { thema: 'Wonen', tekst: 'Bouwen in Zutphen-Noord', bron: '', label: '' }, reason: '' },
        { from: null, values: { thema: 'Natuurbehoud', tekst: 'Nieuwe natuur langs de IJssel', bron: '', label: 'LOCATIE' }, reason: 'plek met ingreep' },
      ],
      removed: [1],
    });
  });

  it('cuts a long text to 4000 characters instead of refusing it', () => {
    const parsed = parseGoalForm({ aantal: '1', ...block(0, { van: '', thema: 'Wonen', tekst: 'x'.repeat(5000) }) }, before);
    expect(parsed?.goals[0].values.tekst.length).toBe(4000);
  });

  it('refuses a form made for another state: an unknown or repeated goal index, a count that is no number or too large', () => {
    expect(parseGoalForm({ aantal: '1', ...block(0, { van: '2', tekst: 'x' }) }, before)).toBeNull();
    expect(parseGoalForm({ aantal: '2', ...block(0, { van: '0' }), ...block(1, { van: '0' }) }, before)).toBeNull();
    expect(parseGoalForm({ aantal: '1', ...block(0, { van: '-1' }) }, before)).toBeNull();
    expect(parseGoalForm({ aantal: 'veel' }, before)).toBeNull();
    expect(parseGoalForm({ aantal: '501' }, before)).toBeNull();
  });
});
