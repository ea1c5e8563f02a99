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
    // No retries: a test that fails once is a finding. (Issue 14: the hostile-page reload case
    // lost a Post pressed before the watcher's stability timer fired — fixed in post-outcome.ts;
    // the worker-stop case read the database after Chrome had started the worker again by
    // itself — it now checks while the table is held.)
    retry: 0,
  },
});
