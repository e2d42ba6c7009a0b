/**
 * One Tab stop per list of events, arrow keys inside (roving tabindex), so a keyboard reader passes a list of
 * twelve events in one press instead of twelve. Each list is a container marked `data-roving`; its items
 * are the `.item-button`s directly in it (buttons inside open details stay ordinary Tab stops).
 */

const ITEM = '.item-button';

export type RovingKey = 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/** The index a key moves to among `count` items from `index`: up/down stop at the ends, Home/End jump there. */
export function rovingIndex(index: number, count: number, key: RovingKey): number {
  if (count === 0) return -1;
  switch (key) {
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'ArrowDown':
      return Math.min(count - 1, index + 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
}

export function isRovingKey(key: string): key is RovingKey {
  return key === 'ArrowUp' || key === 'ArrowDown' || key === 'Home' || key === 'End';
}

function itemsOf(container: Element): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(ITEM)];
}

/** Keeps exactly one item of each list in the Tab order: the one already chosen, else the first. */
export function syncRovingTabindex(root: ParentNode): void {
  for (const container of root.querySelectorAll('[data-roving]')) {
    const items = itemsOf(container);
    const chosen = items.find((item) => item.tabIndex === 0 && item.getAttribute('tabindex') === '0') ?? items[0];
    for (const item of items) item.tabIndex = item === chosen ? 0 : -1;
  }
}

/** Moves focus within the list `container` from `from` for `key`; returns false when the key is not ours. */
export function moveRovingFocus(container: Element, from: Element, key: string): boolean {
  if (!isRovingKey(key)) return false;
  const items = itemsOf(container);
  const index = items.indexOf(from as HTMLElement);
  if (index < 0) return false;
  const next = items[rovingIndex(index, items.length, key)];
  for (const item of items) item.tabIndex = item === next ? 0 : -1;
  next.focus();
  return true;
}
