import { describe, expect, it } from 'vitest';
import { breakableCompounds, formatCountOf, formatNumber, formatOf, formatPartialDate, formatPercent, joinDutch, plural } from './format.ts';

describe('Dutch number formatting', () => {
  it('formatNumber(n, decimals) uses a decimal comma and dots for thousands', () => {
    expect(formatNumber(58311)).toBe('58.311');
    expect(formatNumber(1234567.891, 2)).toBe('1.234.567,89');
    expect(formatNumber(10 / 3, 1)).toBe('3,3');
    expect(formatNumber(-0.04, 1)).toBe('0,0');
    expect(formatNumber(-2.5, 1)).toBe('−2,5');
  });
  it('formatPercent(share) rounds a 0–1 share to whole percent', () => {
    expect(formatPercent(1 / 3)).toBe('33%');
    expect(formatPercent(0.775)).toBe('78%');
    expect(formatPercent(NaN)).toBe('–');
  });
  it('plural and joinDutch', () => {
    expect(plural(1, 'agenda', 'agenda’s')).toBe('1 agenda');
    expect(plural(1200, 'agenda', 'agenda’s')).toBe('1.200 agenda’s');
    expect(joinDutch(['a', 'b', 'c'])).toBe('a, b en c');
  });
});

describe('formatCountOf', () => {
  it('states the count, its denominator and the share', () => {
    expect(formatCountOf(18, 103)).toBe('18 van de 103 (17%)');
    expect(formatCountOf(1234, 2000)).toBe('1.234 van de 2.000 (62%)');
  });

  it('gives no share when there is no denominator', () => {
    expect(formatCountOf(0, 0)).toBe('0 van de 0 (–)');
  });

  it('formatOf gives the same count and denominator without the share', () => {
    expect(formatOf(1234, 2000)).toBe('1.234 van de 2.000');
  });
});

describe('formatPartialDate', () => {
  it('writes a date only as precisely as it is given', () => {
    expect(formatPartialDate('2025-01-01')).toBe('1 januari 2025');
    expect(formatPartialDate('2014-12')).toBe('december 2014');
    expect(formatPartialDate('2024')).toBe('2024');
  });
});

describe('breakableCompounds', () => {
  it('puts a soft hyphen after the linking s of long compounds, nowhere else', () => {
    expect(breakableCompounds('Samenwerkingsverbanden')).toBe('Samenwerkings\u00adverbanden');
    expect(breakableCompounds('Toegankelijkheidsverklaring')).toBe('Toegankelijkheids\u00adverklaring');
    expect(breakableCompounds('landschapsontwikkelingsperspectief')).toBe('landschaps\u00adontwikkelings\u00adperspectief');
    expect(breakableCompounds('Hoogwaterbeschermingsprogramma')).toBe('Hoogwaterbeschermings\u00adprogramma');
    // Short words and words without a joint stay as they are; the text around them too.
    expect(breakableCompounds('Gedeelde samenwerkingen, Wonen')).toBe('Gedeelde samenwerkingen, Wonen');
    expect(breakableCompounds('Arbeidsmarktregio Friesland')).toBe('Arbeidsmarktregio Friesland');
  });
});
