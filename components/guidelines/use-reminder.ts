import { useCallback, useEffect, useState } from 'react';
import { dismissReminder, takeReminder } from '@/lib/guidelines/reminder-state';
import type { ReminderFrequency } from '@/lib/guidelines/reminders';
import type { Policy, PolicyReminder } from '@/lib/guidelines/types';

/**
 * The reminder for this composer opening: taken once on mount (advancing the rotation and
 * honouring the frequency), or null. `enabled` = reminders consent AND the feed's switch.
 */
export function useReminder({
  policy,
  frequency,
  enabled,
}: {
  policy: Policy | null;
  frequency: ReminderFrequency;
  enabled: boolean;
}): { reminder: PolicyReminder | null; dismiss: () => void } {
  const [reminder, setReminder] = useState<PolicyReminder | null>(null);
  useEffect(() => {
    if (!enabled) {
      setReminder(null);
      return;
    }
    let live = true;
    takeReminder(policy, frequency).then(
      (taken) => live && setReminder(taken),
      () => live && setReminder(null),
    );
    return () => {
      live = false;
    };
    // Once per opening: a policy refresh while writing should not rotate again.
  }, [enabled]);
  const dismiss = useCallback(() => {
    setReminder(null);
    void dismissReminder().catch(() => undefined);
  }, []);
  return { reminder, dismiss };
}
