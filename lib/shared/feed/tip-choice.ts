/**
 * One social-media tip per composer opening at most (issue 27), by the person's reminder
 * frequency (every time, once a day, never): the worker chooses it with the reminder, for the
 * same panel-data answer, and the feed's tips take turns. The rotation moves on only once the
 * panel shows the tip (`tipShown`), as for reminders.
 */
import { shouldShowReminder, type ReminderFrequency } from '../guidelines/reminders';
import { checkedFromVersion1, defineStoredItem } from '../settings';
import { intIn, object, timeOrNull } from '../settings/read';
import type { PickedTip, Tip, TipState } from './types';

export const INITIAL_TIP_STATE: TipState = { lastShownAt: null, shownCount: 0 };

const readTipState = object<TipState>({
  lastShownAt: timeOrNull,
  shownCount: intIn(0, 1_000_000_000, INITIAL_TIP_STATE.shownCount),
});

/** Version 2 is the first shape (no build stored a version 1; the migration holds the reader to it). */
export const tipStateItem = defineStoredItem<TipState>('local:tipState', {
  fallback: INITIAL_TIP_STATE,
  read: readTipState,
  version: 2,
  migrations: checkedFromVersion1(readTipState),
});

/** The tip for a composer that opens now, or null (no tips, or the frequency says not now). */
export function chooseTip(
  tips: readonly Tip[],
  frequency: ReminderFrequency,
  state: TipState = INITIAL_TIP_STATE,
  now: Date = new Date(),
): PickedTip | null {
  if (tips.length === 0 || !shouldShowReminder(frequency, state.lastShownAt, now)) return null;
  const shown = Number.isInteger(state.shownCount) && state.shownCount >= 0 ? state.shownCount : 0;
  return {
    tip: tips[shown % tips.length]!,
    next: { lastShownAt: now.toISOString(), shownCount: shown + 1 },
  };
}

/** Records that the chosen tip is on screen: once a day starts counting, and the next tip is next. */
export async function tipShown(picked: PickedTip): Promise<void> {
  await tipStateItem.setValue(picked.next);
}
