/**
 * Organisation (figure 3), over spatial agendas unless stated: share per legal form; per legal form
 * the number and share of its agendas with ≥2 themes; the share of agendas with ≥2 non-government partners;
 * mean and median number of member municipalities for spatial agendas and for all cooperations.
 */
import type { Dataset } from '../model/dataset.ts';
import { LEGAL_FORMS, type LegalForm } from '../model/enums.ts';
import type { LegalFormRecord, Organisation } from './types.ts';
import { themesOf } from './themes.ts';
import { mean, median, share } from './util.ts';

function zeroByForm(): LegalFormRecord {
  return Object.fromEntries(LEGAL_FORMS.map((f) => [f, 0])) as Record<LegalForm, number>;
}

export function analyseOrganisation(dataset: Dataset): Organisation {
  const spatial = dataset.cooperations.filter((c) => c.spatial);
  const legalFormCounts = zeroByForm();
  const multiThemeCounts = zeroByForm();
  let twoOrMorePartners = 0;
  for (const c of spatial) {
    legalFormCounts[c.legalForm] += 1;
    if (themesOf(c).length >= 2) multiThemeCounts[c.legalForm] += 1;
    if (new Set(c.partners).size >= 2) twoOrMorePartners += 1;
  }
  const legalFormShares = zeroByForm();
  const multiThemeShareByLegalForm = zeroByForm();
  for (const f of LEGAL_FORMS) {
    legalFormShares[f] = share(legalFormCounts[f], spatial.length);
    multiThemeShareByLegalForm[f] = share(multiThemeCounts[f], legalFormCounts[f]);
  }
  const size = (c: { municipalities: string[] }) => new Set(c.municipalities).size;
  const spatialSizes = spatial.map(size);
  const allSizes = dataset.cooperations.map(size);
  return {
    legalFormShares,
    legalFormCounts,
    multiThemeShareByLegalForm,
    multiThemeCountByLegalForm: multiThemeCounts,
    withTwoOrMoreNonGovernmentPartners: twoOrMorePartners,
    shareWithTwoOrMoreNonGovernmentPartners: share(twoOrMorePartners, spatial.length),
    members: {
      spatial: { mean: mean(spatialSizes), median: median(spatialSizes) },
      all: { mean: mean(allSizes), median: median(allSizes) },
    },
  };
}
