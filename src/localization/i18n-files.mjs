// Where translations live: every `*.i18n.json` file under src/ and components/ (read by `npm run localize` and
// by the translation tests).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

function findJson(dir, found = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findJson(path, found);
    else if (name.endsWith('.i18n.json')) found.push(path);
  }
  return found;
}

/** Every `*.i18n.json` file under src/ and components/, as absolute paths. */
export const i18nFiles = [...findJson(join(root, 'src')), ...findJson(join(root, 'components'))];
