import { linkedInTheme, THEME_ATTRIBUTES, themeSignHolders } from '@/lib/linkedin/selectors';

/**
 * The panel wears LinkedIn's own theme (issue 30): `data-theme` on its container, inside the
 * closed shadow root (components/tokens.css gives it the dark or light tokens); without a sign
 * from LinkedIn the attribute is left out and the panel follows the system's
 * `prefers-color-scheme`. A theme switched while the panel is open is followed: one attribute
 * observer on the few elements that carry the sign (<html>, <body>, #interop-outlet; no subtree,
 * only `class` and `data-color-scheme`), connected only while the panel is mounted and
 * disconnected when `signal` aborts — nothing of it runs once the composer has closed (P8).
 */
export function followLinkedInTheme(container: HTMLElement, signal: AbortSignal, root: Document = document): void {
  if (signal.aborted) return;
  const apply = () => {
    const theme = linkedInTheme(root);
    if (theme === null) container.removeAttribute('data-theme');
    else if (container.getAttribute('data-theme') !== theme) container.setAttribute('data-theme', theme);
  };
  apply();
  const observer = new MutationObserver(apply);
  for (const holder of themeSignHolders(root)) {
    observer.observe(holder, { attributes: true, attributeFilter: [...THEME_ATTRIBUTES] });
  }
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
