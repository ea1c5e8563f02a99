/** English strings of the panel namespace. */
export const panel = {
  title: 'Suggested posts',
  collapse: 'Hide suggestions',
  expand: 'Show suggestions',
};
