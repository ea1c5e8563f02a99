import { useState, type MouseEvent } from 'react';
import type { CheckContext, Finding } from '@/lib/guidelines/checks';
import type { ReminderFrequency } from '@/lib/guidelines/reminders';
import type { GuidelineParams, Policy } from '@/lib/guidelines/types';
import { DraftFindings } from './DraftFindings';
import { ReminderCard } from './ReminderCard';
import { useDraftChecks } from './use-draft-checks';
import { useReminder } from './use-reminder';

export interface GuidelinesSectionProps {
  /** The composer's current text (e.g. readEditorText(editor), updated on its `input` events). */
  draft: string;
  policy: Policy | null;
  /** PanelData.rules. */
  params: GuidelineParams;
  context: CheckContext;
  /** Preferences.reminderFrequency. */
  frequency: ReminderFrequency;
  /** Reminders consent AND PanelData.features.reminders. */
  remindersEnabled: boolean;
  /** PanelData.features.draftChecks. */
  checksEnabled: boolean;
  /** Apply `applyFix(draft, finding)` (or `fixEdit`) through the composer's insertion path. */
  onFix: (finding: Finding) => void;
  /** Which clicks count for Fix, Dismiss and the policy link (the panel passes `byPerson`). */
  accept?: (event: MouseEvent) => boolean;
  /** Told once the reminder for this opening is taken (or none is), see `useReminder`. */
  onReminderDecided?: () => void;
}

/** Reminder card plus live draft findings, ready to drop into the composer panel. */
export function GuidelinesSection(props: GuidelinesSectionProps) {
  const { reminder, dismiss } = useReminder({
    policy: props.policy,
    frequency: props.frequency,
    enabled: props.remindersEnabled,
    onDecided: props.onReminderDecided,
  });
  const [hidden, setHidden] = useState(false);
  const findings = useDraftChecks(props.checksEnabled ? props.draft : '', props.params, props.context);
  return (
    <>
      {reminder && !hidden ? (
        <ReminderCard
          policy={props.policy}
          reminder={reminder}
          language={props.context.language}
          accept={props.accept}
          onDismiss={() => {
            setHidden(true);
            dismiss();
          }}
        />
      ) : null}
      <DraftFindings
        findings={findings}
        onFix={props.onFix}
        criticismContact={props.policy?.criticismContact}
        accept={props.accept}
      />
    </>
  );
}
