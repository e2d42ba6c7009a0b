import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { yieldToPage } from '../data/yield-to-page.js';
import { afterNextPaint } from './after-next-paint.js';

export interface StagedRenderOptions {
  /** How many renders the first view of the data takes: stage 0 first, `stages - 1` complete. */
  stages: number;
  /** Whether the host shows its data (not its loading or error state): only that view is staged. */
  active: () => boolean;
  /** Each stage waits for the page to paint the one before, not only for a turn: for what is off-screen anyway. */
  afterPaint?: boolean;
}


/**
 * A widget's first render of its data, in stages of a task each: what a phone's first screen shows first, the rest
 * a turn later, instead of one long task that holds the page (on a phone, the main thread is what a visitor waits
 * on; Lighthouse counts every task over 50 ms). The host renders what `stage` allows, keeps the room the drop-in
 * reserved while `staging` (the theme's `.siip-staging`), and lists the controller in its `getUpdateComplete()`
 * (`afterModulesLoaded`), so "await updateComplete" finds the whole view. Renders after the first are whole.
 */
export class StagedRender implements ReactiveController {
  /** The stage to render; the last once the first view is complete. */
  stage = 0;
  #pending?: Promise<void>;
  readonly #host: ReactiveControllerHost;
  readonly #options: StagedRenderOptions;

  constructor(host: ReactiveControllerHost, options: StagedRenderOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The next stage while one is to come (it never rejects). */
  get pending(): Promise<void> | undefined {
    return this.#pending;
  }

  /** Whether the host shows its data and part of it is still to come. */
  get staging(): boolean {
    return this.stage < this.#options.stages - 1 && this.#options.active();
  }

  /** Whether `stage` is rendered by now. */
  reached(stage: number): boolean {
    return this.stage >= stage;
  }

  hostUpdated(): void {
    if (!this.staging || this.#pending) return;
    this.#pending = (this.#options.afterPaint ? afterNextPaint() : yieldToPage()).then(() => {
      this.#pending = undefined;
      this.stage++;
      this.#host.requestUpdate();
    });
  }
}
