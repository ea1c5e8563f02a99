/**
 * The toolbar badge: how many suggestions are new since the person last looked, in the popup or
 * in the composer panel. Information only: a neutral grey number, no notification, no sound, no
 * reminder, and it clears when they look. A switch in the options page turns it off.
 *
 * "New" means: a suggestion the person would see now (panelData: current, their audiences and
 * languages) whose id was not in the list when they last looked. Before they ever looked, the
 * suggestions of that moment are the starting point, so a fresh install shows no number.
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

/** The suggestion ids the person has seen (at most the feed's item limit) and when. */
export interface SeenSuggestions {
  ids: string[];
  at: string;
}

const MAX_IDS = 500;

/** No valid time: as if never seen (the badge starts again from the current suggestions). */
const readSeenSuggestions: Reader<SeenSuggestions | null> = (value) => {
  if (!isRecord(value)) return null;
  const at = timeOrNull(value.at);
  if (!at) return null;
  const ids = listOf((id) => (typeof id === 'string' && id.length <= 1000 ? id : undefined), MAX_IDS)(value.ids);
  return { ids, at };
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

/** Recomputes the badge (after a sync, a changed preference or switch). Never throws. */
export async function refreshBadge(deps: BadgeDeps): Promise<number> {
  const setText = deps.setText ?? setBadge;
  try {
    const [setting, seen, ids] = await Promise.all([
      badgeSettingItem.getValue(),
      seenSuggestionsItem.getValue(),
      deps.currentIds(),
    ]);
    if (!seen) {
      // Never looked yet: today's suggestions are the starting point, not "new".
      await seenSuggestionsItem.setValue({
        ids: ids.slice(0, MAX_IDS),
        at: (deps.now?.() ?? new Date()).toISOString(),
      });
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
    const ids = await deps.currentIds();
    await seenSuggestionsItem.setValue({ ids: ids.slice(0, MAX_IDS), at: (deps.now?.() ?? new Date()).toISOString() });
    await setText('');
  } catch {
    // The badge is information only; a failure here must not disturb the popup or the panel.
  }
}
