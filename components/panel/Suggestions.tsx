import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Txt } from '@/components/painted-text';
import { useT } from '@/components/I18nProvider';
import type { Suggestion, TalkingPoint } from '@/lib/shared/feed/types';
import { send } from '@/lib/shared/messaging/send';
import { copyPicture } from '@/lib/injected/picture';
import { nextCount, shownCount, type RevealSteps } from '@/lib/shared/lists/reveal';
import { filterChoices, findSuggestions } from '@/lib/injected/suggestion-search';
import { byPerson } from '@/lib/shared/panel/trusted';
import { usePanelStore } from '@/stores/panel';
import { SuggestionCard, type PictureOutcome } from './SuggestionCard';
import type { Load } from './use-panel-data';

interface SuggestionsProps {
  load: Load;
  language: 'da' | 'en';
  query: string;
  filter: string;
  onRetry: () => void;
  onInsert: (suggestion: Suggestion, variantId: string) => void;
  /** Copies a suggestion's text (the person's own click; see SuggestionCard). */
  onCopy?: (suggestion: Suggestion, variantId: string) => void;
}

// Memoized: typing in LinkedIn's editor, an insert or a guideline finding re-renders the panel,
// and the list (cards with translated labels) has no reason to follow (P3).
export const Suggestions = memo(function Suggestions({
  load,
  language,
  query,
  filter,
  onRetry,
  onInsert,
  onCopy,
}: SuggestionsProps) {
  const { t } = useT('panel');
  const searchId = useId();
  const filterId = useId();
  const actions = usePanelStore.getState();
  const suggestions = load.state === 'ready' ? load.data.suggestions : [];
  const { topics, campaigns } = useMemo(() => filterChoices(suggestions), [suggestions]);
  const visible = useMemo(() => findSuggestions(suggestions, query, filter), [suggestions, query, filter]);
  const more = useShowMore(visible);
  const talkingPoints = useTalkingPoints(load.state === 'ready' ? load.data.talkingPoints : undefined, suggestions);
  const pictures = useCopyablePictures(load.state === 'ready' ? load.data.copyablePictures : undefined);

  if (load.state === 'loading')
    return (
      <p className="muted">
        <Txt>{t('loading')}</Txt>
      </p>
    );
  if (load.state === 'error') {
    return (
      <div className="notice" role="alert">
        <p className="notice__title">
          <Txt>{t('errorTitle')}</Txt>
        </p>
        <p>
          <Txt>{t('errorReason', { reason: load.reason })}</Txt>
        </p>
        <button type="button" className="button" onClick={(event) => byPerson(event) && onRetry()}>
          <Txt>{t('retry')}</Txt>
        </button>
      </div>
    );
  }
  if (load.data.help.suggestions === 'switched-off')
    return (
      <p className="notice">
        <Txt>{t('killSwitch')}</Txt>
      </p>
    );
  if (suggestions.length === 0)
    return (
      <p className="muted">
        <Txt>{t('empty')}</Txt>
      </p>
    );

  return (
    <>
      <div className="filters">
        <label className="field" htmlFor={searchId}>
          <Txt>{t('search')}</Txt>
        </label>
        <input
          id={searchId}
          type="search"
          className="input"
          value={query}
          onChange={(event) => byPerson(event) && actions.setQuery(event.currentTarget.value)}
        />
        {topics.length || campaigns.length ? (
          <>
            <label className="field" htmlFor={filterId}>
              <Txt>{t('filter')}</Txt>
            </label>
            <select
              id={filterId}
              className="input"
              value={filter}
              onChange={(event) => byPerson(event) && actions.setFilter(event.currentTarget.value)}
            >
              <option value="">{t('filterAll')}</option>
              <FilterGroup label={t('topics')} kind="topic" names={topics} />
              <FilterGroup label={t('campaigns')} kind="campaign" names={campaigns} />
            </select>
          </>
        ) : null}
      </div>
      {visible.length === 0 ? (
        <p className="muted">
          <Txt>{t('noMatches')}</Txt>
        </p>
      ) : (
        <>
          <ul className="list" aria-label={t('listLabel')} ref={more.listRef}>
            {visible.slice(0, more.shown).map((suggestion) => (
              // tabIndex -1: "Show more" moves the focus to the first card it added.
              <li key={suggestion.id} tabIndex={-1}>
                <SuggestionCard
                  suggestion={suggestion}
                  language={language}
                  onInsert={onInsert}
                  onCopy={onCopy}
                  featuredBy={suggestion.featured ? (load.data.organization?.name ?? '') : null}
                  talkingPoints={talkingPoints.get(suggestion.id)}
                  onCopyPicture={pictures.has(suggestion.id) ? onCopyPicture : undefined}
                />
              </li>
            ))}
          </ul>
          {more.shown < visible.length ? (
            <div className="more" ref={more.footerRef}>
              <p className="muted" role="status">
                <Txt>{t('shownOf', { shown: more.shown, total: visible.length })}</Txt>
              </p>
              <button type="button" className="button" onClick={(event) => byPerson(event) && more.showMore(true)}>
                <Txt>{t('showMore', { count: Math.min(STEPS.step, visible.length - more.shown) })}</Txt>
              </button>
            </div>
          ) : null}
        </>
      )}
    </>
  );
});

/** "Copy picture": the worker reads the picture, the panel puts it on the clipboard (issue 27). */
const onCopyPicture = (suggestion: Suggestion): Promise<PictureOutcome> =>
  copyPicture({ read: () => send('feed:picture', { id: suggestion.id }) });

const NO_POINTS: readonly TalkingPoint[] = [];

/** Each card's talking points (the same array while the data stays, so the memoized cards stay put). */
function useTalkingPoints(points: readonly TalkingPoint[] | undefined, suggestions: readonly Suggestion[]) {
  return useMemo(() => {
    const byId = new Map((points ?? NO_POINTS).map((point) => [point.id, point]));
    const out = new Map<string, TalkingPoint[]>();
    for (const suggestion of suggestions) {
      const own = (suggestion.talkingPoints ?? []).map((id) => byId.get(id)).filter((point) => !!point);
      if (own.length) out.set(suggestion.id, own);
    }
    return out;
  }, [points, suggestions]);
}

/**
 * The cards that get "Copy picture": those whose picture the worker read when the feed was stored,
 * named in the same panel-data answer as the cards, so each card renders with its button or
 * without it from the first frame, and a button never fails for want of the picture.
 */
function useCopyablePictures(ids: readonly string[] | undefined): ReadonlySet<string> {
  return useMemo(() => new Set(ids), [ids]);
}

/** One group of the filter list (left out when empty); its values are what matchesFilter reads. */
function FilterGroup({ label, kind, names }: { label: string; kind: 'topic' | 'campaign'; names: readonly string[] }) {
  if (names.length === 0) return null;
  return (
    <optgroup label={label}>
      {names.map((name) => (
        <option key={name} value={`${kind}:${name}`}>
          {name}
        </option>
      ))}
    </optgroup>
  );
}

/** A first screenful of cards, then more on demand: all 500 at once were one 580–715 ms task (P10). */
const STEPS: RevealSteps = { first: 5, step: 10 };

/**
 * How many of the matching suggestions are on screen. A new search or filter starts again from
 * the first screenful (search and filter always cover every item); "Show more" and scrolling to
 * the end of the list add a step at a time, each a small task of its own.
 */
function useShowMore(visible: readonly Suggestion[]) {
  const [revealed, setRevealed] = useState({ of: visible, count: 0 });
  const shown = shownCount(visible.length, revealed.of === visible ? revealed.count : 0, STEPS);
  const listRef = useRef<HTMLUListElement>(null);
  const footerRef = useRef<HTMLDivElement>(null);
  const focusFrom = useRef<number | null>(null);
  const showMore = (moveFocus: boolean) => {
    focusFrom.current = moveFocus ? shown : null;
    setRevealed({ of: visible, count: nextCount(visible.length, shown, STEPS) });
  };
  const showMoreRef = useRef(showMore);
  showMoreRef.current = showMore;

  // The person's own "Show more": the focus goes to the first card it added, not past them.
  useEffect(() => {
    if (focusFrom.current === null) return;
    const first = listRef.current?.children[focusFrom.current];
    focusFrom.current = null;
    (first as HTMLElement | undefined)?.focus();
  }, [shown]);

  // Scrolling to the end of the list shows the next step. Observed again after every step (a
  // list that still fits grows until it fills the panel); disconnected when the panel closes,
  // so nothing of ours runs on scroll afterwards (P8).
  useEffect(() => {
    const footer = footerRef.current;
    if (!footer || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) showMoreRef.current(false);
    });
    observer.observe(footer);
    return () => observer.disconnect();
  }, [shown, visible]);

  return { shown, showMore, listRef, footerRef };
}
