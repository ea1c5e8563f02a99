/** English strings of the guidelines namespace. */
export const guidelines = {
  title: 'Guidelines',
};
