import { useId, useState, type MouseEvent } from 'react';
import { Txt } from '@/components/painted-text';
import { useT } from '@/components/I18nProvider';
import type { TalkingPoint } from '@/lib/shared/feed/types';
import { localize } from '@/lib/shared/guidelines/reminders';
import { copyText } from '@/lib/shared/panel/insert';
import { isHttpsUrl } from '@/lib/shared/panel/post-text';

export interface TalkingPointListProps {
  /** The talking points to list, in order (an item's, or any other set). */
  points: readonly TalkingPoint[];
  /** The language to show them in (the other one when a point has only that). */
  language: 'da' | 'en';
  /** Which clicks count (the panel passes `byPerson`). Default: every click. */
  accept?: (event: MouseEvent) => boolean;
  /** Puts text on the clipboard. Default: the panel's `copyText` (navigator.clipboard). */
  copy?: (text: string) => Promise<'copied' | 'manual'>;
  /** Open at first (default: folded, so the card stays short). */
  open?: boolean;
}

const always = () => true;

/** The text Copy puts on the clipboard: the answer, and its link on a line of its own. */
export function talkingPointText(point: TalkingPoint, language: 'da' | 'en'): string {
  const answer = localize(point.answer, language) ?? '';
  return isHttpsUrl(point.url) ? `${answer}\n${point.url}` : answer;
}

/**
 * "If someone asks…" (issue 27): questions people may be asked, each with a short answer to put
 * in their own words and a Copy button. Folded by default (a native <details>); nothing is
 * inserted anywhere. Props only, so the panel's card, the comment helper and the studio's preview
 * can all show it.
 */
export function TalkingPointList({ points, language, accept = always, copy = copyText, open }: TalkingPointListProps) {
  const { t } = useT('panel');
  const statusId = useId();
  const [outcome, setOutcome] = useState<{ id: string; kind: 'copied' | 'manual'; text: string } | null>(null);
  const shown = points
    .map((point) => ({ point, question: localize(point.question, language), answer: localize(point.answer, language) }))
    .filter(
      (entry): entry is { point: TalkingPoint; question: string; answer: string } => !!entry.question && !!entry.answer,
    );
  if (shown.length === 0) return null;

  return (
    <details className="talking-points" open={open}>
      <summary className="talking-points__summary">
        <Txt>{t('talkingPoints')}</Txt>{' '}
        <span className="talking-points__count">
          <Txt>{`(${shown.length})`}</Txt>
        </span>
      </summary>
      <ul className="talking-points__list" aria-label={t('talkingPointsCount', { count: shown.length })}>
        {shown.map(({ point, question, answer }, index) => (
          <li key={point.id} className="talking-point">
            <p className="talking-point__question">
              <Txt>{question}</Txt>
            </p>
            <p className="talking-point__answer">
              <Txt>{answer}</Txt>
            </p>
            <div className="talking-point__actions">
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('talkingPointCopyLabel', { question })}
                aria-describedby={outcome?.id === point.id ? `${statusId}-${index}` : undefined}
                onClick={(event) => {
                  if (!accept(event)) return;
                  const text = talkingPointText(point, language);
                  void copy(text).then((kind) => setOutcome({ id: point.id, kind, text }));
                }}
              >
                <Txt>{t('talkingPointCopy')}</Txt>
              </button>
              {isHttpsUrl(point.url) ? (
                <a
                  href={point.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  // Checked again when followed: only a click that counts, only to an https address.
                  onClick={(event) => {
                    if (!accept(event) || !isHttpsUrl(event.currentTarget.href)) event.preventDefault();
                  }}
                >
                  <Txt>{t('talkingPointLink')}</Txt>
                </a>
              ) : null}
            </div>
            <div className="talking-point__status" role="status" aria-live="polite" id={`${statusId}-${index}`}>
              {outcome?.id === point.id && outcome.kind === 'copied' ? (
                <p>
                  <Txt>{t('talkingPointCopied')}</Txt>
                </p>
              ) : null}
              {outcome?.id === point.id && outcome.kind === 'manual' ? (
                <label className="field">
                  <Txt>{t('talkingPointManual')}</Txt>
                  <textarea readOnly value={outcome.text} rows={4} onFocus={(event) => event.currentTarget.select()} />
                </label>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}
