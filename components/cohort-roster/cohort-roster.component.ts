import { adoptStyles, html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import type { Cohort, Community, Dataset } from '../../src/data/schema.js';
import { DatasetController } from '../../src/data/dataset-controller.js';
import { textOf } from '../../src/data/text.js';
import { COMMUNITY_KINDS, communityKindLabel } from '../../src/internal/community-kinds.js';
import { GroupController } from '../../src/internal/group-controller.js';
import { uniqueId } from '../../src/internal/ids.js';
import { LiveAnnouncer } from '../../src/internal/live-announcer.js';
import { reflectIfSet } from '../../src/internal/reflect.js';
import { SiipElement } from '../../src/internal/siip-element.js';
import { SkipPast } from '../../src/internal/skip-past.js';
import { withLocale } from '../../src/localization/locale.js';
import { plural } from '../../src/localization/plural.js';
import { fieldStyles } from '../../src/styles/field.styles.js';
import { themeStyles } from '../../src/styles/theme.styles.js';
import '../../src/events/community-select.js';
import { rosterStyles } from './cohort-roster.styles.js';
import { rosterFilters } from './roster-filters.js';
import { rosterTable } from './roster-table.js';
import { OnDemandModule, afterModulesLoaded } from '../../src/internal/on-demand-module.js';
import { afterNextPaint } from '../../src/internal/after-next-paint.js';
import { RowFocusController } from './row-focus-controller.js';
import {
  filterRows,
  groupByCohort,
  nameOrder,
  orderedCohorts,
  pageOfGroups,
  positionOf,
  rowKey,
  rowMaker,
  sortRows,
  statesInUse,
  type RosterFilters,
  type RosterGroup,
  type RosterRow,
  type RosterSort,
  type SortKey,
} from './roster.js';

/**
 * Rows a first render with new data shows; the rest of the page follows once that is painted. A phone's first
 * screen holds fewer, and the first task stays short (Lighthouse counts every long one).
 */
const FIRST_ROWS = 8;

/** The order a roster opens in. */
const BY_NAME: RosterSort = { key: 'name', direction: 'ascending' };

/**
 * What depends only on the dataset and the language: cohorts in order, states in use, the communities by name,
 * every row (in that order) and the rows in the last sort order (a filter keeps that order, so typing never sorts
 * again). Made when first needed: a first page by name with no filter builds only its own rows.
 */
interface RosterIndex {
  dataset: Dataset;
  locale: string;
  row: (community: Community) => RosterRow;
  cohorts: Cohort[];
  states: Array<readonly [string, string]>;
  byName?: Community[];
  rows?: RosterRow[];
  sorted?: { sort: RosterSort; rows: RosterRow[] };
}

/** The row name button an event comes from, with its row's key and community. */
function rowButtonOf(event: Event): { button: HTMLButtonElement; key: string; communityId: string } | undefined {
  const button = (event.target as Element).closest<HTMLButtonElement>('button.name[data-row]');
  const communityId = button?.closest<HTMLElement>('tr[data-community]')?.dataset.community;
  return button && communityId ? { button, key: button.dataset.row!, communityId } : undefined;
}

/**
 * Keyboard: one Tab stop for all the rows (arrow keys, Home and End move between them); Enter opens a row's
 * details and moves focus into them, Escape closes them and returns to the row. A "skip past" link comes first.
 * The count is announced once when typing or filtering settles, and the new order when the sort changes.
 *
 * @summary The SIIP communities with their cohorts, kind, state, lead agency and focus, grouped by cohort, filterable,
 * sortable and downloadable as CSV.
 * @tag siip-cohort-roster
 *
 * @fires siip-community-select - A community's details were opened. `detail: { communityId }`.
 *
 * @csspart skip-link - The "Skip past the list of communities" link (shown when focused).
 * @csspart filters - The filter controls.
 * @csspart count - The "N communities" line.
 * @csspart table - The table of communities (one for all cohorts).
 * @csspart sort-button - Each column's sort button, in the one header row.
 * @csspart group - A cohort's row group (its heading row and its rows).
 * @csspart row - A community's row.
 * @csspart details - A community's opened details.
 * @csspart download-button - The CSV download button.
 * @csspart more-button - The "Show more" button.
 * @csspart announcer - The polite live region (visually hidden).
 *
 * @cssprop [--siip-color-surface-alt=#f3f5f8] - Header and card backgrounds.
 */
export class SiipCohortRoster extends SiipElement {
  static override styles = [themeStyles, fieldStyles, rosterStyles];

  readonly #data = new DatasetController(this, { collections: ['communities', 'cohorts', 'programs'], references: ['sources'] });
  readonly #announcer = new LiveAnnouncer(this);
  readonly #skip = new SkipPast(this);
  readonly #focus = new RowFocusController(this);
  /** What an opened row shows, loaded when a row is first opened: the first page shows closed rows only. */
  readonly #details = new OnDemandModule(this, {
    load: () =>
      import('./community-details.js').then((module) => {
        adoptStyles(this.renderRoot as ShadowRoot, [...SiipCohortRoster.elementStyles, module.communityDetailsStyles]);
        return module;
      }),
    needed: () => this.selected !== '',
  });
  /** The CSV export, loaded on the first "Download". */
  readonly #csv = new OnDemandModule(this, { load: () => import('./roster-download.js') });
  readonly #uid = uniqueId('siip-roster');
  #index?: RosterIndex;
  /** Set when new data (or a new language) arrives: its first render shows FIRST_ROWS, the rest follow after a paint. */
  #newIndex = false;
  /** The rest of the first page, while it waits for the first rows to be painted (`updateComplete` waits too). */
  readonly #restOfPage: { pending?: Promise<void> } = {};
  /** Set by the reader's own filtering, so the count is announced once it settles (not on first render). */
  #countPending = false;
  /** Set when a linked widget opened a community here: the reader hears which, once. */
  #announceLinked = false;

  static override properties: PropertyDeclarations = {
    sort: { state: true, attribute: false },
    visibleLimit: { state: true, attribute: false },
    src: {},
    cohort: { reflect: true, converter: reflectIfSet },
    state: { reflect: true, converter: reflectIfSet },
    kind: { reflect: true, converter: reflectIfSet },
    query: { reflect: true, converter: reflectIfSet },
    groupBy: { attribute: 'group-by' },
    selected: { reflect: true, converter: reflectIfSet },
    pageSize: { attribute: 'page-size', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  private sort = BY_NAME;
  private visibleLimit = 0;

  /** Dataset URL(s), space-separated, relative to the page; absent: the built-in SIIP dataset. */
  src = '';
  /** Show only this cohort (a cohort id such as `2020` or `2023-2024`). */
  cohort = '';
  /** Show only communities in this state (two-letter code such as `GA`). */
  state = '';
  /** Show only this kind of community: `city`, `region` or `state`. */
  kind = '';
  /** Text search over names, lead agencies, partners, focus and states. */
  query = '';
  /** `cohort` (default) groups rows under each cohort; `none` shows one list. */
  groupBy: 'cohort' | 'none' = 'cohort';
  /** Id of the community whose details are open. */
  selected = '';
  /** How many rows to show before "Show more": a few screens on a phone, and fast with very long lists. */
  pageSize = 20;
  /** Level (2–6) of the cohort headings, to fit the page's outline under its `h1`. */
  headingLevel = 2;

  constructor() {
    super();
    // A community chosen in a linked widget opens here, with any filter that would hide it cleared.
    new GroupController(this, {
      onCommunity: (id) => {
        this.cohort = this.state = this.kind = this.query = '';
        this.selected = id;
        this.#announceLinked = true;
      },
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('cohort') || changed.has('state') || changed.has('kind') || changed.has('query') || changed.has('pageSize')) {
      this.visibleLimit = this.pageSize;
    }
  }

  /** Also waits for the details of a row just opened, when their module was still loading. */
  protected override getUpdateComplete(): Promise<boolean> {
    return afterModulesLoaded(() => super.getUpdateComplete(), [this.#details, this.#restOfPage]);
  }

  #indexOf(dataset: Dataset, locale: string) {
    if (this.#index?.dataset !== dataset || this.#index.locale !== locale) {
      const states = statesInUse(dataset, locale).map(({ code, name }) => [code, name] as const);
      this.#index = { dataset, locale, row: rowMaker(dataset, locale), cohorts: orderedCohorts(dataset), states };
      this.#newIndex = true;
    }
    return this.#index;
  }

  /** The communities in the order a roster opens in, sorted once per dataset and language. */
  #byName(index: RosterIndex): Community[] {
    const compare = nameOrder(index.locale);
    return (index.byName ??= [...index.dataset.communities].sort((a, b) => compare(textOf(a.name, index.locale), textOf(b.name, index.locale))));
  }

  #sorted(index: RosterIndex): RosterRow[] {
    if (index.sorted?.sort !== this.sort) {
      // Rows are built in name order: another order's ties by name then come out as sorting every row would put them.
      const rows = (index.rows ??= this.#byName(index).map(index.row));
      index.sorted = { sort: this.sort, rows: this.sort === BY_NAME ? rows : sortRows(rows, this.sort, index.locale, communityKindLabel) };
    }
    return index.sorted.rows;
  }

  /** Renders the rest of the page once the first rows are painted, then, in a task of its own, every row in order. */
  #showRestAfterPaint(index: RosterIndex): void {
    const rest = afterNextPaint().then(() => {
      // New data may have started another first page meanwhile: that one's wait goes on.
      if (this.#restOfPage.pending === rest) this.#restOfPage.pending = undefined;
      this.requestUpdate();
      // What a reader's first search, filter or sort needs, made before they ask.
      setTimeout(() => this.isConnected && this.#index === index && this.#sorted(index));
    });
    this.#restOfPage.pending = rest;
  }

  readonly #onFilter = (event: Event): void => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    this[control.name as keyof RosterFilters] = control.value;
    this.#countPending = true;
  };

  readonly #clearFilters = (): void => {
    this.cohort = this.state = this.kind = this.query = '';
    this.#countPending = true;
  };

  readonly #sortBy = (key: SortKey, label: string): void => {
    const direction = this.sort.key === key && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { key, direction };
    this.#announcer.announce(
      withLocale(this.locale, () => (direction === 'ascending' ? msg(str`Sorted by ${label}, ascending`) : msg(str`Sorted by ${label}, descending`))),
    );
  };

  #toggle(communityId: string): void {
    const opening = this.selected !== communityId;
    this.selected = opening ? communityId : '';
    if (opening) this.emit('siip-community-select', { communityId });
  }

  /** A click on a row's name opens or closes its details. */
  readonly #onTableClick = (event: Event): void => {
    const row = rowButtonOf(event);
    if (row) this.#toggle(row.communityId);
  };

  /**
   * On a row: Enter opens its details and moves focus into them, Escape closes them, arrows, Home and End move
   * between rows. In opened details: Escape closes them and returns to their row.
   */
  readonly #onTableKeydown = (event: KeyboardEvent): void => {
    const row = rowButtonOf(event);
    if (row && event.key === 'Enter') {
      event.preventDefault();
      if (this.selected !== row.communityId) this.#toggle(row.communityId);
      this.#focus.focusAfterUpdate(row.key, `[data-details="${CSS.escape(row.key)}"]`);
    } else if (row && event.key === 'Escape' && this.selected === row.communityId) {
      event.preventDefault();
      this.selected = '';
    } else if (row) {
      this.#focus.move(event, row.button);
    } else if (event.key === 'Escape') {
      const details = (event.target as Element).closest<HTMLElement>('[data-details]');
      if (!details) return;
      event.preventDefault();
      event.stopPropagation();
      this.selected = '';
      const key = details.dataset.details!;
      this.#focus.focusAfterUpdate(key, `button.name[data-row="${CSS.escape(key)}"]`);
    }
  };

  /** A row reached by click or by Tab becomes the rows' one Tab stop. */
  readonly #onTableFocusin = (event: FocusEvent): void => {
    const row = rowButtonOf(event);
    if (row) this.#focus.reached(row.key);
  };

  #showMore(shownBefore: number): void {
    this.visibleLimit += this.pageSize;
    // The button may disappear; the reader continues at the first row that was not shown before.
    this.#focus.focusRowAt(shownBefore);
  }

  #download(rows: readonly RosterRow[]): void {
    const locale = this.locale;
    void this.#csv.load().then((module) => module?.downloadRosterCsv(this.renderRoot, rows, locale));
  }

  #renderRoster(dataset: Dataset) {
    const locale = this.locale;
    const index = this.#indexOf(dataset, locale);
    const { cohorts, states } = index;
    const filters = { cohort: this.cohort, state: this.state, kind: this.kind, query: this.query };
    // Until a filter, another order or an open row needs every row in order, a page needs only its own rows.
    const firstOnly = !index.rows && this.sort === BY_NAME && !this.selected && !Object.values(filters).some(Boolean);
    const matching = firstOnly ? undefined : filterRows(this.#sorted(index), filters, locale);
    const firstRender = this.#newIndex;
    this.#newIndex = false;
    const count = matching ? matching.length : dataset.communities.length;
    const countText = plural(count, msg('{count, plural, one {# community} other {# communities}}'), locale);
    if (this.#countPending) {
      this.#countPending = false;
      this.#announcer.announce(countText, { settle: true });
    }
    const unknownCohort = this.cohort && !cohorts.some((cohort) => cohort.id === this.cohort);
    const onlyUnpublished = cohorts.some((cohort) => cohort.id === this.cohort && !cohort.membersPublished);
    return html`
      ${rosterFilters({
        id: this.#uid,
        filters,
        cohorts: cohorts.map((cohort) => [cohort.id, textOf(cohort.name, locale)] as const),
        states,
        kinds: COMMUNITY_KINDS.map((kind) => [kind, communityKindLabel(kind)] as const),
        onInput: this.#onFilter,
        onClear: this.#clearFilters,
      })}
      <div class="toolbar">
        <p part="count" class="count">${countText}</p>
        <button type="button" part="download-button" class="siip-button siip-button--quiet" ?disabled=${count === 0} @click=${() => this.#download(matching ?? this.#sorted(index))}>
          ${msg('Download CSV')}
        </button>
      </div>
      ${unknownCohort ? html`<p class="notice" role="alert">${msg(str`There is no cohort "${this.cohort}" in the data. Choose a cohort from the list.`)}</p>` : nothing}
      ${count === 0 && !onlyUnpublished ? this.#renderEmpty() : this.#renderBody(index, matching, firstRender)}
    `;
  }

  #renderEmpty() {
    return html`<div class="empty">
      <p>${msg('No communities match these filters. Try another search word, or choose "All" in a filter.')}</p>
      <button type="button" class="siip-button" @click=${this.#clearFilters}>${msg('Clear filters')}</button>
    </div>`;
  }

  /** One table for every cohort, one page of rows, and one "Show more" for the whole table; `rows` unless only the page is needed. */
  #renderBody(index: RosterIndex, rows: readonly RosterRow[] | undefined, firstRender: boolean) {
    const { dataset, cohorts, locale } = index;
    // Without rows, the communities by name: only the page's are made rows.
    const items: ReadonlyArray<RosterRow | Community> = rows ?? this.#byName(index);
    const groups = this.groupBy === 'none' ? [{ rows: items }] : groupByCohort(items, cohorts, this.cohort || undefined);
    // The open community is always on the page, even when a linked widget chose one beyond "Show more".
    const selectedAt = positionOf(groups as RosterGroup[], this.selected);
    const page = pageOfGroups(groups, Math.max(this.visibleLimit || this.pageSize, selectedAt + 1), (item) =>
      rows ? (item as RosterRow) : index.row(item as Community),
    );
    const { shown, hidden } = page;
    // An open row is shown at once, wherever it is.
    const firstRowsOnly = firstRender && selectedAt < 0 && shown > FIRST_ROWS;
    if (firstRowsOnly) this.#showRestAfterPaint(index);
    const shownGroups = firstRowsOnly ? pageOfGroups(page.groups, FIRST_ROWS).groups : page.groups;
    if (this.#announceLinked && selectedAt >= 0) {
      this.#announceLinked = false;
      const name = textOf(rows!.find((row) => row.community.id === this.selected)!.community.name, locale);
      this.#announcer.announce(msg(str`${name}: details open`));
    }
    const keys = shownGroups.flatMap((group) => group.rows.map((row) => rowKey(group.cohort?.id, row.community.id)));
    // The rows' one Tab stop: the last row the reader was on, else the open one, else the first.
    const tabStop = this.#focus.tabStop(
      keys,
      keys.find((key) => key.endsWith(`/${this.selected}`)),
    );
    return html`${rosterTable(
      {
        locale,
        id: this.#uid,
        dataset,
        sort: this.sort,
        selected: this.selected,
        tabStop,
        headingLevel: this.headingLevel,
        details: this.#details.module?.communityDetails,
        onSort: this.#sortBy,
        onClick: this.#onTableClick,
        onKeydown: this.#onTableKeydown,
        onFocusin: this.#onTableFocusin,
      },
      shownGroups,
    )}
    ${hidden > 0 && !firstRowsOnly
      ? html`<button type="button" part="more-button" class="siip-button siip-button--quiet more" @click=${() => this.#showMore(shown)}>
          ${msg(str`Show more (${hidden} not shown)`)}
        </button>`
      : nothing}`;
  }

  override render() {
    const content = this.#data.render({ ready: (dataset) => this.#renderRoster(dataset) });
    // While the rest of the first page waits for a paint, the widget keeps the room the drop-in reserved for it.
    return html`<div part="base" class="roster ${this.#restOfPage.pending ? 'siip-staging' : ''}" dir=${this.direction} lang=${this.locale}>
      ${this.#skip.link(msg('Skip past the list of communities'))} ${content}
      ${this.#announcer.render()} ${this.#skip.end(msg('End of the list of communities'))}
    </div>`;
  }
}
