/**
 * Every state the panel's cards go through, recorded inside the extension's own script world
 * (Chromium's isolated world, Firefox's content-script sandbox: see tests/helpers/panel-query.ts),
 * where the bridge holds the panel's closed shadow root. Installed before the composer opens,
 * it records each card's title with whether it has "Copy picture", at every change of the root,
 * so a button that arrives after its card (issue 27's old second message) shows as a state.
 */

/** An expression that starts recording (evaluate it in the extension's world; it answers true). */
export const WATCH_CARDS = `(() => {
  const seen = new Set();
  globalThis.__advocacyCardStates = seen;
  const look = (root) => {
    for (const card of root.querySelectorAll('ul[aria-label="Suggestions"] > li')) {
      // The panel's words are painted (components/painted-text.tsx): the title is in data-text.
      const title = card.querySelector('.card__title [data-text]')?.getAttribute('data-text') ?? '';
      seen.add(title + ': ' + (card.querySelector('button[aria-label^="Copy the picture"]') ? 'button' : 'none'));
    }
  };
  const timer = setInterval(() => {
    const root = globalThis[Symbol.for('advocacy.bridge')]?.panelRoot;
    if (!root) return;
    clearInterval(timer);
    look(root);
    new MutationObserver(() => look(root)).observe(root, {
      childList: true, subtree: true, attributes: true, characterData: true,
    });
  }, 1);
  return true;
})()`;

/** An expression that answers the states seen so far ("<title>: button" or "<title>: none"), sorted. */
export const CARD_STATES = '[...(globalThis.__advocacyCardStates ?? [])].sort()';
