/** Danish strings of the panel namespace (same keys as en/panel.ts, checked by type). */
import type { Messages } from '../../index';

export const panel: Messages['panel'] = {
  title: 'Forslag til opslag',
  collapse: 'Skjul forslag',
  expand: 'Vis forslag',
};
