import { useEffect, useState, type KeyboardEvent } from 'react';
import { useT } from '@/components/I18nProvider';
import { DraftFindings } from '@/components/guidelines/DraftFindings';
import { useDraftChecks } from '@/components/guidelines/use-draft-checks';
import { Txt } from '@/components/painted-text';
import { CommentTalkingPoints } from './CommentTalkingPoints';
import type { CommentData } from '@/lib/worker/feed/comment-data';
import { criticismTrigger } from '@/lib/injected/criticism-trigger';
import { DEFAULT_GUIDELINE_PARAMS } from '@/lib/shared/guidelines/types';
import { byPerson } from '@/lib/shared/panel/trusted';

export interface CommentHelperProps {
  /** The worker's answer (lib/worker/feed/comment-data.ts), or null while it is on its way. */
  data: CommentData | null;
  /** The post and the comments on screen, read once when the helper opens (never stored). */
  thread: string;
  links: readonly string[];
  /** The comment being written, followed while the person writes (never stored). */
  draft: string;
  /** "Who answers criticism" was already shown for this thread: once per thread. */
  criticismShownBefore: boolean;
  /** Called the first time the criticism notice is on screen, so it is not shown again for this thread. */
  onCriticismShown: () => void;
  /** The person closed the helper (button or Escape). */
  onClose: () => void;
  /** Puts a talking point's answer on the clipboard (default: the panel's `copyText`). */
  copy?: (text: string) => Promise<'copied' | 'manual'>;
}

/**
 * The compact helper beside a LinkedIn comment box (issue 28): who answers criticism of the
 * organization, the draft checks that fit a comment, and the feed's talking points (searchable, Copy). Advice
 * only: no button writes into the comment or sends it. Renders nothing when it has nothing to say.
 */
export function CommentHelper({
  data,
  thread,
  links,
  draft,
  criticismShownBefore,
  onCriticismShown,
  onClose,
  copy,
}: CommentHelperProps) {
  const { t, language } = useT('guidelines');
  const help = data?.help;
  const organization = data?.organization ?? null;
  const findings = useDraftChecks(
    help?.checks ? draft : '',
    data?.rules ?? DEFAULT_GUIDELINE_PARAMS,
    { language, suggestions: [], ...(organization ? { organizationName: organization.name } : {}) },
    undefined,
    'comment',
  );
  // Decided once per opening (and again when the draft brings the organization in), never taken back while open.
  const [criticism, setCriticism] = useState(false);
  useEffect(() => {
    if (criticism || criticismShownBefore || !help?.on || !data) return;
    const timer = setTimeout(() => {
      const params = {
        organization,
        mentionTerms: data.rules.mentionTerms,
        criticismKeywords: data.rules.criticismKeywords,
      };
      if (criticismTrigger({ thread, links, draft }, params)) setCriticism(true);
    }, 150);
    return () => clearTimeout(timer);
  }, [criticism, criticismShownBefore, help?.on, data, organization, thread, links, draft]);
  useEffect(() => {
    if (criticism) onCriticismShown();
  }, [criticism, onCriticismShown]);

  if (!help?.on) return null;
  // Fixes would write into the comment: the helper only says what it sees.
  const advice = findings.map(({ fix: _fix, ...finding }) => finding);
  const contact = data?.criticismContact;
  const talkingPoints = data?.talkingPoints ?? [];
  if (!criticism && advice.length === 0 && talkingPoints.length === 0) return null;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && byPerson(event)) onClose();
  };
  return (
    <section className="comment-helper" aria-label={t('comment.label')} onKeyDown={onKeyDown}>
      <button
        type="button"
        className="comment-helper-close"
        aria-label={t('comment.close')}
        onClick={(event) => byPerson(event) && onClose()}
      >
        <span aria-hidden="true">
          <Txt>×</Txt>
        </span>
      </button>
      {criticism && organization ? (
        <p className="comment-helper-criticism" role="note" data-testid="comment-criticism">
          <Txt>
            {contact
              ? t('comment.criticism', {
                  organization: organization.name,
                  name: contact.name,
                  contact: contact.contact,
                })
              : t('comment.criticismTeam', { organization: organization.name })}
          </Txt>
        </p>
      ) : null}
      <DraftFindings findings={advice} onFix={() => undefined} />
      <CommentTalkingPoints points={talkingPoints} language={language} accept={byPerson} {...(copy ? { copy } : {})} />
      {advice.length === 0 ? (
        <p className="comment-helper-note">
          <Txt>{t('comment.neverWrites')}</Txt>
        </p>
      ) : null}
    </section>
  );
}
