// What the partner pages (tests/partner-pages/pages/) need from the test server:
//
// - `/__partner/tailwind.css`: Tailwind 4 compiled by its own compiler (the `tailwindcss` package's `compile()`,
//   pure JS) from `@import "tailwindcss"` and the classes written in pages/tailwind.html. Compiled when asked,
//   so the page always carries exactly what `tailwindcss` (pinned in devDependencies) makes of its markup; no
//   generated file to keep in step, and no @tailwindcss/cli, whose native oxide binaries per platform would
//   make the lockfile as fragile as rollup's (see /work/shared/guides/toolchain.md).
// - `/__partner/wordpress/style.css` and `theme.css`: the block styles a WordPress post carries, from the
//   `@wordpress/block-library` tarball. That package does not install here (one of its dependencies does not
//   resolve), so it cannot be a devDependency: the tarball is fetched once with `npm pack` (pinned version,
//   checked against its registry integrity) into node_modules/.cache and its two CSS files are read from it.
//   Its GPL CSS is therefore never copied into this repository.
// - `executeServerCommand('partner-screenshot', { path, clip })`: a PNG of part of the test page, written
//   only when SIIP_PARTNER_SHOTS names a folder (the test passes the file name; the folder comes from here).
import { compile } from 'tailwindcss';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pages = path.join(root, 'tests/partner-pages/pages');

export const WORDPRESS_BLOCK_LIBRARY = {
  version: '11.1.0',
  integrity: 'sha512-QSg0uK/aWwaaZJiC625cVdh5R2GKkwwIL23VQaAMV+EHfOA4LzdwpZH4wo0o5NgS/pQN7KMJq6wz50F+dav98Q==',
};

/** The classes a page's markup uses: Tailwind's "candidates". */
function candidatesOf(markup) {
  const classes = new Set();
  for (const match of markup.matchAll(/\bclass="([^"]*)"/g)) for (const name of match[1].split(/\s+/)) if (name) classes.add(name);
  return [...classes];
}

async function tailwindCss() {
  const tailwindDir = path.join(root, 'node_modules/tailwindcss');
  const compiler = await compile('@import "tailwindcss";', {
    base: pages,
    async loadStylesheet(id, base) {
      // `tailwindcss` → index.css; `./preflight.css` etc. relative to it.
      const file = id === 'tailwindcss' ? path.join(tailwindDir, 'index.css') : path.resolve(base, id);
      return { path: file, base: path.dirname(file), content: await readFile(file, 'utf8') };
    },
  });
  return compiler.build(candidatesOf(await readFile(path.join(pages, 'tailwind.html'), 'utf8')));
}

/** The extracted package folder of @wordpress/block-library, fetched on first use. */
function wordpressBlockLibrary() {
  const { version } = WORDPRESS_BLOCK_LIBRARY;
  const cache = path.join(root, 'node_modules/.cache/siip-partner-pages');
  const folder = path.join(cache, `block-library-${version}`);
  if (existsSync(path.join(folder, 'package/build-style/style.css'))) return path.join(folder, 'package');
  mkdirSync(folder, { recursive: true });
  const [{ filename, integrity }] = JSON.parse(
    execFileSync('npm', ['pack', `@wordpress/block-library@${version}`, '--json', '--pack-destination', folder], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  );
  const tarball = path.join(folder, filename);
  const actual = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (actual !== WORDPRESS_BLOCK_LIBRARY.integrity) {
    throw new Error(`@wordpress/block-library@${version}: integrity ${actual} (registry says ${integrity}) is not the pinned one`);
  }
  execFileSync('tar', ['xzf', tarball, '-C', folder, 'package/build-style/style.css', 'package/build-style/theme.css', 'package/package.json']);
  return path.join(folder, 'package');
}

export function partnerPages() {
  let tailwind;
  return {
    name: 'siip-partner-pages',
    async serve(context) {
      if (context.path === '/__partner/tailwind.css') {
        tailwind ??= tailwindCss();
        return { body: await tailwind, type: 'css' };
      }
      const wordpress = /^\/__partner\/wordpress\/(style|theme)\.css$/.exec(context.path);
      if (wordpress) {
        return { body: await readFile(path.join(wordpressBlockLibrary(), `build-style/${wordpress[1]}.css`), 'utf8'), type: 'css' };
      }
      return undefined;
    },
    async executeCommand({ command, payload, session }) {
      if (command !== 'partner-screenshot') return undefined;
      const folder = process.env.SIIP_PARTNER_SHOTS;
      if (!folder) return false;
      mkdirSync(folder, { recursive: true });
      const page = session.browser.getPage(session.id);
      await page.screenshot({ path: path.join(folder, path.basename(payload.name)), clip: payload.clip, captureBeyondViewport: true });
      return true;
    },
  };
}
