// Writes the run's pass/fail counts to .test-results/wtr.json for the CI summary line.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(results, counts) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) continue;
    if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const suite of results?.suites ?? []) count(suite, counts);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0 };
      for (const session of sessions) {
        count(session.testResults, counts);
        // A file that fails to load has no test results: count it as a failure.
        if (!session.testResults && !session.passed) counts.failed++;
        else if (session.errors?.length && !session.testResults?.tests?.length && !session.testResults?.suites?.length) counts.failed++;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/wtr.json', JSON.stringify(counts));
      console.log(`Browser tests: ${counts.passed} passed, ${counts.failed} failed`);
    },
  };
}
