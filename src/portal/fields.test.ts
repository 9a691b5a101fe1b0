import { describe, expect, it } from 'vitest';
import { fieldMessage, labelledControl } from './fields.ts';
import { html } from '../present/html.ts';

describe('form fields', () => {
  it('show a check finding without the file consequence, with what to do', () => {
    expect(fieldMessage({ message: 'Doel zonder tekst; de rij is afgewezen.', hint: 'Vul de doeltekst in.' })).toBe('Doel zonder tekst. Vul de doeltekst in.');
    expect(fieldMessage({ message: "Onbekend thema 'Vliegen'.", hint: null })).toBe("Onbekend thema 'Vliegen'.");
    // Only the consequence at the end goes; the same words elsewhere stay.
    expect(fieldMessage({ message: 'Gemeente X, die zelf is afgewezen, is lid.', hint: null })).toBe('Gemeente X, die zelf is afgewezen, is lid.');
  });

  it('link the hint and the messages to the control and mark it invalid', () => {
    const plain = String(labelledControl({ id: 'datum', label: 'Datum', messages: [] }, (a) => html`<input ${a}>`));
    expect(plain).toBe('<p><label for="datum">Datum</label><br><input id="datum" name="datum"></p>');
    const refused = String(labelledControl({ id: 'veld-x', name: 'x', label: 'X', hint: 'jjjj', messages: ['Eén.', 'Twee.'] }, (a) => html`<input ${a}>`));
    expect(refused).toBe('<p><label for="veld-x">X</label><br><span class="hint" id="hint-veld-x">jjjj</span><br><span class="field-error" id="fout-veld-x">Eén. Twee.</span><br><input id="veld-x" name="x" aria-describedby="hint-veld-x fout-veld-x" aria-invalid="true"></p>');
  });
});
