/**
 * The identity of the dataset that ships beside the drop-in (`data/siip-dataset.json`), embedded by the build
 * (`__SIIP_SHIPPED_DATASET__`, see `data/shipped-dataset.mjs`), which also refuses to build when that file has any
 * fault. A fetched file whose bytes hash to the same SHA-256 *is* that file, validated at build time: it is
 * trusted like the script that came with it, and the validator is never loaded for it.
 *
 * Why a SHA-256 and not only `dataVersion` + byte length: a length check would also trust an edited copy of the
 * same length, and a weak hash could be matched on purpose by a hostile file pointing `javascript:` links at
 * readers. Length is compared first so other files are never hashed. Where `crypto.subtle` is missing (a page
 * served over plain http from a host other than localhost) every file is validated.
 *
 * The drop-in's build also writes the file in parts beside it, one per set of collections a widget shows, and embeds
 * each part's identity the same way (`parts`, see `dataset-store.ts`).
 */
declare const __SIIP_SHIPPED_DATASET__: ShippedDatasetIdentity | undefined;

export interface ShippedFileIdentity {
  /** Its length in bytes. */
  bytes: number;
  /** The first 128 bits of its bytes' SHA-256, in lower-case hex (why 128: `data/shipped-dataset.mjs`). */
  sha256: string;
}

export interface ShippedDatasetIdentity extends ShippedFileIdentity {
  /** `dataVersion` of the shipped file (and of its parts). */
  dataVersion: string;
  /**
   * In builds that write them (the drop-in's dist/data): each part's identity, by the collections it is for as a
   * widget lists them, joined by `-` (`siip-dataset.communities-cohorts-programs.json` beside the full file).
   */
  parts?: Record<string, ShippedFileIdentity>;
}

/** The shipped file's identity, or undefined in builds without one (then everything is validated). */
export const SHIPPED_DATASET: ShippedDatasetIdentity | undefined =
  typeof __SIIP_SHIPPED_DATASET__ === 'object' ? __SIIP_SHIPPED_DATASET__ : undefined;

/** Whether `bytes` are exactly the shipped dataset file (or the part of it with `identity`). */
export async function isShippedDataset(bytes: ArrayBuffer, identity: ShippedFileIdentity | undefined = SHIPPED_DATASET): Promise<boolean> {
  if (!identity || bytes.byteLength !== identity.bytes || !globalThis.crypto?.subtle) return false;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest.subarray(0, 16)) hex += byte.toString(16).padStart(2, '0');
  return hex === identity.sha256;
}
