/**
 * The extension's access to LinkedIn (the manifest's host permission). A person can take it
 * away at any time — Firefox: about:addons → Permissions; Chrome: site access "On click" or
 * permissions.remove — and then nothing of ours runs on LinkedIn. The options page and the
 * popup read it here to say so, and ask for it again.
 */
import { browser } from 'wxt/browser';

/** Exactly the manifest's host_permissions (tests/tools/manifest-check.ts holds it to this). */
export const LINKEDIN_ORIGINS = ['https://www.linkedin.com/*'];

/** True when the extension may run on LinkedIn; null when the browser cannot tell. */
export async function hasLinkedInAccess(): Promise<boolean | null> {
  try {
    return await browser.permissions.contains({ origins: LINKEDIN_ORIGINS });
  } catch {
    return null;
  }
}

/** Calls `onChange` whenever the person grants or withdraws any permission. Returns the cleanup. */
export function watchLinkedInAccess(onChange: () => void): () => void {
  try {
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
  } catch {
    return () => undefined;
  }
  return () => {
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
  };
}

/**
 * Asks the browser for LinkedIn access again. Call it straight from a click: Firefox and
 * Chrome allow permissions.request only while handling the person's own input.
 */
export function requestLinkedInAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: LINKEDIN_ORIGINS });
}
