/**
 * Reminder rotation state in `browser.storage.local` (local only, never sent anywhere),
 * plus the two steps the panel needs: take the reminder for this composer, and dismiss it.
 */
import { checkedFromVersion1, defineStoredItem } from '../settings';
import { intIn, object, timeOrNull } from '../settings/read';
import {
  INITIAL_REMINDER_STATE,
  pickReminder,
  remindersFor,
  shouldShowReminder,
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
  const state = await reminderStateItem.getValue();
  if (!shouldShowReminder(frequency, state.lastShownAt, now)) return null;
  const picked = pickReminder(remindersFor(policy), state, now);
  if (!picked) return null;
  await reminderStateItem.setValue(picked.next);
  return picked.reminder;
}

/** Records that the person hid the reminder. */
export async function dismissReminder(now: Date = new Date()): Promise<void> {
  const state = await reminderStateItem.getValue();
  await reminderStateItem.setValue({ ...state, dismissedAt: now.toISOString() });
}
