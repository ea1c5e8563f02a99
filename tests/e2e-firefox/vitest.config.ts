import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real Firefox ESR with the built extension (.output/firefox-mv3). Run after `npm run build:firefox`.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time (2 cores), and the fixture server needs port 443 for itself.
    fileParallelism: false,
  },
});
