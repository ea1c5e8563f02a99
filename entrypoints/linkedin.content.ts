import { startFeatures } from '@/lib/watcher/features';
import { isPreload } from '@/lib/shared/linkedin/pages';

// Runs on LinkedIn only for people who opted in: not in the manifest, the background registers
// it when a consent is given and removes it when the last one is withdrawn
// (lib/worker/watcher-registration.ts). Kept tiny anyway (no React, Dexie or zod; 10 KB gzip).
export default defineContentScript({
  registration: 'runtime',
  matches: ['https://www.linkedin.com/*'],
  // No window.postMessage to LinkedIn's page on start: nothing the page could read.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // LinkedIn's hidden /preload frame holds a decoy editor (README, LinkedIn's page §5.1): never act there.
    if (isPreload(location.href)) return;
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    void startFeatures(controller.signal);
  },
});
