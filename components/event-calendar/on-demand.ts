/**
 * A module the element loads the first time it needs it, as a reactive controller: `get()` answers the
 * module once it has loaded, and otherwise starts loading it and re-renders the host when it arrives. The
 * host's `updateComplete` waits for a load in flight (`whenLoaded`), so what follows a click sees the result.
 * In the drop-in each such module is a chunk of its own, which pages that never need it never download.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class OnDemand<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #load: () => Promise<T>;
  #module?: T;
  #loading?: Promise<void>;

  constructor(host: ReactiveControllerHost, load: () => Promise<T>) {
    this.#host = host;
    this.#load = load;
    host.addController(this);
  }

  /** The module, or undefined while it loads (the first call starts loading it). */
  get(): T | undefined {
    if (this.#module === undefined && !this.#loading) {
      this.#loading = this.#load().then(
        (module) => {
          this.#module = module;
          this.#host.requestUpdate();
        },
        // A chunk that cannot be fetched (offline) is tried again on the next render that needs it.
        (error: unknown) => console.warn('siip-widgets: a part of the calendar could not be loaded', error),
      );
      void this.#loading.finally(() => (this.#loading = undefined));
    }
    return this.#module;
  }

  /** Settles when no load is in flight. */
  get whenLoaded(): Promise<void> {
    return this.#loading ?? Promise.resolve();
  }

  hostConnected(): void {}
}
