import { startFeatures } from '@/lib/linkedin/features';

// Always on, on every LinkedIn page: kept tiny (no React, Dexie or zod; budget 10 KB gzip).
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    void startFeatures(controller.signal);
  },
});
