import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension (.output/chrome-mv3). Run after `npm run build`.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: these machines have 2 cores.
    fileParallelism: false,
    // One retry for a test that failed: on this shared 2-core machine a browser test can miss a
    // timeout under load. A test that fails twice still fails the run. (2026-12-01: the
    // hostile-page "person's own post after a reload" case failed once in a full run and passed
    // alone — kept in view in issue 14's note; remove the retry once that is understood.)
    retry: 1,
  },
});
