import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CONTENT_SECURITY_POLICY, resolveRequestPath, siteHeaders, startServer } from './serve.ts';
import { headersFile } from '../present/security.ts';

let root: string;
let outside: string;
let server: Server;
let port: number;

interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(path: string, opts: { method?: string; gzip?: boolean } = {}): Promise<Res> {
  return new Promise((resolve, reject) => {
    // Raw path: node's http does not normalise "../", unlike fetch/URL.
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.gzip ? { 'accept-encoding': 'gzip, br' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'regioruimte-serve-'));
  root = join(base, 'dist');
  outside = join(base, 'geheim.txt');
  mkdirSync(join(root, 'kaart-1'), { recursive: true });
  mkdirSync(join(root, 'leeg'), { recursive: true });
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(root, '404.html'), '<!doctype html><title>niet gevonden</title>');
  writeFileSync(join(root, 'kaart-1', 'index.html'), '<!doctype html><title>kaart</title>' + 'x'.repeat(2000));
  writeFileSync(join(root, 'assets', 'site.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'a.js'), 'export{}');
  writeFileSync(join(root, 'data.geojson'), '{}');
  writeFileSync(outside, 'secret');
  // Links that point out of the served folder (a file, a folder) and one that stays inside.
  mkdirSync(join(base, 'buiten'), { recursive: true });
  writeFileSync(join(base, 'buiten', 'index.html'), 'secret folder');
  symlinkSync(outside, join(root, 'link-bestand.txt'));
  symlinkSync(join(base, 'buiten'), join(root, 'link-map'));
  symlinkSync(join(root, 'kaart-1'), join(root, 'link-binnen'));
  server = await startServer(root, 0);
  const addr = server.address();
  port = typeof addr === 'object' && addr ? addr.port : 0;
});

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(join(root, '..'), { recursive: true, force: true });
});

describe('siteHeaders(root): the frame-ancestors the build wrote into _headers', () => {
  it('follows _headers; without it (an older build) embedding stays forbidden', () => {
    const dir = mkdtempSync(join(tmpdir(), 'regioruimte-headers-'));
    try {
      expect(siteHeaders(dir)['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
      writeFileSync(join(dir, '_headers'), headersFile("'self' https://www.vng.nl"));
      const h = siteHeaders(dir);
      expect(h['Content-Security-Policy']).toMatch(/frame-ancestors 'self' https:\/\/www\.vng\.nl$/);
      expect(h['X-Frame-Options']).toBeUndefined();
      expect(h['X-Content-Type-Options']).toBe('nosniff');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('static server', () => {
  it('serves index.html for / and for a folder, with the security headers', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(r.body.toString()).toContain('<title>home</title>');
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect((await get('/kaart-1/')).body.toString()).toContain('kaart');
  });

  it('redirects a folder without trailing slash, and gives 404 (no listing) for a folder without index', async () => {
    const r = await get('/kaart-1');
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe('/kaart-1/');
    const empty = await get('/leeg/');
    expect(empty.status).toBe(404);
    expect(empty.body.toString()).toContain('niet gevonden');
    expect((await get('/bestaat-niet')).status).toBe(404);
  });

  it('never redirects to another host: the Location is the folder\'s own path on this server', async () => {
    // '//evil.example/%2e%2e%2fkaart-1' resolves to the folder kaart-1 inside the root; echoing the
    // request path plus '/' would send the browser to //evil.example/..%2fkaart-1/ (another host).
    for (const path of ['//evil.example/%2e%2e%2fkaart-1', '//evil.example/..%2Fkaart-1', '///evil.example/%2e%2e/kaart-1', '/./kaart-1']) {
      const r = await get(path);
      expect(r.status, path).toBe(301);
      expect(r.headers.location, path).toBe('/kaart-1/');
    }
  });

  it('does not follow symbolic links out of the served folder (a link inside it still works)', async () => {
    for (const path of ['/link-bestand.txt', '/link-map/', '/link-map/index.html', '/link-map']) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(r.body.toString(), path).not.toContain('secret');
    }
    expect((await get('/link-binnen/')).body.toString()).toContain('<title>kaart</title>');
  });

  it('sets content types by extension', async () => {
    expect((await get('/assets/site.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get('/assets/a.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get('/data.geojson')).headers['content-type']).toBe('application/geo+json; charset=utf-8');
  });

  it('gzips when the client accepts it, and only then', async () => {
    const plain = await get('/kaart-1/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await get('/kaart-1/', { gzip: true });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString());
    expect(zipped.body.length).toBeLessThan(plain.body.length);
  });

  it.each(['/../geheim.txt', '/..%2fgeheim.txt', '/%2e%2e/geheim.txt', '/%2e%2e%2fgeheim.txt', '/assets/../../geheim.txt', '/..%5cgeheim.txt', '/%00index.html', '/%E0%A4%A'])(
    'refuses %s (outside the root or malformed)',
    async (path) => {
      const r = await get(path);
      expect([400, 404]).toContain(r.status);
      expect(r.body.toString()).not.toContain('secret');
    },
  );

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect((await get('/', { method: 'POST' })).status).toBe(405);
  });
});

describe('resolveRequestPath(root, urlPath)', () => {
  it('keeps paths inside the root and rejects the rest', () => {
    expect(resolveRequestPath('/srv/dist', '/a/b.html')).toBe('/srv/dist/a/b.html');
    expect(resolveRequestPath('/srv/dist', '/a/../b.html')).toBe('/srv/dist/b.html');
    expect(resolveRequestPath('/srv/dist', '/../dist2/x')).toBeNull();
    expect(resolveRequestPath('/srv/dist', '/%2e%2e/dist2/x')).toBeNull();
  });
});
