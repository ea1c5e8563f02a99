import { layoutSignals } from '@/lib/shared/linkedin/selectors';

// Injected by the background (scripting.executeScript) into one LinkedIn tab, only when a
// composer was not recognised, an insert failed, or the person asked for a report in the popup.
// Reads the page's structure once and returns it (lib/shared/linkedin/selectors.ts: layoutSignals);
// the background validates the answer (lib/worker/health/report.ts). Not in the manifest, not in the
// always-on watcher, nothing written into the page.
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    return layoutSignals();
  },
});
