import { useT } from '@/components/I18nProvider';
import type { FeedOverview, Localized } from '@/lib/shared/feed/types';
import type { Language } from '@/lib/shared/i18n';
import { newSince } from '@/lib/shared/stats/last-opened';
import type { Loadable } from '@/stores/popup';
import { ExternalLink } from './ExternalLink';
import { formatDay } from './format';

function pick(text: Localized, language: Language): string {
  return text[language] ?? text.en ?? text.da ?? '';
}

const MAX_HIGHLIGHTS = 3;
const MAX_NEW = 5;

/**
 * From the company feed: its highlights (success stories and what did not work, as the
 * white paper asks) and the suggestions published since the person last opened the popup.
 */
export function FeedNews({
  overview,
  previousOpenedAt,
}: {
  overview: Loadable<FeedOverview>;
  previousOpenedAt: string | null | undefined;
}) {
  const { t, language } = useT('popup');
  if (overview.state === 'loading') return null;
  if (overview.state === 'error') {
    return (
      <section aria-labelledby="pp-news" className="pp-section">
        <h2 id="pp-news">{t('feed.highlights')}</h2>
        <p className="pp-muted">{t('feed.unavailable')}</p>
      </section>
    );
  }
  const { organization, highlights, items } = overview.data;
  const fresh = newSince(items, previousOpenedAt ?? null);
  if (!highlights.length && !fresh.length) return null;
  return (
    <section aria-labelledby="pp-news" className="pp-section">
      <h2 id="pp-news">
        {organization ? t('feed.highlightsFrom', { organization: organization.name }) : t('feed.highlights')}
      </h2>
      {fresh.length ? (
        <div className="pp-new">
          <h3>
            {t('feed.newSince')} <span className="pp-badge">{t('feed.newCount', { count: fresh.length })}</span>
          </h3>
          <ul>
            {fresh.slice(0, MAX_NEW).map((item) => (
              <li key={item.id}>
                <ExternalLink url={item.url} orText>
                  {item.title}
                </ExternalLink>
                {item.datePublished ? (
                  <span className="pp-muted"> · {formatDay(item.datePublished, language)}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {highlights.length ? (
        <ul className="pp-highlights">
          {highlights.slice(0, MAX_HIGHLIGHTS).map((highlight) => (
            <li key={highlight.id} className={`pp-highlight pp-highlight-${highlight.kind}`}>
              <span className="pp-kind">{highlight.kind === 'success' ? t('feed.success') : t('feed.lesson')}</span>
              <strong>{pick(highlight.title, language)}</strong>
              <span>{pick(highlight.text, language)}</span>
              <ExternalLink url={highlight.url}>{t('feed.readMore')}</ExternalLink>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
