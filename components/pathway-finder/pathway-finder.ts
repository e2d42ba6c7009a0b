import { SiipPathwayFinder } from './pathway-finder.component.js';

export { SiipPathwayFinder };
SiipPathwayFinder.define('siip-pathway-finder');

declare global {
  interface HTMLElementTagNameMap {
    'siip-pathway-finder': SiipPathwayFinder;
  }
}
