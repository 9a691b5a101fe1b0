/**
 * Tokeniser for goal texts: a token is a maximal run of letters/digits (so hyphens, slashes,
 * brackets and punctuation separate tokens: "Halfweg-Zwanenburg" → two tokens). Each token keeps its
 * raw form and offsets, its folded form (foldUnicodeWord in model/normalise.ts), its stem (stem.ts), whether it is
 * capitalised in the raw text, and whether it starts a sentence (first token, or after . ! ? : ;).
 */
import { foldUnicodeWord } from '../model/normalise.ts';
import { stem } from './stem.ts';

/**
 * Which word lists a token's word was tested against (`known`) and matched (`value`), one bit per
 * compiled list; lexicon.ts fills it. It lives here, beside Token, so the two modules do not import
 * each other.
 */
export interface LexMemo {
  known: number;
  value: number;
}

export interface Token {
  raw: string;
  norm: string;
  stem: string;
  start: number;
  end: number;
  capitalised: boolean;
  sentenceStart: boolean;
  /** Word-list memo attached by lexicon.ts (internal). */
  lex?: LexMemo;
}

/** The token pattern; wordSpans() below finds the same matches without a regular expression. */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const CAPITAL = /^\p{Lu}/u;

/** Character class of a code point: 1 letter (\p{L}), 2 number (\p{N}), 0 anything else. */
const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
const UNKNOWN = 255;
const bmpClass = new Uint8Array(0x10000).fill(UNKNOWN);
const astralClass = new Map<number, number>();
function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = bmpClass[cp];
    if (c === UNKNOWN) {
      const ch = String.fromCharCode(cp);
      c = LETTER.test(ch) ? 1 : NUMBER.test(ch) ? 2 : 0;
      bmpClass[cp] = c;
    }
    return c;
  }
  let c = astralClass.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = LETTER.test(ch) ? 1 : NUMBER.test(ch) ? 2 : 0;
    astralClass.set(cp, c);
  }
  return c;
}

/**
 * Start/end offsets of every match of WORD, in order: a maximal run of letters and digits, then
 * optionally an apostrophe (' or ’) followed by a maximal run of letters only. Code point by code
 * point, as the u-flag expression reads the text. src/text/tokenise.test.ts checks it against WORD.
 */
export function wordSpans(text: string): number[] {
  const spans: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = text.codePointAt(i)!;
    if (classOf(cp) === 0) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    do {
      i += cp > 0xffff ? 2 : 1;
      if (i >= n) break;
      cp = text.codePointAt(i)!;
    } while (classOf(cp) !== 0);
    const apostrophe = i < n ? text.charCodeAt(i) : 0;
    if ((apostrophe === 0x27 || apostrophe === 0x2019) && i + 1 < n) {
      let j = i + 1;
      let letter = text.codePointAt(j)!;
      if (classOf(letter) === 1) {
        do {
          j += letter > 0xffff ? 2 : 1;
          if (j >= n) break;
          letter = text.codePointAt(j)!;
        } while (classOf(letter) === 1);
        i = j;
      }
    }
    spans.push(start, i);
  }
  return spans;
}

/** What a token derives from its raw word alone, cached per distinct word (Dutch text repeats words). */
interface WordInfo {
  norm: string;
  stem: string;
  capitalised: boolean;
  /** Word-list memo shared by every token of this word (lexicon.ts fills it; it depends on norm and stem only). */
  lex: LexMemo;
}
const WORD_CACHE_LIMIT = 50_000;
const wordCache = new Map<string, WordInfo>();

function wordInfo(raw: string): WordInfo {
  let info = wordCache.get(raw);
  if (info === undefined) {
    const norm = foldUnicodeWord(raw);
    info = { norm, stem: norm === '' ? '' : stem(norm), capitalised: CAPITAL.test(raw), lex: { known: 0, value: 0 } };
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(raw, info);
  }
  return info;
}

/** Does text[from, to) contain a sentence end (. ! ? : ;)? */
function hasSentenceEnd(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59) return true;
  }
  return false;
}

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  const spans = wordSpans(text);
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k];
    const raw = text.slice(start, spans[k + 1]);
    const info = wordInfo(raw);
    if (info.norm === '') continue;
    tokens.push({
      raw,
      norm: info.norm,
      stem: info.stem,
      start,
      end: start + raw.length,
      capitalised: info.capitalised,
      sentenceStart: tokens.length === 0 || hasSentenceEnd(text, previousEnd, start),
      lex: info.lex,
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}

/** Index of the first "u" or "uw" (the reader spoken to: Kamervragen, letters to a minister), or -1. */
export function youIndex(tokens: readonly Token[]): number {
  return tokens.findIndex((t) => t.norm === 'u' || t.norm === 'uw');
}

/** Whether the text ends as a question, also when closing quotes or a bracket follow the question mark. */
export const endsAsQuestion = (text: string): boolean => /\?[\s"'”’»)]*$/.test(text);
