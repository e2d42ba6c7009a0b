import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the host is narrower than `width` pixels, observed with a ResizeObserver. Unlike
 * @lit-labs/observers' ResizeController (which re-renders on every size change, inside the observer's
 * callback), it updates the host only when the answer changes, and on the next frame: changing the layout
 * inside the observer's callback would loop ("ResizeObserver loop completed with undelivered notifications").
 */
export class BreakpointController implements ReactiveController {
  /** True while the host is narrower than the breakpoint (false before the first measurement). */
  narrow = false;
  /** False until the first measurement (or without ResizeObserver), so a host can wait before choosing a layout. */
  measured = false;
  readonly #host: ReactiveControllerHost & Element;
  readonly #width: number;
  #observer?: ResizeObserver;

  constructor(host: ReactiveControllerHost & Element, width: number) {
    this.#host = host;
    this.#width = width;
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') {
      this.measured = true;
      return;
    }
    this.#observer = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      const narrow = width > 0 && width < this.#width;
      if (narrow === this.narrow && this.measured) return;
      requestAnimationFrame(() => {
        this.measured = true;
        this.narrow = narrow;
        this.#host.requestUpdate();
      });
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
