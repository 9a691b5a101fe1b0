import { describe, expect, it } from 'vitest';
import { knownDivision, nearest, parseCount, parseLegalForm, parseLifePhase, parseTheme, parseYear, parseYesNo } from './vocab.ts';

describe('controlled values', () => {
  it('themes: exact regardless of case/accents/spacing; synonyms and near misses only suggest', () => {
    expect(parseTheme('water  en BODEM')).toEqual({ ok: true, value: 'Water en bodem' });
    const woningbouw = parseTheme('Woningbouw');
    expect(woningbouw.ok).toBe(false);
    expect(!woningbouw.ok && woningbouw.hint.startsWith("Bedoelt u 'Wonen'?")).toBe(true);
    // "Mobilitiet" is 2 edits from "mobiliteit" (10 letters, limit 3).
    const typo = parseTheme('Mobilitiet');
    expect(!typo.ok && typo.hint.startsWith("Bedoelt u 'Mobiliteit'?")).toBe(true);
    const recreatie = parseTheme('recreatie');
    expect(!recreatie.ok && recreatie.hint.startsWith("Bedoelt u 'Overig'?")).toBe(true);
    const unrelated = parseTheme('Defensie');
    expect(!unrelated.ok && unrelated.hint.startsWith('Gebruik een van de negen')).toBe(true);
  });

  it('legal forms: case-insensitive exact; GR and stichting are converted with a note; nonsense is refused', () => {
    expect(parseLegalForm('wgr')).toEqual({ ok: true, value: 'WGR' });
    expect(parseLegalForm('GR')).toMatchObject({ ok: true, value: 'WGR', note: "'GR' is gelezen als 'WGR'." });
    expect(parseLegalForm('Stichting')).toMatchObject({ ok: true, value: 'PRIVAAT' });
    expect(parseLegalForm('Convenant')).toMatchObject({ ok: true, value: 'OVERIG' });
    expect(parseLegalForm('vriendenclub').ok).toBe(false);
  });

  it('enums accept spaces for underscores', () => {
    expect(parseLifePhase('draaiend systeem')).toEqual({ ok: true, value: 'DRAAIEND_SYSTEEM' });
    expect(parseLifePhase('start-up').ok).toBe(false);
  });

  it('ja/nee and friends', () => {
    for (const yes of ['ja', 'JA', 'true', '1', 'yes', 'WAAR']) expect(parseYesNo(yes)).toEqual({ ok: true, value: true });
    for (const no of ['nee', 'False', '0', 'no', 'ONWAAR']) expect(parseYesNo(no)).toEqual({ ok: true, value: false });
    expect(parseYesNo('misschien').ok).toBe(false);
  });

  it('years and counts', () => {
    expect(parseYear('2018')).toEqual({ ok: true, value: 2018 });
    expect(parseYear('2018.0')).toEqual({ ok: true, value: 2018 });
    expect(parseYear('18').ok).toBe(false);
    expect(parseYear('2018-2022').ok).toBe(false);
    expect(parseCount('1.200')).toEqual({ ok: true, value: 1200 });
    expect(parseCount('1 200')).toEqual({ ok: true, value: 1200 });
    expect(parseCount('12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseCount('1,200.5')).toEqual({ ok: true, value: 1200.5 });
    expect(parseCount('-3').ok).toBe(false);
  });

  it('known divisions and nearest', () => {
    expect(knownDivision('Regio Deal')).toBe('REGIO_DEAL');
    expect(knownDivision('Deltaprogramma gebied')).toBe('DELTA');
    expect(knownDivision('Waterschap')).toBeNull();
    expect(nearest('mraa', ['mra', 'mrdh'])).toBe('mra');
    expect(nearest('xyz', ['mra', 'mrdh'])).toBeNull();
  });
});
