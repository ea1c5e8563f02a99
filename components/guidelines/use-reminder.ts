import { useCallback, useEffect, useRef, useState } from 'react';
import { dismissReminder, takeReminder } from '@/lib/guidelines/reminder-state';
import type { ReminderFrequency } from '@/lib/guidelines/reminders';
import type { Policy, PolicyReminder } from '@/lib/guidelines/types';

/**
 * The reminder for this composer opening: taken once, when `enabled` turns true (advancing the
 * rotation and honouring the frequency), or null. `enabled` = reminders consent AND the feed's
 * switch, and only once the policy and the frequency are known. `onDecided` hears when the
 * reminder (or none) is settled, so the panel can put everything on screen at once.
 */
export function useReminder({
  policy,
  frequency,
  enabled,
  onDecided,
}: {
  policy: Policy | null;
  frequency: ReminderFrequency;
  enabled: boolean;
  onDecided?: () => void;
}): { reminder: PolicyReminder | null; dismiss: () => void } {
  const [reminder, setReminder] = useState<PolicyReminder | null>(null);
  const decided = useRef(onDecided);
  decided.current = onDecided;
  useEffect(() => {
    if (!enabled) {
      setReminder(null);
      return;
    }
    let live = true;
    takeReminder(policy, frequency).then(
      (taken) => {
        if (!live) return;
        setReminder(taken);
        decided.current?.();
      },
      () => {
        if (!live) return;
        setReminder(null);
        decided.current?.();
      },
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
