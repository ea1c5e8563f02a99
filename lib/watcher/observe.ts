/**
 * One coalesced MutationObserver per root (quality P5): document.body and, once it exists,
 * the open shadow root of #interop-outlet (V2 renders the share box there; attachShadow emits
 * no mutation, so we poll for it lightly). `childList` only; callbacks run at most once per
 * 100 ms window (in an animation frame), never per record. Features subscribe; they share the observers.
 * Each record's added nodes are looked at (their own subtree only, never the document) to tell
 * listeners whether something dialog-like arrived, so a page that only grows its feed can be
 * skipped without a document-wide query.
 */
import { addsPossibleComposer, interopShadowRoot, showsDialog } from '../shared/linkedin/selectors';

/** What happened since the last call. */
export interface PageChange {
  /** A visible dialog (or something holding one) was added since the last call. */
  dialogAdded: boolean;
}

type Listener = (change: PageChange) => void;

interface Hub {
  listeners: Set<Listener>;
  stop(): void;
}

let hub: Hub | null = null;
const COALESCE_MS = 100;
/**
 * Added dialog-like nodes kept per window for the visibility check at flush time. A page adding
 * more than this in 100 ms is searched anyway (bounded by the window, not by the page).
 */
const MAX_ADDED_DIALOGS = 64;

function startHub(): Hub {
  const listeners = new Set<Listener>();
  let scheduled = false;
  let dialogAdded = false;
  // Dialog-like nodes added in this window; whether one is visible is asked once, at flush
  // (never per record: that would force style work for every mutation).
  let added: Node[] = [];
  const flush = () => {
    scheduled = false;
    const change: PageChange = { dialogAdded: dialogAdded || added.some(showsDialog) };
    dialogAdded = false;
    added = [];
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
    for (const record of records) {
      if (dialogAdded) break;
      for (const node of record.addedNodes) {
        if (!addsPossibleComposer(node)) continue;
        if (added.length < MAX_ADDED_DIALOGS) added.push(node);
        else dialogAdded = true;
      }
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
