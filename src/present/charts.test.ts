import { describe, expect, it } from 'vitest';
import { columns, horizontalBars, quadrantScatter } from './charts.ts';

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

  it('quadrantScatter(points, opts): names beside the points when wide, numbers and a key in point order when narrow', () => {
    const points = [
      { label: 'Wonen', x: 0.55, y: 0.05 },
      { label: 'Mobiliteit', x: 0.6, y: 0.2 },
      { label: 'Natuurbehoud', x: 0.25, y: 0.1 },
    ];
    const corners = { topLeft: 'Regio kiest waar', topRight: 'Rijk stuurt, regio kiest', bottomLeft: 'Niemand kiest waar', bottomRight: 'Rijk stuurt op waar' };
    const out = quadrantScatter(points, { label: 'Twee-bij-twee', xLabel: 'x', yLabel: 'y', xThreshold: 0.5, yThreshold: 0.1, yMax: 0.21, corners }).value;
    const wide = out.slice(out.indexOf('chart--wide'), out.indexOf('chart--narrow'));
    const narrow = out.slice(out.indexOf('chart--narrow'), out.indexOf('chart-key'));
    for (const p of points) expect(wide).toContain(`>${p.label}<`);
    expect(narrow).not.toContain('>Mobiliteit<');
    for (const n of ['1', '2', '3']) expect(narrow).toContain(`>${n}<`);
    for (const c of Object.values(corners)) expect(narrow).toContain(c);
    const key = [...out.slice(out.indexOf('chart-key')).matchAll(/<li>([^<]+)<\/li>/g)].map((m) => m[1]);
    expect(key).toEqual(['Wonen', 'Mobiliteit', 'Natuurbehoud']);
    expect(out).not.toMatch(/\sstyle=|<style/);
  });
});
