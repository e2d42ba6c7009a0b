// dist/ served as a CDN would (gzip, long cache for hashed files), with the extra pages the Lighthouse runs score.
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.map': 'application/json' };
const page = (title, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><script type="module" src="./siip-widgets.js"></script></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
/** One widget alone on a page: the roster's is scored by run.mjs; the others are for tests/lighthouse/trace.mjs. */
export const PAGES = {
  '/one-roster.html': page('SIIP communities', '<siip-cohort-roster></siip-cohort-roster>'),
  '/one-pathway.html': page('From a foreign diploma to a US licence', '<siip-pathway-finder profession="registered-nurse" state="GA"></siip-pathway-finder>'),
  '/one-calendar.html': page('When things happen', '<siip-event-calendar></siip-event-calendar>'),
  '/one-map.html': page('Where SIIP communities are', '<siip-community-map></siip-community-map>'),
};

/**
 * Serves `dist` (default: this repository's dist/) on a free port; resolves to { base, close }. Files are compressed
 * once, before the first request, as a CDN keeps them: compressing the 1 MB dataset at level 9 on each request
 * took ≈ 55 ms of this machine's CPU while the page was loading, and Lighthouse counted it in the page's tasks.
 */
export async function serveDist(dist = fileURLToPath(new URL('../../dist/', import.meta.url))) {
  const zipped = new Map(Object.entries(PAGES).map(([name, html]) => [name, gzipSync(Buffer.from(html), { level: 9 })]));
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath ?? entry.path, entry.name);
    const name = `/${relative(dist, file).split('\\').join('/')}`;
    if (entry.isFile() && !name.startsWith('/npm/') && !/\.(png|map)$/.test(name)) zipped.set(name, gzipSync(await readFile(file), { level: 9 }));
  }
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const name = path === '/' ? '/index.html' : path;
    const gzip = /gzip/.test(request.headers['accept-encoding'] ?? '') && zipped.get(name);
    let body;
    try {
      body = gzip || (PAGES[name] !== undefined ? Buffer.from(PAGES[name]) : await readFile(join(dist, normalize(name))));
    } catch {
      response.writeHead(404).end();
      return;
    }
    const hashed = /-[\w-]{8}\.\w+$/.test(name);
    response.writeHead(200, {
      'Content-Type': TYPES[extname(name)] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
