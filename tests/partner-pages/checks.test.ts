/**
 * The partner-pages checks themselves: on a page built to fail (pages/control.html), each fault is found once
 * and each WCAG exception (a link in a sentence, a checkbox whose label is the target, visually hidden text,
 * content clipped by its box) is not.
 */
import { expect } from '@open-wc/testing';
import { openPartnerPage, pageProblems, setFrameViewport } from './partner-page.js';

describe('the partner-pages checks', () => {
  let frame: HTMLIFrameElement | undefined;
  after(() => frame?.remove());

  it('find every fault of the control page and nothing else', async () => {
    frame = await openPartnerPage('control', 'en');
    await setFrameViewport(frame, { width: 1280, height: 900 });
    const problems = pageProblems(frame, 'control', { columnWidths: false });
    const expected = [
      /^control: the page scrolls sideways \(1500 > 1280\)$/,
      /^control: content-roster: <div> "A row wider than its column" reaches past the column/,
      /^control: content-roster: text 11px in <small> "Tiny print"$/,
      /^control: content-roster: text 10px in <p\.badge> "Badge"$/,
      /^control: content-roster: target [\d.]+×12 px: <button> "×"$/,
      /^control: sidebar-calendar: <div> "A toolbar that scrolls sideways" scrolls sideways inside \(600 > 300\)$/,
      /^control: sidebar-calendar: target 20×20 px: <a> "Small"$/,
      /^control: content-map: the map is not shown in the 620 px column \(no map\)$/,
    ];
    for (const pattern of expected) expect(problems.filter((problem) => pattern.test(problem)), `${String(pattern)} in\n${problems.join("\n")}`).to.have.length(1);
    expect(problems, problems.join('\n')).to.have.length(expected.length);
  });
});
