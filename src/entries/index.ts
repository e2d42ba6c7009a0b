/**
 * Side-effect-free exports for npm users: classes, types, the schema and the
 * loader. Importing this registers nothing; import `siip-widgets/define.js`
 * (all tags) or call `SiipCohortRoster.define('siip-cohort-roster')` yourself.
 */
export { SiipElement } from '../internal/siip-element.js';
export { SiipCohortRoster } from '../../components/cohort-roster/cohort-roster.component.js';
export { SiipCommunityMap } from '../../components/community-map/community-map.component.js';
export { SiipEventCalendar } from '../../components/event-calendar/event-calendar.component.js';
export { SiipPathwayFinder } from '../../components/pathway-finder/pathway-finder.component.js';
export { resolvePathway, type Pathway } from '../../components/pathway-finder/pathway.js';
export * as schema from '../data/schema.js';
export type {
  Cohort,
  Community,
  CommunityKind,
  Dataset,
  EventWhen,
  LocalizedText,
  Organization,
  Profession,
  Program,
  SiipEvent,
  Source,
  StateCode,
  Step,
} from '../data/schema.js';
export { SCHEMA_VERSION } from '../data/schema.js';
export { loadDataset, buildDataset, fetchJson, type LoadResult, type LoadFailure, type LoadFailureReason, type DataIssue } from '../data/load.js';
export { DatasetController } from '../data/dataset-controller.js';
export { resolveText, textOf } from '../data/text.js';
export type { SiipCommunitySelectDetail, SiipCommunitySelectEvent } from '../events/community-select.js';
export type { SiipDataErrorDetail, SiipDataErrorEvent } from '../events/data-error.js';
export type { SiipPathwayChangeDetail, SiipPathwayChangeEvent } from '../events/pathway-change.js';
export type { SiipStepToggleDetail, SiipStepToggleEvent } from '../events/step-toggle.js';
export { GroupController, type GroupControllerOptions } from '../internal/group-controller.js';
export * from '../embed/snippet.js';
export { WIDGETS, widgetOf, type WidgetEntry, type WidgetTag } from './widgets.js';
export type { SiipEventSelectDetail, SiipEventSelectEvent } from '../events/event-select.js';
