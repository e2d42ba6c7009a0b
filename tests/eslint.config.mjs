// ESLint for the whole repository: typescript-eslint, lit, lit-a11y and web-components rules.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

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
    files: ['**/*.test.ts', 'tests/**', 'stories/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
