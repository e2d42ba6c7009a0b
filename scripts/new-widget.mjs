#!/usr/bin/env node
// `npm run new-widget <name>`: writes components/<name>/ (element, styles, define, test, i18n), its story, and
// registers the tag everywhere the tree lists widgets: the registry (src/entries/widgets.ts), define.ts,
// index.ts, package.json `sideEffects` and the size test's ceilings. CONTRIBUTING.md says what comes next.
//
//   npm run new-widget demo-thing            → <siip-demo-thing>, class SiipDemoThing
//   npm run new-widget demo-thing -- --root DIR   (another checkout; used by tests/node/new-widget.test.mjs)
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const rootFlag = args.indexOf('--root');
const root = rootFlag >= 0 ? args.splice(rootFlag, 2)[1] : fileURLToPath(new URL('..', import.meta.url));
const name = (args[0] ?? '').replace(/^siip-/, '');

if (!/^[a-z]+(-[a-z]+)+$/.test(name)) {
  console.error('Usage: npm run new-widget <name>   (kebab-case, at least two words: demo-thing → <siip-demo-thing>)');
  process.exit(1);
}
const tag = `siip-${name}`;
const className = `Siip${name.replace(/(^|-)([a-z])/g, (_, _dash, c) => c.toUpperCase())}`;
const stylesName = `${className.slice(4, 5).toLowerCase()}${className.slice(5)}Styles`;
const title = name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
const folder = join(root, 'components', name);
if (existsSync(folder)) {
  console.error(`components/${name}/ already exists.`);
  process.exit(1);
}

const files = {
  [`components/${name}/${name}.component.ts`]: `import { html, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { SiipElement } from '../../src/internal/siip-element.js';
import { DatasetController } from '../../src/data/dataset-controller.js';
import type { Dataset } from '../../src/data/schema.js';
import { themeStyles } from '../../src/styles/theme.styles.js';
import { ${stylesName} } from './${name}.styles.js';

/**
 * TODO: how the widget is used from the keyboard and what it announces (a description for the manifest and
 * Storybook; keep it before the tags: text after \`@tag\` would become part of the tag's name).
 *
 * @summary TODO: one sentence on what a reader gets from this widget.
 * @tag ${tag}
 *
 * @csspart summary - The line that counts the communities.
 */
export class ${className} extends SiipElement {
  static override styles = [themeStyles, ${stylesName}];

  readonly #data = new DatasetController(this);

  // Declared here rather than with Lit's decorators, like every widget: the decorators' helpers cost every page bytes.
  static override properties: PropertyDeclarations = {
    src: {},
  };

  /** Dataset URL(s), space-separated, relative to the page; absent: the built-in SIIP dataset. */
  src = '';

  #renderReady(dataset: Dataset) {
    const count = dataset.communities.length;
    return html\`<p part="summary" class="summary">\${msg(str\`\${count} communities\`)}</p>\`;
  }

  override render() {
    return html\`<div part="base" class="base" dir=\${this.direction} lang=\${this.locale}>
      \${this.#data.render({ ready: (dataset) => this.#renderReady(dataset) })}
    </div>\`;
  }
}
`,
  [`components/${name}/${name}.styles.ts`]: `import { css } from 'lit';

export const ${stylesName} = css\`
  .base {
    padding: var(--_siip-space);
  }
  .summary {
    margin: 0;
    font-weight: 600;
  }
\`;
`,
  [`components/${name}/${name}.ts`]: `import { ${className} } from './${name}.component.js';

${className}.define('${tag}');

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`,
  [`components/${name}/${name}.i18n.json`]: '{}\n',
  [`components/${name}/${name}.test.ts`]: `import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './${name}.js';
import type { ${className} } from './${name}.component.js';

const MINIMAL = '/data/fixtures/minimal.json';

async function ready(el: ${className}, selector = '[part="summary"]'): Promise<ShadowRoot> {
  await waitUntil(() => el.shadowRoot?.querySelector(selector), \`\${selector} shown\`, { timeout: 10_000 });
  return el.shadowRoot!;
}

describe('<${tag}>', () => {
  for (const lang of ['en', 'es', 'ar']) {
    it(\`is accessible in \${lang}\`, async () => {
      const el = await fixture<${className}>(html\`<${tag} lang=\${lang} src=\${MINIMAL}></${tag}>\`);
      await ready(el);
      await expect(el).to.be.accessible();
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
    });
  }

  it('counts the communities of its dataset', async () => {
    const el = await fixture<${className}>(html\`<${tag} src=\${MINIMAL}></${tag}>\`);
    const root = await ready(el);
    const dataset = await (await fetch(MINIMAL)).json();
    expect(root.querySelector('[part="summary"]')!.textContent).to.contain(String(dataset.communities.length));
  });

  it('shows the shared error box when the data cannot be loaded', async () => {
    const el = await fixture<${className}>(html\`<${tag} src="/no/such/file.json"></${tag}>\`);
    const root = await ready(el, '[part="error"]');
    expect(root.querySelector('[part="retry-button"]')).to.exist;
  });
});
`,
  [`stories/${name}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../components/${name}/${name}.js';

interface Args {
  src: string;
  lang: string;
}

/** TODO: what the widget is for, in a sentence or two. */
const meta: Meta<Args> = {
  title: 'Widgets/${title}',
  component: '${tag}',
  args: { src: '', lang: '' },
  argTypes: { lang: { control: 'inline-radio', options: ['', 'en', 'es', 'ar'] } },
  render: (args) => html\`<${tag} src=\${args.src} lang=\${args.lang}></${tag}>\`,
};
export default meta;
type Story = StoryObj<Args>;

/** The built-in dataset. */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('${tag}')!;
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part="summary"]')).toBeTruthy(), { timeout: 10_000 });
  },
};

/** The data cannot be loaded: the shared error box with "Try again". */
export const LoadError: Story = { args: { src: '/no/such/file.json' } };
`,
};

/** Inserts `text` before the line matching `anchor` (the first one), failing loudly when the file changed shape. */
function insertBefore(file, anchor, text) {
  const path = join(root, file);
  const source = readFileSync(path, 'utf8');
  const index = source.search(anchor);
  if (index < 0) throw new Error(`${file}: could not find where to register ${tag} (${anchor}); register it by hand (CONTRIBUTING.md).`);
  writeFileSync(path, source.slice(0, index) + text + source.slice(index));
}

mkdirSync(folder, { recursive: true });
for (const [file, content] of Object.entries(files)) writeFileSync(join(root, file), content);

insertBefore('src/entries/widgets.ts', /^\] as const satisfies readonly WidgetEntry\[\];/m,
  `  { tag: '${tag}', className: '${className}', load: () => import('../../components/${name}/${name}.js') },\n`);
insertBefore('src/entries/widgets.ts', /^};\n\n\/\*\* The registry entry of/m, `  '${tag}': {\n    label: '${title}',\n    attributes: [],\n  },\n`);
appendFileSync(join(root, 'src/entries/define.ts'), `import '../../components/${name}/${name}.js';\n`);
insertBefore('src/entries/index.ts', /^export \{ resolvePathway/m, `export { ${className} } from '../../components/${name}/${name}.component.js';\n`);
insertBefore('tests/node/size-budget.test.mjs', /^const THREE_WIDGET_PAGE_BUDGET/m,
  `ONE_WIDGET_PAGE_BUDGETS['${tag}'] = 22 * KIB; // TODO: set to the figure of the first build, so it can only shrink\n`);

const pkgPath = join(root, 'package.json');
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
const defineFile = `./components/${name}/${name}.ts`;
pkg.sideEffects = [...pkg.sideEffects, defineFile, defineFile.replace('./', './dist/npm/').replace(/\.ts$/, '.js')];
writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);

console.log(`Wrote <${tag}> (${className}):
${Object.keys(files).map((file) => `  ${file}`).join('\n')}
Registered in src/entries/widgets.ts (WIDGETS, EMBED_OPTIONS), src/entries/define.ts, src/entries/index.ts,
package.json sideEffects and tests/node/size-budget.test.mjs.
Next (CONTRIBUTING.md): write the summary and the view, add its translations to ${name}.i18n.json and run
npm run localize, offer its attributes in EMBED_OPTIONS, add a harness page and a benchmark.`);
