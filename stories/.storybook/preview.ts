import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../../dist/custom-elements.json';
import { UI_LANGUAGES } from '../../src/localization/languages.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: UI_LANGUAGES.map(({ code, name }) => ({ value: code, title: name })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    // Widgets follow the nearest ancestor's lang, as they do on a partner page.
    (story, context) => html`<div lang=${context.globals.locale ?? 'en'}>${story()}</div>`,
  ],
  parameters: {
    controls: { expanded: true },
    // Every story is checked with axe in the story tests; a violation fails the run.
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
