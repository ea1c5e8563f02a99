import { useState, type MouseEvent } from 'react';
import type { CheckContext, Finding } from '@/lib/shared/guidelines/checks';
import { dismissReminder } from '@/lib/shared/guidelines/reminder-state';
import type { GuidelineParams, Policy, PolicyReminder } from '@/lib/shared/guidelines/types';
import { DraftFindings } from './DraftFindings';
import { ReminderCard } from './ReminderCard';
import { useDraftChecks } from './use-draft-checks';

export interface GuidelinesSectionProps {
  /** The composer's current text (e.g. readEditorText(editor), updated on its `input` events). */
  draft: string;
  policy: Policy | null;
  /** PanelData.rules. */
  params: GuidelineParams;
  context: CheckContext;
  /** This opening's reminder (PanelData.reminder, when PanelData.help.reminders), or null. */
  reminder: PolicyReminder | null;
  /** PanelData.help.checks. */
  checksEnabled: boolean;
  /** Apply `applyFix(draft, finding)` (or `fixEdit`) through the composer's insertion path. */
  onFix: (finding: Finding) => void;
  /** Which clicks count for Fix, Dismiss and the policy link (the panel passes `byPerson`). */
  accept?: (event: MouseEvent) => boolean;
}

/** Reminder card plus live draft findings, ready to drop into the composer panel. */
export function GuidelinesSection(props: GuidelinesSectionProps) {
  const { reminder } = props;
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
            void dismissReminder().catch(() => undefined);
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
