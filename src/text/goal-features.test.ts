import { describe, expect, it } from 'vitest';
import { analyseGoalText } from './goal-classifier.ts';
import { BASIC_FEATURES, featureValues, goalFeatureSet, goalFeatures } from './goal-features.ts';
import { loadGoalModel, predictProbabilities } from './goal-model.ts';

const featuresOf = (text: string, options: Partial<typeof BASIC_FEATURES>) => {
  const a = analyseGoalText(text);
  return goalFeatures(a.tokens, a.signals, a.classification.label, { ...BASIC_FEATURES, ...options }, a.places, text);
};

describe('goalFeatures', () => {
  it('adds character n-grams of 3 up to `chars` letters inside words of 4 letters or more, with word boundaries', () => {
    const f = featuresOf('Een stresstest', { chars: 4 });
    // "<stresstest>": 3-grams "<st", "est>"... and 4-grams "<str", "test", "est>"; no 5-grams.
    expect(f).toEqual(expect.arrayContaining(['c:<st', 'c:<str', 'c:test', 'c:est>', 'c:st>']));
    expect(f.some((x) => x.startsWith('c:') && x.length === 2 + 5)).toBe(false);
    // "een" has 3 letters: no n-grams of its own.
    expect(f.some((x) => x.startsWith('c:<ee'))).toBe(false);
    expect(featuresOf('Een stresstest', {}).some((x) => x.startsWith('c:'))).toBe(false);
  });

  it('marks the first word as written, and a bare first word (no ending, not a function word) as kaal', () => {
    const imperative = featuresOf('Zorg voor meer bussen', { start: true });
    expect(imperative).toContain('f:zorg');
    expect(imperative).toContain('f:kaal');
    // The infinitive shares the stem "zorg" but has an ending: not bare.
    const infinitive = featuresOf('Zorgen voor meer bussen', { start: true });
    expect(infinitive).toContain('f:zorgen');
    expect(infinitive).not.toContain('f:kaal');
    expect(featuresOf('De regio groeit', { start: true })).not.toContain('f:kaal');
  });

  it('adds stem pairs with one word between them as skip-bigrams', () => {
    // Stems: er, komt, een, visi ("visie" loses its -e).
    const f = featuresOf('Er komt een visie', { skip: true });
    expect(f).toEqual(expect.arrayContaining(['k:er_een', 'k:komt_visi']));
    expect(featuresOf('Er komt een visie', {}).some((x) => x.startsWith('k:'))).toBe(false);
  });
});

describe('the abstracted sentence', () => {
  it('replaces a recognised place by its weight, a number by GETAL and other content words by their ending, in n-grams up to `abstract`', () => {
    // "Alblasserwaard" is a region in the gazetteer (weight streek); "300" is a number; "nieuwe" ends in -e.
    const f = featuresOf('In de Alblasserwaard komt 300 hectare nieuwe natuur', { abstract: 2 });
    expect(f).toEqual(expect.arrayContaining(['a:PLEK-streek', 'a:de_PLEK-streek', 'a:PLEK-streek_komt', 'a:komt_GETAL', 'a:GETAL_W-e']));
    // Function words keep their form; with the lexical features on, they are not repeated as abstract unigrams.
    expect(f).not.toContain('a:komt');
    expect(f.some((x) => x.startsWith('a:') && x.split('_').length > 2)).toBe(false);
    expect(featuresOf('In de Alblasserwaard komt 300 hectare nieuwe natuur', {}).some((x) => x.startsWith('a:'))).toBe(false);
  });

  it('names another government, an asking verb and a noun with a place head by their role', () => {
    expect(featuresOf('Wij vragen het Rijk om geld', { abstract: 2 })).toEqual(expect.arrayContaining(['a:VRAAG', 'a:het_OVERHEID', 'a:OVERHEID_om']));
    // "-kavel" is a place head; "winkelkavel" is in no word list and not capitalised.
    expect(featuresOf('Wij verkopen een winkelkavel', { abstract: 2, placeWords: true })).toContain('a:een_PLEKWOORD');
    expect(featuresOf('Wij verkopen een winkelkavel', { abstract: 2 })).not.toContain('a:een_PLEKWOORD');
  });
});

describe('clause cues', () => {
  it('mark a question to "u", a modal with the infinitive at the end, a sentence-length bucket and "komt er"', () => {
    const question = featuresOf('Bent u bereid de subsidie beschikbaar te stellen?', { clause: true });
    expect(question).toEqual(expect.arrayContaining(['q:vraag', 'q:aanspreken', 'q:lengte-10', 'q:geen-plek']));
    expect(featuresOf('Het Rijk moet de A20 verbreden', { clause: true })).toEqual(expect.arrayContaining(['q:modaal-infinitief', 'q:onderwerp-overheid', 'q:overheid-vooraan']));
    expect(featuresOf('Er komt een visie', { clause: true })).toEqual(expect.arrayContaining(['q:komt-er', 'q:lengte-5']));
    expect(featuresOf('Er komt een visie', {}).some((x) => x.startsWith('q:'))).toBe(false);
  });
});

describe('addressee cues', () => {
  it('tell a government that is asked from one that acts itself, and mark the motion dictum and a bare infinitive', () => {
    const motion = featuresOf('Verzoekt de regering een onderzoek te doen naar de Nedersaksenlijn', { address: true });
    expect(motion).toEqual(expect.arrayContaining(['q:dictum', 'q:vraag-aan-overheid', 'q:proces-met-vraag', 'q:proces-met-adres']));
    expect(featuresOf('In gesprek gaan met het Rijk over de woondeal', { address: true })).toEqual(expect.arrayContaining(['q:in-gesprek', 'q:adres-met', 'q:proces-met-adres']));
    const acts = featuresOf('Het kabinet trekt 1,2 miljard uit voor woningbouw', { address: true });
    expect(acts).toContain('q:overheid-doet');
    expect(acts).not.toContain('q:vraag-aan-overheid');
    expect(featuresOf('Verbeteren van de bereikbaarheid', { address: true })).toContain('q:begin-infinitief');
    expect(featuresOf('Het onderzoek naar de Noordtak van de Betuwelijn te stoppen', { address: true })).not.toContain('q:te-infinitief-eind');
    expect(featuresOf('Onderzoek naar de Noordtak te stoppen', { address: true })).toContain('q:te-infinitief-eind');
    expect(featuresOf('Verzoekt de regering een onderzoek', {}).some((x) => x.startsWith('q:'))).toBe(false);
  });
});

describe('rule features', () => {
  it('are the signals and the rule class, only the signals, or none', () => {
    const text = 'Wij vragen het Rijk om geld';
    expect(featuresOf(text, {})).toEqual(expect.arrayContaining(['s:lobby', 'r:LOBBY']));
    expect(featuresOf(text, { rules: 'signals' })).toContain('s:lobby');
    expect(featuresOf(text, { rules: 'signals' })).not.toContain('r:LOBBY');
    expect(featuresOf(text, { rules: 'none' }).some((x) => x.startsWith('s:') || x.startsWith('r:'))).toBe(false);
  });
});

describe('featureValues', () => {
  it('gives character n-grams charScale / sqrt(their number) and every other feature 1', () => {
    // 4 n-grams, charScale 1: each 1 / sqrt(4) = 0.5.
    const values = featureValues(['c:<ab', 'c:abc', 'c:bc>', 'c:abc>', 'w:abc', 'r:ABSTRACT'], { ...BASIC_FEATURES, chars: 5, charScale: 1 });
    expect(Array.from(values)).toEqual([0.5, 0.5, 0.5, 0.5, 1, 1]);
    expect(Array.from(featureValues(['c:<ab', 'c:abc', 'c:bc>', 'c:abc>'], { ...BASIC_FEATURES, chars: 5, charScale: 2 }))).toEqual([1, 1, 1, 1]);
  });
});

describe('goalFeatureSet (the unsorted features prediction uses)', () => {
  it('holds exactly the sorted features, and the shipped model gives the same probabilities in either order', () => {
    const model = loadGoalModel();
    for (const text of ['Voor de bedrijventerreinen komt er een regionaal afwegingskader.', 'Verbreding van de A20 tussen Nieuwerkerk en Gouda.', 'Wij vragen het Rijk om middelen voor de Lelylijn.']) {
      const a = analyseGoalText(text);
      const set = goalFeatureSet(a.tokens, a.signals, a.classification.label, model.features, a.places, text);
      const sorted = goalFeatures(a.tokens, a.signals, a.classification.label, model.features, a.places, text);
      expect([...set].sort()).toEqual(sorted);
      const p = predictProbabilities(model, set);
      predictProbabilities(model, sorted).forEach((q, k) => expect(p[k]).toBeCloseTo(q, 12));
    }
  });
});
