/**
 * Keeping the panel's host beside LinkedIn's composer, driven by the composer session: while a
 * composer is open the host follows it (per animation frame on scroll and resize, and on a
 * light poll, since dialogs move without either; the shared `followElement` of
 * lib/injected/follow-element.ts); once it closes, nothing of this runs — no listener, no
 * timer — until the session opens again (P8: idle is free, also after use).
 */
import { composerSession } from '@/lib/shared/linkedin/bridge';
import { findComposer } from '@/lib/shared/linkedin/selectors';
import { followElement, pinHost } from './follow-element';
import { placePanel } from './placement';

/** How long an early-injected panel waits for LinkedIn's composer before giving up. */
export const COMPOSER_WAIT_MS = 10_000;
const WAIT_POLL_MS = 100;

/**
 * Resolves true once a composer is on screen — seen here (checked every 100 ms, as the panel
 * is injected while LinkedIn builds it) or by the watcher — and says so on the session;
 * false after `waitMs` or when `signal` aborts. Nothing keeps running after it resolves.
 */
export function composerOnScreen(signal: AbortSignal, waitMs = COMPOSER_WAIT_MS): Promise<boolean> {
  const session = composerSession();
  return new Promise((resolve) => {
    const deadline = Date.now() + waitMs;
    let timer = 0;
    const done = (found: boolean) => {
      clearTimeout(timer);
      unsubscribe();
      if (found) session.getState().opened();
      resolve(found);
    };
    const unsubscribe = session.subscribe((now) => {
      if (now.open) done(true);
    });
    const check = () => {
      if (signal.aborted) return done(false);
      if (session.getState().open || findComposer(document)) return done(true);
      if (Date.now() > deadline) return done(false);
      timer = window.setTimeout(check, WAIT_POLL_MS);
    };
    check();
  });
}

/**
 * Resolves true when the open composer is the person's (not, or no longer, adopted:
 * lib/shared/linkedin/session.ts), false when it closes or `signal` aborts first. An adopted composer
 * may still carry the old version's panel after an update: ours mounts only at the person's
 * first trusted press inside it, the press at which the old one goes, so there is never a second.
 */
export function composerClaimed(signal: AbortSignal): Promise<boolean> {
  const session = composerSession();
  return new Promise((resolve) => {
    const settle = () => {
      const { open, adopted } = session.getState();
      if (signal.aborted || !open) return finish(false);
      if (!adopted) return finish(true);
    };
    const finish = (claimed: boolean) => {
      unsubscribe();
      signal.removeEventListener('abort', settle);
      resolve(claimed);
    };
    const unsubscribe = session.subscribe(settle);
    signal.addEventListener('abort', settle);
    settle();
  });
}

/**
 * Runs `start` for every composer opening that is the person's (open and not adopted: see
 * `composerClaimed`), with a signal that aborts when that composer closes (or `signal` aborts).
 * Whatever `start` builds for an opening (the panel's host, shadow root and React root) is
 * released with it: nothing of one opening is kept for the next (P11). In Chromium a named radio
 * button removed from a shadow tree stays in that shadow root's radio group for good, holding its
 * whole removed subtree; only a fresh shadow root per opening lets those go.
 */
export function eachOpening(signal: AbortSignal, start: (opening: AbortSignal) => void): void {
  const session = composerSession();
  let opening: AbortController | null = null;
  const sync = () => {
    const { open, adopted } = session.getState();
    const wanted = open && !adopted && !signal.aborted;
    if (wanted && !opening) {
      opening = new AbortController();
      start(opening.signal);
    } else if (!wanted && opening) {
      const ended = opening;
      opening = null;
      ended.abort();
    }
  };
  const unsubscribe = session.subscribe(sync);
  signal.addEventListener(
    'abort',
    () => {
      unsubscribe();
      sync();
    },
    { once: true },
  );
  sync();
}

function isModal(element: Element | null | undefined): element is HTMLDialogElement {
  try {
    return element instanceof HTMLDialogElement && element.matches(':modal');
  } catch {
    return false; // a browser without :modal has no top layer to escape either
  }
}

/**
 * Places `host` beside the open composer (re-found every time: LinkedIn swaps nodes) while the
 * session says one is open, and hides it otherwise, until `signal` aborts.
 */
export function followComposer(host: HTMLElement, signal: AbortSignal, onDocked: (docked: boolean) => void): void {
  const session = composerSession();
  let following: AbortController | null = null;
  const sync = () => {
    const open = session.getState().open && !signal.aborted;
    if (open && !following) following = follow(host, onDocked);
    else if (!open && following) {
      following.abort();
      following = null;
      hide(host);
    }
  };
  const unsubscribe = session.subscribe(sync);
  signal.addEventListener('abort', () => {
    unsubscribe();
    following?.abort();
    following = null;
  });
  hide(host);
  sync();
}

function hide(host: HTMLElement): void {
  host.style.display = 'none';
  // The dialog we lived in (see below) may have been removed with us inside it.
  if (!host.isConnected) document.body.append(host);
}

function follow(host: HTMLElement, onDocked: (docked: boolean) => void): AbortController {
  const controller = new AbortController();
  followElement(controller.signal, () => {
    const composer = findComposer(document);
    const rect = composer?.getBoundingClientRect();
    if (!composer || !rect || rect.width <= 0 || rect.height <= 0) return hide(host);
    // A modal <dialog> (V3, if LinkedIn opens it with showModal) sits in the top layer and
    // makes everything outside it inert: then the panel must live inside the dialog to be
    // visible and usable. It stays position:fixed there, so the dialog's layout is untouched.
    const parent = isModal(composer) ? composer : document.body;
    if (host.parentNode !== parent) parent.append(host);
    const placement = placePanel(rect, { width: window.innerWidth, height: window.innerHeight });
    onDocked(placement.docked);
    pinHost(host, placement, { zIndex: '2147483000' });
  });
  return controller;
}
