import { describe, expect, it } from 'vitest';
import { foldCompact, foldToAsciiWords, foldUnicodeWord, foldUnicodeWords, foldWords, identityKey, slugify, stripDiacritics } from './normalise.ts';

// Every expected value below is worked out by hand from the function's rule, not by running it.
describe('text folding', () => {
  it('stripDiacritics removes accents only, keeping case and punctuation', () => {
    expect(stripDiacritics('Súdwest-Fryslân')).toBe('Sudwest-Fryslan');
    expect(stripDiacritics("Veenkoloniën, 's-Gravenhage!")).toBe("Veenkolonien, 's-Gravenhage!");
    // A ligature is split by the compatibility decomposition.
    expect(stripDiacritics('ﬁets')).toBe('fiets');
  });

  it('identityKey lowers case and removes accents, keeping every other character', () => {
    expect(identityKey('abc-1')).toBe('abc-1');
    expect(identityKey('Noordoostpolder-É')).toBe('noordoostpolder-e');
    expect(identityKey('Café_2')).toBe('cafe_2');
    expect(identityKey('CAFE_2')).toBe(identityKey('café_2'));
  });

  it('foldUnicodeWords keeps letters of any script as words, dropping apostrophes', () => {
    expect(foldUnicodeWords('Veenkoloniën, Zeeuws-Vlaanderen!')).toBe('veenkolonien zeeuws vlaanderen');
    expect(foldUnicodeWords('Duin Horst & Weide')).toBe('duin horst weide');
    expect(foldUnicodeWords("agenda's en d’Ouwe")).toBe('agendas en douwe');
    expect(foldUnicodeWords('Ελλάδα 2030')).toBe('ελλαδα 2030');
  });

  it('foldUnicodeWord folds one token with no separator left', () => {
    expect(foldUnicodeWord('Wonen')).toBe('wonen');
    expect(foldUnicodeWord("agenda's")).toBe('agendas');
    expect(foldUnicodeWord('Zuid-Holland.')).toBe('zuidholland');
    expect(foldUnicodeWord('Fryslân')).toBe('fryslan');
  });

  it('foldToAsciiWords keeps a–z and 0–9, every other run one space', () => {
    expect(foldToAsciiWords('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(foldToAsciiWords("'s-Hertogenbosch")).toBe('s hertogenbosch');
    expect(foldToAsciiWords('  Bergen (NH.) ')).toBe('bergen nh');
    expect(foldToAsciiWords('---')).toBe('');
  });

  it('foldWords is foldToAsciiWords with apostrophes removed instead of separating', () => {
    expect(foldWords("'s-Gravenhage")).toBe('s gravenhage');
    expect(foldWords('d’Ouwe Ree')).toBe('douwe ree');
    expect(foldWords('‘Water en Bodem’')).toBe('water en bodem');
    expect(foldWords('Agenda_jaar')).toBe('agenda jaar');
    // The same value twice (the cache) gives the same key.
    expect(foldWords('d’Ouwe Ree')).toBe('douwe ree');
  });

  it('foldCompact removes every separator', () => {
    for (const name of ["'s-Hertogenbosch", 's Hertogenbosch', 'S-HERTOGENBOSCH']) expect(foldCompact(name)).toBe('shertogenbosch');
    expect(foldCompact('Súdwest-Fryslân')).toBe('sudwestfryslan');
    expect(foldCompact('  Bergen (NH.) ')).toBe('bergennh');
  });

  it('slugify joins ASCII words with -', () => {
    expect(slugify('REGIO_DEAL')).toBe('regio-deal');
    expect(slugify('Water en bodem')).toBe('water-en-bodem');
    expect(slugify('Gebieden Fryslân')).toBe('gebieden-fryslan');
    expect(slugify('--Ede--')).toBe('ede');
    // region names the example's ids are made from (scripts/build-voorbeeld.ts)
    expect(slugify('Súdwest-Fryslân')).toBe('sudwest-fryslan');
    expect(slugify('Dienst Gezondheid & Jeugd ZHZ')).toBe('dienst-gezondheid-jeugd-zhz');
    expect(slugify('Midden IJssel / Oost Veluwe')).toBe('midden-ijssel-oost-veluwe');
    expect(slugify('---')).toBe('');
  });
});
