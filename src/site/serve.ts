/**
 * Static server for a built site: GET/HEAD only, content types by extension, gzip when the client
 * accepts it, index.html for folders, 404 otherwise (never a directory listing), and every path
 * resolved inside the root (encoded "../" and NUL refused), also after symbolic links are followed.
 * A redirect goes to the folder's own path on this server, never to a URL built from the request.
 * Security headers on every response.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { isInside } from '../output/tree.ts';
import { CONTENT_SECURITY_POLICY, frameAncestorsOf, HEADERS_FILE, SECURITY_HEADERS, securityHeaders } from '../present/security.ts';

// Re-exported for the server's tests and callers; the definition is shared with the portal.
export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS };

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.geojson', '.csv', '.svg', '.txt']);

/**
 * Maps a request URL path to a file inside `root`, or null when it must be refused. Decodes once,
 * rejects NUL and backslashes, and checks the resolved path is inside the root.
 */
export function resolveRequestPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root);
  const target = resolve(base, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded));
  if (target !== base && !target.startsWith(base + sep)) return null;
  return target;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** `path`'s stat when it exists and, symlinks followed, lies inside `realRoot`; else null. */
function statInside(realRoot: string, path: string): Stats | null {
  const st = statOrNull(path);
  if (!st) return null;
  try {
    return isInside(realRoot, realpathSync(path)) ? st : null;
  } catch {
    return null;
  }
}

/** The site path of a folder inside the root, ending in '/': "/a/b/". Encoded, so it is only a path. */
export function folderUrl(root: string, folder: string): string {
  const rel = relative(root, folder);
  return rel === '' ? '/' : `/${rel.split(sep).map(encodeURIComponent).join('/')}/`;
}

/**
 * The site's own security headers: the frame-ancestors its build chose (in `_headers`), the rest
 * fixed. Without that file (an older build) or with a value we did not write: embedding forbidden.
 */
export function siteHeaders(root: string): Record<string, string> {
  try {
    return securityHeaders(frameAncestorsOf(readFileSync(join(root, HEADERS_FILE), 'utf8')) ?? undefined);
  } catch {
    return SECURITY_HEADERS;
  }
}

function sendWith(res: ServerResponse, status: number, type: string, body: string, security: Record<string, string>): void {
  res.writeHead(status, { ...security, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

export function handler(root: string) {
  const base = resolve(root);
  const realBase = realpathSync(base);
  const security = siteHeaders(base);
  const send = (res: ServerResponse, status: number, type: string, body: string) => sendWith(res, status, type, body, security);
  const serveFile = (req: IncomingMessage, res: ServerResponse, file: string, status: number) => serveWith(req, res, file, status, security);
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    const page = join(base, '404.html');
    if (statInside(realBase, page)?.isFile()) return serveFile(req, res, page, 404);
    send(res, 404, 'text/plain; charset=utf-8', 'Niet gevonden\n');
  };
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'text/plain; charset=utf-8', 'Methode niet toegestaan\n');
    }
    const rawPath = (req.url ?? '/').split('?')[0];
    const target = resolveRequestPath(base, rawPath);
    if (target === null) return send(res, 400, 'text/plain; charset=utf-8', 'Ongeldig pad\n');
    const st = statInside(realBase, target);
    if (st?.isDirectory()) {
      if (!rawPath.endsWith('/')) {
        // Not rawPath + '/': '//evil.example/%2e%2e%2fx' would become a redirect to another host.
        res.writeHead(301, { ...security, Location: folderUrl(base, target) });
        return void res.end();
      }
      const index = join(target, 'index.html');
      if (statInside(realBase, index)?.isFile()) return serveFile(req, res, index, 200);
      return notFound(req, res);
    }
    if (st?.isFile()) return serveFile(req, res, target, 200);
    return notFound(req, res);
  };
}

function serveWith(req: IncomingMessage, res: ServerResponse, file: string, status: number, security: Record<string, string>): void {
  const ext = extname(file).toLowerCase();
  const type = CONTENT_TYPES[ext] ?? 'application/octet-stream';
  const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const gzip = accepts && COMPRESSIBLE.has(ext);
  const headers: Record<string, string> = { ...security, 'Content-Type': type, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
  if (gzip) headers['Content-Encoding'] = 'gzip';
  else headers['Content-Length'] = String(statSync(file).size);
  res.writeHead(status, headers);
  if (req.method === 'HEAD') return void res.end();
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  if (gzip) stream.pipe(createGzip()).pipe(res);
  else stream.pipe(res);
}

export function startServer(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer(handler(root));
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}
