/**
 * Screenshot walk: one page of every page type of a built site, at 1400, 390 and 320 px wide and in
 * print (Chromium's PDF, rendered to PNG by pdftoppm), for looking at the layout by eye. Reports per
 * page and width whether the page scrolls sideways, and which elements stick out.
 *
 *   npx tsx scripts/screenshots.ts <built site folder> <output folder> [path ...]
 */
import { mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../src/guide/pdf.ts';
import { startServer } from '../src/site/serve.ts';

const DEFAULT_PATHS = [
  '/', '/verhaal/', '/kaart-1/', '/kaart-2/', '/themas/', '/themas/wonen/', '/kenmerken/', '/vergelijkbaarheid/',
  '/nationaal-beleid/', '/dagelijks-stedelijk-systeem/', '/methode/', '/samenwerkingen/', '/samenwerkingen/achterhoek/',
  '/gemeenten/', '/gemeenten/GM0363/', '/zoeken/', '/toegankelijkheid/', '/downloads/', '/gespreksleidraad/',
  '/gespreksleidraad/achterhoek/', '/bestaat-niet/',
];

const [site, out, ...given] = process.argv.slice(2);
if (!site || !out) throw new Error('gebruik: scripts/screenshots.ts <site> <uitvoermap> [pad ...]');
mkdirSync(out, { recursive: true });
const paths = given.length ? given : DEFAULT_PATHS;
const server = await startServer(site, 0);
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  for (const path of paths) {
    const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'index';
    for (const width of [1400, 390, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(base + path, { waitUntil: 'load' });
      const report = await page.evaluate(() => {
        const vw = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > vw + 1 && !el.closest('.table-wrap, .visually-hidden, [hidden]'))
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${Math.round(el.getBoundingClientRect().width)}px`);
        const clipped = [...document.querySelectorAll('.table-wrap')].filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => `${el.querySelector('caption')?.textContent?.slice(0, 40)} ${el.scrollWidth}>${el.clientWidth}`);
        return { scroll: document.documentElement.scrollWidth, vw, wide, clipped };
      });
      console.log(`${path} @${width}: scrollWidth ${report.scroll}${report.scroll > report.vw ? ' OVERFLOW' : ''}${report.wide.length ? ' wide: ' + report.wide.join(', ') : ''}${report.clipped.length ? ' scrolling tables: ' + report.clipped.join(' | ') : ''}`);
      await page.screenshot({ path: join(out, `${name}-${width}.png`), fullPage: true, timeout: 120_000 }).catch((e: Error) => console.log(`  screenshot failed: ${e.message.split('\n')[0]}`));
    }
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(base + path, { waitUntil: 'load' });
    const pdf = join(out, `${name}-print.pdf`);
    await page.pdf({ path: pdf, format: 'A4', printBackground: true, displayHeaderFooter: false });
    execFileSync('pdftoppm', ['-png', '-r', '40', '-l', '4', pdf, join(out, `${name}-print`)]);
  }
} finally {
  await browser.close();
  server.close();
}
