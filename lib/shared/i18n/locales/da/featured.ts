/**
 * Danish strings of featured posts in the popup and on the panel's cards (lib/shared/feed/featured.ts);
 * the same keys as en/featured.ts, checked by type.
 */
import type { Messages } from '../../messages';

export const featured: Messages['featured'] = {
  heading: 'Fremhævet af {{organization}}',
  headingPlain: 'Fremhævet',
  label: 'Fremhævet af {{organization}}',
  labelPlain: 'Fremhævet',
};
