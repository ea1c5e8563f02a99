import { useEffect, useMemo, useRef } from 'react';
import { GuidelinesSection } from '@/components/guidelines';
import { useT } from '@/components/I18nProvider';
import { useStorageItem } from '@/components/use-storage-item';
import { applyFix } from '@/lib/guidelines/checks';
import { composerSession } from '@/lib/linkedin/bridge';
import { DEFAULT_GUIDELINE_PARAMS } from '@/lib/guidelines/types';
import { byPerson } from '@/lib/panel/trusted';
import { consentItem, DEFAULT_PREFERENCES, hasConsent, preferencesItem } from '@/lib/settings';
import { useComposerSession } from './use-composer-session';
import type { GuidelinesContext } from './ComposerPanel';

/**
 * The guideline reminder and live draft checks in the panel's guidelines slot: the feed's
 * policy and rule parameters, the person's reminder frequency, and fixes written through the
 * same insertion path as suggestions. Advice only: nothing here blocks posting.
 */
export function PanelGuidelines({ data, dataSettled, draftText, replaceDraft, onReminderDecided }: GuidelinesContext) {
  const { language } = useT('panel');
  const inserted = useComposerSession((session) => session.inserted);
  const consent = useStorageItem(consentItem);
  const preferences = useStorageItem(preferencesItem);
  const frequency = preferences?.reminderFrequency ?? DEFAULT_PREFERENCES.reminderFrequency;
  // The reminder is taken once per opening, so only when all it depends on is known: the
  // feed's own reminders and switch (the panel data, or its failure), the person's frequency
  // and their consent. Taken earlier, it was the built-in text at the default frequency.
  // Once known, it stays so for this opening (this component mounts per opening): a Retry of
  // the panel data does not take a second reminder.
  const knownOnce = useRef(false);
  if (consent !== null && preferences !== null && dataSettled) knownOnce.current = true;
  const known = knownOnce.current;
  const remindersOn = known && hasConsent(consent, 'reminders') && (data?.features.reminders ?? true);
  useEffect(() => {
    if (known && !remindersOn) onReminderDecided();
  }, [known, remindersOn, onReminderDecided]);

  // Texts the draft should not simply repeat: what was inserted, and every suggested variant.
  const suggestions = useMemo(
    () => [
      ...(inserted ? [inserted.insertedText] : []),
      ...(data?.suggestions.flatMap((s) => s.variants.map((variant) => variant.text)) ?? []),
    ],
    [inserted, data],
  );
  const context = useMemo(
    () => ({ language, suggestions, organizationName: data?.organization?.name }),
    [language, suggestions, data],
  );

  if (!consent) return null;
  // Draft checks come with either consent: they are part of the composer help the person turned on.
  const checks =
    (hasConsent(consent, 'reminders') || hasConsent(consent, 'panel')) && (data?.features.draftChecks ?? true);
  return (
    <GuidelinesSection
      draft={draftText}
      policy={data?.policy ?? null}
      params={data?.rules ?? DEFAULT_GUIDELINE_PARAMS}
      context={context}
      frequency={frequency}
      remindersEnabled={remindersOn}
      onReminderDecided={onReminderDecided}
      checksEnabled={checks}
      // LinkedIn's page shares the DOM: its synthetic clicks neither rewrite the draft nor hide
      // the reminder (S7), like every other panel action.
      accept={byPerson}
      onFix={(finding) => void replaceDraft(applyFix(composerSession().getState().draft || draftText, finding))}
    />
  );
}
