import type { MouseEvent } from 'react';
import { Txt } from '@/components/painted-text';
import { useT } from '@/components/I18nProvider';
import { localize, remindersFor, safePolicyUrl, pickReminder } from '@/lib/shared/guidelines/reminders';
import type { Policy, PolicyReminder } from '@/lib/shared/guidelines/types';

export interface ReminderCardProps {
  /** The feed's policy; null shows a built-in reminder and no link/contact. */
  policy: Policy | null;
  /** The reminder to show (from `useReminder`/`takeReminder`); default: the first in rotation. */
  reminder?: PolicyReminder | null;
  /** Language of the reminder text; default: the interface language. */
  language?: 'da' | 'en';
  /** Hides the card (the parent decides; nothing else is blocked). */
  onDismiss: () => void;
  /** Which clicks count (the panel passes `byPerson`, as for DraftFindings). Default: every click. */
  accept?: (event: MouseEvent) => boolean;
}

const always = () => true;

/** One short guideline reminder beside the composer, with the policy link and who handles criticism. */
export function ReminderCard({ policy, reminder, language, onDismiss, accept = always }: ReminderCardProps) {
  const { t, language: uiLanguage } = useT('guidelines');
  const lang = language ?? uiLanguage;
  const shown = reminder ?? pickReminder(remindersFor(policy))?.reminder ?? null;
  const text = localize(shown?.text, lang);
  if (!text) return null;
  const url = safePolicyUrl(policy?.url);
  const contact = policy?.criticismContact;
  return (
    <section className="gl-reminder" aria-label={t('reminder.title')}>
      <div className="gl-reminder-head">
        <strong>
          <Txt>{t('reminder.title')}</Txt>
        </strong>
        <button
          type="button"
          className="gl-dismiss"
          onClick={(event) => accept(event) && onDismiss()}
          aria-label={t('reminder.dismiss')}
          title={t('reminder.dismiss')}
        >
          <span aria-hidden="true">
            <Txt>×</Txt>
          </span>
        </button>
      </div>
      <p className="gl-reminder-text">
        <Txt>{text}</Txt>
      </p>
      {contact ? (
        <p className="gl-reminder-contact">
          <Txt>{t('reminder.criticismContact', { name: contact.name, contact: contact.contact })}</Txt>
        </p>
      ) : null}
      {url ? (
        <a
          href={url}
          target="_blank"
          rel="noopener noreferrer"
          // Checked again when followed: only a click that counts, only to an https address.
          onClick={(event) => {
            if (!accept(event) || !safePolicyUrl(event.currentTarget.href)) event.preventDefault();
          }}
        >
          <Txt>{t('reminder.policyLink')}</Txt>
        </a>
      ) : null}
    </section>
  );
}
