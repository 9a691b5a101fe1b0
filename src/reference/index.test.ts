import { describe, expect, it } from 'vitest';
import { REFERENCE_DIVISIONS } from '../model/reference.ts';
import { loadReference, loadTopology, TOPOLOGY_LAYERS } from './index.ts';

const ref = loadReference();
const byName = (name: string) => {
  const m = ref.municipalities.find((x) => x.name === name);
  if (!m) throw new Error(`no ${name}`);
  return m;
};
const regionName = (name: string, division: (typeof REFERENCE_DIVISIONS)[number]) =>
  ref.regionNames[division][byName(name).regions[division]];

describe('loadReference', () => {
  it('holds the 342 municipalities of 2025, unique and sorted by code', () => {
    expect(ref.municipalities).toHaveLength(342);
    const codes = ref.municipalities.map((m) => m.code);
    expect(new Set(codes).size).toBe(342);
    expect([...codes].sort()).toEqual(codes);
    expect(codes.every((c) => /^GM\d{4}$/.test(c))).toBe(true);
    expect(ref.byCode.get('GM0363')?.name).toBe('Amsterdam');
  });

  it('gives every municipality exactly one existing region per division', () => {
    for (const m of ref.municipalities) {
      expect(Object.keys(m.regions).sort()).toEqual([...REFERENCE_DIVISIONS].sort());
      for (const d of REFERENCE_DIVISIONS) expect(ref.regionNames[d][m.regions[d]], `${m.code} ${d}`).toBeDefined();
      expect(m.province).toBe(ref.regionNames.provincie[m.regions.provincie]);
    }
  });

  it('counts the regions per division as in the CBS 2025 layers', () => {
    const counts = Object.fromEntries(REFERENCE_DIVISIONS.map((d) => [d, Object.keys(ref.regionNames[d]).length]));
    expect(counts).toEqual({ provincie: 12, res: 30, arbeidsmarktregio: 35, veiligheidsregio: 25, ggdregio: 25, jeugdregio: 42, corop: 40 });
  });

  it('places known municipalities correctly', () => {
    expect(byName('Amsterdam').province).toBe('Noord-Holland');
    expect(byName('Maastricht').province).toBe('Limburg');
    expect(regionName('Enschede', 'res')).toBe('Twente');
    expect(byName("'s-Gravenhage").province).toBe('Zuid-Holland');
    expect(byName('Súdwest-Fryslân').province).toBe('Fryslân');
    expect(regionName('Rotterdam', 'res')).toBe('Rotterdam/Den Haag');
    expect(regionName('Utrecht', 'res')).toBe('U16');
    // Vijfheerenlanden moved to the province of Utrecht in 2019 (Leerdam and Zederik were Zuid-Holland).
    expect(byName('Vijfheerenlanden').province).toBe('Utrecht');
    expect(byName('Texel').province).toBe('Noord-Holland');
    expect(regionName('Deventer', 'res')).toBe('West-Overijssel');
  });

  it('has the population of 1-1-2024 for every municipality (CBS national total 17,942,942)', () => {
    expect(ref.population.size).toBe(342);
    for (const m of ref.municipalities) expect(ref.population.has(m.code)).toBe(true);
    expect([...ref.population.values()].reduce((a, b) => a + b, 0)).toBe(17_942_942);
    expect(ref.population.get('GM0363')).toBe(931_298);
    expect(ref.population.get('GM0088')).toBe(972);
  });

  it('is cached', () => {
    expect(loadReference()).toBe(ref);
  });
});

describe('loadTopology', () => {
  const expected: Record<string, [string, number]> = {
    gemeente: ['gemeente_2025', 342],
    provincie: ['provincie_2025', 12],
    res: ['regionale_energiestrategie_2025', 30],
    arbeidsmarktregio: ['arbeidsmarktregio_2025', 35],
    veiligheidsregio: ['veiligheidsregio_2025', 25],
    ggdregio: ['ggdregio_2025', 25],
    jeugdregio: ['jeugdregio_2025', 42],
    corop: ['coropgebied_2025', 40],
  };
  it.each(TOPOLOGY_LAYERS)('%s: object name and feature count', (layer) => {
    const t = loadTopology(layer);
    const [object, count] = expected[layer];
    expect(t.type).toBe('Topology');
    const collection = t.objects[object] as { geometries: { id?: string | number }[] };
    expect(collection.geometries).toHaveLength(count);
    expect(loadTopology(layer)).toBe(t);
  });

  it('uses the statcode as geometry id', () => {
    const ids = (loadTopology('gemeente').objects.gemeente_2025 as { geometries: { id?: string | number }[] }).geometries.map((g) => g.id);
    expect(ids).toContain('GM0363');
    expect(new Set(ids)).toEqual(new Set(ref.municipalities.map((m) => m.code)));
  });
});
