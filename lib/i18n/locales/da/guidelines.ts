/** Danish strings of the guidelines namespace (same keys as en/guidelines.ts, checked by type). */
import type { Messages } from '../../index';

export const guidelines: Messages['guidelines'] = {
  title: 'Retningslinjer',
};
