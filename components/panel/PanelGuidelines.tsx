import { useEffect, useMemo, useRef } from 'react';
import { GuidelinesSection } from '@/components/guidelines';
import { useT } from '@/components/I18nProvider';
import { applyFix } from '@/lib/shared/guidelines/checks';
import { reminderShown } from '@/lib/shared/guidelines/reminder-state';
import type { PickedReminder } from '@/lib/shared/guidelines/reminders';
import { composerSession } from '@/lib/shared/linkedin/bridge';
import { byPerson } from '@/lib/shared/panel/trusted';
import { useComposerSession } from './use-composer-session';
import type { GuidelinesContext } from './ComposerPanel';
import { PanelTip } from './PanelTip';

/**
 * The guideline reminder and live draft checks in the panel's guidelines slot: the feed's
 * policy and rule parameters, and fixes written through the same insertion path as suggestions.
 * What this composer gets and its reminder are the worker's one decision, in the panel data
 * (lib/shared/settings/composer-help.ts, lib/worker/feed/handlers.ts). Advice only: nothing here blocks posting.
 */
export function PanelGuidelines({ data, draftText, replaceDraft }: GuidelinesContext) {
  const { language } = useT('panel');
  const inserted = useComposerSession((session) => session.inserted);
  // One reminder per opening (this component mounts per opening): the first answer's stays,
  // also when the data is asked again (Retry, a consent change), and moves the rotation on once.
  const taken = useRef<PickedReminder | null | undefined>(undefined);
  if (data && taken.current === undefined) taken.current = data.reminder;
  const picked = taken.current ?? null;
  useEffect(() => {
    if (picked) void reminderShown(picked).catch(() => undefined);
  }, [picked]);

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

  if (!data) return null;
  return (
    <>
      <GuidelinesSection
        draft={draftText}
        policy={data.policy}
        params={data.rules}
        context={context}
        reminder={data.help.reminders ? (picked?.reminder ?? null) : null}
        checksEnabled={data.help.checks}
        // LinkedIn's page shares the DOM: its synthetic clicks neither rewrite the draft nor hide
        // the reminder (S7), like every other panel action.
        accept={byPerson}
        onFix={(finding) => void replaceDraft(applyFix(composerSession().getState().draft || draftText, finding))}
      />
      <PanelTip data={data} />
    </>
  );
}
