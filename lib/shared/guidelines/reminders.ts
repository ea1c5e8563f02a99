/**
 * Guideline reminders: one short, positively phrased reminder when the composer opens,
 * rotating through the five policy topics (the five topics in the README). The feed's own policy
 * reminders win; these built-in ones are used when the feed has none.
 */
import type { ReminderFrequency } from '../settings';
import { POLICY_TOPICS, type Localized, type Policy, type PolicyReminder } from './types';

export const BUILT_IN_REMINDERS: PolicyReminder[] = [
  {
    id: 'builtin-purpose',
    topic: 'purpose',
    text: {
      da: 'Del det, du selv finder interessant. Dit faglige blik er det, dit netværk sætter pris på.',
      en: 'Share what you find interesting yourself. Your professional view is what your network values.',
    },
  },
  {
    id: 'builtin-positive',
    topic: 'positive',
    text: {
      da: 'Skriv gerne om det, der gør dig stolt eller nysgerrig – en positiv tone rækker langt.',
      en: 'Write about what makes you proud or curious – a positive tone goes a long way.',
    },
  },
  {
    id: 'builtin-criticism',
    topic: 'criticism',
    text: {
      da: 'Møder du kritik af virksomheden, kan du trygt sende den videre til dem, der svarer på den. Så får den et godt svar.',
      en: 'If you come across criticism of the company, you can pass it on to the people who answer it. That way it gets a good answer.',
    },
  },
  {
    id: 'builtin-private-person',
    topic: 'private-person',
    text: {
      da: 'Når din profil viser, hvor du arbejder, læses dine opslag også i det lys. Det er fint at skrive, at det er dine egne holdninger.',
      en: 'When your profile shows where you work, your posts are read in that light. It is fine to say the views are your own.',
    },
  },
  {
    id: 'builtin-common-sense',
    topic: 'common-sense',
    text: {
      da: 'Hold interne tal, kundenavne og projektnavne for dig selv, til de er offentlige – og hold en venlig tone, også når andre ikke gør.',
      en: 'Keep internal figures, customer and project names to yourself until they are public – and keep a friendly tone, even when others don’t.',
    },
  },
];

/** Text in the wanted language, else the other one, else null. */
export function localize(text: Localized | null | undefined, language: 'da' | 'en'): string | null {
  if (!text) return null;
  const other = language === 'da' ? 'en' : 'da';
  const value = text[language]?.trim() || text[other]?.trim();
  return value || null;
}

/** The feed's reminders when it has usable ones, otherwise the built-in ones. */
export function remindersFor(policy: Policy | null | undefined): PolicyReminder[] {
  const own = (policy?.reminders ?? []).filter(
    (reminder) => POLICY_TOPICS.includes(reminder.topic) && (reminder.text?.da?.trim() || reminder.text?.en?.trim()),
  );
  return own.length > 0 ? own : BUILT_IN_REMINDERS;
}

/** What is remembered between composer openings (stored locally, never sent). */
export interface ReminderState {
  /** ISO time a reminder was last shown, null when never. */
  lastShownAt: string | null;
  /** Index into POLICY_TOPICS of the topic to show next. */
  nextTopicIndex: number;
  /** How many reminders were shown so far (rotates reminders within one topic). */
  shownCount: number;
  /** ISO time the person last hid a reminder. */
  dismissedAt: string | null;
}

export const INITIAL_REMINDER_STATE: ReminderState = {
  lastShownAt: null,
  nextTopicIndex: 0,
  shownCount: 0,
  dismissedAt: null,
};

export interface PickedReminder {
  reminder: PolicyReminder;
  /** The state to store once the reminder has been shown. */
  next: ReminderState;
}

/**
 * The reminder to show: the first topic from `state.nextTopicIndex` on (cyclically) that has
 * a reminder; within a topic the reminders take turns. Null when there is none at all.
 */
export function pickReminder(
  reminders: readonly PolicyReminder[],
  state: ReminderState = INITIAL_REMINDER_STATE,
  now: Date = new Date(),
): PickedReminder | null {
  const byTopic = POLICY_TOPICS.map((topic) => reminders.filter((reminder) => reminder.topic === topic));
  const available = byTopic.filter((list) => list.length > 0).length;
  if (available === 0) return null;
  const start = Number.isInteger(state.nextTopicIndex) ? Math.abs(state.nextTopicIndex) % POLICY_TOPICS.length : 0;
  const shown = Number.isInteger(state.shownCount) && state.shownCount >= 0 ? state.shownCount : 0;
  for (let step = 0; step < POLICY_TOPICS.length; step++) {
    const index = (start + step) % POLICY_TOPICS.length;
    const list = byTopic[index]!;
    if (list.length === 0) continue;
    const reminder = list[Math.floor(shown / available) % list.length]!;
    return {
      reminder,
      next: {
        ...state,
        lastShownAt: now.toISOString(),
        nextTopicIndex: (index + 1) % POLICY_TOPICS.length,
        shownCount: shown + 1,
      },
    };
  }
  return null;
}

/** The person's choice (lib/shared/settings: `Preferences.reminderFrequency`), one definition. */
export type { ReminderFrequency };

/**
 * The reminder for a composer that opens now, or null when the frequency says not now: chosen,
 * not yet shown (the rotation moves on only once the panel shows it, `reminderShown`).
 */
export function chooseReminder(
  policy: Policy | null | undefined,
  frequency: ReminderFrequency,
  state: ReminderState = INITIAL_REMINDER_STATE,
  now: Date = new Date(),
): PickedReminder | null {
  if (!shouldShowReminder(frequency, state.lastShownAt, now)) return null;
  return pickReminder(remindersFor(policy), state, now);
}

/** Whether to show a reminder now; "daily" means once per local calendar day. */
export function shouldShowReminder(
  frequency: ReminderFrequency,
  lastShownAt: string | null,
  now: Date = new Date(),
): boolean {
  if (frequency === 'never') return false;
  if (frequency === 'always') return true;
  if (!lastShownAt) return true;
  const last = new Date(lastShownAt);
  if (Number.isNaN(last.getTime())) return true;
  return (
    last.getFullYear() !== now.getFullYear() || last.getMonth() !== now.getMonth() || last.getDate() !== now.getDate()
  );
}

/** Only https links to the policy are shown (S3). */
export function safePolicyUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
