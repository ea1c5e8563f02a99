import { useT } from '@/components/I18nProvider';
import { featuredOnly } from '@/lib/shared/feed/featured';
import type { FeedOverview } from '@/lib/shared/feed/types';
import type { Loadable } from '@/stores/popup';
import { ExternalLink } from './ExternalLink';
import './this-page.css';

const MAX_FEATURED = 3;

/**
 * The posts the communications team features, first among the feed's news in the popup, as long
 * as they are current (the background drops expired items before they reach the popup).
 */
export function FeaturedPosts({ overview }: { overview: Loadable<FeedOverview> }) {
  const { t } = useT('featured');
  if (overview.state !== 'ready') return null;
  const featured = featuredOnly(overview.data.items);
  if (!featured.length) return null;
  const organization = overview.data.organization?.name;
  return (
    <section aria-labelledby="pp-featured" className="pp-section pp-featured">
      <h2 id="pp-featured">{organization ? t('heading', { organization }) : t('headingPlain')}</h2>
      <ul>
        {featured.slice(0, MAX_FEATURED).map((item) => (
          <li key={item.id}>
            <ExternalLink url={item.url} orText>
              {item.title}
            </ExternalLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
