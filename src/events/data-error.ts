import type { DataIssue, LoadFailureReason } from '../data/load.js';

export interface SiipDataErrorDetail {
  /** The dataset URL that failed (the first that failed when several are merged). */
  url: string;
  reason: LoadFailureReason;
  /** Precise paths of the faults, when the data itself is at fault. */
  issues: DataIssue[];
}

export type SiipDataErrorEvent = CustomEvent<SiipDataErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'siip-data-error': SiipDataErrorEvent;
  }
}
