import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: `npm run e2e` (vitest run -c vitest.e2e.config.ts).
// The global setup starts bin/leergang on a fresh local PostgreSQL cluster with
// the demo data; every test file drives Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    name: 'e2e',
    root: fileURLToPath(new URL('.', import.meta.url)),
    environment: 'node',
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['./e2e/support/global-setup.ts'],
    // One server, and CI has two cores: one file (one browser) at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 60_000,
    // A failed browser test is not retried: the screenshot and server log say why.
    retry: 0,
    reporters: ['default'],
  },
});
