/** Danish strings of the reach namespace (same keys as en/reach.ts, checked by type). */
import type { Messages } from '../../messages';

export const reach: Messages['reach'] = {
  thisPage: {
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
  },
  featured: {
    heading: 'Fremhævet af {{organization}}',
    headingPlain: 'Fremhævet',
    label: 'Fremhævet af {{organization}}',
    labelPlain: 'Fremhævet',
  },
  badge: {
    label: 'Antal nye forslag på ikonet i værktøjslinjen',
    hint: 'Et lille gråt tal for forslag, der er nye, siden du sidst kiggede. Ingen notifikationer og ingen lyde; tallet forsvinder, når du åbner pop op-vinduet eller panelet.',
  },
};
