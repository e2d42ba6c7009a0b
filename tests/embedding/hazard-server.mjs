// The hostile partner web, served by the test server: response headers per hazard page,
// the drop-in bundle (the built dist/siip-widgets.js when present, else an on-the-fly
// esbuild bundle of src/entries/define.ts), routes that allow or refuse cross-origin requests,
// and a garbage-collection command for the leak test.
//
// Add to tests/web-test-runner.config.mjs:  plugins: [..., embeddingHazards()]
import { build, transform } from 'esbuild';
import { stripLeafletSvgProbe } from '../../vite/leaflet-trusted-types.mjs';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PAGES = '/tests/embedding/pages/';

/** What a government partner page might send: no inline script or style, no eval, Trusted Types enforced. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  // Lit's template policy; the widgets create no policy of their own.
  'trusted-types lit-html',
].join('; ');

/** Extra response headers per hazard page. */
const PAGE_HEADERS = {
  'strict-csp.html': { 'Content-Security-Policy': STRICT_CSP },
  'no-referrer.html': { 'Referrer-Policy': 'no-referrer' },
};

const CORS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'X-Siip-Bundle', 'Cross-Origin-Resource-Policy': 'cross-origin' };

/** esbuild stand-ins for the two Vite-only import forms the sources use. */
const viteImports = {
  name: 'vite-imports',
  setup(b) {
    b.onResolve({ filter: /\?inline$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.replace(/\?inline$/, '')).replace(/^.*node_modules/, path.join(root, 'node_modules')),
      namespace: 'inline-css',
      pluginData: { spec: args.path.replace(/\?inline$/, ''), resolveDir: args.resolveDir },
    }));
    b.onLoad({ filter: /leaflet-src\.esm\.js$/ }, async (args) => ({
      contents: stripLeafletSvgProbe(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
    b.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => {
      const resolved = args.pluginData.spec.startsWith('.')
        ? path.resolve(args.pluginData.resolveDir, args.pluginData.spec)
        : path.join(root, 'node_modules', args.pluginData.spec);
      return { contents: await readFile(resolved, 'utf8'), loader: 'text' };
    });
  },
};

const bundles = new Map();

/** A drop-in bundle built the way a release is (one ES module, production Lit), cached per variant. */
async function bundle(variant) {
  if (!bundles.has(variant)) {
    bundles.set(
      variant,
      build({
        entryPoints: [path.join(root, 'src/entries/define.ts')],
        bundle: true,
        format: 'esm',
        target: 'es2022',
        write: false,
        // The second "build" differs as another release would: minified, other identifiers.
        minify: variant === 'b',
        legalComments: 'none',
        loader: { '.png': 'dataurl', '.svg': 'dataurl' },
        define: { __SIIP_DATASET_PATH__: JSON.stringify('./data/siip-dataset.json') },
        plugins: [viteImports],
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0].text),
    );
  }
  return bundles.get(variant);
}

export function embeddingHazards() {
  return {
    name: 'siip-embedding-hazards',
    async serve(context) {
      const { path: urlPath } = context;
      // Pages: served from disk with their hazard's headers.
      if (urlPath.startsWith(PAGES) && urlPath.endsWith('.html')) {
        const name = urlPath.slice(PAGES.length);
        if (!/^[a-z0-9-]+\.html$/.test(name)) return undefined;
        for (const [header, value] of Object.entries(PAGE_HEADERS[name] ?? {})) context.set(header, value);
        return { body: await readFile(path.join(root, urlPath), 'utf8'), type: 'html' };
      }
      // The bundle under test. `which` says whether the release build or a fresh bundle was used.
      // The iframe fallback as dist/ lays it out: embed.html beside siip-widgets.js, under a strict CSP.
      const embed = /^\/__siip\/((?:embed|configurator)\.(?:html|js|css))$/.exec(urlPath);
      if (embed) {
        if (embed[1].endsWith('.html')) context.set('Content-Security-Policy', STRICT_CSP);
        return { body: await readFile(path.join(root, 'src/demo', embed[1]), 'utf8'), type: embed[1].split('.').pop() };
      }
      if (urlPath === '/__siip/npm/src/localization/languages.js') {
        // The language list the plain-JS demo pages import beside the snippet logic.
        const source = await readFile(path.join(root, 'src/localization/languages.ts'), 'utf8');
        return { body: (await transform(source, { loader: 'ts', format: 'esm', target: 'es2022' })).code, type: 'js' };
      }
      if (urlPath === '/__siip/npm/src/embed/snippet.js') {
        // The snippet logic with the widget registry it reads; the registry's widget loaders stay unresolved
        // imports (the configurator never calls them: the drop-in loads the widgets).
        const result = await build({
          entryPoints: [path.join(root, 'src/embed/snippet.ts')],
          bundle: true,
          write: false,
          format: 'esm',
          target: 'es2022',
          external: ['../../components/*'],
          logLevel: 'silent',
        });
        return { body: result.outputFiles[0].text, type: 'js' };
      }
      const bundleMatch = /^\/__siip\/(cors\/)?(?:bundle(-b)?|siip-widgets)\.js$/.exec(urlPath);
      if (bundleMatch) {
        if (bundleMatch[1]) for (const [header, value] of Object.entries(CORS)) context.set(header, value);
        const built = path.join(root, 'dist/siip-widgets.js');
        if (!bundleMatch[2] && existsSync(built)) {
          context.set('X-Siip-Bundle', 'dist');
          const text = await readFile(built, 'utf8');
          // Its chunks and data are fetched relative to it, beside it under /__siip/ (routes below).
          return { body: text, type: 'js' };
        }
        context.set('X-Siip-Bundle', bundleMatch[2] ? 'esbuild-minified' : 'esbuild');
        return { body: await bundle(bundleMatch[2] ? 'b' : 'a'), type: 'js' };
      }
      // dist's lazy chunks, when the release build is used.
      const chunk = /^\/__siip\/(cors\/)?(siip-[\w.-]+\.js)$/.exec(urlPath);
      if (chunk && existsSync(path.join(root, 'dist', chunk[2]))) {
        if (chunk[1]) for (const [header, value] of Object.entries(CORS)) context.set(header, value);
        return { body: await readFile(path.join(root, 'dist', chunk[2]), 'utf8'), type: 'js' };
      }
      // Shows a page's Referrer-Policy at work: what Referer its requests carry.
      if (urlPath === '/__siip/echo-referer') return { body: JSON.stringify({ referer: context.get('referer') || null }), type: 'json' };
      // Data on "another origin": the same files, with or without CORS permission.
      const data = /^\/__siip\/(?:(cors|no-cors)\/)?data\/([\w.-]+\.json)$/.exec(urlPath);
      if (data) {
        // The built-in dataset's parts exist only where the build writes them.
        const file = [path.join(root, 'data', data[2]), path.join(root, 'data/fixtures', data[2]), path.join(root, 'dist/data', data[2])].find((candidate) => existsSync(candidate));
        if (!file) return undefined;
        if (data[1] === 'cors') for (const [header, value] of Object.entries(CORS)) context.set(header, value);
        return { body: await readFile(file, 'utf8'), type: 'json' };
      }
      return undefined;
    },
    async executeCommand({ command, session }) {
      if (command !== 'siip-collect-garbage') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) return false;
      const client = await page.createCDPSession();
      await client.send('HeapProfiler.collectGarbage');
      await client.detach();
      return true;
    },
  };
}
