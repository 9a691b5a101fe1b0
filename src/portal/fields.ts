/**
 * A form control with its label and, after a refused submit, its messages: between label and
 * control, linked with aria-describedby and the control marked aria-invalid, so a screen reader
 * reads the message with the field. Every portal form uses this one shape.
 */
import type { Finding } from '../model/findings.ts';
import { html, type Html } from '../present/html.ts';

export interface ControlSpec {
  id: string;
  /** The form field's name (default: the id). */
  name?: string;
  label: string;
  messages: readonly string[];
  /** A hint under the label (format, example), also read with the field. */
  hint?: string;
}

export function labelledControl(spec: ControlSpec, input: (attrs: Html) => Html): Html {
  const { id, messages, hint } = spec;
  const describedBy = [hint ? `hint-${id}` : '', messages.length ? `fout-${id}` : ''].filter(Boolean).join(' ');
  const attrs = html`id="${id}" name="${spec.name ?? id}"${describedBy ? html` aria-describedby="${describedBy}"` : ''}${messages.length ? html` aria-invalid="true"` : ''}`;
  return html`<p><label for="${id}">${spec.label}</label><br>${hint ? html`<span class="hint" id="hint-${id}">${hint}</span><br>` : ''}${messages.length ? html`<span class="field-error" id="fout-${id}">${messages.join(' ')}</span><br>` : ''}${input(attrs)}</p>`;
}

/**
 * A check finding as a message at a form field: the message and what to do. The file's
 * consequence ("de rij is afgewezen") is left out: in a form nothing is read or rejected but the
 * proposal, which the form already says.
 */
export function fieldMessage(f: Pick<Finding, 'message' | 'hint'>): string {
  const message = f.message.replace(/[;.] [Dd]e rij is afgewezen\.$/, '.');
  return f.hint ? `${message} ${f.hint}` : message;
}
