/**
 * Keeps profession, state and step in the page address (`#siip-profession=…`) while the host's `sync-url`
 * is on: reads the fragment when connected, when syncing is turned on and on every hashchange; writes it with
 * replaceState (no history entry per click). The fragment format is share-link.ts (pure). The host creates
 * this controller (plan-sharing.ts, loaded only for `sync-url`) and calls `beforeUpdate()` ahead of each
 * update, so a plan from the address is applied before an update begins, never during one.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { buildFragment, parseFragment, type SharedPlan } from './share-link.js';

export interface UrlSyncOptions {
  /** Whether the host may use the address (its `sync-url`). */
  enabled: () => boolean;
  /** The plan read from the address. */
  apply: (plan: SharedPlan) => void;
}

export class UrlSyncController implements ReactiveController {
  readonly #options: UrlSyncOptions;
  #wasEnabled = false;
  readonly #onHashChange = () => this.read();

  constructor(host: ReactiveControllerHost, options: UrlSyncOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#onHashChange);
    this.read();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** Turned on again after a while off (a property set by script): take up what the address says. */
  beforeUpdate(): void {
    const enabled = this.#options.enabled();
    if (enabled && !this.#wasEnabled) this.read();
    this.#wasEnabled = enabled;
  }

  /** Applies the plan in the address, when syncing is on. */
  read(): void {
    if (!this.#options.enabled()) return;
    this.#wasEnabled = true;
    this.#options.apply(parseFragment(window.location.hash));
  }

  /** Writes `plan` into the address, when syncing is on. */
  write(plan: SharedPlan): void {
    if (!this.#options.enabled()) return;
    const fragment = buildFragment(window.location.hash, plan);
    const { pathname, search } = window.location;
    history.replaceState(history.state, '', `${pathname}${search}${fragment}`);
  }
}
