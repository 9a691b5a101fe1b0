/**
 * Everything the command line prints goes through here. A value from the data may hold control
 * characters: an ESC sequence can recolour, move the cursor or clear a line (and so fake
 * "0 fout(en)"), a CR or line break can start a fake line, bidirectional overrides reorder what is
 * shown. Such characters are shown as visible escapes (`\x1B`, `\u202E`) instead of being sent to
 * the terminal. One mapping for every command.
 */
import type { Finding } from '../model/findings.ts';

/** C0 controls, DEL, C1 controls, line/paragraph separators and bidirectional embeddings/overrides/isolates. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

function visible(c: string): string {
  const code = c.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A value shown inside one line: every control character (also line breaks and tabs) escaped. */
export function escapeControls(value: string): string {
  return value.replace(CONTROL, visible);
}

/** Whole output: as escapeControls, but the line breaks the program writes itself stay. */
export function terminalText(text: string): string {
  return text.replace(CONTROL_BUT_NEWLINE, visible);
}

/** The finding with every text field escaped for one line of terminal output. */
export function displayFinding(f: Finding): Finding {
  const esc = (v: string | null) => (v === null ? null : escapeControls(v));
  return { ...f, file: escapeControls(f.file), column: esc(f.column), value: esc(f.value), message: escapeControls(f.message), hint: esc(f.hint) };
}

/** Writes to stdout with control characters escaped. */
export function printOut(text: string): void {
  process.stdout.write(terminalText(text));
}

/** Writes to stderr with control characters escaped. */
export function printErr(text: string): void {
  process.stderr.write(terminalText(text));
}
