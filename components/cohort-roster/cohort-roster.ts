import { SiipCohortRoster } from './cohort-roster.component.js';

SiipCohortRoster.define('siip-cohort-roster');

declare global {
  interface HTMLElementTagNameMap {
    'siip-cohort-roster': SiipCohortRoster;
  }
}
