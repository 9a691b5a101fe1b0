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

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index ?? 0;
    const between = text.slice(previousEnd, start);
    const norm = normaliseWord(raw);
    if (norm === '') continue;
    tokens.push({
      raw,
      norm,
      stem: stem(norm),
      start,
      end: start + raw.length,
      capitalised: /^\p{Lu}/u.test(raw),
      sentenceStart: tokens.length === 0 || /[.!?:;]/.test(between),
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}
