/**
 * Private state shared by the LinkedIn watcher and the runtime-injected panel. Both run in
 * the extension's isolated world of the same tab, so a globalThis slot is private to us;
 * a CustomEvent on `document` would be seen by LinkedIn's page (README, constraint 9).
 */

/** What the panel inserted into the current composer, so the watcher can record the share. */
export interface InsertedSuggestion {
  suggestionId: string;
  suggestionTitle: string;
  campaign: string | null;
  language: 'da' | 'en' | null;
  sourceUrl: string | null;
  /** The exact text inserted, to measure later how much the person changed it. */
  insertedText: string;
}

export interface Bridge {
  /** Set by the panel on insert, cleared by the watcher when the composer closes. */
  inserted: InsertedSuggestion | null;
  /** True while a stable composer is open (kept by the watcher). */
  composerOpen: boolean;
  /** Fires 'composer-open' and 'composer-closed' (see BRIDGE_EVENTS). */
  events: EventTarget;
}

const KEY = Symbol.for('advocacy.bridge');

export function getBridge(): Bridge {
  const slot = globalThis as typeof globalThis & { [KEY]?: Bridge };
  slot[KEY] ??= { inserted: null, composerOpen: false, events: new EventTarget() };
  return slot[KEY];
}

export const BRIDGE_EVENTS = { composerOpen: 'composer-open', composerClosed: 'composer-closed' } as const;

/**
 * Set in the tab while a composer panel is mounted (or waiting for its composer). The background
 * reads it before injecting, so a second request never remounts the panel.
 */
export const PANEL_MOUNTED_KEY = 'advocacy.composerPanel';
