/**
 * The worker's one decision for a composer that opens: what it gets (lib/shared/settings/composer-help.ts,
 * from consent plus the feed's switches) and the reminder chosen for it (the person's frequency,
 * the rotation, the feed's policy or the built-in texts). Part of every panel-data answer.
 * The social-media tip (issue 27) is chosen here too, by the same frequency, so it arrives with
 * the reminder and the cards and nothing moves under the pointer.
 */
import { reminderStateItem } from '../../shared/guidelines/reminder-state';
import { chooseReminder, type PickedReminder } from '../../shared/guidelines/reminders';
import type { Policy } from '../../shared/guidelines/types';
import { consentItem, preferencesItem } from '../../shared/settings';
import { composerHelp, type ComposerHelp, type ComposerSwitches } from '../../shared/settings/composer-help';
import { chooseTip, tipStateItem } from '../../shared/feed/tip-choice';
import type { PickedTip, Tip } from '../../shared/feed/types';

export async function composerDecision(
  switches: ComposerSwitches,
  policy: Policy | null,
  now: Date = new Date(),
  tips: readonly Tip[] = [],
): Promise<{ help: ComposerHelp; reminder: PickedReminder | null; tip: PickedTip | null }> {
  const [consent, preferences, state, tipState] = await Promise.all([
    consentItem.getValue(),
    preferencesItem.getValue(),
    reminderStateItem.getValue(),
    tipStateItem.getValue(),
  ]);
  const help = composerHelp(consent, switches);
  const reminder = help.reminders ? chooseReminder(policy, preferences.reminderFrequency, state, now) : null;
  // A tip is guidance like the reminder: the same consent, switch and frequency.
  const tip = help.reminders ? chooseTip(tips, preferences.reminderFrequency, tipState, now) : null;
  return { help, reminder, tip };
}
