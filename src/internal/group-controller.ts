/**
 * Linked widgets: elements that share a `group` attribute follow each other's
 * community choice. It is built only on the public `siip-community-select`
 * event, so a host page takes part by giving its own element a `group` and
 * dispatching that event (or by listening for it).
 *
 * Loop guard. A widget that applies a choice coming from its group may announce
 * it again (a map that emits when its `selected` property changes). Two checks
 * stop such echoes from travelling round the group:
 * 1. While the controllers of one document apply a choice, any
 *    `siip-community-select` dispatched synchronously (from a callback) is ignored.
 * 2. Before calling the callback, the controller marks its host with the id it
 *    applied (`APPLIED` below, a `Symbol.for` key, so two copies of the library
 *    on one page share it). An event from that host carrying that same id is an
 *    echo and is not passed on. The mark is removed after the host's next update
 *    has finished and the current task has ended, so a later, real choice of the
 *    same community by the user is passed on again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SiipCommunitySelectEvent } from '../events/community-select.js';
import '../events/community-select.js';

export interface GroupControllerOptions {
  /** Called on this widget when ANOTHER member of its group chose a community. */
  onCommunity: (communityId: string) => void;
}

type Host = ReactiveControllerHost & HTMLElement & { updateComplete?: Promise<unknown> };

const EVENT = 'siip-community-select';
/** Shared by every copy of the library on the page. */
const APPLIED = Symbol.for('siip-widgets.group.applied');
const APPLYING = Symbol.for('siip-widgets.group.applying');

type Marked = Element & { [APPLIED]?: string };
type MarkedDocument = Document & { [APPLYING]?: number };

/** The group an element belongs to: its `group` attribute (or property), trimmed; '' for none. */
export function groupOf(element: Element | null | undefined): string {
  if (!element) return '';
  const attribute = element.getAttribute('group');
  const property = (element as Element & { group?: unknown }).group;
  const value = attribute ?? (typeof property === 'string' ? property : '');
  return value.trim();
}

/**
 * The element that dispatched the event (widgets dispatch from their host). A widget
 * without a `group` inside a container that has one stays independent.
 */
export function senderOf(event: Event): Element | undefined {
  const origin = event.composedPath()[0];
  return origin instanceof Element ? origin : undefined;
}

/**
 * A ReactiveController a widget adds with
 * `new GroupController(this, { onCommunity: (id) => { this.selected = id; } })`.
 * Widgets without a `group` attribute are not affected.
 */
export class GroupController implements ReactiveController {
  readonly #host: Host;
  readonly #options: GroupControllerOptions;
  #document?: MarkedDocument;

  constructor(host: Host, options: GroupControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The host's group ('' when it has none). */
  get group(): string {
    return groupOf(this.#host);
  }

  hostConnected(): void {
    this.#document = this.#host.ownerDocument as MarkedDocument;
    // Capture: the host page cannot cut the group off by stopping the event's propagation.
    this.#document.addEventListener(EVENT, this.#onSelect as EventListener, { capture: true });
  }

  hostDisconnected(): void {
    this.#document?.removeEventListener(EVENT, this.#onSelect as EventListener, { capture: true });
    this.#document = undefined;
  }

  readonly #onSelect = (event: SiipCommunitySelectEvent): void => {
    const group = this.group;
    const communityId = event.detail?.communityId;
    if (!group || typeof communityId !== 'string' || communityId === '') return;
    const doc = this.#document;
    if (!doc || (doc[APPLYING] ?? 0) > 0) return;
    const source = senderOf(event);
    if (!source || source === this.#host || groupOf(source) !== group) return;
    if ((source as Marked)[APPLIED] === communityId) return;
    this.#apply(communityId, doc);
  };

  #apply(communityId: string, doc: MarkedDocument): void {
    const host = this.#host as Host & Marked;
    host[APPLIED] = communityId;
    doc[APPLYING] = (doc[APPLYING] ?? 0) + 1;
    try {
      this.#options.onCommunity(communityId);
    } catch (error) {
      // One widget's failure must not stop the rest of the group from following.
      reportError(error);
    } finally {
      doc[APPLYING] = (doc[APPLYING] ?? 1) - 1;
    }
    const settled = host.updateComplete ?? Promise.resolve();
    settled
      .catch(() => undefined)
      .then(() => setTimeout(() => {
        if (host[APPLIED] === communityId) delete host[APPLIED];
      }, 0));
  }
}
