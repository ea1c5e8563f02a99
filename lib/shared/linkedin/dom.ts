/**
 * Shadow-aware DOM helpers for LinkedIn's page (README, LinkedIn's page §5.2). LinkedIn renders its
 * V2 share box inside the open shadow root of #interop-outlet, so plain document queries
 * miss it. Nothing here caches nodes: LinkedIn swaps dialogs and buttons under us.
 */

/** Every open shadow root below `root` (closed ones are unreachable by design). */
export function openShadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: ParentNode) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
    for (let element = walker.nextNode() as Element | null; element; element = walker.nextNode() as Element | null) {
      if (element.shadowRoot) {
        found.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  visit(root);
  return found;
}

/** `root` and every open shadow root below it: where a deep query looks. Walking the tree for
 * shadow roots is the costly part, so a caller with several selectors finds the scopes once. */
export function searchScopes(root: ParentNode = document): ParentNode[] {
  return [root, ...openShadowRoots(root)];
}

/** querySelectorAll over the document and all open shadow roots (or the `scopes` given). */
export function deepQueryAll<T extends Element = Element>(
  selector: string,
  root: ParentNode = document,
  scopes: ParentNode[] = searchScopes(root),
): T[] {
  const results: T[] = [];
  for (const scope of scopes) {
    try {
      results.push(...scope.querySelectorAll<T>(selector));
    } catch {
      return results; // an unsupported selector (e.g. :has in an old engine) matches nothing
    }
  }
  return results;
}

/**
 * Visible to a person: rendered, not hidden, not inside aria-hidden/inert, and for <dialog>
 * open. Drops LinkedIn's decoys (hidden video.js role=dialog nodes, closed <dialog>s).
 */
export function isVisible(element: Element): boolean {
  if (!element.isConnected) return false;
  if (element instanceof HTMLDialogElement && !element.open) return false;
  if (element.closest('[aria-hidden="true"], [inert], [hidden], dialog:not([open])')) return false;
  const style = getComputedStyle(element);
  if (style.visibility === 'hidden' || style.display === 'none') return false;
  // Unit tests run without layout (happy-dom): demand a box only where layout exists.
  return element.getClientRects().length > 0 || !hasLayout();
}

function hasLayout(): boolean {
  return document.documentElement.getClientRects().length > 0;
}

/** closest() that also climbs out of shadow roots to their hosts. */
export function closestDeep(element: Element, selector: string): Element | null {
  let node: Element | null = element;
  while (node) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Trimmed, whitespace-collapsed text. */
export function elementText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}
