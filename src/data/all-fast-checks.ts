/**
 * Every collection's fast-path check, loaded at once: for validating synchronously everything a file holds
 * (`buildDataset`, the CLI, the build's check of the shipped dataset). Widgets load theirs as they need them
 * (`fast-checks.ts`). Both lists of modules are generated from the one in data/build-schema.mjs.
 */
import * as all from './generated/dataset-check-all.js';
import type { FastChecks } from './fast-checks.js';

export const ALL_FAST_CHECKS: Required<FastChecks> = { ...all };
