import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// Engineers running specs side by side pick their own ports (STARFIRE_E2E_PORT / _BARE_PORT).
const PORT = Number(process.env.STARFIRE_E2E_PORT ?? 4410);
/** A second host, started bare (#14): no seed, only the first admin; its own throwaway data dir. */
const BARE_PORT = Number(process.env.STARFIRE_E2E_BARE_PORT ?? 4420);
const BARE_SPEC = /bare-start\.spec\.ts$/;
// A fresh data dir per run so seeded personas start clean; workers inherit the
// variable, so the config evaluates to the same folder in every process.
process.env.STARFIRE_E2E_DATA ??= mkdtempSync(path.join(os.tmpdir(), 'starfire-e2e-'));

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // Two environments, one command: the seeded one for every spec but the bare start, which gets
  // a host of its own that has never seen a seed.
  projects: [
    { name: 'seeded', testIgnore: BARE_SPEC, use: { baseURL: `http://127.0.0.1:${PORT}` } },
    { name: 'bare', testMatch: BARE_SPEC, use: { baseURL: `http://127.0.0.1:${BARE_PORT}` } },
  ],
  use: {
    ...devices['iPhone 12'],
    // The Debian chromium, never a downloaded browser (the machine has no internet).
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: [
    {
      // Builds the H5 app and the function bundles only when missing (the test command builds
      // both fresh), then serves the deployable bundles, not the TS sources: the e2e run
      // exercises exactly what would be uploaded to CloudBase.
      command: [
        'test -f dist-h5/index.html || npm run build:h5',
        'test -f build/cloudfunctions/users/index.js || npm run build:functions',
        `npx tsx local/start.ts --bundles --port ${PORT} --data-dir ${process.env.STARFIRE_E2E_DATA}`,
      ].join('; '),
      url: `http://127.0.0.1:${PORT}/`,
      // The host reads PORT (and, in newer versions, --port); give it both.
      env: { PORT: String(PORT), DATA_DIR: process.env.STARFIRE_E2E_DATA },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'pipe',
    },
    {
      // The builds are there by now: Playwright starts the servers one after the other.
      command: `npx tsx local/start.ts --bundles --bare --throwaway --port ${BARE_PORT}`,
      url: `http://127.0.0.1:${BARE_PORT}/`,
      // Named, not inherited: the first admin the bare spec signs in as.
      env: { PORT: String(BARE_PORT), STARFIRE_ADMIN_OPENIDS: 'local-admin' },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'pipe',
      // SIGTERM lets the host close and remove its throwaway data dir.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
  ],
});
