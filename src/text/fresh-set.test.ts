import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { GOAL_CLASSES } from '../model/enums.ts';
import { isTheme } from '../model/themes.ts';
import { GOAL_CORPUS_PATH, readGoalCorpus, sentenceKey } from './goal-corpus.ts';

// data/doelen/toets-vers.csv and toets-vers-2.csv to toets-vers-8.csv are one-time honest tests of the goal classifier:
// their value rests on being independent of everything the model was trained or tuned on (and of
// each other) and on their shape (every class present, no document dominating). These checks guard
// exactly that; nothing here scores the classifier on them.
const FRESH_PATH = fileURLToPath(new URL('../../data/doelen/toets-vers.csv', import.meta.url));
const READINGS_PATH = fileURLToPath(new URL('../../data/doelen/toets-vers-lezingen.csv', import.meta.url));
const FRESH2_PATH = fileURLToPath(new URL('../../data/doelen/toets-vers-2.csv', import.meta.url));
const FRESH3_PATH = fileURLToPath(new URL('../../data/doelen/toets-vers-3.csv', import.meta.url));
const FRESH4_PATH = fileURLToPath(new URL('../../data/doelen/toets-vers-4.csv', import.meta.url));
const FRESH5_PATH = fileURLToPath(new URL('../../data/doelen/toets-vers-5.csv', import.meta.url));
const FRESH6_PATH = fileURLToPath(new URL('../../data/doelen/toets-vers-6.csv', import.meta.url));
const FRESH7_PATH = fileURLToPath(new URL('../../data/doelen/toets-vers-7.csv', import.meta.url));
const FRESH8_PATH = fileURLToPath(new URL('../../data/doelen/toets-vers-8.csv', import.meta.url));
const COLUMNS = ['tekst', 'thema', 'label', 'toelichting', 'bron', 'url', 'document'];

const rawRows = (path: string) => parse(readFileSync(path, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
const fresh = rawRows(FRESH_PATH);
const readings = rawRows(READINGS_PATH);
const fresh2 = rawRows(FRESH2_PATH);
const readings2 = rawRows(fileURLToPath(new URL('../../data/doelen/toets-vers-2-lezingen.csv', import.meta.url)));
const fresh3 = rawRows(FRESH3_PATH);
const readings3 = rawRows(fileURLToPath(new URL('../../data/doelen/toets-vers-3-lezingen.csv', import.meta.url)));
const fresh4 = rawRows(FRESH4_PATH);
const readings4 = rawRows(fileURLToPath(new URL('../../data/doelen/toets-vers-4-lezingen.csv', import.meta.url)));
const fresh5 = rawRows(FRESH5_PATH);
const readings5 = rawRows(fileURLToPath(new URL('../../data/doelen/toets-vers-5-lezingen.csv', import.meta.url)));
const fresh6 = rawRows(FRESH6_PATH);
const readings6 = rawRows(fileURLToPath(new URL('../../data/doelen/toets-vers-6-lezingen.csv', import.meta.url)));
const fresh7 = rawRows(FRESH7_PATH);
const readings7 = rawRows(fileURLToPath(new URL('../../data/doelen/toets-vers-7-lezingen.csv', import.meta.url)));
const fresh8 = rawRows(FRESH8_PATH);
const readings8 = rawRows(fileURLToPath(new URL('../../data/doelen/toets-vers-8-lezingen.csv', import.meta.url)));
const labelled = rawRows(GOAL_CORPUS_PATH);

/** Same page at another address: scheme, "www.", letter case and a trailing slash do not count. */
const pageKey = (url: string) => {
  const u = new URL(url.trim());
  return `${u.hostname.toLowerCase().replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '').toLowerCase()}${u.search}`;
};

interface FreshSetShape {
  /** Earlier sets (rows with `tekst`, and `url`/`document` where they have them) that must not overlap. */
  earlier: Record<string, string>[][];
  maxPerDocument: number;
  /** The size the set was made to: the first four 220 goals, 70 documents, 45 of every class. */
  minimum?: { goals: number; documents: number; perClass: number };
}

const FULL_SIZE = { goals: 220, documents: 70, perClass: 45 };

/** The checks every fresh set has to pass, whatever round it was made in. */
function describeFreshSet(path: string, rows: Record<string, string>[], shape: FreshSetShape) {
  it('reads with the corpus reader and gives every row all columns, a valid label and a theme', () => {
    const goals = readGoalCorpus(path);
    expect(goals.length).toBe(rows.length);
    expect(Object.keys(rows[0])).toEqual(COLUMNS);
    for (const r of rows) {
      for (const k of COLUMNS) expect(r[k]?.trim(), `${k}: ${r.tekst}`).toBeTruthy();
      expect(GOAL_CLASSES as readonly string[]).toContain(r.label);
      expect(isTheme(r.thema), r.thema).toBe(true);
      expect(r.url).toMatch(/^https?:\/\//);
      expect(r.document).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('shares no document, address or sentence with the earlier sets', () => {
    const earlier = shape.earlier.flat();
    const documents = new Set(earlier.flatMap((r) => (r.document ? [r.document] : [])));
    const pages = new Set(earlier.flatMap((r) => (r.url ? [pageKey(r.url)] : [])));
    const texts = new Set(earlier.map((r) => sentenceKey(r.tekst)));
    expect(rows.filter((r) => documents.has(r.document)).map((r) => r.document)).toEqual([]);
    expect(rows.filter((r) => pages.has(pageKey(r.url))).map((r) => r.url)).toEqual([]);
    expect(rows.filter((r) => texts.has(sentenceKey(r.tekst))).map((r) => r.tekst)).toEqual([]);
  });

  const min = shape.minimum ?? FULL_SIZE;
  it(`has at least ${min.goals} goals from at least ${min.documents} documents, ${min.perClass} of every class, at most ${shape.maxPerDocument} per document`, () => {
    expect(rows.length).toBeGreaterThanOrEqual(min.goals);
    for (const c of GOAL_CLASSES) expect(rows.filter((r) => r.label === c).length, c).toBeGreaterThanOrEqual(min.perClass);
    const perDocument = new Map<string, number>();
    for (const r of rows) perDocument.set(r.document, (perDocument.get(r.document) ?? 0) + 1);
    expect(perDocument.size).toBeGreaterThanOrEqual(min.documents);
    expect([...perDocument].filter(([, n]) => n > shape.maxPerDocument)).toEqual([]);
  });

  it('keeps one address per document and quotes no sentence twice', () => {
    const addresses = new Map<string, Set<string>>();
    for (const r of rows) addresses.set(r.document, (addresses.get(r.document) ?? new Set()).add(pageKey(r.url)));
    expect([...addresses].filter(([, a]) => a.size > 1).map(([d]) => d)).toEqual([]);
    expect(new Set(rows.map((r) => sentenceKey(r.tekst))).size).toBe(rows.length);
  });

  it('names the two classes of every borderline case, one of them the label', () => {
    for (const r of rows.filter((row) => row.toelichting.startsWith('grensgeval'))) {
      const m = /^grensgeval: (LOCATIE|LOBBY|PROCES|ABSTRACT) of (LOCATIE|LOBBY|PROCES|ABSTRACT); /.exec(r.toelichting);
      expect(m, r.toelichting).not.toBeNull();
      expect([m?.[1], m?.[2]], r.tekst).toContain(r.label);
    }
  });
}

/** Both blind readings of a set are kept; the set must be exactly what they ended on. */
function describeReadings(rows: Record<string, string>[], readings: Record<string, string>[]) {
  it('accounts for every sentence of both readings: kept with the agreed or decided label, or dropped as no goal', () => {
    const kept = readings.filter((r) => r.uitkomst.startsWith('in de set: '));
    const dropped = readings.filter((r) => r.uitkomst === 'vervallen: geen doel volgens de tweede lezer');
    expect(kept.length + dropped.length).toBe(readings.length);
    expect(dropped.every((r) => r.doel_lezer2 === 'nee')).toBe(true);
    expect(kept.every((r) => r.doel_lezer2 === 'ja')).toBe(true);
    // The set is exactly the kept sentences, in the same order, with the label the readings ended on.
    expect(rows.map((r) => [r.tekst, r.label])).toEqual(kept.map((r) => [r.tekst, r.uitkomst.slice('in de set: '.length)]));
    for (const [i, r] of kept.entries()) {
      const decided = rows[i].toelichting.startsWith('na tweede lezing: ');
      // Where the readers agreed the label is theirs; only a disagreement was decided by a third reader.
      expect(decided, r.tekst).toBe(r.lezer1 !== r.lezer2);
      if (!decided) expect(rows[i].label).toBe(r.lezer1);
    }
  });
}

describe('fresh evaluation set (data/doelen/toets-vers.csv)', () => {
  describeFreshSet(FRESH_PATH, fresh, { earlier: [labelled], maxPerDocument: 6 });
  describeReadings(fresh, readings);
});

describe('second fresh evaluation set (data/doelen/toets-vers-2.csv)', () => {
  // The readings also hold the sentences dropped from toets-vers.csv as no goal: none may come back.
  describeFreshSet(FRESH2_PATH, fresh2, { earlier: [labelled, fresh, readings], maxPerDocument: 5 });
  describeReadings(fresh2, readings2);
});

describe('third fresh evaluation set (data/doelen/toets-vers-3.csv)', () => {
  // Both earlier sets and both readings files (with the sentences they dropped as no goal) must stay out.
  describeFreshSet(FRESH3_PATH, fresh3, { earlier: [labelled, fresh, readings, fresh2, readings2], maxPerDocument: 5 });
  describeReadings(fresh3, readings3);
});

describe('fourth fresh evaluation set (data/doelen/toets-vers-4.csv)', () => {
  // All three earlier sets and all three readings files (with the sentences they dropped as no goal) must stay out.
  describeFreshSet(FRESH4_PATH, fresh4, {
    earlier: [labelled, fresh, readings, fresh2, readings2, fresh3, readings3],
    maxPerDocument: 5,
  });
  describeReadings(fresh4, readings4);
});

describe('fifth fresh evaluation set (data/doelen/toets-vers-5.csv)', () => {
  // Made in less time than the others: smaller, and LOCATIE, LOBBY and PROCES thinner (data/doelen/README.md).
  describeFreshSet(FRESH5_PATH, fresh5, {
    earlier: [labelled, fresh, readings, fresh2, readings2, fresh3, readings3, fresh4, readings4],
    maxPerDocument: 5,
    minimum: { goals: 180, documents: 60, perClass: 25 },
  });
  describeReadings(fresh5, readings5);
});

describe('sixth fresh evaluation set (data/doelen/toets-vers-6.csv)', () => {
  // Two collectors (north and east with national programmes; south and west), each with its own blind second reader.
  describeFreshSet(FRESH6_PATH, fresh6, {
    earlier: [labelled, fresh, readings, fresh2, readings2, fresh3, readings3, fresh4, readings4, fresh5, readings5],
    maxPerDocument: 4,
    minimum: { goals: 250, documents: 100, perClass: 45 },
  });
  describeReadings(fresh6, readings6);
});

describe('seventh fresh evaluation set (data/doelen/toets-vers-7.csv)', () => {
  // Two collectors again, this time the first goal sentences of each passage in reading order.
  describeFreshSet(FRESH7_PATH, fresh7, {
    earlier: [labelled, fresh, readings, fresh2, readings2, fresh3, readings3, fresh4, readings4, fresh5, readings5, fresh6, readings6],
    maxPerDocument: 4,
    minimum: { goals: 400, documents: 120, perClass: 60 },
  });
  describeReadings(fresh7, readings7);
});

describe('eighth fresh evaluation set (data/doelen/toets-vers-8.csv)', () => {
  // Reading order as in the seventh set, split by kind of source (news and council papers; agendas and programmes);
  // LOBBY is thin (data/doelen/README.md).
  describeFreshSet(FRESH8_PATH, fresh8, {
    earlier: [labelled, fresh, readings, fresh2, readings2, fresh3, readings3, fresh4, readings4, fresh5, readings5, fresh6, readings6, fresh7, readings7],
    maxPerDocument: 4,
    minimum: { goals: 280, documents: 95, perClass: 25 },
  });
  describeReadings(fresh8, readings8);
});
