/** Id checks shared by the sheets whose ids name pages and files (see model/names.ts for the rules). */
import { identityKey } from '../model/normalise.ts';
import { ID_HINT, idProblem } from '../model/names.ts';

/**
 * Ids already accepted, by identityKey: a new id that equals one of them except for case or accents
 * would be the same file name on Windows and macOS (and the same name to a reader).
 *
 * Accepted ids are added only after problem() found none, so all accepted ids with one key are
 * spelled alike. Hence an id that is its own key (lower-case ASCII, nearly every id) only needs the
 * ids that are not (`folded`, few); and an id that is not its own key also asks whether its key was
 * accepted as an id itself — from the sheet's own index when it has one (`acceptedRow`: a million
 * cooperation ids then cost no second map), else from `own`.
 */
export class IdIdentities {
  /** Accepted ids that differ from their key (capitals, accents), by key: the first one. */
  private readonly folded = new Map<string, { id: string; row: number }>();
  /** Without `acceptedRow`: rows of the accepted ids that are their own key. */
  private readonly own: Map<string, number> | null;

  constructor(private readonly acceptedRow?: (id: string) => number | undefined) {
    this.own = acceptedRow ? null : new Map();
  }

  /** Why `id` cannot be accepted (invalid, or a case/accent twin of an earlier id), or null. */
  problem(id: string, what: string): { message: string; hint: string } | null {
    const invalid = idProblem(id);
    if (invalid) return { message: `Ongeldige id '${id}': ${invalid}; de rij is afgewezen.`, hint: ID_HINT };
    const twin = this.twin(id, identityKey(id));
    if (twin === null) return null;
    return {
      message: `De id '${id}' verschilt alleen in hoofdletters of accenten van '${twin.id}' in rij ${twin.row}; op Windows en macOS worden dat dezelfde bestandsnaam. De rij is afgewezen.`,
      hint: `Geef elke ${what} een id die ook zonder hoofdletters en accenten verschilt, of gebruik dezelfde schrijfwijze als in rij ${twin.row}.`,
    };
  }

  /** The accepted id with the same key but another spelling, or null. */
  private twin(id: string, key: string): { id: string; row: number } | null {
    const folded = this.folded.get(key);
    if (folded !== undefined) return folded.id === id ? null : folded;
    if (key === id) return null;
    const row = this.acceptedRow ? this.acceptedRow(key) : this.own!.get(key);
    return row === undefined ? null : { id: key, row };
  }

  add(id: string, row: number): void {
    const key = identityKey(id);
    if (key !== id) {
      if (!this.folded.has(key)) this.folded.set(key, { id, row });
    } else if (this.own && !this.own.has(id)) {
      this.own.set(id, row);
    }
  }
}
