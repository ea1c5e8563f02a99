/**
 * Reminder rotation state in `browser.storage.local` (local only, never sent anywhere),
 * plus the two steps the panel needs: take the reminder for this composer, and dismiss it.
 */
import { checkedFromVersion1, defineStoredItem } from '../settings';
import { intIn, object, timeOrNull } from '../settings/read';
import {
  chooseReminder,
  INITIAL_REMINDER_STATE,
  type PickedReminder,
  type ReminderFrequency,
  type ReminderState,
} from './reminders';
import type { Policy, PolicyReminder } from './types';

const readReminderState = object<ReminderState>({
  lastShownAt: timeOrNull,
  nextTopicIndex: intIn(0, 1_000_000, INITIAL_REMINDER_STATE.nextTopicIndex),
  shownCount: intIn(0, 1_000_000_000, INITIAL_REMINDER_STATE.shownCount),
  dismissedAt: timeOrNull,
});

export const reminderStateItem = defineStoredItem<ReminderState>('local:guidelineReminderState', {
  fallback: INITIAL_REMINDER_STATE,
  read: readReminderState,
  version: 2,
  migrations: checkedFromVersion1(readReminderState),
});

/**
 * The reminder to show in a composer that just opened (and advances the rotation), or null
 * when the frequency says not now. Call once per composer opening.
 */
export async function takeReminder(
  policy: Policy | null,
  frequency: ReminderFrequency,
  now: Date = new Date(),
): Promise<PolicyReminder | null> {
  const picked = chooseReminder(policy, frequency, await reminderStateItem.getValue(), now);
  if (!picked) return null;
  await reminderShown(picked);
  return picked.reminder;
}

/**
 * Records that the chosen reminder is on screen (the worker chose it for the panel-data answer):
 * the rotation moves on. A hide recorded meanwhile is kept.
 */
export async function reminderShown(picked: PickedReminder): Promise<void> {
  const { dismissedAt } = await reminderStateItem.getValue();
  await reminderStateItem.setValue({ ...picked.next, dismissedAt });
}

/** Records that the person hid the reminder. */
export async function dismissReminder(now: Date = new Date()): Promise<void> {
  const state = await reminderStateItem.getValue();
  await reminderStateItem.setValue({ ...state, dismissedAt: now.toISOString() });
}
