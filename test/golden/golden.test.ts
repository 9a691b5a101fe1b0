/**
 * Golden outputs: the Analysis JSON of the example dataset and of the small site fixture, the SVG
 * of every map type and the full HTML of one page of each page type, compared byte for byte with
 * the files in this folder. A change in output shows up here as a diff, so a refactoring can prove
 * it changed nothing. When a change is intended, rewrite them with
 * `REGEN=1 npx vitest run test/golden` and say in the commit why the outputs changed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineResult } from '../../src/pipeline.ts';
import { sharedPipeline } from '../shared-pipeline.ts';
import { serializeAnalysis } from '../../src/analysis/serialize.ts';
import { goldenPages } from './pages.ts';
import { firstDifference } from './diff.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const REGEN = process.env.REGEN === '1';

/** Compares `actual` with the golden file (or rewrites it under REGEN=1). */
function expectGolden(relative: string, actual: string): void {
  const path = join(HERE, relative);
  if (REGEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`test/golden/${relative} ontbreekt: maak het aan met REGEN=1 npx vitest run test/golden`);
  const expected = readFileSync(path, 'utf8');
  if (expected === actual) return;
  expect.fail(`test/golden/${relative} verschilt (REGEN=1 herschrijft het als de wijziging bedoeld is):\n${firstDifference(expected, actual)}`);
}

/** Every top-level <svg>…</svg> element of a page that is a map (class "map-svg"), nesting-aware. */
export function mapSvgs(page: string): string[] {
  const out: string[] = [];
  const tag = /<svg\b[^>]*>|<\/svg>/g;
  let depth = 0;
  let start = -1;
  for (let m = tag.exec(page); m; m = tag.exec(page)) {
    if (m[0] === '</svg>') {
      depth--;
      if (depth === 0 && start >= 0) {
        out.push(page.slice(start, m.index + m[0].length));
        start = -1;
      }
    } else {
      if (depth === 0 && /\bclass="map-svg\b/.test(m[0])) start = m.index;
      depth++;
    }
  }
  return out;
}

let voorbeeld: PipelineResult;
let fixture: PipelineResult;
let pages: Map<string, string>;

beforeAll(async () => {
  voorbeeld = await sharedPipeline(join(HERE, '../../data/voorbeeld'));
  fixture = await sharedPipeline(join(HERE, '../fixtures/site/data'));
  pages = await goldenPages(voorbeeld);
}, 300_000);

/** The Analysis records where its input was read; the checkout's location is not part of the output. */
const REPO_ROOT = join(HERE, '../..');
const portable = (json: string) => json.split(JSON.stringify(REPO_ROOT).slice(1, -1) + '/').join('');

describe('golden Analysis JSON', () => {
  it('data/voorbeeld', () => expectGolden('analysis/voorbeeld.json', portable(serializeAnalysis(voorbeeld.analysis))));
  it('test/fixtures/site/data', () => expectGolden('analysis/site-fixture.json', portable(serializeAnalysis(fixture.analysis))));
});

/** Which page shows each map type; the file gets every map SVG of that kind on that page. */
const MAP_TYPES: { name: string; page: string; id: RegExp }[] = [
  { name: 'kaart1', page: 'kaart1', id: /id="kaart-1-svg"/ },
  { name: 'kaart2', page: 'kaart2', id: /id="kaart-2-svg"/ },
  { name: 'theme-grid', page: 'themes-index', id: /id="thema-\d+-svg"/ },
  { name: 'theme', page: 'theme', id: /id="themakaart-svg"/ },
  { name: 'typology', page: 'comparability', id: /id="typologie-[a-z]+-svg"/ },
  { name: 'overlay', page: 'division', id: /id="overlay-res-svg"/ },
  { name: 'cooperation', page: 'cooperation', id: /id="ledenkaart-svg"/ },
  { name: 'municipality', page: 'municipality', id: /id="ligging-svg"/ },
  { name: 'commuting-intensity', page: 'commuting', id: /id="pendelkaart-svg"/ },
  { name: 'commuting-flows', page: 'commuting', id: /id="pendelbogen-svg"/ },
  { name: 'commuting-regions', page: 'commuting', id: /id="functionele-regios-kaart-svg"/ },
  { name: 'guide-members', page: 'guide', id: /id="leidraad-leden-svg"/ },
  { name: 'guide-national', page: 'guide', id: /id="leidraad-nationaal-svg"/ },
];

describe('golden map SVGs', () => {
  for (const t of MAP_TYPES) {
    it(t.name, () => {
      const svgs = mapSvgs(pages.get(t.page)!).filter((s) => t.id.test(s.slice(0, s.indexOf('>'))));
      expect(svgs.length, `${t.name}: geen kaart gevonden op de pagina ${t.page}`).toBeGreaterThan(0);
      expectGolden(`maps/${t.name}.svg`, `${svgs.join('\n')}\n`);
    });
  }
});

describe('golden pages (full HTML)', () => {
  it('renders every page type', () => {
    expect([...pages.keys()].sort()).toEqual(
      ['accessibility', 'characteristics', 'commuting', 'comparability', 'compare', 'cooperation', 'cooperations-index', 'division', 'downloads', 'guide', 'guide-index', 'kaart1', 'kaart2', 'method', 'municipalities-index', 'municipality', 'national', 'not-found', 'overview', 'search', 'theme', 'themes-index'].sort(),
    );
  });
  it.each(['accessibility', 'characteristics', 'commuting', 'comparability', 'compare', 'cooperation', 'cooperations-index', 'division', 'downloads', 'guide', 'guide-index', 'kaart1', 'kaart2', 'method', 'municipalities-index', 'municipality', 'national', 'not-found', 'overview', 'search', 'theme', 'themes-index'])('%s', (name) => {
    expectGolden(`pages/${name}.html`, pages.get(name)!);
  });
});
