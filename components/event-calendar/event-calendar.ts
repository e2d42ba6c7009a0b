import { SiipEventCalendar } from './event-calendar.component.js';

SiipEventCalendar.define('siip-event-calendar');

declare global {
  interface HTMLElementTagNameMap {
    'siip-event-calendar': SiipEventCalendar;
  }
}
