import type { Plugin } from 'vite';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, normalize } from 'node:path';

const dataDir = fileURLToPath(new URL('../../data', import.meta.url));

/** Serves data/ at /data/ in the story tests, as Storybook's staticDirs does in the built Storybook. */
export function serveData(): Plugin {
  return {
    name: 'siip-serve-data',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        if (!path.startsWith('/data/')) return next();
        const file = normalize(join(dataDir, decodeURIComponent(path.slice('/data/'.length))));
        if (!file.startsWith(dataDir)) return next();
        try {
          const body = await readFile(file);
          res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : file.endsWith('.html') ? 'text/html' : 'application/octet-stream');
          res.end(body);
        } catch {
          res.statusCode = 404;
          res.end('Not found');
        }
      });
    },
  };
}
