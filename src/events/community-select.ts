export interface SiipCommunitySelectDetail {
  /** Id of the chosen community, as in the dataset. */
  communityId: string;
}

export type SiipCommunitySelectEvent = CustomEvent<SiipCommunitySelectDetail>;

declare global {
  interface HTMLElementEventMap {
    'siip-community-select': SiipCommunitySelectEvent;
  }
}
