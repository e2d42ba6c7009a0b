export interface SiipStepToggleDetail {
  /** Id of the step, as in the dataset. */
  stepId: string;
  /** True when the reader marked the step as done, false when unmarked. */
  done: boolean;
}

export type SiipStepToggleEvent = CustomEvent<SiipStepToggleDetail>;

declare global {
  interface HTMLElementEventMap {
    'siip-step-toggle': SiipStepToggleEvent;
  }
}
