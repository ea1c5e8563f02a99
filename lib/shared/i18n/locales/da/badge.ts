/**
 * Danish strings of the toolbar badge switch for new suggestions in the options page (lib/shared/badge);
 * the same keys as en/badge.ts, checked by type.
 */
import type { Messages } from '../../messages';

export const badge: Messages['badge'] = {
  label: 'Antal nye forslag på ikonet i værktøjslinjen',
  hint: 'Et lille gråt tal for forslag, der er nye, siden du sidst kiggede. Ingen notifikationer og ingen lyde; tallet forsvinder, når du åbner pop op-vinduet eller panelet.',
};
