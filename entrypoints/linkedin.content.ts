import { startFeatures } from '@/lib/linkedin/features';
import { isPreload } from '@/lib/linkedin/pages';

// Always on, on every LinkedIn page: kept tiny (no React, Dexie or zod; budget 10 KB gzip).
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    // LinkedIn's hidden /preload frame holds a decoy editor (dom-evidence §5.1): never act there.
    if (isPreload(location.href)) return;
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    void startFeatures(controller.signal);
  },
});
