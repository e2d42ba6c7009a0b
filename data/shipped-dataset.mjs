// The identity of data/siip-dataset.json that builds embed as __SIIP_SHIPPED_DATASET__ (see
// src/data/shipped-dataset.ts): a file fetched at run time with the same SHA-256 is used without validation.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const SHIPPED_DATASET_FILE = new URL('./siip-dataset.json', import.meta.url);

/** { dataVersion, bytes, sha256 } of the shipped file. */
export function shippedDatasetIdentity(file = SHIPPED_DATASET_FILE) {
  const bytes = readFileSync(file);
  return {
    dataVersion: JSON.parse(bytes.toString('utf8')).dataVersion,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
