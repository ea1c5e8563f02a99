import { memo, useId, useMemo } from 'react';
import { useT } from '@/components/I18nProvider';
import type { Suggestion } from '@/lib/feed/types';
import { filterChoices, findSuggestions } from '@/lib/panel/suggestion-search';
import { byPerson } from '@/lib/panel/trusted';
import { usePanelStore } from '@/stores/panel';
import { SuggestionCard } from './SuggestionCard';
import type { Load } from './use-panel-data';

interface SuggestionsProps {
  load: Load;
  language: 'da' | 'en';
  query: string;
  filter: string;
  onRetry: () => void;
  onInsert: (suggestion: Suggestion, variantId: string) => void;
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
}: SuggestionsProps) {
  const { t } = useT('panel');
  const searchId = useId();
  const filterId = useId();
  const actions = usePanelStore.getState();
  const suggestions = load.state === 'ready' ? load.data.suggestions : [];
  const { topics, campaigns } = useMemo(() => filterChoices(suggestions), [suggestions]);
  const visible = useMemo(() => findSuggestions(suggestions, query, filter), [suggestions, query, filter]);

  if (load.state === 'loading') return <p className="muted">{t('loading')}</p>;
  if (load.state === 'error') {
    return (
      <div className="notice" role="alert">
        <p className="notice__title">{t('errorTitle')}</p>
        <p>{t('errorReason', { reason: load.reason })}</p>
        <button type="button" className="button" onClick={(event) => byPerson(event) && onRetry()}>
          {t('retry')}
        </button>
      </div>
    );
  }
  if (!load.data.features.panel) return <p className="notice">{t('killSwitch')}</p>;
  if (suggestions.length === 0) return <p className="muted">{t('empty')}</p>;

  return (
    <>
      <div className="filters">
        <label className="field" htmlFor={searchId}>
          {t('search')}
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
              {t('filter')}
            </label>
            <select
              id={filterId}
              className="input"
              value={filter}
              onChange={(event) => byPerson(event) && actions.setFilter(event.currentTarget.value)}
            >
              <option value="">{t('filterAll')}</option>
              {topics.length ? (
                <optgroup label={t('topics')}>
                  {topics.map((topic) => (
                    <option key={topic} value={`topic:${topic}`}>
                      {topic}
                    </option>
                  ))}
                </optgroup>
              ) : null}
              {campaigns.length ? (
                <optgroup label={t('campaigns')}>
                  {campaigns.map((campaign) => (
                    <option key={campaign} value={`campaign:${campaign}`}>
                      {campaign}
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </select>
          </>
        ) : null}
      </div>
      {visible.length === 0 ? (
        <p className="muted">{t('noMatches')}</p>
      ) : (
        <ul className="list" aria-label={t('listLabel')}>
          {visible.map((suggestion) => (
            <li key={suggestion.id}>
              <SuggestionCard
                suggestion={suggestion}
                language={language}
                onInsert={onInsert}
                featuredBy={suggestion.featured ? (load.data.organization?.name ?? '') : null}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
});
