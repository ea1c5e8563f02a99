/** English strings of the options namespace. */
export const options = {
  title: 'Settings',
};
