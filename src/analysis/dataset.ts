/**
 * Dataset summary: what was read and accepted. Counts are over the accepted rows of the Dataset;
 * municipalitiesReferenced = distinct 2025 codes that are a member of at least one cooperation.
 */
import type { Dataset } from '../model/dataset.ts';
import type { Severity } from '../model/findings.ts';
import type { DatasetSummary } from './types.ts';
import { compareStrings } from './util.ts';

export function summariseDataset(dataset: Dataset): DatasetSummary {
  const referenced = new Set<string>();
  for (const c of dataset.cooperations) for (const code of c.municipalities) referenced.add(code);
  const findings: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of dataset.findings) findings[f.severity] += 1;
  return {
    source: dataset.source,
    cooperations: dataset.cooperations.length,
    spatial: dataset.cooperations.filter((c) => c.spatial).length,
    goals: dataset.goals.length,
    municipalitiesReferenced: referenced.size,
    nationalRegions: dataset.nationalRegions.length,
    nationalPolicies: dataset.nationalPolicies.length,
    commutingFlows: dataset.commuting === null ? null : dataset.commuting.length,
    findings,
    sheets: [...dataset.sheets]
      .sort((x, y) => compareStrings(x.sheet, y.sheet))
      .map((s) => ({ sheet: s.sheet, present: s.present, rowsRead: s.rowsRead, rowsAccepted: s.rowsAccepted, rowsRejected: s.rowsRejected })),
  };
}
