import { expect } from '@open-wc/testing';
import { listKeyTarget } from './community-list.js';

describe('listKeyTarget (the list\'s roving tabindex)', () => {
  it('moves one row with the arrows, and stops at either end', () => {
    expect(listKeyTarget('ArrowDown', 3, 9)).to.equal(4);
    expect(listKeyTarget('ArrowUp', 3, 9)).to.equal(2);
    expect(listKeyTarget('ArrowDown', 9, 9)).to.equal(9);
    expect(listKeyTarget('ArrowUp', 0, 9)).to.equal(0);
  });

  it('jumps to the ends with Home and End, and ten rows with PageUp and PageDown', () => {
    expect(listKeyTarget('Home', 5, 40)).to.equal(0);
    expect(listKeyTarget('End', 5, 40)).to.equal(40);
    expect(listKeyTarget('PageDown', 5, 40)).to.equal(15);
    expect(listKeyTarget('PageDown', 35, 40)).to.equal(40);
    expect(listKeyTarget('PageUp', 15, 40)).to.equal(5);
    expect(listKeyTarget('PageUp', 5, 40)).to.equal(0);
  });

  it('leaves other keys (Tab, letters, Enter) to the page', () => {
    for (const key of ['Tab', 'a', 'Enter', 'ArrowLeft']) expect(listKeyTarget(key, 3, 9)).to.equal(-1);
  });
});
