/**
 * Tokeniser for goal texts: a token is a maximal run of letters/digits (so hyphens, slashes,
 * brackets and punctuation separate tokens: "Halfweg-Zwanenburg" → two tokens). Each token keeps its
 * raw form and offsets, its normalised form (see normalise.ts), its stem (stem.ts), whether it is
 * capitalised in the raw text, and whether it starts a sentence (first token, or after . ! ? : ;).
 */
import { normaliseWord } from './normalise.ts';
import { stem } from './stem.ts';

export interface Token {
  raw: string;
  norm: string;
  stem: string;
  start: number;
  end: number;
  capitalised: boolean;
  sentenceStart: boolean;
  /** Word-list memo attached by lexicon.ts (internal). */
  lex?: import('./lexicon.ts').LexMemo;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const CAPITAL = /^\p{Lu}/u;

/** What a token derives from its raw word alone, cached per distinct word (Dutch text repeats words). */
interface WordInfo {
  norm: string;
  stem: string;
  capitalised: boolean;
  /** Word-list memo shared by every token of this word (lexicon.ts fills it; it depends on norm and stem only). */
  lex: import('./lexicon.ts').LexMemo;
}
const WORD_CACHE_LIMIT = 50_000;
const wordCache = new Map<string, WordInfo>();

function wordInfo(raw: string): WordInfo {
  let info = wordCache.get(raw);
  if (info === undefined) {
    const norm = normaliseWord(raw);
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
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const raw = match[0];
    const start = match.index;
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
