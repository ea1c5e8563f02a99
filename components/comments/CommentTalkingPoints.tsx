import { useId, useMemo, useState, type MouseEvent } from 'react';
import { useT } from '@/components/I18nProvider';
import { Txt } from '@/components/painted-text';
import { TalkingPointList } from '@/components/talking-points/TalkingPointList';
import { searchTalkingPoints } from '@/lib/shared/feed/popup-equipment';
import type { TalkingPoint } from '@/lib/shared/feed/types';

export interface CommentTalkingPointsProps {
  /** The feed's talking points (the worker's answer for the comment box). */
  points: readonly TalkingPoint[];
  language: 'da' | 'en';
  /** Which clicks count (the helper passes `byPerson`). */
  accept?: (event: MouseEvent) => boolean;
  /** Puts text on the clipboard (default: the panel's `copyText`). */
  copy?: (text: string) => Promise<'copied' | 'manual'>;
}

/**
 * The talking points beside a comment box (issues 27 and 28): a small search (the popup's,
 * lib/shared/feed/popup-equipment.ts) over the panel's folded list with Copy. The list opens by itself
 * when the person searches; nothing is written into the comment.
 */
export function CommentTalkingPoints({ points, language, accept, copy }: CommentTalkingPointsProps) {
  const { t } = useT('guidelines');
  const searchId = useId();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => searchTalkingPoints(points, query, language), [points, query, language]);
  if (points.length === 0) return null;
  const searching = query.trim() !== '';
  return (
    <div className="comment-helper-talking">
      <div className="comment-helper-search">
        <span aria-hidden="true">
          <Txt>{t('comment.talkingSearch')}</Txt>
        </span>
        <input
          id={searchId}
          type="search"
          aria-label={t('comment.talkingSearch')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {searching && shown.length === 0 ? (
        <p className="comment-helper-note" role="status">
          <Txt>{t('comment.talkingNone', { query: query.trim() })}</Txt>
        </p>
      ) : (
        <TalkingPointList
          points={shown}
          language={language}
          {...(accept ? { accept } : {})}
          {...(copy ? { copy } : {})}
          {...(searching ? { open: true } : {})}
        />
      )}
    </div>
  );
}
