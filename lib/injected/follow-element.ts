/**
 * Following an element of LinkedIn's page with one of our fixed hosts (the panel beside the
 * composer, lib/injected/follow-composer.ts; the comment helper beside a comment box,
 * lib/injected/follow-comment-box.ts). LinkedIn's layout moves without telling anyone, so the
 * host is placed again at most once per animation frame after a scroll (captured: an inner pane
 * counts) or a resize, and on a light poll (dialogs and the feed also move without either).
 *
 * What ends the following is the caller's: it aborts `signal` (the composer closed, the person
 * left the comment box, the script stopped). Then nothing of it keeps running (P8, P11): both
 * listeners leave with the signal, the poll is cleared and a pending frame cancelled.
 */

/** While following: LinkedIn's own layout moves dialogs and the feed without resize or scroll. */
export const FOLLOW_POLL_MS = 400;

/**
 * Runs `place` now and then whenever the followed element may have moved, until `signal` aborts
 * (`place` may abort it itself; it never runs again after). An aborted signal starts nothing.
 */
export function followElement(signal: AbortSignal, place: () => void): void {
  if (signal.aborted) return;
  let frame = 0;
  const schedule = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };
  const options = { capture: true, passive: true, signal };
  window.addEventListener('resize', schedule, options);
  window.addEventListener('scroll', schedule, options);
  const timer = setInterval(schedule, FOLLOW_POLL_MS);
  signal.addEventListener(
    'abort',
    () => {
      clearInterval(timer);
      if (frame) cancelAnimationFrame(frame);
    },
    { once: true },
  );
  place();
}

/** Where a host goes, in the viewport (both placements give these). */
export interface HostPlacement {
  top: number;
  left: number;
  width: number;
  maxHeight: number;
}

/**
 * Shows `host` fixed at `placement`, inline (no page rule for a plain <div> can move it: its
 * :host rules lose to them), with the surface's own `layer` (its z-index, and what else it sets
 * inline). The width and height go as neutral custom properties (`--w`, `--mh`; the host is
 * visible to the page), which cross into the shadow root.
 */
export function pinHost(host: HTMLElement, placement: HostPlacement, layer: { zIndex: string; margin?: string }): void {
  Object.assign(
    host.style,
    { position: 'fixed', display: 'block', top: `${placement.top}px`, left: `${placement.left}px`, right: 'auto' },
    layer,
  );
  host.style.setProperty('--w', `${placement.width}px`);
  host.style.setProperty('--mh', `${placement.maxHeight}px`);
}
