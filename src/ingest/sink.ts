/**
 * Collects findings in the order they are found. Repetitive findings on big sheets (the same
 * unknown name in thousands of commuting rows) can be grouped: one finding per key, first row kept,
 * with the number of rows added to the hint.
 */
import type { Finding, Severity } from '../model/findings.ts';
import { shorten } from './cells.ts';

export interface FindingInput {
  severity: Severity;
  file: string;
  row?: number | null;
  column?: string | null;
  value?: string | null;
  message: string;
  hint?: string | null;
}

interface Group {
  finding: Finding;
  count: number;
  index: number;
}

export class FindingSink {
  readonly findings: Finding[] = [];
  private groups = new Map<string, Group>();

  add(input: FindingInput): void {
    this.findings.push(toFinding(input));
  }

  private captured: string[] | null = null;

  /** Runs `fn` and returns the group keys it touched, so a cached result can bump them later. */
  capture<T>(fn: () => T): { result: T; keys: string[] } {
    const outer = this.captured;
    this.captured = [];
    try {
      const result = fn();
      return { result, keys: this.captured };
    } finally {
      this.captured = outer;
    }
  }

  /** Counts one more occurrence of an existing group. */
  bump(key: string): void {
    const group = this.groups.get(key);
    if (group) group.count += 1;
  }

  /** Adds the finding once per key; later occurrences only raise the count shown in the hint. */
  addGrouped(key: string, input: FindingInput): void {
    this.captured?.push(key);
    const group = this.groups.get(key);
    if (group) {
      group.count += 1;
      return;
    }
    const finding = toFinding(input);
    this.groups.set(key, { finding, count: 1, index: this.findings.length });
    this.findings.push(finding);
  }

  /** Writes the row counts of grouped findings into their hints; call once at the end of a sheet. */
  flushGroups(): void {
    for (const group of this.groups.values()) {
      if (group.count > 1) {
        const extra = `Komt voor in ${group.count} rijen; alleen de eerste is genoemd.`;
        group.finding.hint = group.finding.hint ? `${group.finding.hint} ${extra}` : extra;
      }
    }
    this.groups.clear();
  }

  hasErrors(): boolean {
    return this.findings.some((f) => f.severity === 'error');
  }
}

/** Longest message or hint kept; a value quoted inside one is shortened first. */
const MAX_TEXT = 1_000;
const LONG_QUOTED = /'([^']{121,})'/g;

/**
 * Values reach findings through `value`, `column` and quoted inside the message ('…'): each is
 * shortened (a 1.7 MB cell must not become a 1.7 MB finding), and what is left is capped.
 */
function shortText(text: string): string {
  if (text.length <= 120) return text;
  const inner = text.replace(LONG_QUOTED, (_, quoted: string) => `'${shorten(quoted)}'`);
  return shorten(inner, MAX_TEXT);
}

function toFinding(input: FindingInput): Finding {
  return {
    severity: input.severity,
    file: input.file,
    row: input.row ?? null,
    column: input.column == null ? null : shorten(input.column),
    value: input.value == null ? null : shorten(input.value),
    message: shortText(input.message),
    hint: input.hint == null ? null : shortText(input.hint),
  };
}
