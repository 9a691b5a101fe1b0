import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset.ts';
import { checkReport, findingKind, formatCheckReport, location } from './check.ts';

const finding = (row: number, value: string) => ({
  severity: 'error' as const,
  file: 'samenwerkingen.csv',
  row,
  column: 'gemeenten',
  value,
  message: `Onbekende gemeente '${value}'; de gemeente is weggelaten.`,
  hint: 'Schrijf de CBS-naam.',
});

const dataset: Dataset = {
  source: 'invoer',
  cooperations: [],
  goals: [],
  nationalRegions: [],
  nationalPolicies: [],
  commuting: null,
  sheets: [
    { sheet: 'samenwerkingen', file: 'samenwerkingen.csv', present: true, rowsRead: 3, rowsAccepted: 2, rowsRejected: 1 },
    { sheet: 'pendel', file: 'pendel.csv', present: false, rowsRead: 0, rowsAccepted: 0, rowsRejected: 0 },
  ],
  findings: [finding(2, 'Amsterdm'), finding(3, 'Rotterdm'), { severity: 'info', file: 'pendel.csv', row: null, column: null, value: null, message: "Het optionele blad 'pendel' ontbreekt.", hint: null }],
};

describe('check report', () => {
  it('groups findings by kind (quoted values and numbers blanked)', () => {
    expect(findingKind("Onbekende gemeente 'X' in rij 12")).toBe("Onbekende gemeente '…' in rij N");
    expect(location(finding(2, 'A'))).toBe('samenwerkingen.csv:2:gemeenten');
    expect(location(dataset.findings[2])).toBe('pendel.csv');
  });

  it('prints the table, grouped errors with location, value and hint, and the verdict', () => {
    const text = formatCheckReport(checkReport(dataset, 342), 'invoer');
    expect(text).toContain('Referentie: 342 gemeenten');
    expect(text).toMatch(/samenwerkingen\s+samenwerkingen\.csv\s+3\s+2\s+1/);
    expect(text).toMatch(/pendel\s+\(ontbreekt\)/);
    expect(text).toContain("Onbekende gemeente '…'; de gemeente is weggelaten. (2×)");
    expect(text).toContain("samenwerkingen.csv:3:gemeenten — Onbekende gemeente 'Rotterdm'; de gemeente is weggelaten.  waarde: 'Rotterdm'");
    expect(text).toContain('Resultaat: 2 fout(en), 0 waarschuwing(en), 1 melding(en).');
    expect(text.indexOf('Fouten (2)')).toBeLessThan(text.indexOf('Informatie (1)'));
  });

  it('the JSON report carries reference size, sheets, counts and findings', () => {
    const report = checkReport(dataset, 342);
    expect(report.reference).toEqual({ municipalities: 342 });
    expect(report.counts).toMatchObject({ errors: 2, warnings: 0, info: 1, cooperations: 0, commutingFlows: null });
    expect(report.findings).toHaveLength(3);
  });
});
