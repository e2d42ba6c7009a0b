/**
 * The embedding kit's pure logic, shared by the configurator, the iframe fallback
 * (embed.html) and the docs: which widgets and attributes may be embedded, safe
 * snippets (every value HTML-escaped), the iframe fallback, and WCAG contrast checks
 * for a partner's accent colour. No DOM.
 */

import { COMMON_ATTRIBUTES, EMBED_OPTIONS, type EmbedAttribute } from '../entries/widgets.js';

export { COMMON_ATTRIBUTES, type AttributeKind, type EmbedAttribute } from '../entries/widgets.js';

/** The widgets that can be embedded and their own attributes, from the widget registry (src/entries/widgets.ts). */
export const EMBED_WIDGETS: Readonly<Record<string, { label: string; attributes: readonly EmbedAttribute[] }>> = EMBED_OPTIONS;

export const DEFAULT_BASE_URL = 'https://unpkg.com/siip-widgets@0.1.0/dist/';
/** The widgets' own accent (`--siip-color-accent` default): no rule is needed for it. */
export const DEFAULT_ACCENT = '#0b5cad';

/** The accent to write out: a valid hex colour other than the default. */
function customAccent(accent: string | undefined): string | undefined {
  const hex = accent ? normalizeHex(accent) : undefined;
  return hex && hex !== DEFAULT_ACCENT ? hex : undefined;
}

/** Escapes text for an HTML attribute value or text content. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** `#abc` or `#aabbcc` (any case) → `#aabbcc`; anything else → undefined. */
export function normalizeHex(color: string): string | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return `#${hex.toLowerCase()}`;
}

/** WCAG 2.x relative luminance of a hex colour. */
export function relativeLuminance(color: string): number {
  const hex = normalizeHex(color);
  if (!hex) throw new RangeError(`not a hex colour: ${color}`);
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two hex colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG AA for normal text: at least 4.5:1. */
export function passesAA(a: string, b: string): boolean {
  return contrastRatio(a, b) >= 4.5;
}

export interface AccentCheck {
  color: string;
  /** White text on accent-coloured buttons. */
  onWhiteText: number;
  /** Accent-coloured links and focus ring on the white surface. */
  onWhiteSurface: number;
  ok: boolean;
  warnings: string[];
}

/** Checks an accent colour the way the widgets use it: white text on it, and it on white. */
export function checkAccent(color: string, surface = '#ffffff', onAccent = '#ffffff'): AccentCheck | undefined {
  const hex = normalizeHex(color);
  if (!hex) return undefined;
  const onWhiteText = contrastRatio(hex, onAccent);
  const onWhiteSurface = contrastRatio(hex, surface);
  const warnings: string[] = [];
  const fmt = (n: number) => `${Math.floor(n * 100) / 100}:1`;
  if (onWhiteText < 4.5) warnings.push(`White button text on ${hex} has a contrast of ${fmt(onWhiteText)}; WCAG AA needs 4.5:1. Choose a darker colour.`);
  if (onWhiteSurface < 4.5) warnings.push(`Links in ${hex} on the white background have a contrast of ${fmt(onWhiteSurface)}; WCAG AA needs 4.5:1.`);
  return { color: hex, onWhiteText, onWhiteSurface, ok: warnings.length === 0, warnings };
}

export interface WidgetConfig {
  tag: string;
  /** Attribute name → value; empty values and unknown attributes are left out. */
  attributes: Readonly<Record<string, string | boolean | undefined>>;
  accent?: string;
}

/** The allowed attributes of a config, in a stable order, with empty and unknown ones removed. */
export function cleanAttributes(config: WidgetConfig): Array<[string, string | true]> {
  const widget = EMBED_WIDGETS[config.tag];
  if (!widget) return [];
  const out: Array<[string, string | true]> = [];
  for (const attribute of [...COMMON_ATTRIBUTES, ...widget.attributes]) {
    const value = config.attributes[attribute.name];
    if (value === undefined || value === false || value === '') continue;
    if (attribute.kind === 'boolean') {
      if (value === true || value === 'true' || value === '') out.push([attribute.name, true]);
      continue;
    }
    const string = String(value).trim();
    if (!string) continue;
    if (attribute.kind === 'choice' && !attribute.choices!.includes(string)) continue;
    if (attribute.kind === 'number' && !/^\d{1,4}$/.test(string)) continue;
    out.push([attribute.name, string]);
  }
  return out;
}

/** `https://host/path` with exactly one trailing slash; undefined for anything but http(s). */
export function normalizeBaseUrl(base: string): string | undefined {
  try {
    const url = new URL(base.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    return undefined;
  }
}

/** The copy-ready snippet: the script tag (pinned version), an optional accent rule, and the element. */
export function buildSnippet(config: WidgetConfig, baseUrl = DEFAULT_BASE_URL): string {
  const base = normalizeBaseUrl(baseUrl) ?? DEFAULT_BASE_URL;
  if (!EMBED_WIDGETS[config.tag]) throw new RangeError(`unknown widget: ${config.tag}`);
  const attributes = cleanAttributes(config)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const lines = [`<script type="module" src="${escapeHtml(`${base}siip-widgets.js`)}"></script>`];
  const accent = customAccent(config.accent);
  if (accent) lines.push(`<style>${config.tag} { --siip-color-accent: ${accent}; }</style>`);
  lines.push(`<${config.tag}${attributes}></${config.tag}>`);
  return lines.join('\n');
}

/** The query string embed.html reads: `widget=…&cohort=…&accent=%23aa3300`. */
export function embedQuery(config: WidgetConfig): string {
  const params = new URLSearchParams({ widget: config.tag });
  for (const [name, value] of cleanAttributes(config)) params.set(name, value === true ? '' : value);
  const accent = customAccent(config.accent);
  if (accent) params.set('accent', accent);
  return params.toString();
}

/** The fallback for page builders that strip scripts: an iframe on embed.html plus the height listener. */
export function buildIframeSnippet(config: WidgetConfig, baseUrl = DEFAULT_BASE_URL, title = EMBED_WIDGETS[config.tag]?.label ?? 'SIIP widget'): string {
  const base = normalizeBaseUrl(baseUrl) ?? DEFAULT_BASE_URL;
  const src = `${base}embed.html?${embedQuery(config)}`;
  return [
    `<iframe class="siip-embed" src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="600" loading="lazy" style="border:0;width:100%"></iframe>`,
    HEIGHT_LISTENER,
  ].join('\n');
}

/** The parent-side listener: sizes each siip iframe to the height its page reports, so no inner scrollbar appears. */
export const HEIGHT_LISTENER = `<script>
addEventListener('message', function (event) {
  var data = event.data;
  if (!data || data.type !== 'siip-embed-height' || typeof data.height !== 'number') return;
  document.querySelectorAll('iframe.siip-embed').forEach(function (frame) {
    if (frame.contentWindow === event.source) frame.style.height = Math.ceil(data.height) + 'px';
  });
});
</script>`;

/**
 * Reads embed.html's query string against the allowlist: a known widget and only its
 * known attributes (values as text, set with setAttribute by the caller); everything else is dropped.
 */
export function parseEmbedQuery(search: string): WidgetConfig | undefined {
  const params = new URLSearchParams(search);
  const tag = params.get('widget') ?? '';
  if (!Object.hasOwn(EMBED_WIDGETS, tag)) return undefined;
  const attributes: Record<string, string> = {};
  for (const attribute of [...COMMON_ATTRIBUTES, ...EMBED_WIDGETS[tag].attributes]) {
    const value = params.get(attribute.name);
    if (value !== null) attributes[attribute.name] = value;
  }
  const config: WidgetConfig = { tag, attributes: Object.fromEntries(cleanAttributes({ tag, attributes })) };
  const accent = normalizeHex(params.get('accent') ?? '');
  return accent ? { ...config, accent } : config;
}
