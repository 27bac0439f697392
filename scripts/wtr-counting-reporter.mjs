// Writes the browser run's pass/fail counts to a JSON file so scripts/test.mjs
// can print one closing line for the whole suite.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function countResults(suite, counts) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) counts.skipped += 1;
    else if (t.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countResults(child, counts);
}

export function countingReporter(outFile) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, erroredFiles: 0 };
      for (const session of sessions) {
        if (session.testResults) countResults(session.testResults, counts);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.erroredFiles += 1;
      }
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, JSON.stringify(counts));
    },
  };
}
