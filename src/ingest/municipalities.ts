/**
 * Resolves municipality names or GM codes in the input to 2025 codes with the reference matcher,
 * turning every non-exact match into a finding: variant spelling (info), former municipality with
 * one successor (warning, successor used), split former municipality, ambiguous or unknown name
 * (error, item left out of the list).
 */
import type { Reference } from '../reference/index.ts';
import { matchMunicipality } from '../reference/match.ts';
import type { FindingInput, FindingSink } from './sink.ts';

export interface Where {
  file: string;
  row: number;
  column: string;
}

export type Resolution =
  | { ok: true; codes: string[] }
  | { ok: false };

/** Name of a 2025 municipality for messages, e.g. "Bergen (NH.) (GM0373)". */
export function label(ref: Reference, code: string): string {
  const m = ref.byCode.get(code);
  return m ? `${m.name} (${code})` : code;
}

/** CBS StatLine writes "Groningen (gemeente)" to tell the municipality from the province. */
export function stripCbsSuffix(value: string): string {
  return value.replace(/\s*\((gemeente|gem\.?)\)\s*$/i, '').trim();
}

/**
 * Inputs that matched a 2025 name or code exactly, per reference: the same names repeat on every row
 * of a big sheet, and an exact match has no finding, so it needs no second lookup.
 */
const exactInputs = new WeakMap<Reference, Map<string, Resolution>>();
const EXACT_INPUTS_LIMIT = 10_000;

function knownExact(input: string, ref: Reference): Resolution | undefined {
  return exactInputs.get(ref)?.get(input);
}

function rememberExact(input: string, ref: Reference, res: Resolution): Resolution {
  let known = exactInputs.get(ref);
  if (!known) exactInputs.set(ref, (known = new Map()));
  if (known.size >= EXACT_INPUTS_LIMIT) known.clear();
  known.set(input, res);
  return res;
}

/** One shared, read-only resolution per code for exact matches (the bulk of every sheet). */
const exactResolutions = new Map<string, Resolution>();
function exactResolution(code: string): Resolution {
  let res = exactResolutions.get(code);
  if (res === undefined) {
    res = Object.freeze({ ok: true, codes: Object.freeze([code]) as string[] });
    exactResolutions.set(code, res);
  }
  return res;
}

/**
 * Resolves one name. `allowSplit` returns all successors of a split former municipality (for
 * commuting, which apportions flows); elsewhere a split is an error because the analyst must
 * choose. With `group`, findings are reported once per distinct value (big sheets).
 */
export function resolveMunicipality(
  input: string,
  ref: Reference,
  where: Where,
  sink: FindingSink,
  options: { allowSplit?: boolean; group?: boolean } = {},
): Resolution {
  const exact = knownExact(input, ref);
  if (exact) return exact;
  const coded = NAME_WITH_CODE.exec(input);
  if (coded) return resolveCoded(coded[1].trim(), coded[2].toUpperCase(), input, ref, where, sink);
  let match;
  try {
    match = matchMunicipality(input, ref);
  } catch (error) {
    sink.add({ severity: 'error', ...where, value: input, message: `Gemeente '${input}' kon niet worden opgezocht: ${(error as Error).message}`, hint: null });
    return { ok: false };
  }
  // The common case first, before allocating the reporting closure below.
  if (match.kind === 'exact') return rememberExact(input, ref, exactResolution(match.code));
  const report = (key: string, finding: FindingInput): void => {
    if (options.group) sink.addGrouped(`${where.file}|${key}|${input}`, finding);
    else sink.add(finding);
  };
  switch (match.kind) {
    case 'variant':
      // A variant spelling is information, not a problem: one finding per spelling, however many rows.
      sink.addGrouped(`${where.file}|${where.column}|variant|${input}`, {
        severity: 'info',
        ...where,
        value: input,
        message: `'${input}' is gelezen als '${label(ref, match.code)}'.`,
        hint: 'Schrijf bij voorkeur de CBS-naam (2025) of de GM-code.',
      });
      return { ok: true, codes: [match.code] };
    case 'former':
      return former(input, match, ref, where, report, options.allowSplit === true);
    case 'ambiguous': {
      const candidates = match.candidates.map((c) => `${c.name} ${c.code}`);
      report('ambiguous', {
        severity: 'error',
        ...where,
        value: input,
        message: `'${input}' is dubbelzinnig: ${joinOr(candidates)} — schrijf de code.`,
        hint: 'Schrijf de GM-code of de volledige CBS-naam; de gemeente is nu weggelaten.',
      });
      return { ok: false };
    }
    case 'unknown': {
      const suggestions = match.suggestions.slice(0, 3).map((s) => `'${s.name}' (${s.code})`);
      report('unknown', {
        severity: 'error',
        ...where,
        value: input,
        message: `Onbekende gemeente '${input}'; de gemeente is weggelaten.`,
        hint: suggestions.length > 0
          ? `Bedoelt u ${joinOr(suggestions)}? Schrijf de CBS-naam (2025) of de GM-code.`
          : 'Schrijf de CBS-naam (2025) of de GM-code, bijv. GM0363 voor Amsterdam.',
      });
      return { ok: false };
    }
  }
}

/**
 * A former municipality: one successor is used with a warning; a split one is apportioned where
 * that is allowed (commuting) and an error elsewhere (the analyst must choose).
 */
function former(
  input: string,
  match: Extract<ReturnType<typeof matchMunicipality>, { kind: 'former' }>,
  ref: Reference,
  where: Where,
  report: (key: string, finding: FindingInput) => void,
  allowSplit: boolean,
): Resolution {
  const successors = match.codes.map((c) => label(ref, c));
  const shown = /^GM\d{4}$/i.test(input.trim()) ? `'${input} (${match.formerName})'` : `'${input}'`;
  if (match.codes.length === 1) {
    report('former', {
      severity: 'warning',
      ...where,
      value: input,
      message: `${shown} bestaat sinds ${match.year} niet meer als gemeente; gelezen als opvolger '${successors[0]}'.`,
      hint: `Schrijf '${successors[0]}' als dat klopt.`,
    });
    return { ok: true, codes: match.codes };
  }
  if (allowSplit) {
    report('split', {
      severity: 'warning',
      ...where,
      value: input,
      message: `${shown} bestaat sinds ${match.year} niet meer en is verdeeld over '${successors.join(', ')}'; de aantallen zijn naar rato van het inwonertal verdeeld.`,
      hint: 'Gebruik bij voorkeur cijfers op de gemeentelijke indeling van 2025.',
    });
    return { ok: true, codes: match.codes };
  }
  report('split', {
    severity: 'error',
    ...where,
    value: input,
    message: `${shown} bestaat sinds ${match.year} niet meer en is verdeeld over '${successors.join(', ')}'; de gemeente is weggelaten.`,
    hint: 'Schrijf de opvolger(s) die bij deze samenwerking horen.',
  });
  return { ok: false };
}

/** "Bergen (GM0373)" or "Bergen GM0373": a name with its CBS code, as exports write it. */
const NAME_WITH_CODE = /^(.*\S)\s*[(\[]?\s*(GM\d{4})\s*[)\]]?$/i;

/**
 * A name with its code: the code decides (it survives renames and is never ambiguous); a name that
 * is not that municipality's is a warning, so a wrong code is noticed.
 */
function resolveCoded(name: string, code: string, input: string, ref: Reference, where: Where, sink: FindingSink): Resolution {
  const byCode = resolveMunicipality(code, ref, where, sink);
  if (!byCode.ok) return byCode;
  const byName = matchMunicipality(name, ref);
  const nameCodes = byName.kind === 'exact' || byName.kind === 'variant' ? [byName.code] : byName.kind === 'former' ? byName.codes : byName.kind === 'ambiguous' ? byName.candidates.map((c) => c.code) : [];
  const formerOfCode = ref.byCode.has(code) ? [] : byCode.codes;
  if (!nameCodes.some((c) => byCode.codes.includes(c) || formerOfCode.includes(c))) {
    sink.addGrouped(`${where.file}|${where.column}|coded|${input}`, {
      severity: 'warning',
      ...where,
      value: input,
      message: `'${input}': de naam '${name}' hoort niet bij ${code}; de code is gebruikt (${byCode.codes.map((c) => label(ref, c)).join(', ')}).`,
      hint: 'Controleer of de code of de naam klopt; de code gaat voor.',
    });
  }
  return byCode;
}

export function joinOr(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} of ${items[items.length - 1]}`;
}

/**
 * Resolves a `;`-list of names: valid items are kept (unique, sorted); a duplicate after
 * resolution is a warning; bad items are errors and left out (the row itself is kept).
 */
export function resolveMunicipalityList(
  items: string[],
  ref: Reference,
  where: Where,
  sink: FindingSink,
): string[] {
  const codes = new Set<string>();
  for (const item of items) {
    const res = resolveMunicipality(item, ref, where, sink);
    if (!res.ok) continue;
    for (const code of res.codes) {
      if (codes.has(code)) {
        sink.add({
          severity: 'warning',
          ...where,
          value: item,
          message: `'${label(ref, code)}' staat meer dan eens in de lijst; één keer geteld.`,
          hint: 'Verwijder de dubbele vermelding.',
        });
      }
      codes.add(code);
    }
  }
  return [...codes].sort();
}
