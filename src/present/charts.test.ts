import { describe, expect, it } from 'vitest';
import { columns, horizontalBars } from './charts.ts';

const DATA = [
  { label: 'Ruimte voor economische sectoren', value: 12 },
  { label: 'Wonen', value: 40 },
];

describe('charts are drawn wide and narrow, so labels stay readable on a phone', () => {
  it('horizontalBars(data, opts): a 640-wide and a 320-wide drawing, each one labelled image', () => {
    const svg = horizontalBars(DATA, { label: 'Staafdiagram', xLabel: 'Aantal' }).value;
    const drawings = [...svg.matchAll(/<svg[^>]*class="chart chart--(wide|narrow)"[^>]*>/g)];
    expect(drawings.map((m) => m[1])).toEqual(['wide', 'narrow']);
    expect(drawings.map((m) => m[0].match(/viewBox="0 0 (\d+)/)?.[1])).toEqual(['640', '320']);
    for (const m of drawings) expect(m[0]).toContain('role="img"');
    // The narrow drawing writes the label above the bar (text in the plot, no y axis at the side).
    const narrow = svg.slice(svg.indexOf('chart--narrow'));
    expect(narrow).toContain('>Ruimte voor economische sectoren<');
    expect(narrow).toContain('>40<');
  });

  it('columns(data, opts): both drawings, no style attributes (CSP)', () => {
    const svg = columns(DATA, { label: 'Kolommen', xLabel: 'x', yLabel: 'y', percent: true }).value;
    expect(svg.match(/class="chart chart--/g)).toHaveLength(2);
    expect(svg).not.toMatch(/style=|<style/);
  });
});
