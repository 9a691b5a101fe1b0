import { describe, expect, it } from 'vitest';
import { analyseOrganisation } from './organisation.ts';
import { tinyDataset } from './__fixtures__/tiny.ts';

describe('analyseOrganisation', () => {
  // Spatial: c1 WGR (2 themes, 0 partners, 3 members), c2 OVERIG (2, 2, 2), c3 PRIVAAT (1, 2, 2), c4 OVERIG (1, 0, 4).
  // Not spatial: c5 (2 members), c6 (5 members).
  const org = analyseOrganisation(tinyDataset());

  it('gives legal-form shares and counts over spatial agendas', () => {
    expect(org.legalFormCounts).toEqual({ WGR: 1, PRIVAAT: 1, OVERIG: 2 });
    expect(org.legalFormShares).toEqual({ WGR: 0.25, PRIVAAT: 0.25, OVERIG: 0.5 }); // 1/4, 1/4, 2/4
  });

  it('gives per legal form the share with two or more themes', () => {
    // WGR: c1 → 1/1; PRIVAAT: c3 has 1 theme → 0/1; OVERIG: c2 yes, c4 no → 1/2.
    expect(org.multiThemeShareByLegalForm).toEqual({ WGR: 1, PRIVAAT: 0, OVERIG: 0.5 });
    expect(org.multiThemeCountByLegalForm).toEqual({ WGR: 1, PRIVAAT: 0, OVERIG: 1 });
  });

  it('gives the share with at least two non-government partners', () => {
    expect(org.shareWithTwoOrMoreNonGovernmentPartners).toBe(0.5); // c2, c3 → 2/4
    expect(org.withTwoOrMoreNonGovernmentPartners).toBe(2);
  });

  it('gives mean and median members, spatial and all', () => {
    // spatial sizes 3,2,2,4: mean 11/4 = 2.75; sorted 2,2,3,4 → median (2+3)/2 = 2.5
    // all sizes 3,2,2,4,2,5: mean 18/6 = 3; sorted 2,2,2,3,4,5 → median (2+3)/2 = 2.5
    expect(org.members).toEqual({ spatial: { mean: 2.75, median: 2.5 }, all: { mean: 3, median: 2.5 } });
  });

  it('returns zeros, not NaN, for a dataset without spatial agendas', () => {
    const r = analyseOrganisation(tinyDataset({ cooperations: [] }));
    expect(r.legalFormShares).toEqual({ WGR: 0, PRIVAAT: 0, OVERIG: 0 });
    expect(r.members.spatial).toEqual({ mean: 0, median: 0 });
  });
});
