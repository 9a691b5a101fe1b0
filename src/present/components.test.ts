import { describe, expect, it } from 'vitest';
import { goalKindLabel } from './components.ts';

describe('goalKindLabel', () => {
  it('names a certain goal by its class', () => {
    expect(goalKindLabel({ label: 'LOCATIE', uncertain: false, confidence: 0.9 })).toBe('Locatiekeuze');
  });
  it('shows an uncertain goal as onzeker, with the leaning class and the rounded confidence', () => {
    // 0.436 → 44 %: a reader sees it is not a firm classification.
    expect(goalKindLabel({ label: 'ABSTRACT', uncertain: true, confidence: 0.436 })).toBe('Onzeker (eerder algemene ambitie, zekerheid 44%)');
  });
});
