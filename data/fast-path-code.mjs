// Build-time only (`npm run schema`): the fast path's checks as the browser gets them.
// - compileChecks: the fast-path JSON Schema compiled straight into yes-or-no checks, with none of the error
//   bookkeeping of ajv's standalone code (ajv's code stays the reference: data/build-schema.mjs proves both answer
//   alike on every record of the dataset and the fixtures and thousands of variants).
// - splitModules: one module per group of collections, so a widget downloads only the checks of the collections
//   it validates; what several groups share sits in the first module, which the others import.

const withoutStrings = (code) => code.replace(/"(?:[^"\\]|\\.)*"/g, '""');

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

const ANNOTATIONS = new Set(['$schema', 'description', 'title', 'default', 'examples', '$comment', 'definitions']);
const KEYWORDS = new Set(['$ref', 'type', 'allOf', 'anyOf', 'oneOf', 'enum', 'const', 'pattern', 'minLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'items', 'properties', 'required', 'additionalProperties', 'propertyNames']);
/** Keywords that need statements (loops over keys or items, several branches): their schema gets a function. */
const NEEDS_FUNCTION = ['items', 'properties', 'required', 'additionalProperties', 'propertyNames', 'anyOf', 'oneOf'];
/**
 * Patterns with code of the same meaning that runs faster, for a value known to be a string (a regular expression's
 * call costs several times what these do on short text; every record has several):
 * - trimmed text: `\s` and `trim()` are defined by the same characters (WhiteSpace and LineTerminator), so text
 *   matches exactly when it is not empty and `trim()` leaves it as it is (which returns the string itself, no copy);
 * - ids: lowercase letters and digits, single `-` or `.` between them, read code unit by code unit as the pattern
 *   (without the `u` flag) reads them.
 * Each gives an expression, or the code of a function to hoist.
 */
const PATTERN_CODE = {
  '^\\S(?:[\\s\\S]*\\S)?$': { expression: (x) => `(${x}.length > 0 && ${x}.trim() === ${x})` },
  '^[a-z0-9]+(?:[-.][a-z0-9]+)*$': {
    // `after` is true at the start and after a separator, where only a letter or digit may come.
    function:
      '(x) => {let after = true;for (let i = 0; i < x.length; i++) {const c = x.charCodeAt(i);if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) after = false;else if ((c === 45 || c === 46) && !after) after = true;else return false;}return !after;}',
  },
};
/** ajv's type checks, word for word (`number` and `integer` exclude NaN and infinities). */
const TYPES = {
  object: (x) => `(${x} && typeof ${x} == "object" && !Array.isArray(${x}))`,
  array: (x) => `Array.isArray(${x})`,
  string: (x) => `typeof ${x} === "string"`,
  boolean: (x) => `typeof ${x} === "boolean"`,
  number: (x) => `(typeof ${x} == "number" && isFinite(${x}))`,
  integer: (x) => `(typeof ${x} == "number" && !(${x} % 1) && !isNaN(${x}) && isFinite(${x}))`,
  null: (x) => `${x} === null`,
};

/**
 * Compiles the fast path's JSON Schema (draft-07, the few keywords `fast-path-schema.ts` produces) straight into
 * yes-or-no checks: a function per object, list or shared definition, everything else inline, and none of the error
 * bookkeeping ajv's code carries (which made a first call, before the engine optimises, several times slower).
 * ajv's standalone code stays the reference: the build proves both answer alike on every record of the dataset and
 * the fixtures and thousands of variants. `entries` maps each export to a JSON pointer
 * (`#/properties/communities/items`). Returns code in the shape `splitModules` reads (`validateN`, `patternN`,
 * `schemaN`).
 */
export function compileChecks(root, entries) {
  const out = [];
  const functions = new Map(); // schema node → its function's name
  let counter = 0;
  const resolve = (pointer) => {
    if (!pointer.startsWith('#/')) throw new Error(`fast-path code: an external $ref ${pointer}`);
    let node = root;
    for (const part of pointer.slice(2).split('/')) node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (node === undefined) throw new Error(`fast-path code: $ref ${pointer} resolves to nothing`);
    return node;
  };
  const hoist = (kind, text) => {
    const name = `${kind}${counter++}`;
    out.push(`const ${name} = ${text};`);
    return name;
  };
  const literal = (value) => {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return JSON.stringify(value);
    throw new Error('fast-path code: only primitive enum and const values are supported');
  };
  const and = (parts) => (parts.length === 0 ? 'true' : `(${parts.join(' && ')})`);
  const hoisted = new Map(); // pattern → the name of its hoisted code
  const matches = (pattern, x) => {
    const known = PATTERN_CODE[pattern];
    if (known?.expression) return known.expression(x);
    if (!hoisted.has(pattern)) hoisted.set(pattern, known ? hoist('pattern', known.function) : `${hoist('pattern', `new RegExp(${JSON.stringify(pattern)}, "")`)}.test`);
    return `${hoisted.get(pattern)}(${x})`;
  };

  /** An expression that is true when the variable `x` passes `schema`. */
  const test = (schema, x) => {
    if (schema === true) return 'true';
    if (schema === false) return 'false';
    for (const key of Object.keys(schema)) {
      if (!KEYWORDS.has(key) && !ANNOTATIONS.has(key)) throw new Error(`fast-path code: the keyword ${key} is not supported; teach data/fast-path-code.mjs about it`);
    }
    if (NEEDS_FUNCTION.some((key) => schema[key] !== undefined)) return `${fn(schema)}(${x})`;
    const parts = [];
    if (schema.$ref) parts.push(`${fn(resolve(schema.$ref))}(${x})`);
    if (schema.type !== undefined) {
      if (typeof schema.type !== 'string' || !TYPES[schema.type]) throw new Error(`fast-path code: type ${JSON.stringify(schema.type)}`);
      parts.push(TYPES[schema.type](x));
    }
    if (schema.const !== undefined) parts.push(`${x} === ${literal(schema.const)}`);
    if (schema.enum) {
      const values = schema.enum.map(literal);
      parts.push(values.length > 4 ? `${hoist('schema', `new Set([${values.join(',')}])`)}.has(${x})` : `(${values.map((v) => `${x} === ${v}`).join(' || ')})`);
    }
    // A keyword applies to values of its type only; where the schema's own type asserts that, no guard is needed.
    const only = (types, guard, check) => parts.push(types.includes(schema.type) ? check : `(${guard} || ${check})`);
    if (schema.minLength !== undefined) only(['string'], `typeof ${x} !== "string"`, `${x}.length >= ${schema.minLength}`);
    if (schema.pattern !== undefined) only(['string'], `typeof ${x} !== "string"`, matches(schema.pattern, x));
    const number = (check) => only(['number', 'integer'], `typeof ${x} != "number"`, check);
    if (schema.maximum !== undefined) number(`${x} <= ${schema.maximum}`);
    if (schema.minimum !== undefined) number(`${x} >= ${schema.minimum}`);
    if (schema.exclusiveMaximum !== undefined) number(`${x} < ${schema.exclusiveMaximum}`);
    if (schema.exclusiveMinimum !== undefined) number(`${x} > ${schema.exclusiveMinimum}`);
    if (schema.minItems !== undefined) only(['array'], `!Array.isArray(${x})`, `${x}.length >= ${schema.minItems}`);
    for (const sub of schema.allOf ?? []) parts.push(test(sub, x));
    return and(parts);
  };

  /** The function that checks `schema`, made once per schema node. */
  const fn = (schema) => {
    let name = functions.get(schema);
    if (name) return name;
    name = `validate${counter++}`;
    functions.set(schema, name);
    const { items, properties = {}, required = [], additionalProperties, propertyNames, anyOf, oneOf, ...rest } = schema;
    const body = [];
    const own = test(rest, 'x');
    if (own !== 'true') body.push(`if(!${own})return false;`);
    if (items !== undefined) {
      if (typeof items !== 'object' || Array.isArray(items)) throw new Error('fast-path code: only one schema for all items is supported');
      const loop = `for(let i=0;i<x.length;i++){const v=x[i];if(!${test(items, 'v')})return false;}`;
      body.push(schema.type === 'array' ? loop : `if(Array.isArray(x))${loop}`);
    }
    if (anyOf) body.push(`if(!(${anyOf.map((sub) => test(sub, 'x')).join(' || ')}))return false;`);
    if (oneOf) body.push(`if((${oneOf.map((sub) => `+${test(sub, 'x')}`).join(' ')}) !== 1)return false;`);
    const known = Object.keys(properties);
    if (known.length || required.length || additionalProperties !== undefined || propertyNames !== undefined) {
      const object = [];
      for (const key of required) if (!known.includes(key)) object.push(`if(x[${JSON.stringify(key)}] === undefined)return false;`);
      const extra = additionalProperties === undefined || additionalProperties === true ? undefined : additionalProperties;
      // No other keys than the known ones: count the known ones present and compare with the keys `for in` visits,
      // rather than looking each key up in a set (a key the object has but with the value undefined, which JSON
      // cannot give, only makes the check stricter, as zod then decides).
      const counted = extra === false && propertyNames === undefined && required.every((key) => known.includes(key));
      if (counted) object.push('let n=0;');
      else if (extra !== undefined || propertyNames !== undefined) {
        const isKnown = known.length ? `${hoist('schema', `new Set([${known.map((k) => JSON.stringify(k)).join(',')}])`)}.has(k)` : 'false';
        const each = [];
        if (propertyNames !== undefined) each.push(`if(!${test(propertyNames, 'k')})return false;`);
        if (extra === false) each.push(`if(!${isKnown})return false;`);
        else if (extra !== undefined) each.push(`if(!${isKnown}){const v=x[k];if(!${test(extra, 'v')})return false;}`);
        object.push(`for(const k in x){${each.join('')}}`);
      }
      for (const key of known) {
        const check = test(properties[key], 'v');
        if (counted) object.push(required.includes(key) ? `{const v=x[${JSON.stringify(key)}];if(v === undefined || !${check})return false;n++;}` : `{const v=x[${JSON.stringify(key)}];if(v !== undefined){if(!${check})return false;n++;}}`);
        else object.push(`{const v=x[${JSON.stringify(key)}];if(${required.includes(key) ? 'v === undefined ||' : 'v !== undefined &&'} !${check})return false;}`);
      }
      if (counted) object.push('for(const k in x)n--;if(n !== 0)return false;');
      body.push(schema.type === 'object' ? object.join('') : `if(${TYPES.object('x')}){${object.join('')}}`);
    }
    out.push(`function ${name}(x){${body.join('')}return true;}`);
    return name;
  };
  const exported = Object.entries(entries).map(([name, pointer]) => `export const ${name} = ${fn(resolve(pointer))};`);
  return exported.join('') + out.join('');
}
