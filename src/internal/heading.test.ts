import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { clampHeadingLevel, heading } from './heading.js';

describe('heading', () => {
  it('clamps the level to 2–6 (the page owns h1)', () => {
    expect([1, 2, 4, 6, 9, Number.NaN].map(clampHeadingLevel)).to.deep.equal([2, 2, 4, 6, 6, 2]);
  });

  it('renders sub-headings one level deeper, never past h6, with a focusable id when asked', async () => {
    const el = await fixture(html`<div>${heading(3, 1, 'Step 1', { id: 'step-1', className: 'step' })}${heading(6, 2, 'deep')}</div>`);
    const [first, second] = el.children;
    expect([first.tagName, first.id, first.getAttribute('tabindex'), first.className]).to.deep.equal(['H4', 'step-1', '-1', 'step']);
    expect([second.tagName, second.hasAttribute('tabindex')]).to.deep.equal(['H6', false]);
  });
});
