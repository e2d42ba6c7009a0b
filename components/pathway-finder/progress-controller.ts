/**
 * The reader's check marks for the pathway on screen, and whether they are kept on this device. Follows the
 * pathway the host shows (profession, state and data version make the key): on a switch it reads what was
 * saved, or the marks made earlier in this visit. Storage itself is progress-store.ts (pure, guarded).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clearProgress, getStorage, readProgress, writeProgress } from './progress-store.js';

export type StorageNote = '' | 'unavailable' | 'discarded' | 'write-failed';

export interface ProgressTarget {
  /** progressKey(profession, state, dataVersion). */
  key: string;
  /** The ids of the pathway's steps (asked only on a switch): saved ids of other steps are dropped. */
  steps: () => ReadonlySet<string>;
}

export interface ProgressOptions {
  /** The pathway on screen, or undefined while there is none. */
  target: () => ProgressTarget | undefined;
}

export class ProgressController implements ReactiveController {
  /** Ids of the steps marked as done. */
  done: ReadonlySet<string> = new Set();
  /** Whether the marks are kept in this browser's storage. */
  saving = false;
  /** Why storage did not do what the reader asked, if it did not. */
  note: StorageNote = '';
  readonly #host: ReactiveControllerHost;
  readonly #options: ProgressOptions;
  #key?: string;
  /** Unsaved check marks per key, so switching away and back in one visit keeps them. */
  readonly #memory = new Map<string, Set<string>>();

  constructor(host: ReactiveControllerHost, options: ProgressOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whether there is a pathway whose progress can be kept. */
  get active(): boolean {
    return this.#key !== undefined;
  }

  hostConnected(): void {
    // The first touch of localStorage waits on the browser (a few ms, tens on a busy phone): done while the data
    // downloads, in a task of its own, the first render's progress read then finds it open.
    setTimeout(() => {
      try {
        void getStorage()?.length;
      } catch {
        // Refused: the progress read says so, guarded, at the first render.
      }
    });
  }

  hostUpdate(): void {
    const target = this.#options.target();
    if (target && target.key !== this.#key) this.#switchTo(target);
  }

  /** Marks one step as done or not, and saves when saving is on. */
  mark(stepId: string, done: boolean): void {
    const next = new Set(this.done);
    if (done) next.add(stepId);
    else next.delete(stepId);
    this.done = next;
    this.#save();
    this.#host.requestUpdate();
  }

  /** Turns saving on (saving the marks now) or off (removing what was saved). Returns whether it is on. */
  setSaving(wanted: boolean): boolean {
    if (!this.#key) return false;
    if (wanted) {
      this.saving = true;
      this.#save();
    } else {
      this.saving = false;
      clearProgress(getStorage(), this.#key);
    }
    this.#host.requestUpdate();
    return this.saving;
  }

  /** Forgets every mark, saved or not. */
  clear(): void {
    if (this.#key) {
      clearProgress(getStorage(), this.#key);
      this.#memory.delete(this.#key);
    }
    this.done = new Set();
    this.saving = false;
    this.#host.requestUpdate();
  }

  #switchTo({ key, steps }: ProgressTarget): void {
    if (this.#key) this.#memory.set(this.#key, new Set(this.done));
    this.#key = key;
    const outcome = readProgress(getStorage(), key, steps());
    this.saving = outcome.status === 'loaded';
    this.note = outcome.status === 'unavailable' ? 'unavailable' : outcome.status === 'discarded' ? 'discarded' : '';
    this.done = outcome.status === 'loaded' ? new Set(outcome.steps) : (this.#memory.get(key) ?? new Set());
  }

  #save(): void {
    if (!this.saving || !this.#key) return;
    const outcome = writeProgress(getStorage(), this.#key, this.done);
    if (!outcome.ok) {
      this.saving = false;
      this.note = 'write-failed';
    } else if (this.note === 'discarded') {
      this.note = '';
    }
  }
}
