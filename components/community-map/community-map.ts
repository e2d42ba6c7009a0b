import { SiipCommunityMap } from './community-map.component.js';

SiipCommunityMap.define('siip-community-map');

declare global {
  interface HTMLElementTagNameMap {
    'siip-community-map': SiipCommunityMap;
  }
}
