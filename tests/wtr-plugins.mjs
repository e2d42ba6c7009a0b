// Serves what Vite understands but the test server does not: `?inline` CSS and image imports.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function viteAssetImports() {
  return {
    name: 'siip-vite-asset-imports',
    async serve(context) {
      const url = new URL(context.request.url, 'http://localhost');
      if (url.pathname.endsWith('.css') && url.searchParams.has('inline')) {
        const css = await readFile(path.join(root, decodeURIComponent(url.pathname)), 'utf8');
        return { body: `export default ${JSON.stringify(css)};`, type: 'js' };
      }
      if (/\.(png|svg)$/.test(url.pathname) && url.searchParams.has('import')) {
        return { body: `export default ${JSON.stringify(url.pathname)};`, type: 'js' };
      }
      return undefined;
    },
    resolveImport({ source }) {
      // Mark image imports so serve() can answer them as modules while plain <img> requests get the file.
      if (/\.(png|svg)$/.test(source) && !source.includes('?')) return `${source}?import`;
      return undefined;
    },
  };
}

/** A route that never answers, to prove the loader's timeout. */
export function slowRoutes() {
  return {
    name: 'siip-slow-routes',
    async serve(context) {
      if (context.path === '/__siip/never') {
        await new Promise((resolve) => setTimeout(resolve, 30_000));
        return { body: '{}', type: 'json' };
      }
      return undefined;
    },
  };
}

/**
 * `executeServerCommand('emulate-forced-colors', { active: true })`: Windows high contrast for a test.
 * @web/test-runner-commands' emulateMedia drops `forcedColors` on Chrome (puppeteer), so this speaks CDP.
 */
export function forcedColorsCommand() {
  const sessions = new WeakMap();
  return {
    name: 'siip-emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

/**
 * The shipped dataset's parts, where the drop-in's build writes them (beside data/siip-dataset.json), made by the
 * build's own code from the same file.
 */
export function shippedDatasetParts(files) {
  const byPath = new Map(files.map((file) => [`/data/${file.fileName}`, file]));
  return {
    name: 'siip-shipped-dataset-parts',
    serve(context) {
      const file = byPath.get(context.path);
      return file ? { body: file.source, type: 'json' } : undefined;
    },
  };
}
