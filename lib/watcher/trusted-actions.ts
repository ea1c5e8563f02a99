/**
 * The person's own actions, told apart from what LinkedIn's page script dispatches. The page
 * shares the DOM with us and can fire any event (a click on "Start a post", on Insert, on
 * Post) and write any toast; only the browser can make an event `isTrusted` (an unforgeable own
 * property). A share is recorded only when the composer was opened by the person and the
 * person pressed its Post button (README: hard constraint 9; S7).
 */
import { closestDeep } from '../shared/linkedin/dom';
import { CONTROL_SELECTOR, findPostButton } from '../shared/linkedin/selectors';

/** A composer that appears this long after the person's own action counts as opened by them. */
export const OPENED_BY_PERSON_MS = 5000;

/** True for events the browser made for the person's own input (never for a page's dispatch). */
export function isPersonEvent(event: Event): boolean {
  return event.isTrusted === true;
}

/** Keys that activate a focused control (and Escape, which closes dialogs). */
const ACTIVATION_KEYS = new Set(['Enter', ' ', 'Escape']);

/** The person's own click on a control or activation key: what may open a composer. */
export function isPersonActivation(event: Event): boolean {
  if (!isPersonEvent(event)) return false;
  if (event.type === 'keydown') return ACTIVATION_KEYS.has((event as KeyboardEvent).key);
  const target = event.composedPath()[0];
  return target instanceof Element && closestDeep(target, CONTROL_SELECTOR) !== null;
}

/**
 * The person pressed this composer's Post button: a trusted click on it (a mouse, a touch, or
 * Enter/Space on the focused button, which the browser turns into a trusted click), or a trusted
 * Enter/Space key press on it. `composer` is looked up only for a trusted press on a button, so
 * typing and ordinary clicks cost no search (P4).
 */
export function isPersonPostPress(event: Event, composer: () => Element | null): boolean {
  if (!isPersonEvent(event)) return false;
  if (event.type === 'keydown' && !['Enter', ' '].includes((event as KeyboardEvent).key)) return false;
  const path = event.composedPath();
  if (!path.some((node) => node instanceof HTMLButtonElement)) return false;
  const found = composer();
  const button = found && findPostButton(found);
  return !!button && path.includes(button);
}

/**
 * The person's own key press or pointer press inside this composer (typing in its editor,
 * clicking in its dialog): what makes a composer they did not visibly open theirs (an adopted
 * one, lib/shared/linkedin/session.ts). `composer` is looked up only for trusted presses.
 */
export function isPersonInputIn(event: Event, composer: () => Element | null): boolean {
  if (!isPersonEvent(event) || (event.type !== 'keydown' && event.type !== 'pointerdown')) return false;
  const found = composer();
  return !!found && event.composedPath().includes(found);
}

export interface PersonActions {
  /** When the person last activated something (or loaded this page), in ms since the epoch. */
  lastActivationAt(): number;
  /** A composer announced now was opened by the person (their action shortly before). */
  openedByPerson(now?: number): boolean;
}

/**
 * Remembers the person's last activation: trusted clicks on controls, activation keys,
 * back/forward (a trusted popstate), and the page load itself (a share-box URL the person
 * followed opens a composer without a click). Listens in the capture phase, so the time is set
 * before LinkedIn's own handler opens anything.
 */
export function watchPersonActions(signal: AbortSignal, now: () => number = Date.now): PersonActions {
  let last = now();
  const onEvent = (event: Event) => {
    if (isPersonActivation(event) || (event.type === 'popstate' && isPersonEvent(event))) last = now();
  };
  const options = { capture: true, passive: true, signal };
  document.addEventListener('click', onEvent, options);
  document.addEventListener('keydown', onEvent, options);
  window.addEventListener('popstate', onEvent, options);
  return {
    lastActivationAt: () => last,
    openedByPerson: (at = now()) => at - last <= OPENED_BY_PERSON_MS,
  };
}
