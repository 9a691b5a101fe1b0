import { describe, expect, it } from 'vitest';
import { AREA_PALETTE, colourDifference, contrastRatio, cielab, LAND, NETWORK_PALETTE, relativeLuminance, SEQUENTIAL, sequentialScale } from './colors.ts';
import { INTENSITY_BREAKS, intensityMap } from './commuting.ts';

describe('colour arithmetic', () => {
  it('contrast ratio follows WCAG 2.1: black/white 21, #777777 on white 4.48, symmetric', () => {
    // White L = 1, black L = 0 → (1 + 0.05) / (0 + 0.05) = 21.
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 6);
    // #777777: channel 0.4667 → ((0.4667 + 0.055) / 1.055)^2.4 = 0.1845 → (1.05) / (0.2345) = 4.48.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBe(contrastRatio('#777777', '#ffffff'));
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
  });

  it('CIELAB matches the published sRGB values (red = 53.24, 80.09, 67.20)', () => {
    const [l, a, b] = cielab('#ff0000');
    expect(l).toBeCloseTo(53.24, 1);
    expect(a).toBeCloseTo(80.09, 1);
    expect(b).toBeCloseTo(67.2, 1);
    expect(colourDifference('#ffffff', '#000000')).toBeCloseTo(100, 1);
  });

  it('refuses something that is not #rrggbb', () => {
    expect(() => contrastRatio('red', '#000000')).toThrow(/#rrggbb/);
  });
});

describe('map colours (WCAG 1.4.11 non-text contrast)', () => {
  it('every network colour is ≥ 3:1 against the land, and any two are ≥ 25 apart in CIELAB', () => {
    for (const c of NETWORK_PALETTE) expect(contrastRatio(c, LAND), c).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < NETWORK_PALETTE.length; i++) {
      for (let j = i + 1; j < NETWORK_PALETTE.length; j++) {
        expect(colourDifference(NETWORK_PALETTE[i], NETWORK_PALETTE[j]), `${NETWORK_PALETTE[i]} / ${NETWORK_PALETTE[j]}`).toBeGreaterThanOrEqual(25);
      }
    }
  });

  it('the lowest sequential class is ≥ 3:1 against the land; each step ≥ 1.5:1 and ≥ 20 ΔE from the next, darker each time', () => {
    expect(contrastRatio(SEQUENTIAL[0], LAND)).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < SEQUENTIAL.length; i++) {
      expect(relativeLuminance(SEQUENTIAL[i])).toBeLessThan(relativeLuminance(SEQUENTIAL[i - 1]));
      expect(contrastRatio(SEQUENTIAL[i], SEQUENTIAL[i - 1]), `step ${i}`).toBeGreaterThanOrEqual(1.5);
      expect(colourDifference(SEQUENTIAL[i], SEQUENTIAL[i - 1]), `step ${i}`).toBeGreaterThanOrEqual(20);
    }
  });

  it('sequentialScale(n) takes the lightest and darkest and spreads the rest; at most five classes', () => {
    expect(sequentialScale(1)).toEqual([SEQUENTIAL[0]]);
    expect(sequentialScale(3)).toEqual([SEQUENTIAL[0], SEQUENTIAL[2], SEQUENTIAL[4]]);
    expect(sequentialScale(5)).toEqual([...SEQUENTIAL]);
    expect(() => sequentialScale(6)).toThrow(RangeError);
  });

  it('the commuting intensity classes use the scale, so neighbouring classes are ≥ 1.5:1 apart', () => {
    expect(INTENSITY_BREAKS.length).toBeLessThanOrEqual(SEQUENTIAL.length);
    expect(typeof intensityMap).toBe('function');
  });

  it('community fills are light enough for the dark lines drawn over them (≥ 3:1 against the line ink)', () => {
    for (const c of AREA_PALETTE) expect(contrastRatio(c, '#1f2933'), c).toBeGreaterThanOrEqual(3);
  });
});
