/**
 * Keeps profession, state and step in the page address (`#siip-profession=…`) while the host's `sync-url`
 * is on: reads the fragment when connected, when turned on and on every hashchange; writes it with
 * replaceState (no history entry per click). The fragment format is share-link.ts (pure), which the host loads
 * only for `sync-url` (plan-sharing.ts) and hands over through `format`: until it is there, nothing is read or
 * written, and the host calls `read()` once it has arrived.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SharedPlan, buildFragment, parseFragment } from './share-link.js';

export interface FragmentFormat {
  parseFragment: typeof parseFragment;
  buildFragment: typeof buildFragment;
}

export interface UrlSyncOptions {
  /** Whether the host may use the address (its `sync-url`). */
  enabled: () => boolean;
  /** The fragment format, once loaded. */
  format: () => FragmentFormat | undefined;
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

  hostUpdate(): void {
    // Turned on after connecting (a property set by script): take up what the address says.
    const enabled = this.#options.enabled();
    if (enabled && !this.#wasEnabled) this.read();
    this.#wasEnabled = enabled;
  }

  /** Applies the plan in the address, when syncing is on and the format has loaded. */
  read(): void {
    const format = this.#options.format();
    if (!this.#options.enabled() || !format) return;
    this.#wasEnabled = true;
    this.#options.apply(format.parseFragment(window.location.hash));
  }

  /** Writes `plan` into the address, when syncing is on and the format has loaded. */
  write(plan: SharedPlan): void {
    const format = this.#options.format();
    if (!this.#options.enabled() || !format) return;
    const fragment = format.buildFragment(window.location.hash, plan);
    const { pathname, search } = window.location;
    history.replaceState(history.state, '', `${pathname}${search}${fragment}`);
  }
}
