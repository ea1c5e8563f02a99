/** Danish strings of the options namespace (same keys as en/options.ts, checked by type). */
import type { Messages } from '../../index';

export const options: Messages['options'] = {
  title: 'Indstillinger',
};
