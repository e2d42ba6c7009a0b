import { SiipEventCalendar } from './event-calendar.component.js';

export { SiipEventCalendar };

SiipEventCalendar.define('siip-event-calendar');

declare global {
  interface HTMLElementTagNameMap {
    'siip-event-calendar': SiipEventCalendar;
  }
}
