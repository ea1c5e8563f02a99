/**
 * Watches for LinkedIn's post composer on every layout, waits until it is stable (V3 swaps a
 * loading placeholder for the real dialog ~0.5 s later), then says so on the composer session
 * (lib/shared/linkedin/session.ts) and asks the background for the panel — only for people who opted in. When the person opened
 * the composer (or a share-box URL) and none is recognised, the local health counter says so.
 *
 * A composer only opens after the person does something — a click, an activation key,
 * back/forward, a share-box URL — so the page is observed for ARMED_MS after such an action and
 * while a composer is open; a feed that scrolls and updates by itself is not observed (P5).
 */
import { send } from '../../shared/messaging/send';
import { composerSession, takeStartedInOpenTab } from '../../shared/linkedin/bridge';
import { commentNotice } from '../comment-box';
import { liveConsent } from '../consent';
import { onPageChange, type PageChange } from '../observe';
import { opensShareBox } from '../../shared/linkedin/pages';
import {
  composerLayout,
  findComposer,
  findEditor,
  isControl,
  launcherFor,
  mayHoldComposer,
  mayHoldComposerAfter,
} from '../../shared/linkedin/selectors';
import { isPersonEvent, isPersonInputIn } from '../trusted-actions';
import type { LinkedInFeature } from '../feature';

/** Same editor node for this long = stable (README, LinkedIn's page §5.5). */
export const STABLE_MS = 250;
/** How long we wait for a composer after the person asked for one. */
export const EXPECT_MS = 5000;
/** How long the page is observed after the person's own click or key press. */
export const ARMED_MS = 10_000;

export const composerWatcher: LinkedInFeature = {
  id: 'composer-watcher',
  async init(signal) {
    const session = composerSession();
    const state = () => session.getState();
    // Started by the background in a tab that was already open (an update, an opt-in): a
    // composer on screen at our first look was not seen opening and is adopted (session.ts).
    let adopting = takeStartedInOpenTab();
    let candidate: { editor: Element; since: number } | null = null;
    let expectUntil = 0;
    let armedUntil = 0;
    let lastHref = '';
    // The person's own actions arm the page observer; a passive feed (infinite scroll, live
    // counters) costs nothing (P5). `listening`: interaction listeners while opted in;
    // `observing`: the shared MutationObserver subscription while something can happen.
    let listening: AbortController | null = null;
    let observing: AbortController | null = null;
    let disarmTimer = 0;
    const consent = await liveConsent(signal, () => {
      syncListening();
      tick();
    });
    const active = () => consent.composer() || consent.recordShares();
    // Issue 28: a comment box is noticed from the same trusted key and pointer presses (below).
    const comments = commentNotice(() => consent.comments());
    const needsObserver = () =>
      active() && (state().open || candidate !== null || Date.now() < Math.max(armedUntil, expectUntil));

    const syncObserving = () => {
      if (needsObserver() && !observing) {
        observing = new AbortController();
        onPageChange(tick, observing.signal);
      } else if (!needsObserver() && observing) {
        observing.abort();
        observing = null;
      }
    };
    // Re-checks when the armed window ends (one timer, however many clicks).
    const scheduleDisarm = () => {
      if (disarmTimer) return;
      const wait = Math.max(armedUntil, expectUntil) - Date.now() + 50;
      disarmTimer = window.setTimeout(() => {
        disarmTimer = 0;
        if (signal.aborted) return;
        if (Date.now() < Math.max(armedUntil, expectUntil)) scheduleDisarm();
        else syncObserving();
      }, wait);
    };
    const arm = () => {
      armedUntil = Date.now() + ARMED_MS;
      syncObserving();
      scheduleDisarm();
    };
    const syncListening = () => {
      if (active() && !listening) {
        listening = new AbortController();
        const options = { capture: true, signal: listening.signal };
        document.addEventListener('click', onClick, options);
        document.addEventListener('keydown', onKeydown, options);
        // Back/forward inside LinkedIn's single-page app can land on a share-box URL.
        window.addEventListener('popstate', onNavigate, { signal: listening.signal });
        document.addEventListener('pointerdown', onPersonInput, options);
      } else if (!active() && listening) {
        listening.abort();
        listening = null;
      }
      syncObserving();
    };
    // The panel may say a composer is open before we saw it: keep watching it from then on.
    const unsubscribe = session.subscribe((now, before) => {
      if (now.open !== before.open) syncObserving();
      // The person made an adopted composer theirs: the panel comes now (the old version's
      // panel, if any, went at this same press: lib/shared/linkedin/script-context.ts).
      if (before.adopted && !now.adopted && now.stable && consent.composer()) void send('panel:open', {});
    });
    signal.addEventListener('abort', () => {
      unsubscribe();
      listening?.abort();
      observing?.abort();
      clearTimeout(disarmTimer);
    });

    const close = () => state().closed();
    // A timer that the watcher's end cancels; once it has run, nothing of it stays on the
    // long-lived signal (each opening sets a few: they must not pile up over a day, P11).
    const later = (ms: number, fn: () => void) => {
      const cancel = () => clearTimeout(timer);
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', cancel);
        fn();
      }, ms);
      signal.addEventListener('abort', cancel);
    };
    const expectComposer = () => {
      if (!active()) return;
      expectUntil = Date.now() + EXPECT_MS;
      scheduleDisarm();
      // Load the panel while LinkedIn builds its composer: it stays hidden until a composer is
      // on screen, and is ready the moment it is (P7). Idempotent in the background and the panel.
      if (consent.composer() && !state().stable) void send('panel:open', {});
      later(EXPECT_MS + 50, () => {
        if (!expectUntil || Date.now() < expectUntil || state().stable || signal.aborted) return;
        expectUntil = 0;
        void send('health:report', { event: 'composer-not-found', detail: location.pathname.slice(0, 100) });
      });
    };

    /** `change`: what the page observer saw; absent when a timer, a click or consent calls. */
    function tick(change?: PageChange) {
      if (signal.aborted) return;
      if (location.href !== lastHref) {
        lastHref = location.href;
        if (opensShareBox(lastHref)) expectComposer();
      }
      if (!active()) {
        close();
        syncObserving();
        return;
      }
      check(change);
      syncObserving();
    }

    function check(change?: PageChange) {
      // Even while armed, skip the deep search unless something can be a composer (a dialog
      // just added or open, the V2 share box host filled, or the person just asked for one).
      // After page changes, a visible dialog that was already there (LinkedIn's messaging
      // overlay) is not a reason to search again.
      const searching = state().open || candidate !== null || Date.now() <= expectUntil;
      if (!searching && !(change ? mayHoldComposerAfter(change) : mayHoldComposer())) return;
      const composer = findComposer();
      const editor = composer && findEditor(composer);
      if (!composer || !editor) {
        candidate = null;
        close();
        return;
      }
      expectUntil = 0;
      state().opened(adopting);
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
      if (state().stable) return;
      state().stabilised();
      void send('health:report', { event: 'composer-found', detail: composerLayout(composer) });
      if (consent.composer() && !state().adopted) void send('panel:open', {});
    }

    // The person's own click on a control: anything may follow (a menu, a dialog); "Start a
    // post" promises a composer, which the health counter then expects.
    const onClick = (event: Event) => {
      // The page's own synthetic clicks neither wake us nor load the panel (hard constraint 9).
      if (!isPersonEvent(event)) return;
      const target = event.composedPath()[0];
      // Selecting text or clicking empty space opens nothing: no reason to watch the page.
      if (!(target instanceof Element) || !isControl(target)) return;
      // Armed before LinkedIn's own handler runs (we listen in the capture phase), so whatever
      // the click opens is seen by the observer; nothing to search for right now.
      arm();
      if (launcherFor(target)) expectComposer();
    };
    const onKeydown = (event: KeyboardEvent) => {
      if (!isPersonEvent(event)) return;
      onPersonInput(event);
      // Activation keys and Escape (closing a dialog); typing itself never arms.
      if (event.key === 'Enter' || event.key === ' ' || event.key === 'Escape') arm();
    };
    // The person's first trusted key or pointer press inside an adopted composer claims it.
    const onPersonInput = (event: Event) => {
      comments.notice(event);
      if (state().adopted && isPersonInputIn(event, () => findComposer())) state().claimed();
    };
    const onNavigate = (event: Event) => {
      if (!isPersonEvent(event)) return;
      arm();
      tick();
    };
    syncListening();
    tick();
    adopting = false;
  },
};
