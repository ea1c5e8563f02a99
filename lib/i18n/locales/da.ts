/** Danish UI strings. Same keys as en.ts, checked by the type below and by tests. */
import type { Messages } from '../index';

export const da: Messages = {
  common: {
    appName: 'Advocacy til LinkedIn',
    openOptions: 'Åbn indstillinger',
    loading: 'Indlæser…',
  },
  popup: {
    title: 'Min deling',
  },
  options: {
    title: 'Indstillinger',
  },
  panel: {
    title: 'Forslag til opslag',
    collapse: 'Skjul forslag',
    expand: 'Vis forslag',
  },
  guidelines: {},
};
