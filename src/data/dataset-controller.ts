import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { CollectionName, Dataset } from './schema.js';
import type { DataIssue } from './issues.js';
import type { LoadFailure } from './fetch-json.js';
import { forgetDataset, leaseDataset, resolveSources, type DatasetLease } from './dataset-store.js';
import { defaultDatasetUrl } from './default-dataset.js';
import { renderLoading } from '../internal/data-state-view.js';
import { yieldToPage } from './yield-to-page.js';
import '../events/data-error.js';

export type DatasetState =
  | { status: 'pending' }
  | { status: 'ready'; dataset: Dataset; issues: DataIssue[] }
  | { status: 'error'; failure: LoadFailure };

export interface DatasetRenderers<T> {
  /** While the data loads. Default: the shared "Loading…" status (part `loading`). */
  pending?: () => T | unknown;
  ready: (dataset: Dataset, issues: DataIssue[]) => T;
  /** When the data cannot be used. Default: the shared error box with a "Try again" button (parts `error`, `retry-button`). */
  error?: (failure: LoadFailure) => T | unknown;
}

type Host = ReactiveControllerHost & HTMLElement & { src: string };

type ErrorView = (failure: LoadFailure, retry: () => void) => unknown;

/**
 * Where a file cannot be used, the error view is loaded then (`data-error-view.ts`): pages whose data loads never
 * download it. Offline, its chunk may not load either; then the reader still gets the network message and the
 * "Try again" button.
 */
const offlineErrorView: ErrorView = (_failure, retry) =>
  html`<div part="error" class="siip-error" role="alert">
    <p class="siip-error__summary">${msg('We could not load the SIIP information. Check your internet connection, then try again.')}</p>
    <button type="button" part="retry-button" class="siip-button" @click=${retry}>${msg('Try again')}</button>
  </div>`;
let errorView: Promise<ErrorView> | undefined;
function loadErrorView(): Promise<ErrorView> {
  errorView ??= import('../internal/data-error-view.js').then(
    (module) => module.renderDataError,
    () => {
      errorView = undefined;
      return offlineErrorView;
    },
  );
  return errorView;
}

export interface DatasetControllerOptions {
  /**
   * The collections the widget shows. A file other than the shipped dataset is validated only in these and in the
   * records they refer to (the calendar does not check 10,000 communities no event names). All when omitted.
   */
  collections?: readonly CollectionName[];
  /**
   * With `collections`: the collections the widget reads only through references (a community's sources). A file
   * other than the shipped dataset is not checked in others, and the widget gets them empty. All when omitted.
   */
  references?: readonly CollectionName[];
}

/**
 * Gives a widget its dataset: leases it from the page-wide store when connected
 * or when `src` changes, releases it when disconnected, and reports whole-file
 * failures with a `siip-data-error` event. Shaped like @lit/task so render()
 * stays declarative.
 */
export class DatasetController implements ReactiveController {
  state: DatasetState = { status: 'pending' };
  readonly #host: Host;
  readonly #scope: DatasetControllerOptions;
  #lease?: DatasetLease;
  #urls: string[] = [];
  #source?: string;
  #errorView: ErrorView = offlineErrorView;

  constructor(host: Host, options: DatasetControllerOptions = {}) {
    this.#host = host;
    this.#scope = options;
    host.addController(this);
  }

  /** The dataset once it is ready; undefined while pending or after a failure. */
  get dataset(): Dataset | undefined {
    return this.state.status === 'ready' ? this.state.dataset : undefined;
  }

  hostConnected(): void {
    this.#load();
  }

  hostUpdate(): void {
    if (this.#lease && this.#host.src !== this.#source) this.#load();
  }

  hostDisconnected(): void {
    this.#lease?.release();
    this.#lease = undefined;
  }

  /** Fetches again after a failure. */
  retry(): void {
    forgetDataset(this.#urls);
    this.#load();
  }

  /** Renders the view for the current state, like @lit/task's render(): only `ready` is required. */
  render<T>(renderers: DatasetRenderers<T>): T | unknown {
    switch (this.state.status) {
      case 'pending':
        return renderers.pending ? renderers.pending() : renderLoading();
      case 'ready':
        return renderers.ready(this.state.dataset, this.state.issues);
      case 'error': {
        const failure = this.state.failure;
        return renderers.error ? renderers.error(failure) : this.#errorView(failure, () => this.retry());
      }
    }
  }

  #load(): void {
    this.#lease?.release();
    this.#source = this.#host.src;
    this.#urls = resolveSources(this.#source, this.#host.ownerDocument.baseURI, defaultDatasetUrl);
    const lease = leaseDataset(this.#urls, this.#scope.collections, this.#scope.references);
    this.#lease = lease;
    this.state = { status: 'pending' };
    this.#host.requestUpdate();
    lease.result.then(async (result) => {
      // Every widget on the page gets its data at the same moment; a turn each keeps their first renders in
      // separate tasks instead of one long one that holds the page.
      await yieldToPage();
      if (this.#lease !== lease) return;
      if (result.ok) {
        this.state = { status: 'ready', dataset: result.dataset, issues: result.issues };
      } else {
        if (result.reason === 'aborted') return;
        this.#errorView = await loadErrorView();
        if (this.#lease !== lease) return;
        this.state = { status: 'error', failure: result };
        this.#host.dispatchEvent(
          new CustomEvent('siip-data-error', {
            bubbles: true,
            composed: true,
            detail: { url: result.url, reason: result.reason, issues: result.issues },
          }),
        );
      }
      this.#host.requestUpdate();
    });
  }
}
