// What the translation tests compare: the entries of every `*.i18n.json` file and the msg() strings of the code,
// extracted by lit-localize itself (so `str` placeholders are spelled as the i18n.json keys spell them).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { i18nFiles, root } from '../../src/localization/i18n-files.mjs';

export { i18nFiles, root };
export const config = JSON.parse(readFileSync(join(root, 'src/localization/lit-localize.json'), 'utf8'));
export const LOCALES = config.targetLocales;

/** Every entry of those files: `{ file, english, translations }`, `file` relative to the repository. */
export const i18nEntries = i18nFiles.flatMap((file) =>
  Object.entries(JSON.parse(readFileSync(file, 'utf8'))).map(([english, translations]) => ({ file: file.slice(root.length), english, translations })),
);

/**
 * The msg() sources of the code as the i18n.json keys spell them, extracted by lit-localize into a scratch dir.
 * `include` (tsconfig globs relative to the repository) narrows the files read; all of tsconfig.json's by default.
 */
export function extractMsgSources(include) {
  const scratch = mkdtempSync(join(tmpdir(), 'siip-xliff-'));
  try {
    let tsConfig = join(root, 'tsconfig.json');
    if (include) {
      tsConfig = join(scratch, 'tsconfig.json');
      writeFileSync(tsConfig, JSON.stringify({ extends: join(root, 'tsconfig.json'), include: include.map((glob) => join(root, glob)), exclude: [join(root, '**/*.test.ts')] }));
    }
    const checkConfig = {
      ...config,
      tsConfig,
      output: { ...config.output, outputDir: join(scratch, 'out'), localeCodesModule: join(scratch, 'locale-codes.ts') },
      interchange: { ...config.interchange, xliffDir: join(scratch, 'xliff') },
    };
    writeFileSync(join(scratch, 'lit-localize.json'), JSON.stringify(checkConfig));
    execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', join(scratch, 'lit-localize.json')], { cwd: root, stdio: 'pipe' });
    const xml = readFileSync(join(scratch, 'xliff', `${LOCALES[0]}.xlf`), 'utf8');
    const unescape = (t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    return [...xml.matchAll(/<source>([\s\S]*?)<\/source>/g)].map((m) => unescape(m[1].replace(/<x id="\d+" equiv-text="([^"]*)"\/>/g, (_, code) => unescape(code))));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
