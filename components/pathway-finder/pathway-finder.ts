import { SiipPathwayFinder } from './pathway-finder.component.js';

SiipPathwayFinder.define('siip-pathway-finder');

declare global {
  interface HTMLElementTagNameMap {
    'siip-pathway-finder': SiipPathwayFinder;
  }
}
