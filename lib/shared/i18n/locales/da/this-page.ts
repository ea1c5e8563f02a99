/**
 * Danish strings of "This page" in the popup: share the page the person is on, or suggest it to
 * the communications team (lib/shared/this-page, lib/worker/this-page); the same keys as en/this-page.ts, checked by type.
 */
import type { Messages } from '../../messages';

export const thisPage: Messages['thisPage'] = {
  heading: 'Denne side',
  share: 'Del denne side på LinkedIn',
  shareHint: 'Åbner LinkedIns opslagsfelt med linket. Du skriver selv ordene og slår det op.',
  opened: 'LinkedIns opslagsfelt er åbnet i en ny fane.',
  notShareable: 'Denne side kan ikke deles herfra.',
  noPage: 'Åbn en webside for at dele eller foreslå den.',
  failed: 'LinkedIns opslagsfelt kunne ikke åbnes: {{reason}}',
  suggest: 'Foreslå denne side til {{name}}',
  suggestHint: 'Åbner en mailkladde i dit eget mailprogram. Intet sendes, medmindre du selv sender den.',
  mailSubject: 'Forslag til vores feed: {{title}}',
  mailBody: 'Hej\n\nDenne side kunne være værd at dele:\n\n{{title}}\n{{url}}\n',
};
