import { createContext, useContext, type ReactNode } from 'react';

/**
 * Text that LinkedIn's page cannot read (issue 31). The panel lives in a closed shadow root, but
 * the browser's own text search crosses it: a page script's `window.find` said whether any word
 * was in the panel, and put the selection inside it, from where `Selection.modify` and
 * `toString()` read every card (Firefox even handed the page the text node). Text painted as CSS
 * generated content (`::before { content: attr(data-text) }`, components/painted-text.css) is on
 * screen and in the accessibility tree — screen readers read it, buttons and headings are named
 * by it — but it is no text node: `window.find` does not match it, no selection or range can
 * hold it, and copy, drag and the caret APIs find nothing (measured in Chromium 156 and Firefox
 * ESR 153; tests/e2e/hostile-page.e2e.ts, tests/e2e-firefox/hostile-page.e2e.ts). The person
 * cannot select it either: each card has "Copy text" instead.
 *
 * Only under `PaintedText` (the panel's entrypoint); elsewhere (the Feed studio's preview of
 * the same card) `Txt` is plain text.
 */
const Painted = createContext(false);

/**
 * Everything inside is painted (the composer panel on LinkedIn's page), and nothing inside is
 * selectable but form fields: in Firefox, `Selection.modify` from beside the host otherwise
 * stepped onto elements inside the closed root (a label, a span, the search field) and handed
 * them to the page, from which `getRootNode()` reaches everything. The wrapper is
 * `display: contents` (no box of its own).
 */
export function PaintedText({ children }: { children: ReactNode }) {
  return (
    <Painted.Provider value>
      <div data-painted="">{children}</div>
    </Painted.Provider>
  );
}

/** One run of text: painted under `PaintedText`, else a plain text node. */
export function Txt({ children }: { children: string }) {
  return useContext(Painted) ? <span data-text={children} /> : <>{children}</>;
}
