/**
 * One coalesced MutationObserver per root (quality P5): document.body and, once it exists,
 * the open shadow root of #interop-outlet (V2 renders the share box there; attachShadow emits
 * no mutation, so we poll for it lightly). `childList` only; callbacks run at most once per
 * 100 ms window (in an animation frame), never per record. Features subscribe; they share the observers.
 * Each record's added nodes are looked at (their own subtree only, never the document) to tell
 * listeners whether something dialog-like arrived, so a page that only grows its feed can be
 * skipped without a document-wide query.
 */
import { addsPossibleComposer, interopShadowRoot } from './selectors';

/** What happened since the last call. */
export interface PageChange {
  /** A dialog (or something holding one) was added since the last call. */
  dialogAdded: boolean;
}

type Listener = (change: PageChange) => void;

interface Hub {
  listeners: Set<Listener>;
  stop(): void;
}

let hub: Hub | null = null;
const COALESCE_MS = 100;

function startHub(): Hub {
  const listeners = new Set<Listener>();
  let scheduled = false;
  let dialogAdded = false;
  const flush = () => {
    scheduled = false;
    const change: PageChange = { dialogAdded };
    dialogAdded = false;
    for (const listener of listeners) {
      try {
        listener(change);
      } catch (error) {
        console.debug('[advocacy] page listener failed', error);
      }
    }
  };
  // LinkedIn's feed mutates constantly (infinite scroll, live counters): gather a 100 ms
  // window of records, then run once in the next frame (README, LinkedIn's page §5.6; P5).
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => requestAnimationFrame(flush), COALESCE_MS);
  };
  const observer = new MutationObserver((records) => {
    if (!dialogAdded) {
      dialogAdded = records.some((record) => [...record.addedNodes].some(addsPossibleComposer));
    }
    schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  let shadowObserved: ShadowRoot | null = null;
  const watchShadow = () => {
    const root = interopShadowRoot();
    if (root && root !== shadowObserved) {
      shadowObserved = root;
      observer.observe(root, { childList: true, subtree: true });
      dialogAdded ||= !!root.firstElementChild;
      schedule();
    }
  };
  watchShadow();
  const poll = setInterval(watchShadow, 500);
  return {
    listeners,
    stop() {
      observer.disconnect();
      clearInterval(poll);
    },
  };
}

/** Calls `listener` after page changes (coalesced per frame) until `signal` aborts. */
export function onPageChange(listener: Listener, signal: AbortSignal): void {
  hub ??= startHub();
  const current = hub;
  current.listeners.add(listener);
  signal.addEventListener('abort', () => {
    current.listeners.delete(listener);
    if (current.listeners.size === 0) {
      current.stop();
      if (hub === current) hub = null;
    }
  });
}
