/**
 * Build-time only: why the dataset that ships beside the drop-in cannot be trusted at run time, if it cannot.
 * Widgets use that file without validating it (see `shipped-dataset.ts`), so it must be exactly what validation
 * would return: a current format, no dropped record, field or reference, nothing zod would trim or strip, and
 * every collection present. `vite.config.ts` refuses to build otherwise.
 */
import { validateDataset, upgradeToCurrent } from './validate.js';
import { ALL_FAST_CHECKS } from './all-fast-checks.js';
import { SCHEMA_VERSION } from './schema.js';

export function faultsOfShippedDataset(raw: unknown, isDeepEqual: (a: unknown, b: unknown) => boolean): string[] {
  const upgraded = upgradeToCurrent(raw);
  if (!upgraded.ok) return [upgraded.message, ...upgraded.issues.map((i) => `${i.path}: ${i.message}`)];
  if (upgraded.data !== raw) return [`the file needs migrating to format ${SCHEMA_VERSION}; ship it in the current format`];
  const validated = validateDataset(upgraded.data, {}, ALL_FAST_CHECKS);
  if (!validated.ok) return [validated.message, ...validated.issues.map((i) => `${i.path}: ${i.message}`)];
  if (validated.issues.length) return validated.issues.map((i) => `${i.path}: ${i.message}`);
  if (!isDeepEqual(validated.dataset, raw)) {
    return ['validation would change the file (untrimmed text, unknown fields, or a missing collection): ship it as validation returns it'];
  }
  return [];
}
