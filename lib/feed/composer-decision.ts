/**
 * The worker's one decision for a composer that opens: what it gets (lib/settings/composer-help.ts,
 * from consent plus the feed's switches) and the reminder chosen for it (the person's frequency,
 * the rotation, the feed's policy or the built-in texts). Part of every panel-data answer.
 */
import { reminderStateItem } from '../guidelines/reminder-state';
import { chooseReminder, type PickedReminder } from '../guidelines/reminders';
import type { Policy } from '../guidelines/types';
import { consentItem, preferencesItem } from '../settings';
import { composerHelp, type ComposerHelp, type ComposerSwitches } from '../settings/composer-help';

export async function composerDecision(
  switches: ComposerSwitches,
  policy: Policy | null,
  now: Date = new Date(),
): Promise<{ help: ComposerHelp; reminder: PickedReminder | null }> {
  const [consent, preferences, state] = await Promise.all([
    consentItem.getValue(),
    preferencesItem.getValue(),
    reminderStateItem.getValue(),
  ]);
  const help = composerHelp(consent, switches);
  const reminder = help.reminders ? chooseReminder(policy, preferences.reminderFrequency, state, now) : null;
  return { help, reminder };
}
