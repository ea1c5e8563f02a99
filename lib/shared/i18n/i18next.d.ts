import 'i18next';
import type { en } from './locales/en';
import type { studio } from '../../pages/i18n/locales/en/studio';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    // The Feed studio's namespace is typed here but loaded only by the studio (components/studio/i18n.ts).
    resources: typeof en & { studio: typeof studio };
  }
}
