import { expect } from '@open-wc/testing';
import { WIDGETS } from './widgets.js';
import * as index from './index.js';
import { EMBED_WIDGETS } from '../embed/snippet.js';

// The registry is the one list of tags: define.ts (static imports, so `import 'siip-widgets/define.js'`
// registers synchronously) and index.ts (the classes) must say the same. These checks fail when a widget is
// added in one place and not the other.
describe('the widget registry', () => {
  it('names each tag once, with a siip- prefix and a loader', () => {
    const tags = WIDGETS.map((widget) => widget.tag);
    expect(new Set(tags).size).to.equal(tags.length);
    for (const widget of WIDGETS) {
      expect(widget.tag).to.match(/^siip-[a-z]+(-[a-z]+)+$/);
      expect(widget.load).to.be.a('function');
    }
  });

  it('define.ts registers exactly the registry’s tags', async () => {
    // Nothing is registered before define.ts runs (index.ts is side-effect free), so define.ts did the work.
    for (const widget of WIDGETS) expect(customElements.get(widget.tag), widget.tag).to.equal(undefined);
    await import('./define.js');
    for (const widget of WIDGETS) expect(customElements.get(widget.tag), widget.tag).to.exist;
    // Every SiipElement class the index exports has a registry entry (the base class is not a widget).
    const classes = Object.entries(index).filter(
      ([name, value]) => typeof value === 'function' && value.prototype instanceof index.SiipElement && name !== 'SiipElement',
    );
    expect(classes.map(([name]) => name).sort()).to.deep.equal(WIDGETS.map((widget) => widget.className).sort());
  });

  it('each loader registers its tag as the class the package index exports', async () => {
    for (const widget of WIDGETS) {
      await widget.load();
      const exported = (index as unknown as Record<string, CustomElementConstructor | undefined>)[widget.className];
      expect(exported, `${widget.className} exported by src/entries/index.ts`).to.be.a('function');
      expect(customElements.get(widget.tag), widget.tag).to.equal(exported);
    }
  });

  it('the embedding kit offers exactly the registry’s widgets', () => {
    expect(Object.keys(EMBED_WIDGETS)).to.deep.equal(WIDGETS.map((widget) => widget.tag));
  });
});
