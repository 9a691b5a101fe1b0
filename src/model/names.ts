/**
 * Names that become parts of paths: cooperation ids (/samenwerkingen/<id>/, <id>.pdf) and national
 * division names (/nationaal-beleid/<slug>/). The reader validates them with these rules, the site
 * builds its paths with the same slug, so what `check` accepts is what the build can write.
 */
import { slugify } from './normalise.ts';

/** Page path segment of a national division ("REGIO_DEAL" → "regio-deal"). */
export function divisionSlug(division: string): string {
  return slugify(division);
}

/**
 * The site's own top-level folders: the sections of its navigation (present/layout.ts NAV) and the
 * pages and assets outside it. test/ingest-adversarial.test.ts builds a site and checks that every
 * folder it writes is listed here, so a new section cannot slip past `check`.
 */
export const SITE_SECTIONS: readonly string[] = [
  'verhaal',
  'kaart-1',
  'kaart-2',
  'themas',
  'kenmerken',
  'vergelijkbaarheid',
  'nationaal-beleid',
  'gebiedscategorieen',
  'dagelijks-stedelijk-systeem',
  'samenwerkingen',
  'gemeenten',
  'gespreksleidraad',
  'methode',
  'downloads',
  'zoeken',
  'vergelijk',
  'toegankelijkheid',
  'inbedden',
  'assets',
  '404',
];

/** What the site writes under /nationaal-beleid/ besides the division pages. */
const NATIONAL_FILES: readonly string[] = ['index', 'rijk-en-regio-per-thema'];

/**
 * Slugs no division may take: the files beside the division pages, and the names of the site's own
 * sections and pages (a division page /nationaal-beleid/downloads/ would read as the downloads page).
 */
export const RESERVED_DIVISION_SLUGS: readonly string[] = [...NATIONAL_FILES, ...SITE_SECTIONS, 'kaart', 'kaarten'];

/** Longest slug of a division: a path segment well under the 255-byte file name limit. */
export const MAX_DIVISION_SLUG = 80;

/**
 * Longest id, in characters and in UTF-8 bytes: a page folder or PDF name is the percent-encoded id
 * (3 characters per byte) plus at most 5 ("x.html"), so 80 bytes stay under 255 characters.
 */
export const MAX_ID_CHARS = 80;
export const MAX_ID_BYTES = 80;

/** Letters of any script, combining marks, digits, space and - _ . ( ) ' + , & */
const ID_CHARS = /^[\p{L}\p{M}\p{N} _.()'+,&-]+$/u;
const ID_CHARS_ALL = /^[\p{L}\p{M}\p{N} _.()'+,&-]*$/u;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** Why `id` cannot be used as an id (Dutch, for a finding), or null when it can. */
export function idProblem(id: string): string | null {
  if (id === '.' || id === '..') return `'${id}' verwijst naar een map en kan geen id zijn`;
  if (/[/\\]/.test(id)) return 'een id mag geen / of \\ bevatten (dat zijn mapscheidingstekens)';
  // The whole id at once first (one native test per id); the character is looked up only when needed.
  const bad = ID_CHARS_ALL.test(id) ? undefined : [...id].find((ch) => !ID_CHARS.test(ch));
  if (bad !== undefined) return `het teken ${describeChar(bad)} is niet toegestaan in een id`;
  if (id.startsWith('.')) return 'een id mag niet met een punt beginnen (dat wordt een verborgen bestand)';
  if (id.endsWith('.') || id.endsWith(' ')) return 'een id mag niet op een punt of spatie eindigen (Windows laat die weg)';
  if (WINDOWS_RESERVED.test(id)) return `'${id}' is een gereserveerde bestandsnaam in Windows`;
  // A code point is one or two UTF-16 units: only a long string needs counting.
  const chars = id.length <= MAX_ID_CHARS ? id.length : [...id].length;
  if (chars > MAX_ID_CHARS) return `de id is ${chars} tekens lang; maximaal ${MAX_ID_CHARS}`;
  const bytes = Buffer.byteLength(id, 'utf8');
  if (bytes > MAX_ID_BYTES) return `de id is te lang voor een bestandsnaam (${bytes} bytes; maximaal ${MAX_ID_BYTES}; een letter met accent telt als 2, een emoji als 4)`;
  return null;
}

/** Advice added to every id finding. */
export const ID_HINT = `Gebruik letters, cijfers en - of _ (bijv. regio-twente), hoogstens ${MAX_ID_CHARS} tekens.`;

function describeChar(ch: string): string {
  const code = ch.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) ? `${hex} (stuurteken)` : `'${ch}' (${hex})`;
}
