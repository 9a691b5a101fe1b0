/** Id checks shared by the sheets whose ids name pages and files (see model/names.ts for the rules). */
import { identityKey } from '../model/fold.ts';
import { ID_HINT, idProblem } from '../model/names.ts';

/**
 * Ids already accepted, by identityKey: a new id that equals one of them except for case or accents
 * would be the same file name on Windows and macOS (and the same name to a reader).
 */
export class IdIdentities {
  private readonly byKey = new Map<string, { id: string; row: number }>();

  /** Why `id` cannot be accepted (invalid, or a case/accent twin of an earlier id), or null. */
  problem(id: string, what: string): { message: string; hint: string } | null {
    const invalid = idProblem(id);
    if (invalid) return { message: `Ongeldige id '${id}': ${invalid}; de rij is afgewezen.`, hint: ID_HINT };
    const twin = this.byKey.get(identityKey(id));
    if (twin && twin.id !== id) {
      return {
        message: `De id '${id}' verschilt alleen in hoofdletters of accenten van '${twin.id}' in rij ${twin.row}; op Windows en macOS worden dat dezelfde bestandsnaam. De rij is afgewezen.`,
        hint: `Geef elke ${what} een id die ook zonder hoofdletters en accenten verschilt, of gebruik dezelfde schrijfwijze als in rij ${twin.row}.`,
      };
    }
    return null;
  }

  add(id: string, row: number): void {
    const key = identityKey(id);
    if (!this.byKey.has(key)) this.byKey.set(key, { id, row });
  }
}
