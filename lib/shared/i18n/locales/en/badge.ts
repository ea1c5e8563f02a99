/**
 * English strings of the toolbar badge switch for new suggestions in the options page
 * (lib/shared/badge). Informational wording only: no urging, no targets.
 */
export const badge = {
  label: 'Number of new suggestions on the toolbar icon',
  hint: 'A small grey number for suggestions that are new since you last looked. No notifications and no sounds; it clears when you open the popup or the panel.',
};
