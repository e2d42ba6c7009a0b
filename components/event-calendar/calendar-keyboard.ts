/**
 * The calendar's keyboard and focus, as a reactive controller: arrow keys in the month grid (WAI-ARIA date
 * grid), arrow keys in each list of events (one Tab stop per list, see calendar-roving.ts), Escape out of
 * open details, and putting focus back where it belongs after the re-render a key caused.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { moveDay, type GridKey, type IsoWeekday } from './calendar-grid.js';
import { moveRovingFocus, syncRovingTabindex } from './calendar-roving.js';

const GRID_KEYS = new Set<string>(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

export interface CalendarKeyboardOptions {
  /** The grid's focused day ("YYYY-MM-DD"). */
  focusedDay: () => string;
  weekStart: () => IsoWeekday;
  direction: () => 'ltr' | 'rtl';
  /** Makes `day` the focused day, showing its month. */
  moveTo: (day: string) => void;
  /** Key of the open item, or ''. */
  openKey: () => string;
  /** Closes the open item. */
  close: () => void;
}

export class CalendarKeyboardController implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  readonly #options: CalendarKeyboardOptions;
  #focusDay = false;
  /** After a keyboard Enter opens an item, its details take focus (key of that item). */
  #focusDetails = '';
  /** After Escape closes an item, its button takes focus back (key of that item). */
  #focusItem = '';

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }, options: CalendarKeyboardOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    const root = this.#host.renderRoot;
    syncRovingTabindex(root);
    if (this.#focusDay) {
      this.#focusDay = false;
      root.querySelector<HTMLElement>(`td[data-day="${this.#options.focusedDay()}"]`)?.focus();
    }
    if (this.#focusDetails) {
      this.#itemButton(this.#focusDetails)?.parentElement?.querySelector<HTMLElement>('.details')?.focus();
      this.#focusDetails = '';
    }
    if (this.#focusItem) {
      this.#itemButton(this.#focusItem)?.focus();
      this.#focusItem = '';
    }
  }

  /** After the next update, focus the grid's focused day. */
  focusDayAfterUpdate(): void {
    this.#focusDay = true;
  }

  /** After the next update, focus the details of the item `key` (opened from the keyboard, as Enter promises). */
  focusDetailsAfterUpdate(key: string): void {
    this.#focusDetails = key;
  }

  /** Arrow keys move by day and week, Home/End to the week's ends, PageUp/PageDown by month (with Shift by year). */
  readonly onGridKeydown = (event: KeyboardEvent): void => {
    const key = event.key;
    if (GRID_KEYS.has(key)) {
      event.preventDefault();
      const { weekStart, direction } = this.#options;
      // Shift+PageUp/PageDown: the same day a year away (twelve month steps), as in the APG date picker.
      const steps = event.shiftKey && (key === 'PageUp' || key === 'PageDown') ? 12 : 1;
      let next = this.#options.focusedDay();
      for (let i = 0; i < steps; i++) next = moveDay(next, key as GridKey, weekStart(), direction());
      this.#options.moveTo(next);
      this.#focusDay = true;
    } else if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      // Move into the day's event list, which follows the grid.
      this.#host.renderRoot.querySelector<HTMLElement>('.panel .item-button')?.focus();
    }
  };

  /** Arrow keys within a list of events; Escape closes open details and returns to their item (or to the grid). */
  readonly onListKeydown = (event: KeyboardEvent): void => {
    const container = event.currentTarget as HTMLElement;
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      const button = target.closest('.item')?.querySelector<HTMLElement>('.item-button');
      if (!button) return;
      const openKey = this.#options.openKey();
      if (openKey && openKey === button.dataset.key) {
        event.preventDefault();
        this.#options.close();
        this.#focusItem = openKey;
      } else if (target === button && container.closest('.panel.day')) {
        event.preventDefault();
        this.#focusDay = true;
        this.#host.requestUpdate();
      }
      return;
    }
    if (!target.classList.contains('item-button') || event.altKey || event.ctrlKey || event.metaKey) return;
    if (moveRovingFocus(container, target, event.key)) event.preventDefault();
  };

  #itemButton(key: string): HTMLElement | undefined {
    return [...this.#host.renderRoot.querySelectorAll<HTMLElement>('.item-button')].find((button) => button.dataset.key === key);
  }
}
