import { describe, expect, it } from 'vitest';
import { percentagesWithoutBase } from './denominators.ts';

const page = (body: string) => `<!doctype html><html lang="nl"><head><title>t</title><style>.a{width:100%}</style></head><body>${body}</body></html>`;
const found = (body: string) => percentagesWithoutBase(page(body)).map((o) => o.percent);

describe('percentagesWithoutBase', () => {
  it('finds a bare percentage', () => {
    expect(found('<p>Landelijk noemt 21% een plek.</p>')).toEqual(['21%']);
  });

  it('finds a percentage written as a character reference on a page without a literal percent sign', () => {
    const bare = (body: string) => percentagesWithoutBase(`<!doctype html><html lang="nl"><head><title>t</title></head><body>${body}</body></html>`).map((o) => o.percent);
    expect(bare('<p>Landelijk noemt 21&#37; een plek.</p>')).toEqual(['21%']);
    expect(bare('<p>Landelijk noemt 22&#X25; een plek.</p>')).toEqual(['22%']);
    expect(bare('<p>Landelijk noemt 23&percnt; een plek.</p>')).toEqual(['23%']);
    expect(bare('<p>Landelijk noemt 24 procent een plek.</p>')).toEqual([]);
  });

  it('accepts a percentage whose sentence names a counted base', () => {
    expect(found('<p>18 van de 103 ruimtelijke samenwerkingen (17%) hebben partners.</p>')).toEqual([]);
    expect(found('<p>De mediaan is 38%, over 340 van de 342 gemeenten.</p>')).toEqual([]);
    expect(found('<p>7.140.400 banen, waarvan 49% (3.470.385 van 7.140.400) in de eigen gemeente.</p>')).toEqual([]);
  });

  it('judges each sentence on its own', () => {
    expect(found('<p>Van de 103 agenda’s werken er 43 aan wonen. Daarvan werkt 7% alleen aan wonen.</p>')).toEqual(['7%']);
  });

  it('does not take a date, a words-only base or another percentage for a base', () => {
    expect(found('<p>Het aandeel op 1 januari 2024 is 40%.</p>')).toEqual(['40%']);
    expect(found('<p>17% van de ruimtelijke samenwerkingen heeft partners.</p>')).toEqual(['17%']);
    expect(found('<p>Het loopt van 12% tot 88%.</p>')).toEqual(['12%', '88%']);
  });

  it('accepts a table cell by its own text, its column header in words or a caption with a counted base', () => {
    const table = (caption: string, header: string, cell: string) =>
      `<table><caption>${caption}</caption><thead><tr><th>Naam</th><th>${header}</th></tr></thead><tbody><tr><th scope="row">x</th><td>${cell}</td></tr></tbody></table>`;
    expect(found(table('Per thema', 'Alleen dit thema', '21%'))).toEqual(['21%']);
    expect(found(table('Per thema', 'Alleen dit thema', '5 van de 24 (21%)'))).toEqual([]);
    expect(found(table('Per thema', 'Werkt in eigen gemeente (van de banen van inwoners)', '21%'))).toEqual([]);
    expect(found(table('Per thema, van de 103 agenda’s', 'Aandeel', '21%'))).toEqual([]);
    expect(found(table('Per soort het aandeel van de doelen op het thema (kolom Doelen)', 'Lobby', '21%'))).toEqual([]);
  });

  it('reports the cell with its caption and column header, and a kind without numbers', () => {
    const [o] = percentagesWithoutBase(page('<table><caption>Per thema</caption><thead><tr><th>Naam</th><th>Aandeel</th></tr></thead><tbody><tr><th>x</th><td>21%</td></tr></tbody></table>'));
    expect(o).toEqual({ percent: '21%', snippet: '[Per thema] Aandeel: 21%', kind: 'Aandeel: N%' });
  });

  it('leaves out thresholds, confidences, scale definitions, quotations, code, svg and %-escapes', () => {
    expect(found('<p>Het Rijk stuurt vanaf 50% van de stukken. Te onzeker (zekerheid onder 50%). Het model kiest dit (zekerheid 74%).</p>')).toEqual([]);
    expect(found('<p>Maatstaf: gedeeld door alle gemeenten (100% = precies dezelfde gemeenten).</p>')).toEqual([]);
    expect(found('<p>Voorbeeld: <q>de uitstoot met 55% verminderen</q></p><pre>width="100%"</pre><svg><text>20%</text></svg>')).toEqual([]);
    expect(found('<p>Bron: plaatsengids.nl/zuidwest-frysl%C3%A2n</p>')).toEqual([]);
  });

  it('leaves out a goal as written in its source (a column headed Doel)', () => {
    expect(found('<table><thead><tr><th>Doel</th><th>Thema</th></tr></thead><tbody><tr><th scope="row">Om met 25% te groeien.</th><td>Wonen</td></tr></tbody></table>')).toEqual([]);
  });

  it('reads text outside the prose blocks too', () => {
    expect(found('<div>Gedekt: 40%</div>')).toEqual(['40%']);
  });
});
