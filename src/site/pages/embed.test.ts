/**
 * Embedding on the example data: every map on a reader page (not the small maps on profiles)
 * has a snippet under it, and the snippet's address is an embed page with that same map.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline.ts';
import { render } from '../../present/html.ts';
import { createLookup } from '../../present/lookup.ts';
import { siteStatus } from '../../present/layout.ts';
import type { Page } from '../../present/page.ts';
import { renderPages } from '../build.ts';

let pages: Page[];
beforeAll(async () => {
  const input = await runPipeline('data/voorbeeld');
  pages = renderPages(createLookup(input), siteStatus(input), []);
}, 60_000);

const body = (p: Page) => render(p.body);
const figureIds = (s: string) => [...s.matchAll(/<figure class="map"[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);

describe('embed snippets', () => {
  it('puts one snippet under every map of every map page, each pointing at an embed page with that map', () => {
    const byPath = new Map(pages.map((p) => [p.path, p]));
    const mapPages = pages.filter((p) => !p.path.startsWith('/inbedden/') && !/^\/(samenwerkingen|gemeenten|gespreksleidraad|vergelijk)/.test(p.path) && figureIds(body(p)).length > 0);
    // Kaart 1, Kaart 2, nine themes, five national divisions (RES, NOVEX, Nationaal Park, Delta, Regio Deal), commuting.
    expect(mapPages.map((p) => p.path)).toHaveLength(17);
    let snippets = 0;
    for (const p of mapPages) {
      const b = body(p);
      const embeds = [...b.matchAll(/data-embed-path="([^"]+)"/g)].map((m) => m[1]);
      expect(embeds.length, p.path).toBe(figureIds(b).length);
      for (const e of embeds) {
        const target = byPath.get(e);
        expect(target, `${p.path} → ${e}`).toBeDefined();
        expect(target!.chrome).toBe('embed');
        expect(target!.canonical).toBe(p.path);
        expect(figureIds(body(target!)).every((id) => figureIds(b).includes(id)), e).toBe(true);
      }
      snippets += embeds.length;
    }
    // 16 pages with one map and the commuting page with four.
    expect(snippets).toBe(20);
    expect(body(byPath.get('/dagelijks-stedelijk-systeem/')!)).toContain('data-embed-path="/inbedden/dagelijks-stedelijk-systeem/pendelkaart/"');
    expect(body(byPath.get('/nationaal-beleid/regio-deal/')!)).toContain('src=&quot;https://adres-van-deze-site/inbedden/nationaal-beleid/regio-deal/&quot;');
  });

  it('says the filters travel along only for maps that keep them in the address', () => {
    const page = (path: string) => body(pages.find((p) => p.path === path)!);
    expect(page('/kaart-1/')).toContain('De code neemt de drempel en filters mee');
    expect(page('/nationaal-beleid/res/')).not.toContain('De code neemt de drempel en filters mee');
  });
});
