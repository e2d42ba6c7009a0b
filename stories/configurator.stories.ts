import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { expect, waitFor } from 'storybook/test';
// Every widget of the registry, as the configurator offers them all.
import '../src/entries/define.js';
import { COMMON_ATTRIBUTES, EMBED_WIDGETS, buildIframeSnippet, buildSnippet, checkAccent, normalizeHex, type WidgetConfig } from '../src/embed/snippet.js';

/**
 * The configurator, as on the demo site (`configurator.html`): pick a widget and its options, language, accent colour
 * and group; see it at phone width, at desktop width and in Arabic (right to left); copy the snippet, or the iframe
 * fallback for page builders that strip scripts. It warns when the accent colour fails WCAG AA (4.5:1) with white
 * button text or as link colour on white. The logic is `src/embed/snippet.ts`, shared with the page and embed.html.
 */
const meta: Meta = {
  title: 'Embedding/Configurator',
  parameters: {
    layout: 'fullscreen',
    // Three previews of the same widget repeat its landmarks by design (each copy alone passes).
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
};
export default meta;

function configurator(host: HTMLElement, initial: WidgetConfig) {
  const config: WidgetConfig = { ...initial, attributes: { ...initial.attributes } };
  const set = (name: string, value: string) => {
    (config.attributes as Record<string, string>)[name] = value;
    draw();
  };
  const widgetElement = (lang?: string) => {
    const el = document.createElement(config.tag);
    for (const [name, value] of Object.entries(config.attributes)) if (value) el.setAttribute(name, String(value));
    if (lang) el.setAttribute('lang', lang);
    const accent = normalizeHex(config.accent ?? '');
    if (accent) el.style.setProperty('--siip-color-accent', accent);
    return el;
  };
  const draw = () => {
    const check = checkAccent(config.accent ?? '');
    const fields = [...COMMON_ATTRIBUTES, ...EMBED_WIDGETS[config.tag].attributes];
    render(
      html`<div style="display:grid;gap:1rem;grid-template-columns:minmax(16rem,20rem) 1fr;padding:1rem">
        <form @submit=${(e: Event) => e.preventDefault()}>
          <label>Widget
            <select @change=${(e: Event) => ((config.tag = (e.target as HTMLSelectElement).value), (config.attributes = {}), draw())}>
              ${Object.entries(EMBED_WIDGETS).map(([tag, w]) => html`<option value=${tag} ?selected=${tag === config.tag}>${w.label}</option>`)}
            </select>
          </label>
          ${fields.map(
            (field) => html`<p><label>${field.label} (${field.name})
              ${field.kind === 'choice'
                ? html`<select name=${field.name} @change=${(e: Event) => set(field.name, (e.target as HTMLSelectElement).value)}>
                    ${field.choices!.map((c) => html`<option value=${c} ?selected=${config.attributes[field.name] === c}>${c || '(any)'}</option>`)}
                  </select>`
                : html`<input name=${field.name} .value=${String(config.attributes[field.name] ?? '')} @change=${(e: Event) => set(field.name, (e.target as HTMLInputElement).value)} />`}
            </label></p>`,
          )}
          <p><label>Accent colour <input name="accent" .value=${config.accent ?? ''} @change=${(e: Event) => ((config.accent = (e.target as HTMLInputElement).value), draw())} /></label></p>
          <div role="status" class="contrast">${check ? (check.ok ? 'Good contrast (WCAG AA).' : check.warnings.map((w) => html`<p>Warning: ${w}</p>`)) : 'Enter a colour as #rrggbb.'}</div>
        </form>
        <div>
          <div style="display:flex;gap:1rem;flex-wrap:wrap">
            <figure style="width:360px;margin:0"><figcaption>Phone (360 px)</figcaption><div class="phone">${widgetElement()}</div></figure>
            <figure style="width:360px;margin:0"><figcaption>Arabic, right to left</figcaption><div dir="rtl">${widgetElement('ar')}</div></figure>
          </div>
          <figure style="margin:1rem 0 0"><figcaption>Desktop</figcaption>${widgetElement()}</figure>
          <h3>Snippet</h3>
          <pre class="snippet">${buildSnippet(config)}</pre>
          <h3>Iframe fallback</h3>
          <pre class="iframe">${buildIframeSnippet(config)}</pre>
        </div>
      </div>`,
      host,
    );
  };
  draw();
}

const story = (initial: WidgetConfig): StoryObj => ({
  render: () => {
    const host = document.createElement('div');
    configurator(host, initial);
    return host;
  },
});

/** The roster of the 2020 cohort in Spanish with a custom accent. */
export const Roster: StoryObj = {
  ...story({ tag: 'siip-cohort-roster', attributes: { cohort: '2020', lang: 'es' }, accent: '#aa3300' }),
  play: async ({ canvasElement }) => {
    const snippet = canvasElement.querySelector('pre.snippet')!.textContent!;
    expect(snippet).toContain('https://unpkg.com/siip-widgets@0.1.0/dist/siip-widgets.js');
    expect(snippet).toContain('<siip-cohort-roster lang="es" cohort="2020"></siip-cohort-roster>');
    expect(snippet).toContain('--siip-color-accent: #aa3300');
    expect(canvasElement.querySelector('.contrast')!.textContent).toContain('Good contrast');
  },
};

/** A light accent colour: the configurator warns that white text on it fails WCAG AA. */
export const LowContrastAccent: StoryObj = {
  // The failing contrast is what this story demonstrates.
  parameters: { a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }, { id: 'color-contrast', enabled: false }] } } },
  ...story({ tag: 'siip-pathway-finder', attributes: { profession: 'registered-nurse', state: 'NY' }, accent: '#ffcc00' }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('.contrast')!.textContent).toContain('WCAG AA needs 4.5:1'));
  },
};
