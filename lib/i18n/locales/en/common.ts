/** English strings of the common namespace. */
export const common = {
  appName: 'Advocacy for LinkedIn',
  openOptions: 'Open settings',
  loading: 'Loading…',
};
