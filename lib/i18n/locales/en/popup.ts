/** English strings of the popup namespace. */
export const popup = {
  title: 'My sharing',
};
