/** English strings of the common namespace. */
export const common = {
  appName: 'Advocacy for LinkedIn',
  openOptions: 'Open settings',
  loading: 'Loading…',
  shares_one: '{{count}} share',
  shares_other: '{{count}} shares',
  siteAccess: {
    off: 'LinkedIn access is off',
    detail:
      'The extension may no longer use www.linkedin.com, so it cannot show suggestions or reminders there or count your shares. Allow it again to use them.',
    allow: 'Allow LinkedIn access',
    denied: "Access was not allowed. You can also turn it on in your browser's settings for this extension.",
  },
};
