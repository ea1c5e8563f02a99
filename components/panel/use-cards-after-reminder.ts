/**
 * The cards wait for this opening's reminder, which sits above them: both come on screen
 * together, so nothing jumps under the person's pointer as they aim at Insert. Never longer
 * than HOLD_MS after the data arrived (a slow storage read must not hide the suggestions).
 */
import { useCallback, useEffect, useState } from 'react';
import type { Load } from './use-panel-data';

const HOLD_MS = 300;
const LOADING: Load = { state: 'loading' };

export function useCardsAfterReminder(
  open: boolean,
  load: Load,
  waitForReminder: boolean,
): { cardsLoad: Load; reminderDecided: () => void } {
  const [decided, setDecided] = useState(false);
  // Each opening takes its own reminder.
  useEffect(() => {
    if (!open) setDecided(false);
  }, [open]);
  useEffect(() => {
    if (!open || decided || load.state === 'loading') return;
    const timer = setTimeout(() => setDecided(true), HOLD_MS);
    return () => clearTimeout(timer);
  }, [open, decided, load.state]);
  const reminderDecided = useCallback(() => setDecided(true), []);
  return { cardsLoad: !waitForReminder || decided ? load : LOADING, reminderDecided };
}
