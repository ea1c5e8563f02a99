import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useT } from '@/components/I18nProvider';
import { useStorageItem } from '@/components/use-storage-item';
import { pickText as pick, searchTalkingPoints, tipOfTheDay } from '@/lib/shared/feed/popup-equipment';
import type { FeedOverview, TalkingPoint } from '@/lib/shared/feed/types';
import type { Language } from '@/lib/shared/i18n';
import { preferencesItem } from '@/lib/shared/settings';
import type { Loadable } from '@/stores/popup';
import { ExternalLink } from './ExternalLink';
import { safeHref } from './format';

/** What Copy puts on the clipboard: the answer, and its link on a line of its own. */
export function answerText(point: TalkingPoint, language: Language): string {
  const answer = pick(point.answer, language);
  const href = safeHref(point.url);
  return href ? `${answer}\n${href}` : answer;
}

type Outcome = { id: string; kind: 'copied' | 'manual'; text: string };

async function copy(text: string): Promise<'copied' | 'manual'> {
  try {
    if (!navigator.clipboard) return 'manual';
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'manual';
  }
}

/**
 * "Talking points" (issue 27): the feed's short answers to questions people may be asked, with a
 * search to prepare before a meeting or a reply, Copy for each (to the clipboard only: the person
 * puts it in their own words), and the tip of the day (none when reminders are set to "never").
 */
export function TalkingPoints({ overview }: { overview: Loadable<FeedOverview> }) {
  const { t, language } = useT('popup');
  const preferences = useStorageItem(preferencesItem);
  const searchId = useId();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const data = overview.state === 'ready' ? overview.data : null;
  const points = useMemo(
    () => (data?.talkingPoints ?? []).filter((point) => pick(point.question, language) && pick(point.answer, language)),
    [data, language],
  );
  const shown = useMemo(() => searchTalkingPoints(points, deferredQuery, language), [points, deferredQuery, language]);
  // Until the preferences are read, no tip: one that vanished a moment later ("never") would flicker.
  const tip = preferences ? tipOfTheDay(data?.tips ?? [], preferences.reminderFrequency) : null;
  if (!data || (points.length === 0 && !tip)) return null;
  const organization = data.organization?.name;

  return (
    <section aria-labelledby="pp-talking" className="pp-section pp-talking">
      <h2 id="pp-talking">{t('talking.heading')}</h2>
      {tip ? (
        <aside className="pp-tip" aria-labelledby="pp-tip-heading">
          <h3 id="pp-tip-heading">
            {t('talking.tip')}
            {tip.subject ? <span className="pp-kind"> · {t(`talking.tipSubject.${tip.subject}`)}</span> : null}
          </h3>
          <p>{pick(tip.text, language)}</p>
          <ExternalLink url={tip.url}>{t('talking.readMore')}</ExternalLink>
        </aside>
      ) : null}
      {points.length ? (
        <>
          <p className="pp-hint">
            {organization ? t('talking.intro', { organization }) : t('talking.introNoOrganization')}
          </p>
          <label htmlFor={searchId} className="pp-search-label">
            {t('talking.search')}
          </label>
          <input
            id={searchId}
            type="search"
            className="pp-search"
            value={query}
            aria-describedby={`${searchId}-hint ${searchId}-count`}
            onChange={(event) => setQuery(event.target.value)}
          />
          <p className="pp-hint" id={`${searchId}-hint`}>
            {t('talking.searchHint')}
          </p>
          <p className="pp-muted" id={`${searchId}-count`} role="status">
            {shown.length === 0 && deferredQuery.trim()
              ? t('talking.none', { query: deferredQuery.trim() })
              : t('talking.shown', { count: shown.length })}
          </p>
          <ul className="pp-points">
            {shown.map((point) => {
              const question = pick(point.question, language);
              return (
                <li key={point.id} className="pp-point">
                  <strong>{question}</strong>
                  <p>{pick(point.answer, language)}</p>
                  <div className="pp-actions">
                    <button
                      type="button"
                      className="pp-button pp-secondary"
                      aria-label={t('talking.copyLabel', { question })}
                      onClick={() => {
                        const text = answerText(point, language);
                        void copy(text).then((kind) => setOutcome({ id: point.id, kind, text }));
                      }}
                    >
                      {t('talking.copy')}
                    </button>
                    <ExternalLink url={point.url}>{t('talking.readMore')}</ExternalLink>
                  </div>
                  <div role="status" aria-live="polite">
                    {outcome?.id === point.id && outcome.kind === 'copied' ? (
                      <p className="pp-hint">{t('talking.copied')}</p>
                    ) : null}
                    {outcome?.id === point.id && outcome.kind === 'manual' ? (
                      <label className="pp-hint">
                        {t('talking.manual')}
                        <textarea
                          readOnly
                          className="pp-report-text"
                          value={outcome.text}
                          rows={4}
                          onFocus={(event) => event.currentTarget.select()}
                        />
                      </label>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
