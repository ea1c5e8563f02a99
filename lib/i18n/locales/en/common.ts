/** English strings of the common namespace. */
export const common = {
  appName: 'Advocacy for LinkedIn',
  openOptions: 'Open settings',
  loading: 'Loading…',
  shares_one: '{{count}} share',
  shares_other: '{{count}} shares',
};
