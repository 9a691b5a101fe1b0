/**
 * Pure parts of the map islands: the Kaart 1 hit-test grid and threshold cut, and the Kaart 2
 * filter rule. Coordinates are small hand-made cases whose answers follow from plane geometry.
 */
import { describe, expect, it } from 'vitest';
import { EdgeIndex, segmentDistance2, visiblePairs, type EdgeData } from '../src/site/client/canvas-edges.ts';
import { matches } from '../src/site/client/map-filter.ts';
import { readState, withState } from '../src/site/client/url-state.ts';
import { addLine, clipSegment, densityOf, densityToRgba } from '../src/site/client/canvas-raster.ts';

// Four points on a 200×200 map: A(10,10) B(190,10) C(10,190) D(190,190).
// Pairs (sorted by shared): A–D (diagonal, 1), A–B (top, 2), C–D (bottom, 4), B–D (right, 4).
const data: EdgeData = {
  threshold: 1,
  max: 4,
  canvasAbove: 1500,
  codes: ['A', 'B', 'C', 'D'],
  names: ['A', 'B', 'C', 'D'],
  xy: [10, 10, 190, 10, 10, 190, 190, 190],
  pairs: [0, 3, 1, 0, 1, 2, 2, 3, 4, 1, 3, 4],
  communityFill: {},
  communityNames: {},
  descriptions: [],
  captions: [],
  columns: [],
};

describe('visiblePairs(data, threshold)', () => {
  it('returns the suffix of pairs with shared ≥ threshold', () => {
    expect(visiblePairs(data, 1)).toEqual([0, 1, 2, 3]);
    expect(visiblePairs(data, 2)).toEqual([1, 2, 3]);
    expect(visiblePairs(data, 3)).toEqual([2, 3]);
    expect(visiblePairs(data, 5)).toEqual([]);
  });
});

describe('segmentDistance2(p, segment)', () => {
  it('is the squared distance to the nearest point of the segment, endpoints included', () => {
    expect(segmentDistance2(5, 3, 0, 0, 10, 0)).toBe(9); // perpendicular foot (5,0)
    expect(segmentDistance2(13, 4, 0, 0, 10, 0)).toBe(25); // beyond the end: to (10,0) = 3² + 4²
    expect(segmentDistance2(1, 1, 2, 2, 2, 2)).toBe(2); // degenerate segment
  });
});

describe('EdgeIndex.nearest(x, y, tolerance)', () => {
  const all = new EdgeIndex(data, 200, 200, visiblePairs(data, 1));

  it('finds the line under the pointer', () => {
    expect(all.nearest(100, 12, 5)).toBe(1); // 2 units below the top line A–B
    expect(all.nearest(100, 100, 5)).toBe(0); // on the diagonal A–D
    expect(all.nearest(188, 60, 5)).toBe(3); // 2 units left of B–D
  });

  it('returns -1 when no line is within tolerance', () => {
    expect(all.nearest(60, 140, 5)).toBe(-1); // diagonal is (80/√2 ≈ 56.6) away, borders further
  });

  it('only knows the lines visible at its threshold', () => {
    const strong = new EdgeIndex(data, 200, 200, visiblePairs(data, 3));
    expect(strong.nearest(100, 100, 5)).toBe(-1); // the diagonal (shared 1) is hidden
    expect(strong.nearest(100, 188, 5)).toBe(2);
  });

  it('prefers the stronger line when two are equally near', () => {
    // Distance first: A–B passes through (12,10); the diagonal y = x is 2/√2 ≈ 1.41 away.
    expect(all.nearest(12, 10, 5)).toBe(1);
    const tie: EdgeData = { ...data, xy: [0, 0, 100, 0, 0, 0, 100, 0], pairs: [0, 1, 1, 2, 3, 3] };
    const idx = new EdgeIndex(tie, 200, 200, [0, 1]);
    expect(idx.nearest(50, 2, 5)).toBe(1); // identical segments: the one with shared 3
  });
});

describe('matches(attribute, filters) — the Kaart 2 filter rule', () => {
  const el: Record<string, string> = {
    'data-themes': 'Wonen|Water en bodem',
    'data-provinces': 'Utrecht|Zuid-Holland',
    'data-legal-form': 'WGR',
    'data-typology': 'BESTUURLIJK',
  };
  const get = (n: string) => el[n] ?? null;

  it('matches when every chosen filter matches (lists by membership, others by equality)', () => {
    expect(matches(get, {})).toBe(true);
    expect(matches(get, { themes: 'Water en bodem' })).toBe(true);
    expect(matches(get, { themes: 'Water' })).toBe(false); // whole names only
    expect(matches(get, { provinces: 'Utrecht', 'legal-form': 'WGR' })).toBe(true);
    expect(matches(get, { provinces: 'Utrecht', 'legal-form': 'PRIVAAT' })).toBe(false);
    expect(matches(get, { typology: 'ECONOMISCH' })).toBe(false);
    expect(matches(() => null, { themes: 'Wonen' })).toBe(false);
  });
});

describe('canvas-raster: the software line rasteriser of the dense Kaart 1 layer', () => {
  it('clipSegment cuts a segment to the canvas and drops one outside it', () => {
    expect(clipSegment(-10, 5, 10, 5, 20, 20)).toEqual([0, 5, 10, 5]);
    expect(clipSegment(-10, -5, -1, -1, 20, 20)).toBeNull();
  });

  it('a horizontal 1-pixel line through pixel centres fills exactly the pixels it runs through', () => {
    const acc = new Float32Array(20 * 20);
    addLine(acc, 20, 20, 2, 5.5, 8, 5.5, 1, 0.5);
    // Row 5 (span 5.0–6.0), columns 2..7 (x from 2 to 8): six pixels of 0.5 each, nothing else.
    const filled = [...acc.keys()].filter((i) => acc[i] > 0);
    expect(filled).toEqual([102, 103, 104, 105, 106, 107]);
    for (const i of filled) expect(acc[i]).toBeCloseTo(0.5, 6);
  });

  it('conserves ink: total density = length × width × density for a line inside the canvas', () => {
    const acc = new Float32Array(40 * 40);
    addLine(acc, 40, 40, 2.3, 3.1, 15.7, 21.9, 2, 0.25); // steep line, so rows are the major axis
    const total = acc.reduce((s, v) => s + v, 0);
    expect(total).toBeCloseTo(Math.hypot(15.7 - 2.3, 21.9 - 3.1) * 2 * 0.25, 3);
  });

  it('density → alpha equals compositing each line on its own: two 50% lines give 75%', () => {
    const acc = new Float32Array([densityOf(0.5), 2 * densityOf(0.5), 0]);
    const rgba = new Uint8ClampedArray(12);
    densityToRgba(acc, rgba, [1, 2, 3]);
    expect([...rgba]).toEqual([1, 2, 3, 128, 1, 2, 3, 191, 0, 0, 0, 0]); // 255 × 0.5 = 127.5 → 128; 255 × 0.75 = 191.25
  });
});

describe('address state of the map views (url-state.ts)', () => {
  it('writes only non-default values, keeps other parameters and the fragment, in a fixed order', () => {
    expect(withState('http://h/kaart-2/?x=1#tabel', { thema: 'Wonen', provincie: '' })).toBe('/kaart-2/?x=1&thema=Wonen#tabel');
    expect(withState('http://h/kaart-2/?provincie=Utrecht&thema=Water', { thema: '', provincie: 'Fryslân' })).toBe('/kaart-2/?provincie=Frysl%C3%A2n');
    expect(withState('http://h/kaart-1/?drempel=3', { drempel: '', gemeenschappen: '' })).toBe('/kaart-1/');
  });
  it('reads what a submitted GET form gives (encoded, + for spaces)', () => {
    expect(readState(['thema', 'provincie', 'typologie'], '?thema=Economie+en+werk&provincie=Frysl%C3%A2n')).toEqual({ thema: 'Economie en werk', provincie: 'Fryslân', typologie: '' });
  });
});
