/**
 * Two builds from one config:
 * - `vite build` (default): the drop-in `dist/siip-widgets.js` with lit, zod and
 *   @lit/localize inside; Leaflet and translations in chunks beside it, loaded
 *   relative to its own URL; plus the demo page and the dataset.
 * - `vite build --mode npm`: side-effect-free ES modules in `dist/npm/` with
 *   dependencies external (types come from `tsc -p src/tsconfig.npm.json`).
 * `vite preview` serves `dist/` (the demo partner page) on PORT or 5173.
 */
import { defineConfig, type Plugin } from 'vite';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { leafletTrustedTypes } from './vite/leaflet-trusted-types.mjs';
import { minifyCssTemplates } from './vite/minify-css-templates.js';
import { SHIPPED_DATASET_FILE, shippedDatasetWithParts } from './data/shipped-dataset.mjs';
import { faultsOfShippedDataset } from './src/data/shipped-dataset-faults.js';

const root = import.meta.dirname;

/**
 * The shipped dataset is trusted at run time (used without loading the validator) when its bytes match the
 * identity embedded here, so the build refuses a file validation would change or report on. Its parts (one file
 * per set of collections a widget shows, `src/data/dataset-store.ts`) are cut from it and trusted the same way.
 */
function shippedDataset() {
  const faults = faultsOfShippedDataset(JSON.parse(readFileSync(SHIPPED_DATASET_FILE, 'utf8')), isDeepStrictEqual);
  if (faults.length) throw new Error(`data/siip-dataset.json cannot ship:\n  ${faults.slice(0, 20).join('\n  ')}`);
  return shippedDatasetWithParts();
}

/** Copies the dataset, its parts, its JSON Schema and the demo pages into the drop-in's dist. */
function publishAssets(parts: ReturnType<typeof shippedDataset>['files']): Plugin {
  return {
    name: 'siip-publish-assets',
    generateBundle() {
      for (const file of ['siip-dataset.json', 'siip-dataset.schema.json', 'siip-partner-example.json']) {
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(resolve(root, 'data', file)) });
      }
      for (const { fileName, source } of parts) this.emitFile({ type: 'asset', fileName: `data/${fileName}`, source });
      for (const file of readdirSync(resolve(root, 'src/demo'))) {
        if (/\.(html|css|svg|js)$/.test(file)) this.emitFile({ type: 'asset', fileName: file, source: readFileSync(resolve(root, 'src/demo', file)) });
      }
    },
  };
}

/**
 * Trims Leaflet's CSS to what the map uses. The map draws its own zoom buttons, attribution, details panel
 * and legend, and never uses Leaflet's popups, tooltips, layers or scale controls, VML or the default marker
 * (whose inlined PNGs alone are ≈4 KiB gzip). Selectors of those parts are removed; rules keep their other
 * selectors, and the panes (including the tooltip and popup panes Leaflet always creates) stay.
 */
function trimLeafletCss(): Plugin {
  const UNUSED = /leaflet-(?:popup(?!-pane)|tooltip(?!-pane)|control-layers|control-scale|control-zoom|oldie|vml|attribution-flag|default-icon-path)/;
  const trim = (css: string) =>
    css
      .replace(/background-image:\s*url\(images\/[^)]+\);/g, '')
      .replace(/([^{}]+)\{([^{}]*)\}/g, (rule, selectors: string, body: string) => {
        if (/^\s*@/.test(selectors)) return rule;
        const kept = selectors.split(',').filter((selector) => !UNUSED.test(selector));
        return kept.length ? `${kept.join(',')}{${body}}` : '';
      });
  return {
    name: 'siip-trim-leaflet-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/leaflet[\\/]dist[\\/]leaflet\.css/.test(id)) return undefined;
      return { code: trim(code), map: null };
    },
  };
}

export default defineConfig(({ mode }) => {
  const npm = mode === 'npm';
  const port = Number(process.env.PORT) || 5173;
  const shipped = shippedDataset();
  return {
    define: {
      // The npm build's dataset path leads to the same dist/data, parts included.
      __SIIP_SHIPPED_DATASET__: JSON.stringify(shipped.identity),
      __SIIP_DATASET_PATH__: JSON.stringify(npm ? '../../../data/siip-dataset.json' : './data/siip-dataset.json'),
    },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
    server: { port },
    build: npm
      ? {
          outDir: 'dist/npm',
          emptyOutDir: true,
          target: 'es2022',
          minify: false,
          lib: {
            entry: {
              'src/entries/index': resolve(root, 'src/entries/index.ts'),
              'src/entries/define': resolve(root, 'src/entries/define.ts'),
            },
            formats: ['es'],
          },
          rolldownOptions: {
            external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^leaflet($|\/)/, /^supercluster$/],
            output: { preserveModules: true, preserveModulesRoot: root, entryFileNames: '[name].js' },
          },
        }
      : {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          lib: { entry: resolve(root, 'src/entries/autoload.ts'), formats: ['es'], fileName: () => 'siip-widgets.js' },
          rolldownOptions: {
            // @lit/localize declares no sideEffects, so its runtime mode's set-up (a resolved Deferred at the top of
            // init/runtime.js) would ship although the widgets use the reentrant mode; none of its modules has effects.
            treeshake: { moduleSideEffects: (id) => (/[\\/]node_modules[\\/]@lit[\\/]localize[\\/]/.test(id) ? false : undefined) },
            // Chunks sit beside the entry so every relative URL works under any path on any host. Each element,
            // Leaflet and each language are chunks of their own; what they share (lit, zod, the loader) is the core.
            output: {
              // Vite keeps whitespace in ES library builds (for other bundlers' tree-shaking); the drop-in goes
              // straight to browsers, so it ships fully minified, with licence comments kept.
              minify: true,
              comments: { legal: true, annotation: false, jsdoc: false },
              // What two or more widgets share (lit, the core of src/) is one core chunk, not one chunk per
              // combination of widgets: a page with one roster then makes one request for it. Translations,
              // Leaflet and the outlines stay lazy. Shared modules that only some pages or only lazy chunks use stay
              // out of it, so a roster page does not download them: the map's and pathway finder's references and
              // links, the calendar's and validator's time zones, the CSV/ICS download helper, the staged first
              // renders (staged-render.ts). The English names of states (state-names.ts: roster, map and pathway
              // finder) are part of it; other languages' are not.
              codeSplitting: {
                groups: [
                  {
                    name: 'core',
                    test: /[\\/]src[\\/](?:internal|data|localization|events|styles)[\\/](?!.*(?:generated[\\/]locales|state-names[\\/]|download|references|safe-href|time-zone|staged-render))|[\\/]node_modules[\\/](?:lit|lit-html|lit-element|@lit)[\\/]/,
                    minShareCount: 2,
                  },
                  // The calendar's time zones and the ICS/CSV download helper, left out of the core: one small chunk, not two.
                  { name: 'calendar-helpers', test: /[\\/]src[\\/]internal[\\/](?:download|time-zone)\.ts$/, minShareCount: 2 },
                  // The links and sources that the map, pathway finder and calendar show, and the staged first render of the
                  // pathway finder and calendar: one small chunk beside those widgets, none on a roster page.
                  { name: 'widget-helpers', test: /[\\/]src[\\/]internal[\\/](?:references|safe-href|staged-render)\.ts$/, minShareCount: 2 },
                ],
              },
              // Each language's names of states (state-names/<locale>.ts, loaded beside its UI strings) are a chunk of
              // their own, as a dynamic import makes them: named apart from the UI strings' chunk of the same language.
              chunkFileNames: (chunk) =>
                /[\\/]state-names[\\/][\w-]+\.ts$/.test(chunk.facadeModuleId ?? '')
                  ? 'siip-state-names-[name]-[hash].js'
                  : chunk.isDynamicEntry
                    ? 'siip-[name]-[hash].js'
                    : 'siip-core-[hash].js',
              assetFileNames: 'siip-[name]-[hash][extname]',
            },
          },
        },
    plugins: npm ? [minifyCssTemplates()] : [leafletTrustedTypes(), trimLeafletCss(), minifyCssTemplates(), publishAssets(shipped.files)],
  };
});
