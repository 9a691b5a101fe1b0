/** Id checks shared by the sheets whose ids name pages and files (see model/names.ts for the rules). */
import { identityKey } from '../model/fold.ts';
import { ID_HINT, idProblem } from '../model/names.ts';

/**
 * Ids already accepted, by identityKey: a new id that equals one of them except for case or accents
 * would be the same file name on Windows and macOS (and the same name to a reader).
 */
export class IdIdentities {
  /**
   * Accepted ids by identityKey. Most ids are their own key (lower-case ASCII): then only the row
   * is stored, under the id string itself, so a million ids cost no extra strings or objects.
   */
  private readonly byKey = new Map<string, number | { id: string; row: number }>();

  /** Why `id` cannot be accepted (invalid, or a case/accent twin of an earlier id), or null. */
  problem(id: string, what: string): { message: string; hint: string } | null {
    const invalid = idProblem(id);
    if (invalid) return { message: `Ongeldige id '${id}': ${invalid}; de rij is afgewezen.`, hint: ID_HINT };
    const key = identityKey(id);
    const entry = this.byKey.get(key);
    if (entry === undefined) return null;
    const twin = typeof entry === 'number' ? { id: key, row: entry } : entry;
    if (twin.id === id) return null;
    return {
      message: `De id '${id}' verschilt alleen in hoofdletters of accenten van '${twin.id}' in rij ${twin.row}; op Windows en macOS worden dat dezelfde bestandsnaam. De rij is afgewezen.`,
      hint: `Geef elke ${what} een id die ook zonder hoofdletters en accenten verschilt, of gebruik dezelfde schrijfwijze als in rij ${twin.row}.`,
    };
  }

  add(id: string, row: number): void {
    const key = identityKey(id);
    if (this.byKey.has(key)) return;
    this.byKey.set(key === id ? id : key, key === id ? row : { id, row });
  }
}
