// ESLint for the whole repository: typescript-eslint, lit, lit-a11y and web-components rules, the HTML-sink
// gate and the layer rule (tests/node/layers.test.mjs proves the layer rule fails a core file importing a widget).
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

/** The core: what every widget shares. It must not know any widget (see ARCHITECTURE.md). */
export const CORE_FILES = ['src/data/**/*.ts', 'src/internal/**/*.ts', 'src/localization/**/*.ts', 'src/events/**/*.ts', 'src/styles/**/*.ts'];
export const LAYER_MESSAGE = 'The core (src/data, internal, localization, events, styles) never imports a widget or an entry point: move the shared part into the core, or the code into the widget.';

export default tseslint.config(
  { ignores: ['dist/**', 'storybook-static/**', 'node_modules/**', 'src/localization/generated/**', 'src/data/generated/**', '.bench/**', '.test-results/**'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Elements register through the guarded static define(); the rule does not know that.
      'wc/guard-super-call': 'off',
      'wc/no-constructor-attributes': 'off',
    },
  },
  {
    // Nothing from the data may ever be parsed as HTML: no HTML-string sinks in the widgets' code.
    files: ['src/**/*.ts', 'components/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['lit/directives/unsafe-*'], message: 'Data must never become markup: build DOM with Lit templates.' }] },
      ],
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'setHTMLUnsafe', 'bindPopup', 'bindTooltip', 'setContent'].map((property) => ({
          property,
          message: 'HTML-string sink: build DOM nodes or Lit templates instead.',
        })),
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='DOMParser']", message: 'Do not parse HTML from data.' }],
    },
  },
  {
    // The layers (ARCHITECTURE.md): the core every widget builds on never imports a widget or an entry point,
    // so a widget can be added, removed or loaded lazily without touching the core.
    files: CORE_FILES,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit/directives/unsafe-*'], message: 'Data must never become markup: build DOM with Lit templates.' },
            { group: ['**/components/**', '**/entries/**', '**/embed/**'], message: LAYER_MESSAGE },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'tests/**', 'stories/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
