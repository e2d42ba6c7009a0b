// embed.html's script (plain JS, no build step): renders ONE widget from the query string and
// reports the page height to the parent window. Copied as-is into dist/ beside siip-widgets.js.
import { parseEmbedQuery } from './npm/src/embed/snippet.js';
import './siip-widgets.js';

const MESSAGES = {
  en: 'This embed link names no known SIIP widget. Use the configurator to make a new one.',
  es: 'Este enlace no indica ningún widget de SIIP conocido. Use el configurador para crear uno nuevo.',
  ar: 'لا يشير رابط التضمين هذا إلى أي أداة SIIP معروفة. استخدم أداة الإعداد لإنشاء رابط جديد.',
};

const place = document.getElementById('siip-embed');
// The allowlist lives in parseEmbedQuery: a known tag, its known attributes, a #hex accent; nothing else.
const config = parseEmbedQuery(location.search);
const lang = config?.attributes.lang ?? new URLSearchParams(location.search).get('lang');
if (lang === 'es' || lang === 'ar' || lang === 'en') {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
}

if (config) {
  const widget = document.createElement(config.tag);
  // Values are set as attributes, never parsed as HTML.
  for (const [name, value] of Object.entries(config.attributes)) widget.setAttribute(name, value === true ? '' : String(value));
  // CSSOM, not a style attribute: allowed under a strict CSP.
  if (config.accent) widget.style.setProperty('--siip-color-accent', config.accent);
  place.append(widget);
} else {
  const message = document.createElement('p');
  message.className = 'siip-embed-message';
  message.setAttribute('role', 'alert');
  message.textContent = MESSAGES[document.documentElement.lang] ?? MESSAGES.en;
  place.append(message);
}

// Tell the parent page how tall we are, whenever that changes.
let last = -1;
function postHeight() {
  const height = Math.ceil(place.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'siip-embed-height', height }, '*');
}
new ResizeObserver(postHeight).observe(place);
postHeight();
