// A node:test reporter that counts passed and failed tests into .test-results/node.json for the CI summary.
import { mkdirSync, writeFileSync } from 'node:fs';

export default async function* summary(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    const isSuite = event.data?.details?.type === 'suite';
    if (event.type === 'test:pass' && !isSuite) passed++;
    if (event.type === 'test:fail' && !isSuite) failed++;
  }
  mkdirSync('.test-results', { recursive: true });
  writeFileSync('.test-results/node.json', JSON.stringify({ passed, failed }));
  yield `Node tests: ${passed} passed, ${failed} failed\n`;
}
