/** Danish strings of the common namespace (same keys as en/common.ts, checked by type). */
import type { Messages } from '../../messages';

export const common: Messages['common'] = {
  appName: 'Advocacy til LinkedIn',
  openOptions: 'Åbn indstillinger',
  loading: 'Indlæser…',
  shares_one: '{{count}} deling',
  shares_other: '{{count}} delinger',
  siteAccess: {
    off: 'Adgang til LinkedIn er slået fra',
    detail:
      'Udvidelsen må ikke længere bruge www.linkedin.com, så den kan ikke vise forslag eller påmindelser dér eller tælle dine delinger. Giv adgang igen for at bruge dem.',
    allow: 'Giv adgang til LinkedIn',
    denied: 'Adgangen blev ikke givet. Du kan også slå den til i browserens indstillinger for denne udvidelse.',
  },
};
