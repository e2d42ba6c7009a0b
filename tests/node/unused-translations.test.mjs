// The other direction of translations.test.mjs: every entry of a `*.i18n.json` file (components/*/ and
// src/localization/shared.i18n.json) is a string the product still shows, i.e. some msg() call in src/ or
// components/ (tests and stories aside) uses its English key. A string removed from the code leaves no
// translation behind for translators to keep up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMsgSources, i18nEntries } from './msg-sources.mjs';

test('every i18n.json entry is used by a msg() call in src/ or components/', () => {
  const used = new Set(extractMsgSources(['src', 'components']));
  assert.ok(used.size > 150, `only ${used.size} strings extracted`);
  const unused = i18nEntries.filter(({ english }) => !used.has(english)).map(({ file, english }) => `${file}: "${english}"`);
  assert.deepEqual(unused, [], 'remove these entries (then `npm run localize`), or use them');
});
