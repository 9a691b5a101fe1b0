import { describe, expect, it } from 'vitest';
import type { CommutingMunicipality, CommutingResult, SelfContainmentSummary } from '../../analysis/commuting.ts';
import { selfContainmentText } from './commuting.ts';

const muni = (code: string, name: string, internal: number, outflow: number): CommutingMunicipality => ({
  code,
  name,
  province: 'Noordland',
  outflow,
  inflow: 0,
  internal,
  residentJobs: internal + outflow,
  workplaceJobs: internal,
  intensity: outflow,
  selfContainment: internal + outflow === 0 ? null : internal / (internal + outflow),
  selfContainmentArtefact: false,
  island: false,
  functionalRegion: 1,
  labourMarketArea: null,
});

const byCode = new Map(
  [muni('GM0001', 'Laagdorp', 100, 300), muni('GM0002', 'Hoogeiland', 900, 100), muni('GM0003', 'Middenstad', 700, 300), muni('GM0004', 'Leegveld', 0, 0), muni('GM0005', 'Stilwaard', 50, 0)].map((m) => [m.code, m]),
);

const summary: SelfContainmentSummary = {
  min: 0.25,
  minCode: 'GM0001',
  max: 0.9,
  maxCode: 'GM0002',
  median: 0.7,
  assessed: 3,
  municipalities: 5,
  artefacts: ['GM0005'],
  withoutResidentJobs: ['GM0004'],
  islandOutliers: [],
  mainlandMax: null,
  mainlandMaxCode: null,
};
const text = (sc: SelfContainmentSummary | null) => selfContainmentText({ selfContainment: sc } as CommutingResult, byCode);

describe('selfContainmentText', () => {
  it('gives the range with each end’s base and the number of municipalities assessed', () => {
    expect(text(summary)).toContain('loopt van 25% (Laagdorp: 100 van de 400) tot 90% (Hoogeiland: 900 van de 1.000); de mediaan is 70%, over 3 van de 5 gemeenten.');
  });

  it('names what could not be assessed and why', () => {
    expect(text(summary)).toContain('Niet te beoordelen: Stilwaard, waar geen enkele uitgaande stroom in de bron staat');
    expect(text(summary)).toContain('; Leegveld, waar geen baan van een inwoner in de gegevens staat.');
  });

  it('names islands at the top of the range and the highest outside the islands', () => {
    const t = text({ ...summary, islandOutliers: ['GM0002'], mainlandMax: 0.7, mainlandMaxCode: 'GM0003' });
    expect(t).toContain('Hoogeiland is een eiland zonder landgrens met een andere gemeente');
    expect(t).toContain('Buiten de eilanden is het hoogste aandeel 70% (Middenstad: 700 van de 1.000).');
    expect(text(summary)).not.toContain('landgrens');
  });

  it('says nothing without a summary', () => {
    expect(text(null)).toBe('');
  });
});
