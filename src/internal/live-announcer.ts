import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * One polite live region per widget. Screen readers hear a search or a filter once, when it settles,
 * not once per keystroke: `announce(text, { settle: true })` waits until no other call came for
 * `settleMs`. A changed state, sort order or linked selection is announced at once.
 */
export class LiveAnnouncer implements ReactiveController {
  #message = '';
  #timer?: ReturnType<typeof setTimeout>;
  /** Flips between announcements so the same words said twice are still spoken twice. */
  #repeat = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settleMs = 600,
  ) {
    host.addController(this);
  }

  /** What the region says now (for tests and for hosts that mirror it). */
  get message(): string {
    return this.#message;
  }

  announce(message: string, { settle = false }: { settle?: boolean } = {}): void {
    clearTimeout(this.#timer);
    if (!settle) return this.#say(message);
    this.#timer = setTimeout(() => this.#say(message), this.settleMs);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  render(): TemplateResult {
    return html`<div class="siip-visually-hidden" part="announcer" role="status" aria-live="polite" aria-atomic="true">${this.#message}${this.#repeat ? '\u00a0' : ''}</div>`;
  }

  #say(message: string): void {
    if (message && message === this.#message) this.#repeat = !this.#repeat;
    this.#message = message;
    this.host.requestUpdate();
  }
}
