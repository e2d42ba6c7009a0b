// Leaflet 1.9.4 probes inline-SVG support with `div.innerHTML = '<svg/>'` when its module loads. Under an
// enforced Trusted Types policy that assignment throws and the whole map chunk fails to load. Every browser
// the widgets support has inline SVG, so the builds replace the probe with its answer. (The map itself never
// hands Leaflet an HTML string: no popups, tooltips, string divIcons or Leaflet controls.)
const PROBE = /var div = document\.createElement\('div'\);\s*div\.innerHTML = '<svg\/>';\s*return \(div\.firstChild && div\.firstChild\.namespaceURI\) === 'http:\/\/www\.w3\.org\/2000\/svg';/;

export function stripLeafletSvgProbe(code) {
  if (!PROBE.test(code)) throw new Error('leaflet-trusted-types: the inline-SVG probe was not found; check the Leaflet version');
  return code.replace(PROBE, 'return true;');
}

export const isLeafletSource = (id) => /leaflet[\\/]dist[\\/]leaflet-src\.esm\.js$/.test(id.split('?')[0]);

/** A Vite/Rollup plugin applying the patch. */
export function leafletTrustedTypes() {
  return {
    name: 'siip-leaflet-trusted-types',
    transform(code, id) {
      return isLeafletSource(id) ? { code: stripLeafletSvgProbe(code), map: null } : undefined;
    },
  };
}
