/**
 * Partner files are layered over the national dataset: records are merged by id
 * in file order; a later record adds fields to, or replaces fields of, the earlier
 * one with the same id. Objects merge deeply; arrays and scalars are replaced.
 */
import type { DataIssue } from './issues.js';

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

export function deepMerge(base: Raw, overlay: Raw): Raw {
  const merged: Raw = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    merged[key] = isObject(value) && isObject(merged[key]) ? deepMerge(merged[key] as Raw, value) : value;
  }
  return merged;
}

export interface LayeredFile {
  url: string;
  data: Raw;
}

/** Merges raw (already migrated) dataset files; header fields come from the first file. */
export function mergeDatasets(files: readonly LayeredFile[], collections: readonly string[]): { merged: Raw; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const [first, ...rest] = files;
  const merged: Raw = { ...first.data };
  for (const { url, data } of rest) {
    for (const name of collections) {
      const overlay = data[name];
      if (overlay === undefined) continue;
      if (!Array.isArray(overlay)) {
        issues.push({ path: `${url} ${name}`, message: 'should be a list; the file’s entries here were ignored' });
        continue;
      }
      const target = Array.isArray(merged[name]) ? [...(merged[name] as unknown[])] : [];
      const indexById = new Map<string, number>();
      target.forEach((record, index) => {
        if (isObject(record) && typeof record.id === 'string') indexById.set(record.id, index);
      });
      overlay.forEach((record, index) => {
        const id = isObject(record) ? record.id : undefined;
        if (!isObject(record) || typeof id !== 'string') {
          issues.push({ path: `${url} ${name}[${index}]`, message: 'has no id, so it cannot be merged; it was ignored' });
          return;
        }
        const existing = indexById.get(id);
        if (existing === undefined) {
          indexById.set(id, target.length);
          target.push(record);
        } else {
          target[existing] = deepMerge(target[existing] as Raw, record);
        }
      });
      merged[name] = target;
    }
  }
  return { merged, issues };
}
