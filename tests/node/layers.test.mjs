// The layer rule of eslint.config.mjs, proved on files it must refuse and files it must accept, with the
// repository's own configuration (ESLint's Node API, no files written).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const cwd = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd });

async function layerErrors(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

test('a core file that imports a widget fails the lint', async () => {
  const errors = await layerErrors('src/data/leak.ts', "import { SiipCohortRoster } from '../../components/cohort-roster/cohort-roster.component.js';\nexport const x = SiipCohortRoster;\n");
  assert.equal(errors.length, 1);
  assert.match(errors[0], /never imports a widget/);
});

test('a core file that imports an entry point fails the lint', async () => {
  for (const dir of ['internal', 'styles', 'events', 'localization']) {
    const errors = await layerErrors(`src/${dir}/leak.ts`, "import { WIDGETS } from '../entries/widgets.js';\nexport const x = WIDGETS;\n");
    assert.equal(errors.length, 1, dir);
  }
});

test('widgets and entry points may import the core', async () => {
  assert.deepEqual(await layerErrors('components/cohort-roster/x.ts', "import { textOf } from '../../src/data/text.js';\nexport const x = textOf;\n"), []);
  assert.deepEqual(await layerErrors('src/entries/x.ts', "import '../../components/cohort-roster/cohort-roster.js';\n"), []);
});
