/**
 * Every collection's fast-path check, loaded at once: for validating synchronously everything a file holds
 * (`buildDataset`, the CLI, the build's check of the shipped dataset). Widgets load theirs as they need them
 * (`fast-checks.ts`).
 */
import * as common from './generated/dataset-check.js';
import * as events from './generated/dataset-check-events.js';
import * as professions from './generated/dataset-check-professions.js';
import * as providers from './generated/dataset-check-providers.js';
import type { FastChecks } from './fast-checks.js';

export const ALL_FAST_CHECKS: Required<FastChecks> = { ...common, ...events, ...professions, ...providers };
