declare const __SIIP_DATASET_PATH__: string | undefined;

/**
 * The built-in dataset, fetched relative to this module, so it keeps working
 * when the dist folder is copied to any host under any path. Builds define
 * `__SIIP_DATASET_PATH__` for their own layout.
 */
export function defaultDatasetUrl(): string {
  const path = typeof __SIIP_DATASET_PATH__ === 'string' ? __SIIP_DATASET_PATH__ : '../../data/siip-dataset.json';
  return new URL(path, import.meta.url).href;
}
