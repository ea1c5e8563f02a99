/**
 * Watches for LinkedIn's post composer on every layout, waits until it is stable (V3 swaps a
 * loading placeholder for the real dialog ~0.5 s later), then announces it on the bridge and
 * asks the background for the panel — only for people who opted in. When the person opened
 * the composer (or a share-box URL) and none is recognised, the local health counter says so.
 */
import { send } from '../../messaging/send';
import { BRIDGE_EVENTS, getBridge } from '../bridge';
import { liveConsent } from '../consent';
import { onPageChange } from '../observe';
import { opensShareBox } from '../pages';
import { composerLayout, findComposer, findEditor, launcherFor, mayHoldComposer } from '../selectors';
import type { LinkedInFeature } from './index';

/** Same editor node for this long = stable (dom-evidence §5.5). */
export const STABLE_MS = 250;
/** How long we wait for a composer after the person asked for one. */
export const EXPECT_MS = 5000;

export const composerWatcher: LinkedInFeature = {
  id: 'composer-watcher',
  async init(signal) {
    const bridge = getBridge();
    let candidate: { editor: Element; since: number } | null = null;
    let expectUntil = 0;
    let lastHref = '';
    // Observing the page only while the person opted in: others pay next to nothing (P2).
    let observing: AbortController | null = null;
    const consent = await liveConsent(signal, () => {
      syncObserving();
      tick();
    });
    const active = () => consent.composer() || consent.recordShares();
    const syncObserving = () => {
      if (active() && !observing) {
        observing = new AbortController();
        signal.addEventListener('abort', () => observing?.abort());
        onPageChange(tick, observing.signal);
        document.addEventListener('click', onClick, { capture: true, signal: observing.signal });
      } else if (!active() && observing) {
        observing.abort();
        observing = null;
      }
    };

    const announce = (type: string) => bridge.events.dispatchEvent(new Event(type));
    const close = () => {
      if (!bridge.composerOpen) return;
      bridge.composerOpen = false;
      announce(BRIDGE_EVENTS.composerClosed);
    };
    const later = (ms: number, fn: () => void) => {
      const timer = setTimeout(fn, ms);
      signal.addEventListener('abort', () => clearTimeout(timer));
    };
    const expectComposer = () => {
      if (!active()) return;
      expectUntil = Date.now() + EXPECT_MS;
      later(EXPECT_MS + 50, () => {
        if (!expectUntil || Date.now() < expectUntil || bridge.composerOpen || signal.aborted) return;
        expectUntil = 0;
        void send('health:report', { event: 'composer-not-found', detail: location.pathname.slice(0, 100) });
      });
    };

    function tick() {
      if (signal.aborted) return;
      if (location.href !== lastHref) {
        lastHref = location.href;
        if (opensShareBox(lastHref)) expectComposer();
      }
      if (!active()) {
        close();
        return;
      }
      // Feed churn is constant on LinkedIn: skip the deep search unless something can be a
      // composer (an open dialog, the V2 share box host filled, or the person just asked).
      if (!bridge.composerOpen && !candidate && Date.now() > expectUntil && !mayHoldComposer()) return;
      const composer = findComposer();
      const editor = composer && findEditor(composer);
      if (!composer || !editor) {
        candidate = null;
        close();
        return;
      }
      expectUntil = 0;
      const now = Date.now();
      if (candidate?.editor !== editor) {
        candidate = { editor, since: now };
        later(STABLE_MS + 20, tick);
        return;
      }
      if (now - candidate.since < STABLE_MS) {
        later(STABLE_MS - (now - candidate.since) + 20, tick);
        return;
      }
      if (bridge.composerOpen) return;
      bridge.composerOpen = true;
      announce(BRIDGE_EVENTS.composerOpen);
      void send('health:report', { event: 'composer-found', detail: composerLayout(composer) });
      if (consent.composer()) void send('panel:open', {});
    }

    // The person's own click on "Start a post": a composer should follow.
    const onClick = (event: Event) => {
      const target = event.composedPath()[0];
      if (target instanceof Element && launcherFor(target)) expectComposer();
    };
    syncObserving();
    tick();
  },
};
