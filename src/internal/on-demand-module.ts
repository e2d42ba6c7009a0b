/**
 * A module an element needs only once the reader does something (opens a step, a row, an event) or the page
 * asks for it (`sync-url`, repeating events): imported by `load()` or `get()`, or the first time an update finds
 * it `needed()`, then kept. In the drop-in each such module is a chunk of its own that pages never needing it
 * never download. The host
 * renders again when it arrives, and `pending` lets the host's `updateComplete` wait for it, so "click, then
 * await updateComplete" finds the result in place. A failed import is logged and tried again later.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface OnDemandOptions<T> {
  load: () => Promise<T>;
  /** Asked before each render while the module is not loaded; without it, only `load()` imports the module. */
  needed?: () => boolean;
}

export class OnDemandModule<T> implements ReactiveController {
  #module?: T;
  #pending?: Promise<void>;
  readonly #host: ReactiveControllerHost;
  readonly #options: OnDemandOptions<T>;

  constructor(host: ReactiveControllerHost, options: OnDemandOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The module, once loaded. */
  get module(): T | undefined {
    return this.#module;
  }

  /** The import under way, if any (it never rejects). */
  get pending(): Promise<void> | undefined {
    return this.#pending;
  }

  /** The module, or undefined while it loads (the first call starts loading it). */
  get(): T | undefined {
    if (!this.#module) void this.load();
    return this.#module;
  }

  hostUpdate(): void {
    if (!this.#module && this.#options.needed?.()) void this.load();
  }

  /** Imports the module unless it is loaded or loading; resolves with it, or undefined when the import failed. */
  load(): Promise<T | undefined> {
    if (this.#module) return Promise.resolve(this.#module);
    this.#pending ??= this.#options.load().then(
      (module) => {
        this.#module = module;
        this.#pending = undefined;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        this.#pending = undefined;
        console.warn('siip-widgets: could not load part of the widget; it is tried again on the next change.', error);
      },
    );
    return this.#pending.then(() => this.#module);
  }
}

/**
 * For a host's `getUpdateComplete()`: its own update, then — while any of `modules` is loading — the load and the
 * render it brings, so "click, then await updateComplete" finds the loaded part in place. Anything with a
 * `pending` promise can be waited for so (a StagedRender's next stage).
 */
export async function afterModulesLoaded(update: () => Promise<boolean>, modules: ReadonlyArray<{ readonly pending?: Promise<unknown> }>): Promise<boolean> {
  const loading = () => {
    const pending = modules.flatMap((module) => (module.pending ? [module.pending] : []));
    return pending.length ? Promise.all(pending) : undefined;
  };
  let complete = await update();
  for (let pending = loading(); pending; pending = loading()) {
    await pending;
    complete = await update();
  }
  return complete;
}
