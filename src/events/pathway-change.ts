export interface SiipPathwayChangeDetail {
  /** Id of the chosen profession, as in the dataset; empty when none is chosen. */
  profession: string;
  /** Two-letter code of the chosen state (or DC, PR); empty when none is chosen. */
  state: string;
}

export type SiipPathwayChangeEvent = CustomEvent<SiipPathwayChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'siip-pathway-change': SiipPathwayChangeEvent;
  }
}
