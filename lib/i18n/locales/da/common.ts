/** Danish strings of the common namespace (same keys as en/common.ts, checked by type). */
import type { Messages } from '../../messages';

export const common: Messages['common'] = {
  appName: 'Advocacy til LinkedIn',
  openOptions: 'Åbn indstillinger',
  loading: 'Indlæser…',
  shares_one: '{{count}} deling',
  shares_other: '{{count}} delinger',
};
