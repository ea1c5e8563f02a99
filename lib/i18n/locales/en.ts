/**
 * English UI strings: the reference for every other language (lib/i18n/locales/da.ts must
 * have exactly the same keys, enforced by its type and by tests/unit/i18n.test.ts).
 * Plurals use i18next's suffixes (_one, _other) which map to Intl.PluralRules.
 * One namespace per surface so features can grow without touching each other.
 */
export const en = {
  common: {
    appName: 'Advocacy for LinkedIn',
    openOptions: 'Open settings',
    loading: 'Loading…',
  },
  popup: {
    title: 'My sharing',
  },
  options: {
    title: 'Settings',
  },
  panel: {
    title: 'Suggested posts',
    collapse: 'Hide suggestions',
    expand: 'Show suggestions',
  },
  guidelines: {},
};
