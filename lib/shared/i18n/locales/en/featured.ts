/**
 * English strings of featured posts in the popup and on the panel's cards (lib/shared/feed/featured.ts).
 * Informational wording only: no urging, no targets.
 */
export const featured = {
  heading: 'Featured by {{organization}}',
  headingPlain: 'Featured',
  label: 'Featured by {{organization}}',
  labelPlain: 'Featured',
};
