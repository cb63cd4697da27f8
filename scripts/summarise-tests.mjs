// Sums jest's and Playwright's JSON results and the test command's steps into the one line CI reads.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const missing = [];

if (existsSync('reports/steps.txt')) {
  for (const line of readFileSync('reports/steps.txt', 'utf8').split('\n').filter(Boolean)) {
    if (line.startsWith('pass ')) passed++;
    else failed++;
  }
}

if (existsSync('reports/jest.json')) {
  const jest = JSON.parse(readFileSync('reports/jest.json', 'utf8'));
  passed += jest.numPassedTests;
  // A skipped or todo test is a defect, not a neutral result.
  failed += jest.numFailedTests + jest.numRuntimeErrorTestSuites + jest.numPendingTests + (jest.numTodoTests ?? 0);
} else missing.push('jest');

if (existsSync('test-results/e2e.json')) {
  const { stats } = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected + stats.skipped;
} else missing.push('playwright');

// A runner that wrote no results crashed before reporting: count it as a failure, never as nothing.
failed += missing.length;
if (missing.length) console.log(`no results from: ${missing.join(', ')}`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
