import { composerSession } from '@/lib/shared/linkedin/bridge';
import { linkedInTheme, THEME_ATTRIBUTES, themeSignHolders } from '@/lib/shared/linkedin/selectors';

/**
 * The panel wears LinkedIn's own theme (issue 30): `data-theme` on its container, inside the
 * closed shadow root (components/tokens.css gives it the dark or light tokens); without a sign
 * from LinkedIn the attribute is left out and the panel follows the system's
 * `prefers-color-scheme`. A theme switched while the composer is open is followed: one attribute
 * observer on the few elements that carry the sign (<html>, <body>, #interop-outlet; no subtree,
 * only `class` and `data-color-scheme`), connected only while the composer session is open and
 * the panel mounted: disconnected when the composer closes or `signal` aborts (the panel goes
 * with its opening), and the theme read again if the session opens once more under the same
 * panel. Nothing of this runs once the composer has closed (P8).
 */
export function followLinkedInTheme(container: HTMLElement, signal: AbortSignal, root: Document = document): void {
  if (signal.aborted) return;
  const session = composerSession();
  const apply = () => {
    const theme = linkedInTheme(root);
    if (theme === null) container.removeAttribute('data-theme');
    else if (container.getAttribute('data-theme') !== theme) container.setAttribute('data-theme', theme);
  };
  let observer: MutationObserver | null = null;
  const sync = () => {
    const open = session.getState().open && !signal.aborted;
    if (open && !observer) {
      apply();
      observer = new MutationObserver(apply);
      for (const holder of themeSignHolders(root)) {
        observer.observe(holder, { attributes: true, attributeFilter: [...THEME_ATTRIBUTES] });
      }
    } else if (!open && observer) {
      observer.disconnect();
      observer = null;
    }
  };
  // Before the panel's first frame, whatever the session says yet.
  apply();
  const unsubscribe = session.subscribe(sync);
  sync();
  signal.addEventListener(
    'abort',
    () => {
      unsubscribe();
      observer?.disconnect();
      observer = null;
    },
    { once: true },
  );
}
