/**
 * Private state shared by the LinkedIn watcher and the runtime-injected panel. Both run in
 * the extension's isolated world of the same tab, so a globalThis slot is private to us;
 * a CustomEvent on `document` would be seen by LinkedIn's page (README, constraint 9). The two
 * scripts are separate bundles: anything both must see lives in this slot, not in module state.
 */
import type { CommentBox } from './selectors';
import { createComposerSession, type ComposerSession } from './session';

export interface Bridge {
  /** The one composer session: open, stable, inserted, draft (lib/shared/linkedin/session.ts). */
  session: ComposerSession;
  /** The one draft reader's bookkeeping (lib/shared/linkedin/draft.ts): how many scripts need it. */
  draftReader: { users: number; stop: (() => void) | null };
  /**
   * The mounted panel's closed shadow root. Only code in the extension's isolated world can
   * reach it (the page cannot): the e2e tests get in through CDP evaluation in that world.
   */
  panelRoot: ShadowRoot | null;
  /**
   * The comment box the person last pressed or typed in (issue 28; lib/watcher/comment-box.ts),
   * for the comment helper; null until then. Only node references, never its text.
   */
  comment?: CommentBox | null;
  /** The comment helper's wake-up when the person moves to another comment box. */
  onComment?: (() => void) | null;
  /** The comment helper's closed shadow root while it is on screen (the e2e tests read it). */
  commentRoot?: ShadowRoot | null;
}

const KEY = Symbol.for('advocacy.bridge');

export function getBridge(): Bridge {
  const slot = globalThis as typeof globalThis & { [KEY]?: Bridge };
  slot[KEY] ??= { session: createComposerSession(), draftReader: { users: 0, stop: null }, panelRoot: null };
  return slot[KEY];
}

/** The tab's composer session, shared by the watcher and the panel. */
export function composerSession(): ComposerSession {
  return getBridge().session;
}

/**
 * Set in the tab while a composer panel is mounted (or waiting for its composer). The background
 * reads it before injecting, so a second request never remounts the panel.
 */
export const PANEL_MOUNTED_KEY = 'advocacy.composerPanel';

/** Set in the tab while the comment helper's script runs (issue 28); read by the background first. */
export const COMMENT_HELPER_MOUNTED_KEY = 'advocacy.commentHelper';

const STARTED_IN_OPEN_TAB = Symbol.for('advocacy.startedInOpenTab');

/**
 * Set by the background (in our isolated world, where the page cannot see or set it) right
 * before it starts the watcher in a tab that was already open: after an update, or an opt-in.
 * A composer on screen at that start was not seen opening (lib/shared/linkedin/session.ts `adopted`).
 * Read once: a later start in the same world (a reload is a new world) is an ordinary one.
 */
export function takeStartedInOpenTab(): boolean {
  const slot = globalThis as typeof globalThis & { [STARTED_IN_OPEN_TAB]?: boolean };
  const started = slot[STARTED_IN_OPEN_TAB] === true;
  delete slot[STARTED_IN_OPEN_TAB];
  return started;
}

/** What the background runs just before the watcher file (self-contained: it is serialised). */
export function markStartedInOpenTab(): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for('advocacy.startedInOpenTab')] = true;
}
