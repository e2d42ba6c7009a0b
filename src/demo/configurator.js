// The configurator page (plain JS, no build step; copied as-is into dist/ beside siip-widgets.js).
// The logic (allowlist, escaping, snippets, contrast) is src/embed/snippet.ts, shipped in the npm build.
import { UI_LANGUAGES } from './npm/src/localization/languages.js';
import {
  COMMON_ATTRIBUTES,
  DEFAULT_BASE_URL,
  EMBED_WIDGETS,
  buildIframeSnippet,
  buildSnippet,
  checkAccent,
  normalizeHex,
} from './npm/src/embed/snippet.js';
import './siip-widgets.js';

const $ = (id) => document.getElementById(id);
const RTL_CODES = new Set(UI_LANGUAGES.filter((language) => language.dir === 'rtl').map((language) => language.code));
const form = $('cfg-form');
const widgetSelect = $('cfg-widget');
const accentText = $('cfg-accent');
const accentPicker = $('cfg-accent-picker');
const base = $('cfg-base');
base.value = DEFAULT_BASE_URL;

for (const [tag, widget] of Object.entries(EMBED_WIDGETS)) widgetSelect.append(new Option(widget.label, tag));

/** A labelled control for one attribute (DOM only; labels are ours, values the user's). */
function control(attribute, prefix) {
  const id = `${prefix}-${attribute.name}`;
  const field = document.createElement('div');
  field.className = 'cfg-field';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = `${attribute.label} (${attribute.name})`;
  let input;
  if (attribute.kind === 'choice') {
    input = document.createElement('select');
    for (const value of attribute.choices) input.append(new Option(attribute.choiceLabels?.[value] ?? (value || '(any)'), value));
  } else {
    input = document.createElement('input');
    input.type = attribute.kind === 'number' ? 'number' : attribute.kind === 'boolean' ? 'checkbox' : 'text';
  }
  input.id = id;
  input.dataset.attribute = attribute.name;
  field.append(label, input);
  return field;
}

function renderControls() {
  $('cfg-common').replaceChildren(...COMMON_ATTRIBUTES.map((attribute) => control(attribute, 'cfg-common')));
  renderOptions();
}

function renderOptions() {
  $('cfg-options').replaceChildren(...EMBED_WIDGETS[widgetSelect.value].attributes.map((attribute) => control(attribute, 'cfg-option')));
}

function readConfig() {
  const attributes = {};
  for (const input of form.querySelectorAll('[data-attribute]')) {
    attributes[input.dataset.attribute] = input.type === 'checkbox' ? input.checked : input.value;
  }
  return { tag: widgetSelect.value, attributes, accent: normalizeHex(accentText.value) };
}

/** Puts a live widget in a preview stage; the RTL stage forces a right-to-left language. */
function preview(stage, config, forcedLang) {
  const widget = document.createElement(config.tag);
  for (const [name, value] of Object.entries(config.attributes)) {
    if (value === true) widget.setAttribute(name, '');
    else if (value) widget.setAttribute(name, value);
  }
  if (forcedLang) widget.setAttribute('lang', forcedLang);
  if (config.accent) widget.style.setProperty('--siip-color-accent', config.accent);
  stage.replaceChildren(widget);
}

function showContrast(accent) {
  const box = $('cfg-contrast');
  const check = checkAccent(accent ?? '');
  box.classList.toggle('cfg-contrast--ok', Boolean(check?.ok));
  if (!check) {
    box.textContent = 'Enter a colour as #rrggbb (for example #0b5cad).';
    return;
  }
  box.replaceChildren(
    ...(check.ok
      ? [`Good contrast: ${check.onWhiteText.toFixed(2)}:1 with white text, ${check.onWhiteSurface.toFixed(2)}:1 on white (WCAG AA needs 4.5:1).`]
      : check.warnings.map((warning) => Object.assign(document.createElement('p'), { textContent: `Warning: ${warning}` }))),
  );
}

let timer;
function update({ immediate = false } = {}) {
  const config = readConfig();
  showContrast(config.accent);
  $('cfg-snippet').textContent = buildSnippet(config, base.value);
  $('cfg-iframe').textContent = buildIframeSnippet(config, base.value);
  clearTimeout(timer);
  // Typing a search word should not rebuild three widgets per keystroke.
  timer = setTimeout(
    () => {
      preview($('cfg-preview-phone'), config);
      preview($('cfg-preview-desktop'), config);
      // The chosen language when it is written right to left (fa), else Arabic.
      const rtl = RTL_CODES.has(config.attributes.lang) ? config.attributes.lang : 'ar';
      $('cfg-preview-rtl').lang = rtl;
      $('cfg-preview-rtl-caption').textContent = `${rtl === 'ar' ? 'Arabic' : 'Persian'}, right to left (360 px)`;
      preview($('cfg-preview-rtl'), config, rtl);
    },
    immediate ? 0 : 250,
  );
}

widgetSelect.addEventListener('change', () => {
  renderOptions();
  update({ immediate: true });
});
form.addEventListener('input', (event) => {
  if (event.target === accentPicker) accentText.value = accentPicker.value;
  if (event.target === accentText && normalizeHex(accentText.value)) accentPicker.value = normalizeHex(accentText.value);
  update();
});
form.addEventListener('submit', (event) => event.preventDefault());

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const text = $(button.dataset.copy).textContent;
    try {
      await navigator.clipboard.writeText(text);
      $('cfg-copied').textContent = 'Copied. Paste it into your page.';
    } catch {
      // No clipboard permission: select the text so Ctrl+C / Cmd+C works.
      getSelection().selectAllChildren($(button.dataset.copy));
      $('cfg-copied').textContent = 'Press Ctrl+C (Cmd+C on a Mac) to copy the selected snippet.';
    }
  });
}

renderControls();
update({ immediate: true });
