import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextRowIndex } from './roster.js';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The rows' one Tab stop (a roving tabindex over the rows' name buttons, `button.name[data-row]`) and where focus
 * goes after the next render: into details opened with Enter, back to a row whose details closed, to the first
 * new row after "Show more".
 */
export class RowFocusController implements ReactiveController {
  readonly #host: Host;
  /** The key of the row the reader was last on; '' before they reach one. */
  #active = '';
  #focusAfterUpdate?: () => HTMLElement | null | undefined;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    const target = this.#focusAfterUpdate?.();
    this.#focusAfterUpdate = undefined;
    target?.focus();
  }

  /** Which of the shown rows (keys in display order) holds the Tab stop: the last one the reader was on, else `preferred`, else the first. */
  tabStop(keys: readonly string[], preferred: string | undefined): string | undefined {
    return keys.includes(this.#active) ? this.#active : (preferred ?? keys[0]);
  }

  /** A row reached by click or by Tab becomes the Tab stop. */
  reached(key: string): void {
    if (this.#active === key) return;
    this.#active = key;
    this.#host.requestUpdate();
  }

  /** Arrow keys, Home and End from the row button `from` to another (no wrap-around); false for other keys. */
  move(event: KeyboardEvent, from: HTMLButtonElement): boolean {
    const buttons = this.#buttons();
    const next = nextRowIndex(buttons.indexOf(from), buttons.length, event.key);
    if (next === undefined) return false;
    event.preventDefault();
    this.#makeTabStop(buttons, buttons[next]).focus();
    return true;
  }

  /**
   * After the next render, focus goes to what `selector` finds (the details of row `key` opened with Enter, or
   * the row itself when they closed), and row `key` keeps the Tab stop.
   */
  focusAfterUpdate(key: string, selector: string): void {
    this.#active = key;
    this.#focusAfterUpdate = () => this.#host.renderRoot.querySelector<HTMLElement>(selector);
    this.#host.requestUpdate();
  }

  /** After the next render, the row at `index` (in display order) takes focus and the Tab stop, if it exists. */
  focusRowAt(index: number): void {
    this.#focusAfterUpdate = () => {
      const buttons = this.#buttons();
      return buttons[index] ? this.#makeTabStop(buttons, buttons[index]) : null;
    };
    this.#host.requestUpdate();
  }

  #buttons(): HTMLButtonElement[] {
    return [...this.#host.renderRoot.querySelectorAll<HTMLButtonElement>('button.name')];
  }

  #makeTabStop(buttons: readonly HTMLButtonElement[], target: HTMLButtonElement): HTMLButtonElement {
    for (const button of buttons) button.tabIndex = button === target ? 0 : -1;
    this.#active = target.dataset.row ?? '';
    return target;
  }
}
