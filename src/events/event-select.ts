export interface SiipEventSelectDetail {
  /** Id of the chosen event, as in the dataset. */
  eventId: string;
  /**
   * Which occurrence: its start as a UTC ISO instant for timed events
   * ("2026-03-17T18:00:00.000Z"), "YYYY-MM-DD" for all-day ones, or null for
   * events known only to the month, season or rhythm.
   */
  occurrenceStart: string | null;
}

export type SiipEventSelectEvent = CustomEvent<SiipEventSelectDetail>;

declare global {
  interface HTMLElementEventMap {
    'siip-event-select': SiipEventSelectEvent;
  }
}
