import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsAsQuestion, tokenise, WORD, wordSpans, youIndex } from './tokenise.ts';

/** Offsets of WORD's matches, the definition wordSpans must reproduce. */
function regexSpans(text: string): number[] {
  return [...text.matchAll(new RegExp(WORD.source, WORD.flags))].flatMap((m) => [m.index, m.index + m[0].length]);
}

describe('wordSpans', () => {
  it('splits on punctuation and keeps an apostrophe followed by letters', () => {
    // "Halfweg-Zwanenburg" is two words; "rock'n'roll" = "rock'n" + "roll"; "d'1" = "d" + "1".
    const text = "Halfweg-Zwanenburg rock'n'roll d'1 A20, Súdwest’s 𝐀𝐁 ٣";
    expect(regexSpans(text)).toEqual(wordSpans(text));
    expect(tokenise(text).map((t) => t.raw)).toEqual(['Halfweg', 'Zwanenburg', "rock'n", 'roll', 'd', '1', 'A20', 'Súdwest’s', '𝐀𝐁', '٣']);
  });

  it('finds exactly the matches of the regular expression on any text', () => {
    const pieces = fc.constantFrom('a', 'Z', 'é', 'ß', '1', '٣', '½', ' ', '-', "'", '’', '.', '😀', '𝐀', '\ud800', '\udc00', 'ǅ', '\u0301', 'x\u0301');
    fc.assert(
      fc.property(fc.oneof(fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ maxLength: 30 })), (text) => {
        expect(wordSpans(text)).toEqual(regexSpans(text));
      }),
      { numRuns: 5000, seed: 11 },
    );
  });
});

describe('endsAsQuestion and youIndex (one notion of a question put to the reader, for the rules and the model)', () => {
  it('sees a question mark at the end, also before closing quotes or a bracket', () => {
    expect(endsAsQuestion('Bent u bereid dit te doen?')).toBe(true);
    expect(endsAsQuestion('Hij vroeg: "Komt de brug er?" ')).toBe(true);
    expect(endsAsQuestion('(Wanneer begint de bouw?)')).toBe(true);
    expect(endsAsQuestion('Wat? Niets meer aan doen.')).toBe(false);
  });

  it('finds "u" or "uw" as a word, not inside another word', () => {
    expect(youIndex(tokenise('Deelt u de mening van de regio?'))).toBe(1);
    expect(youIndex(tokenise('Kunt uw ministerie dit bekijken?'))).toBe(1);
    expect(youIndex(tokenise('De uitvoering van de uiterwaarden'))).toBe(-1);
  });
});
