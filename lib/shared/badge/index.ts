/**
 * The toolbar badge: how many suggestions are new since the person last looked, in the popup or
 * in the composer panel. Information only: a neutral grey number, no notification, no sound, no
 * reminder, and it clears when they look. A switch in the options page turns it off.
 *
 * "New" means: a suggestion the person would see now (panelData: current, their audiences and
 * languages) whose id was not in the list when they last looked at the same feed. The starting
 * point is the person's own first look at the feed they actually use: before it (a fresh install,
 * or a feed source changed since) the badge shows no number, and nothing is written for them.
 */
import { browser } from 'wxt/browser';
import { checkedFromVersion1, defineStoredItem } from '../settings';
import { bool, isRecord, listOf, object, timeOrNull, type Reader } from '../settings/read';

export interface BadgeSetting {
  enabled: boolean;
}

const readBadgeSetting = object<BadgeSetting>({ enabled: bool(true) });

/** The options switch (on by default: it is a number, not a prompt). */
export const badgeSettingItem = defineStoredItem<BadgeSetting>('local:badge', {
  fallback: { enabled: true },
  read: readBadgeSetting,
  version: 2,
  migrations: checkedFromVersion1(readBadgeSetting),
});

/** The suggestion ids the person has seen (at most the feed's item limit), when, and of which feed. */
export interface SeenSuggestions {
  ids: string[];
  at: string;
  /** The feed those ids came from (its URL); a look at another feed is no starting point for this one. */
  source?: string | null;
}

const MAX_IDS = 500;

/** No valid time: as if never seen (no number until the person looks again). */
const readSeenSuggestions: Reader<SeenSuggestions | null> = (value) => {
  if (!isRecord(value)) return null;
  const at = timeOrNull(value.at);
  if (!at) return null;
  const ids = listOf((id) => (typeof id === 'string' && id.length <= 1000 ? id : undefined), MAX_IDS)(value.ids);
  // The feed the look was at (a URL, or "demo"); without one (stored before issue 31) no known feed.
  const source = typeof value.source === 'string' && value.source.length <= 2048 ? value.source : undefined;
  return source === undefined ? { ids, at } : { ids, at, source };
};

export const seenSuggestionsItem = defineStoredItem<SeenSuggestions | null>('local:seenSuggestions', {
  fallback: null,
  read: readSeenSuggestions,
  version: 2,
  migrations: checkedFromVersion1(readSeenSuggestions),
});

/** Neutral grey: a count, not an alert (no red, no brand colour). */
export const BADGE_COLOR = '#5f6368';

/** How many of the current ids were not seen (pure). */
export function countNew(currentIds: readonly string[], seen: readonly string[]): number {
  const known = new Set(seen);
  return new Set(currentIds.filter((id) => !known.has(id))).size;
}

/** What the badge shows for a count: nothing for 0, "99+" above 99. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 99 ? '99+' : String(Math.floor(count));
}

export interface BadgeDeps {
  /** The ids of the suggestions the person would see now (the background passes panelData's). */
  currentIds: () => Promise<string[]>;
  /** The feed those suggestions come from now (the background passes the shown feed's URL). */
  currentSource?: () => Promise<string | null>;
  setText?: (text: string) => Promise<void>;
  now?: () => Date;
}

function actionApi() {
  // Firefox MV3 and Chrome MV3 both have `action`; guarded so a browser without it is no error.
  return (browser as { action?: typeof browser.action }).action;
}

async function setBadge(text: string): Promise<void> {
  const action = actionApi();
  if (!action) return;
  await action.setBadgeText({ text });
  if (text) {
    await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
    // Not in every browser version; white on grey is readable without it too.
    await action.setBadgeTextColor?.({ color: '#ffffff' }).catch(() => undefined);
  }
}

const currentSource = (deps: BadgeDeps) => (deps.currentSource ? deps.currentSource() : Promise.resolve(null));

/** The feed source changed: the next look is the new starting point, until then no number. */
export async function forgetSeenSuggestions(deps: Pick<BadgeDeps, 'setText'> = {}): Promise<void> {
  try {
    await seenSuggestionsItem.removeValue();
    await (deps.setText ?? setBadge)('');
  } catch {
    // Information only.
  }
}

/** Recomputes the badge (after a sync, a changed preference or switch). Never throws. */
export async function refreshBadge(deps: BadgeDeps): Promise<number> {
  const setText = deps.setText ?? setBadge;
  try {
    const [setting, seen, ids, source] = await Promise.all([
      badgeSettingItem.getValue(),
      seenSuggestionsItem.getValue(),
      deps.currentIds(),
      currentSource(deps),
    ]);
    if (!seen || (seen.source ?? null) !== source) {
      // The person has not looked at this feed yet (a fresh install, or another feed source since
      // their last look): no starting point, so nothing is "new" and nothing is written for them.
      await setText('');
      return 0;
    }
    const count = countNew(ids, seen.ids);
    await setText(setting.enabled ? badgeText(count) : '');
    return setting.enabled ? count : 0;
  } catch {
    return 0;
  }
}

/** The person looked (popup opened, or the panel shown): everything current is seen, the badge clears. */
export async function markSuggestionsSeen(deps: BadgeDeps): Promise<void> {
  const setText = deps.setText ?? setBadge;
  try {
    const [ids, source] = await Promise.all([deps.currentIds(), currentSource(deps)]);
    await seenSuggestionsItem.setValue({
      ids: ids.slice(0, MAX_IDS),
      at: (deps.now?.() ?? new Date()).toISOString(),
      source,
    });
    await setText('');
  } catch {
    // The badge is information only; a failure here must not disturb the popup or the panel.
  }
}
