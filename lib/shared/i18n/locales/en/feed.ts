/** English strings of the feed namespace. */
export const feed = {
  title: 'Feed',
};
