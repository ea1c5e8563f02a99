/** Danish strings of the popup namespace (same keys as en/popup.ts, checked by type). */
import type { Messages } from '../../index';

export const popup: Messages['popup'] = {
  title: 'Min deling',
};
