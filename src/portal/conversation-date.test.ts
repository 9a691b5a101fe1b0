import { describe, expect, it } from 'vitest';
import { conversationDate, formDate } from './conversations.ts';

describe('the date of a conversation record', () => {
  it('takes dd-mm-jjjj (also with / or .) and jjjj-mm-dd, and gives the ISO date', () => {
    expect(conversationDate('concept', '15-03-2026')).toEqual({ ok: true, iso: '2026-03-15' });
    expect(conversationDate('concept', '5/3/2026')).toEqual({ ok: true, iso: '2026-03-05' });
    expect(conversationDate('concept', '5.3.2026')).toEqual({ ok: true, iso: '2026-03-05' });
    expect(conversationDate('vastgesteld', ' 2026-03-15 ')).toEqual({ ok: true, iso: '2026-03-15' });
    expect(conversationDate('concept', '29-02-2028')).toEqual({ ok: true, iso: '2028-02-29' });
  });

  it('may be empty for a concept, not for a vastgesteld record', () => {
    expect(conversationDate('concept', '')).toEqual({ ok: true, iso: null });
    expect(conversationDate('vastgesteld', ' ')).toEqual({ ok: false, message: 'Een vastgesteld gesprek heeft een datum. Vul de datum van het gesprek in, of sla het op als concept.' });
  });

  it('says why a date that does not exist is refused', () => {
    expect(conversationDate('concept', '30-02-2026')).toEqual({ ok: false, message: '30-02-2026 bestaat niet: februari 2026 heeft 28 dagen.' });
    expect(conversationDate('concept', '2026-04-31')).toEqual({ ok: false, message: '2026-04-31 bestaat niet: april 2026 heeft 30 dagen.' });
    expect(conversationDate('concept', '29-2-2100')).toEqual({ ok: false, message: '29-2-2100 bestaat niet: februari 2100 heeft 28 dagen.' });
    expect(conversationDate('concept', '12-13-2026')).toEqual({ ok: false, message: '12-13-2026 bestaat niet. Controleer dag, maand en jaar; schrijf de datum als dd-mm-jjjj, bijvoorbeeld 15-03-2026.' });
    expect(conversationDate('concept', 'vorige week')).toEqual({ ok: false, message: "'vorige week' is geen datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 15-03-2026." });
    // Only a whole date: a month or year alone (which the colofon accepts) is not the day of a conversation.
    expect(conversationDate('concept', '2026-03').ok).toBe(false);
  });

  it('is shown in the form as dd-mm-jjjj', () => {
    expect(formDate('2026-03-05')).toBe('05-03-2026');
    expect(formDate(null)).toBe('');
  });
});
