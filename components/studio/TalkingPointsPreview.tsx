import { useStudioT } from './i18n';
import type { TalkingPoint } from '@/lib/feed/types';
import { localize } from '@/lib/guidelines/reminders';

/**
 * The item's talking points in the preview, as the panel lists them under the chosen suggestion
 * (issue 27): "If someone asks…", folded, each question with its short answer, Copy and the link.
 * The studio's own small copy of the panel's list (the panel's component was not on this branch
 * yet): props only, so it can be swapped for the panel's once both are merged. Copy puts what
 * the person will get on the clipboard: the answer, and its link on a line of its own.
 */
export function TalkingPointsPreview({ points, language }: { points: readonly TalkingPoint[]; language: 'da' | 'en' }) {
  const { t } = useStudioT();
  const shown = points
    .map((point) => ({
      point,
      question: localize(point.question, language),
      answer: localize(point.answer, language),
    }))
    .filter((entry) => entry.question && entry.answer);
  if (shown.length === 0) return null;
  return (
    <details className="talking-points" data-testid="preview-talking-points">
      <summary className="talking-points__summary">
        {t('equipment.previewHeading')} <span className="talking-points__count">({shown.length})</span>
      </summary>
      <ul className="talking-points__list">
        {shown.map(({ point, question, answer }) => (
          <li key={point.id} className="talking-point">
            <p className="talking-point__question">{question}</p>
            <p className="talking-point__answer">{answer}</p>
            <div className="talking-point__actions">
              <button
                type="button"
                className="button button--quiet"
                onClick={() => void navigator.clipboard?.writeText(point.url ? `${answer}\n${point.url}` : answer!)}
              >
                {t('equipment.previewCopy')}
              </button>
              {point.url ? <span className="talking-point__link">{t('equipment.previewLink')}</span> : null}
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}
