// The Custom Elements Manifest (dist/custom-elements.json, written by `npm run build`) is what Storybook's autodocs
// and editors read: each registered widget must be declared under exactly its tag (a paragraph left after `@tag`
// in the JSDoc once became part of three tag names, and autodocs found no element for them), with its summary,
// description, attributes, CSS parts and custom properties, and no private or protected member listed as its API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TAGS } from './registry.mjs';

const manifest = JSON.parse(readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);

test('every registered widget is declared under exactly its tag, and nothing else claims a siip- tag', () => {
  const tags = declarations.map((declaration) => declaration.tagName).filter(Boolean);
  for (const tag of tags) assert.match(tag, /^siip-[a-z]+(?:-[a-z]+)*$/, `a tag name in the manifest is not a bare tag: ${JSON.stringify(tag.slice(0, 60))}`);
  assert.deepEqual([...tags].sort(), [...TAGS].sort());
});

test('each widget carries its summary, description, attributes, CSS parts and custom properties', () => {
  for (const tag of TAGS) {
    const declaration = declarations.find((candidate) => candidate.tagName === tag);
    assert.ok(declaration, `${tag} is not in the manifest`);
    assert.ok(declaration.summary?.trim(), `${tag} has no @summary`);
    assert.ok(declaration.description?.trim(), `${tag} has no description`);
    assert.ok(declaration.attributes?.some((attribute) => attribute.name === 'src'), `${tag} does not document its src attribute`);
    assert.ok(declaration.cssParts?.length, `${tag} documents no CSS part`);
    assert.ok(declaration.cssProperties?.length, `${tag} documents no CSS custom property`);
    const hidden = (declaration.members ?? []).filter((member) => member.name.startsWith('#') || (member.privacy && member.privacy !== 'public'));
    assert.deepEqual(hidden.map((member) => member.name), [], `${tag} lists private or protected members as its API`);
  }
});
