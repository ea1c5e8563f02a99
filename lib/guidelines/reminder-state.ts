/**
 * Reminder rotation state in `browser.storage.local` (local only, never sent anywhere),
 * plus the two steps the panel needs: take the reminder for this composer, and dismiss it.
 */
import { storage } from 'wxt/utils/storage';
import {
  INITIAL_REMINDER_STATE,
  pickReminder,
  remindersFor,
  shouldShowReminder,
  type ReminderFrequency,
  type ReminderState,
} from './reminders';
import type { Policy, PolicyReminder } from './types';

export const reminderStateItem = storage.defineItem<ReminderState>('local:guidelineReminderState', {
  fallback: INITIAL_REMINDER_STATE,
  version: 1,
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
  const state = { ...INITIAL_REMINDER_STATE, ...(await reminderStateItem.getValue()) };
  if (!shouldShowReminder(frequency, state.lastShownAt, now)) return null;
  const picked = pickReminder(remindersFor(policy), state, now);
  if (!picked) return null;
  await reminderStateItem.setValue(picked.next);
  return picked.reminder;
}

/** Records that the person hid the reminder. */
export async function dismissReminder(now: Date = new Date()): Promise<void> {
  const state = { ...INITIAL_REMINDER_STATE, ...(await reminderStateItem.getValue()) };
  await reminderStateItem.setValue({ ...state, dismissedAt: now.toISOString() });
}
