import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineResult } from '../pipeline.ts';
import { sharedPipeline } from '../../test/shared-pipeline.ts';
import { composeStory, loadStory, type Story } from './index.ts';
import { chapterSlug, parseChapter, readStory, type ChapterSource, type FigureSource } from './read.ts';
import { renderChapter } from './render.ts';
import { storyValue, storyValueNames } from './values.ts';

let run: PipelineResult & { story: Story };
beforeAll(async () => {
  const result = await sharedPipeline('data/voorbeeld');
  run = { ...result, story: loadStory('data/voorbeeld', result.analysis) };
}, 120_000);

function chapter(body: string, bodyLine = 5): ChapterSource {
  return { file: 'verhaal/01-test.md', slug: 'test', title: 'Test', order: 1, summary: null, body, bodyLine };
}

describe('reading chapters', () => {
  it('takes the slug from the file name without its ordering number', () => {
    expect(chapterSlug('01-aanleiding.md')).toBe('aanleiding');
    expect(chapterSlug('Advies.md')).toBe('advies');
  });

  it('reads title, order and summary from the front matter and counts the body line', () => {
    const findings: never[] = [];
    const c = parseChapter('verhaal/02-x.md', '---\ntitel: Leeswijzer\nvolgorde: 2\n---\nEerste regel.\n', findings);
    expect(findings).toEqual([]);
    // Lines 1–4 are the front matter, so the body starts on line 5.
    expect(c).toMatchObject({ slug: 'x', title: 'Leeswijzer', order: 2, summary: null, body: 'Eerste regel.\n', bodyLine: 5 });
  });

  it('reports a missing title with file and line, in Dutch', () => {
    const findings: import('../model/findings.ts').Finding[] = [];
    expect(parseChapter('verhaal/03-y.md', '---\nvolgorde: 3\n---\nTekst', findings)).toBeNull();
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', file: 'verhaal/03-y.md', column: 'titel', message: 'Het hoofdstuk heeft geen titel.' })]);
  });

  it('reports invalid YAML on the line where it goes wrong', () => {
    const findings: import('../model/findings.ts').Finding[] = [];
    // The colon inside the unquoted value on file line 4 makes a nested mapping.
    parseChapter('verhaal/z.md', '---\ntitel: A\nvolgorde: 1\nsamenvatting: a: b\n---\n', findings);
    expect(findings[0]).toMatchObject({ severity: 'error', file: 'verhaal/z.md', row: 4 });
  });

  it('a dataset without verhaal/ has no chapters and no findings; an SVG without <title> is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verhaal-'));
    try {
      expect(readStory(dir)).toEqual({ chapters: [], figures: [], findings: [] });
      mkdirSync(join(dir, 'verhaal'));
      writeFileSync(join(dir, 'verhaal', 'b.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>');
      writeFileSync(join(dir, 'verhaal', 'notities.txt'), 'x');
      writeFileSync(join(dir, 'verhaal', '2-twee.md'), '---\ntitel: Twee\nvolgorde: 2\n---\n');
      writeFileSync(join(dir, 'verhaal', '1-een.md'), '---\ntitel: Een\nvolgorde: 10\n---\n');
      const story = readStory(dir);
      // Sorted by volgorde (2 before 10), not by file name.
      expect(story.chapters.map((c) => c.slug)).toEqual(['twee', 'een']);
      expect(story.findings.map((f) => [f.severity, f.file])).toEqual([
        ['error', 'verhaal/b.svg'],
        ['warning', 'verhaal/notities.txt'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('live values', () => {
  it('phrases each value with its denominator, from the example analysis', () => {
    const a = run.analysis;
    // 342 CBS 2025 municipalities; the white spots are those in coverage.whiteSpots.
    expect(storyValue('dekking.wittevlekken', a)).toBe(`${a.coverage.whiteSpots.length} van de 342 gemeenten`);
    expect(storyValue('samenwerkingen.ruimtelijk', a)).toBe(`${a.dataset.spatial} van de ${a.dataset.cooperations} samenwerkingsverbanden`);
    const d = a.overlap.divisions.REGIO_DEAL;
    const rest = d.regions.length - d.regionsAssessed;
    expect(storyValue('nationaal.regio-deal.teruggevonden', a)).toBe(`${d.regionsFoundBack} van de ${d.regionsAssessed} beoordeelbare gebieden${rest ? ` (${rest} niet te beoordelen)` : ''}`);
    expect(storyValue('bestaat.niet', a)).toBeNull();
    expect(storyValueNames(a)).toContain('nationaal.res.teruggevonden');
  });

  it('never names the catch-all theme as the most frequent one', () => {
    expect(storyValue('thema.meest', run.analysis)).not.toMatch(/^Overig/);
  });
});

describe('rendering a chapter', () => {
  const figure: FigureSource = { name: 'model', file: 'verhaal/model.svg', title: 'Model', description: 'Twee pijlen', content: '<svg/>' };
  const figures = new Map([['model', figure]]);

  it('fills in values, embeds figures and map links, and sanitises author HTML', () => {
    const body = '# Kop\n\nWitte vlekken: {{ dekking.wittevlekken }}.\n\n{{ figuur: model }}\n\n{{ kaart: kaart-2 }}\n\n<script>alert(1)</script><a href="javascript:x" onclick="y">link</a> <img src=x onerror=z>\n';
    const { chapter: c, findings } = renderChapter(chapter(body), run.analysis, figures);
    expect(findings).toEqual([]);
    expect(c.html).toContain('<h2>Kop</h2>');
    expect(c.html).toContain(`Witte vlekken: ${run.analysis.coverage.whiteSpots.length} van de 342 gemeenten.`);
    expect(c.html).toContain('<figure class="story-figure"><img src="/verhaal/figuren/model.svg" alt="Twee pijlen"><figcaption>Model</figcaption></figure>');
    expect(c.html).toContain('<a href="/kaart-2/">');
    expect(c.html).not.toMatch(/<script|javascript:|onclick|onerror|<img src="x"/);
  });

  it('an unknown reference is an error naming file and line, with a suggestion', () => {
    // Body starts on file line 5; the reference is on the body's third line → file line 7.
    const { findings } = renderChapter(chapter('Eerste.\n\nZie {{ dekking.witevlekken }} en {{ figuur: kaartje }}.\n'), run.analysis, figures);
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({ severity: 'error', file: 'verhaal/01-test.md', row: 7, value: '{{ dekking.witevlekken }}', message: "Onbekende verwijzing naar een waarde 'dekking.witevlekken'." });
    expect(findings[0].hint).toMatch(/^Bedoelt u 'dekking\.wittevlekken'\?/);
    expect(findings[1]).toMatchObject({ row: 7, message: "Onbekende verwijzing naar een figuur 'kaartje'." });
  });

  it('a value cannot inject markup: it is escaped after sanitising', () => {
    const { chapter: c } = renderChapter(chapter('{{ thema.meest }}'), run.analysis, figures);
    expect(c.html).toBe(`<p>${storyValue('thema.meest', run.analysis)!.replace(/&/g, '&amp;')}</p>\n`);
  });
});

describe('the example chapters', () => {
  it('has four chapters and the model figure, with no findings', () => {
    expect(run.story.findings).toEqual([]);
    expect(run.story.chapters.map((c) => c.slug)).toEqual(['aanleiding', 'leeswijzer', 'conclusies', 'advies']);
    expect(run.story.figures.map((f) => f.name)).toEqual(['model-boven-onder']);
    expect(composeStory(readStory('data/voorbeeld'), run.analysis)).toEqual(run.story);
  });
});

