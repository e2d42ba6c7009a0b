/**
 * Build-time only (`npm run schema`): the JSON Schemas from which the fast path of validation is compiled
 * (`src/data/generated/dataset-check.js`), one per collection, derived from the zod schema in `schema.ts`.
 *
 * The fast path may only say "valid" when zod would accept the record AND return it unchanged (zod trims text,
 * strips unknown keys and checks things JSON Schema cannot say). Anything it rejects goes to zod, which repairs
 * and reports exactly as before. So each schema here is the zod schema made *stricter* where JSON Schema cannot
 * express zod exactly:
 * - trimmed text (`z.trim()`) must have no whitespace at either end (zod would have trimmed it);
 * - web links must match a plain `https?://host/…` shape that `new URL` always accepts with a hostname that
 *   passes the schema's own hostname rule (zod's URL check cannot be written as a pattern);
 * - the "every translation is a string" refinement becomes `additionalProperties: {type: string}`;
 * - the IANA time-zone refinement is checked after ajv (see `FAST_PATH_REFINEMENTS`), since only `Intl` knows.
 * An unknown refinement, transform or default makes the build fail, so a schema change cannot silently make the
 * fast path laxer than zod.
 */
import * as z from 'zod/mini';
import { COLLECTIONS, LocalizedText, TimeZone, WebUrl } from './schema.js';

/** Refinements checked by code after ajv says valid, by the path of the field (`*` for list items). */
export const FAST_PATH_REFINEMENTS = { timeZone: ['events', 'when', 'timeZone'] } as const;

/** Text without whitespace at either end and at least one character: exactly what `trim()` leaves unchanged. */
const TRIMMED = '^\\S(?:[\\s\\S]*\\S)?$';
/**
 * `https?://` + a lower-case DNS name with a dot whose last label starts with a letter (no IP, no `xn--` label the
 * URL parser might refuse), an optional short port, then a path, query or fragment without whitespace.
 */
const WEB_URL = '^https?://(?:(?!xn--)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?!xn--)[a-z][a-z0-9-]{0,61}[a-z0-9](?::[0-9]{1,4})?(?:[/?#]\\S*)?$';

type Json = Record<string, unknown>;
interface ZodInternals {
  _zod: { def: { type: string; checks?: Array<{ _zod: { def: { check: string; tx?: (value: string) => string } } }> } };
}

function strictOverride({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: Json }): void {
  const def = (zodSchema as ZodInternals)._zod.def;
  if (['transform', 'pipe', 'default', 'prefault', 'catch', 'success', 'nan', 'lazy', 'promise'].includes(def.type)) {
    throw new Error(`fast-path schema: zod type "${def.type}" changes or defers values; teach src/data/fast-path-schema.ts about it`);
  }
  if (zodSchema === WebUrl) {
    delete jsonSchema.format;
    jsonSchema.pattern = WEB_URL;
    return;
  }
  delete jsonSchema.format;
  for (const check of def.checks ?? []) {
    const kind = check._zod.def.check;
    if (kind === 'overwrite') {
      const tx = check._zod.def.tx!;
      if (tx(' a b ') !== 'a b' || tx('Ab') !== 'Ab') throw new Error('fast-path schema: an overwrite other than trim(); teach src/data/fast-path-schema.ts about it');
      // A pattern with a minLength would be ANDed; keep both (the pattern already implies one character).
      if (jsonSchema.pattern && jsonSchema.pattern !== TRIMMED) throw new Error('fast-path schema: trimmed text with its own pattern');
      jsonSchema.pattern = TRIMMED;
    } else if (kind === 'custom') {
      if (zodSchema === TimeZone) continue; // FAST_PATH_REFINEMENTS
      if (def.type === 'object' && (zodSchema as unknown) === LocalizedText._zod.def.options[1]) {
        jsonSchema.additionalProperties = { type: 'string' };
        continue;
      }
      throw new Error('fast-path schema: a refinement JSON Schema cannot express; teach src/data/fast-path-schema.ts about it');
    }
  }
}

const toSchema = (schema: z.ZodMiniType) =>
  z.toJSONSchema(schema, { target: 'draft-07', unrepresentable: 'throw', reused: 'ref', override: strictOverride as never }) as Json;

/**
 * One JSON Schema for all collections, so shared parts (localized text, organizations, coordinates) are compiled
 * once; the generated module exports one function per collection (`#/properties/<name>/items`).
 */
export function fastPathSchema(): Json {
  return toSchema(z.object(Object.fromEntries(Object.entries(COLLECTIONS).map(([name, schema]) => [name, z.array(schema)]))));
}
