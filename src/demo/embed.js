// embed.html's script (plain JS, no build step): renders ONE widget from the query string and
// reports the page height to the parent window. Copied as-is into dist/ beside siip-widgets.js.
import { parseEmbedQuery } from './npm/src/embed/snippet.js';
import { UI_LANGUAGES } from './npm/src/localization/languages.js';
import './siip-widgets.js';

const MESSAGES = {
  en: 'This embed link names no known SIIP widget. Use the configurator to make a new one.',
  es: 'Este enlace no indica ningún widget de SIIP conocido. Use el configurador para crear uno nuevo.',
  ar: 'لا يشير رابط التضمين هذا إلى أي أداة SIIP معروفة. استخدم أداة الإعداد لإنشاء رابط جديد.',
  fr: 'Ce lien d’intégration ne désigne aucun module SIIP connu. Utilisez le configurateur pour en créer un nouveau.',
  'zh-Hans': '此嵌入链接未指向任何已知的 SIIP 组件。请使用配置工具生成新的链接。',
  pt: 'Este link de incorporação não indica nenhum widget do SIIP conhecido. Use o configurador para criar um novo.',
  uk: 'Це посилання для вбудовування не вказує на жоден відомий віджет SIIP. Створіть нове в конфігураторі.',
  fa: 'این پیوند جاسازی به هیچ ابزار شناخته‌شدهٔ SIIP اشاره نمی‌کند. برای ساختن پیوند تازه از پیکربندی‌کننده استفاده کنید.',
  vi: 'Liên kết nhúng này không trỏ đến tiện ích SIIP nào đã biết. Hãy dùng trình cấu hình để tạo liên kết mới.',
  ht: 'Lyen entegrasyon sa a pa montre okenn zouti SIIP nou konnen. Sèvi ak konfiguratè a pou fè yon lòt.',
};

const place = document.getElementById('siip-embed');
// The allowlist lives in parseEmbedQuery: a known tag, its known attributes, a #hex accent; nothing else.
const config = parseEmbedQuery(location.search);
const lang = config?.attributes.lang ?? new URLSearchParams(location.search).get('lang');
const language = UI_LANGUAGES.find((known) => known.code === lang);
if (language) {
  document.documentElement.lang = language.code;
  document.documentElement.dir = language.dir;
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
