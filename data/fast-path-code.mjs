// Build-time only (`npm run schema`): turns ajv's standalone code for the fast path into what the browser needs.
// - booleanOnly: the fast path asks only "valid or not", so the error objects ajv builds (paths, keywords, params)
//   and the options every nested check passes on to build them are dropped; error lists keep their lengths, which
//   ajv's code uses to decide (anyOf and the like), so every check answers exactly as before.
// - splitModules: one module per group of collections, so a widget downloads only the checks of the collections
//   it validates; what several groups share sits in the first module, which the others import.

/** Index just past the object literal that opens at `code[start]` (strings skipped; ajv emits no `{` elsewhere). */
function endOfObject(code, start) {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  throw new Error('fast-path code: an unbalanced object');
}

const withoutStrings = (code) => code.replace(/"(?:[^"\\]|\\.)*"/g, '""');

/** ajv's standalone code with every error object and every error-building option removed. */
export function booleanOnly(code) {
  const SITES =
    /(\[)\{instancePath|(= )\{instancePath|(, )\{instancePath|(function validate\d+\(data), \{instancePath="", parentData, parentDataProperty, rootData=data\}=\{\}\)/g;
  let out = '';
  let at = 0;
  for (let match; (match = SITES.exec(code)); ) {
    out += code.slice(at, match.index);
    if (match[4]) {
      out += `${match[4]})`;
      at = SITES.lastIndex;
      continue;
    }
    const [, list, kept, call] = match;
    const end = endOfObject(code, match.index + (list ?? kept ?? call).length);
    if (list) out += '[0'; // an error list of one: its length still counts
    else if (kept) out += '= 0'; // an error about to join a list
    // a nested check's options: dropped
    at = SITES.lastIndex = end;
  }
  out += code.slice(at);
  const left = withoutStrings(out).match(/\b(?:instancePath|parentData|parentDataProperty|rootData|schemaPath)\b/);
  if (left) throw new Error(`fast-path code: ajv's output changed (it still uses ${left[0]}); teach data/fast-path-code.mjs about it`);
  return out;
}

/** The top-level statements of the code, with the names each declares and uses. */
function statements(code) {
  const list = [];
  let depth = 0;
  let start = 0;
  const end = (i) => {
    const text = code.slice(start, i).trim();
    start = i;
    if (!text || text === '"use strict";') return;
    const bare = withoutStrings(text);
    const declared = /^(?:export )?(?:const|function) (\w+)/.exec(bare)?.[1];
    if (!declared) throw new Error(`fast-path code: an unexpected statement ${text.slice(0, 60)}`);
    const uses = new Set(bare.match(/\b(?:validate|pattern|schema|func)\d+\b/g));
    uses.delete(declared);
    list.push({ text, declared, uses, exported: text.startsWith('export ') });
  };
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0 && /^\s*function /.test(code.slice(start, start + 20))) end(i + 1);
    else if (c === ';' && depth === 0) end(i + 1);
  }
  end(code.length);
  return list;
}

/**
 * Splits the code (exports: one check per collection) into modules, one per group: `groups` maps a file name to
 * the collections whose checks it exports; the first group also holds every part two groups share. Parts no
 * check uses (ajv keeps each schema as a constant) are left out. Returns { file: code }.
 */
export function splitModules(code, groups) {
  const list = statements(code);
  const byName = new Map(list.map((statement) => [statement.declared, statement]));
  const files = Object.keys(groups);
  const home = new Map(); // declared name → the files that need it
  for (const [file, collections] of Object.entries(groups)) {
    const visit = (name) => {
      const needs = home.get(name) ?? new Set();
      if (needs.has(file)) return;
      needs.add(file);
      home.set(name, needs);
      for (const used of byName.get(name)?.uses ?? []) visit(used);
    };
    for (const collection of collections) {
      if (!byName.get(collection)?.exported) throw new Error(`fast-path code: no check exported for ${collection}`);
      visit(collection);
    }
  }
  const fileOf = (name) => {
    const needs = home.get(name);
    return needs.size === 1 ? [...needs][0] : files[0];
  };
  const out = Object.fromEntries(files.map((file) => [file, { imports: new Set(), body: [], shared: new Set() }]));
  for (const statement of list) {
    if (!home.has(statement.declared)) continue;
    const file = fileOf(statement.declared);
    out[file].body.push(statement.text);
    for (const used of statement.uses) {
      const from = fileOf(used);
      if (from === file) continue;
      if (from !== files[0]) throw new Error(`fast-path code: ${file} would import ${used} from ${from}`);
      out[file].imports.add(used);
      out[files[0]].shared.add(used);
    }
  }
  return Object.fromEntries(
    files.map((file) => {
      const { imports, body, shared } = out[file];
      const head = imports.size ? `import { ${[...imports].sort().join(', ')} } from './${files[0]}';\n` : '';
      const tail = shared.size ? `\nexport { ${[...shared].sort().join(', ')} };` : '';
      return [file, head + body.join('') + tail];
    }),
  );
}
