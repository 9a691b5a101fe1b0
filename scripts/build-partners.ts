/**
 * Partners outside government count only when they are named organisations. The source table also
 * lists groups ("ondernemers", "maatschappelijke organisaties", "bedrijfsleven"); the rules in
 * data/source/correcties/partners.csv drop those (`generiek`) or keep only the organisation named in a
 * mixed entry (`naam`: "Bedrijfsleven en onderwijs via Smart Delta Drechtsteden" → "Smart Delta
 * Drechtsteden"). Every rule must match at least one entry, so a re-copied source cannot leave a rule
 * silently unused. The rules are listed in data/voorbeeld/README.md.
 */
import { parse } from 'csv-parse/sync';
import { cell } from './build-corrections.ts';

type Row = Record<string, string>;

export const PARTNER_RULE_COLUMNS = ['partner', 'actie', 'nieuw', 'toelichting'] as const;

export interface PartnerRule {
  partner: string;
  action: 'generiek' | 'naam';
  replacement: string;
  reason: string;
  line: number;
}

export function parsePartnerRules(text: string): PartnerRule[] {
  const records = parse(text, { bom: true, columns: false, skip_empty_lines: true }) as string[][];
  if ((records[0] ?? []).join(',') !== PARTNER_RULE_COLUMNS.join(',')) throw new Error(`partners.csv: unexpected header ${JSON.stringify(records[0])}`);
  const seen = new Set<string>();
  return records.slice(1).map((cells, i) => {
    const line = i + 2;
    const [partner, action, replacement, reason] = cells;
    if (cells.length !== 4) throw new Error(`partners.csv line ${line}: ${cells.length} cells`);
    if (action !== 'generiek' && action !== 'naam') throw new Error(`partners.csv line ${line}: unknown actie ${action}`);
    if ((action === 'naam') !== (replacement !== '')) throw new Error(`partners.csv line ${line}: nieuw is required for naam and empty for generiek`);
    if (reason.trim() === '') throw new Error(`partners.csv line ${line}: toelichting is required`);
    if (seen.has(partner)) throw new Error(`partners.csv line ${line}: ${partner} appears twice`);
    seen.add(partner);
    return { partner, action, replacement, reason, line };
  });
}

export interface PartnerResult {
  rows: Row[];
  /** Entries dropped as generic, and entries rewritten to the named organisation. */
  dropped: number;
  renamed: number;
}

/** Applies the rules to the `partners` list of every row (exact, case-sensitive match of an entry). */
export function applyPartnerRules(rows: Row[], rules: readonly PartnerRule[]): PartnerResult {
  const byPartner = new Map(rules.map((r) => [r.partner, r]));
  const used = new Set<string>();
  let dropped = 0;
  let renamed = 0;
  for (const row of rows) {
    if (row.partners === '') continue;
    const kept: string[] = [];
    for (const entry of row.partners.split(';')) {
      const rule = byPartner.get(entry);
      if (rule === undefined) {
        kept.push(entry);
        continue;
      }
      used.add(entry);
      if (rule.action === 'generiek') dropped++;
      else {
        renamed++;
        kept.push(rule.replacement);
      }
    }
    row.partners = [...new Set(kept)].join(';');
  }
  const unused = rules.filter((r) => !used.has(r.partner));
  if (unused.length > 0) throw new Error(`partners.csv line ${unused[0].line}: '${unused[0].partner}' matches no partner`);
  return { rows, dropped, renamed };
}

/** Markdown table of the rules (written into data/voorbeeld/README.md). */
export function partnerRulesTable(rules: readonly PartnerRule[]): string {
  const lines = ['| in de bron | wordt | toelichting |', '| --- | --- | --- |'];
  for (const r of rules) lines.push(`| ${cell(r.partner)} | ${r.action === 'generiek' ? 'weggelaten' : cell(r.replacement)} | ${cell(r.reason)} |`);
  return lines.join('\n');
}

export const PARTNERS_BEGIN = '<!-- partners:begin (gegenereerd door scripts/build-voorbeeld.ts uit data/source/correcties/partners.csv) -->';
export const PARTNERS_END = '<!-- partners:end -->';
