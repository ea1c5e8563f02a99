/**
 * Read-and-watch for one stored setting, written once: the React hook (`useStorageItem`) and
 * the options store both follow their items through it. Kept in its own file, free of zod and
 * React, so a bundle that imports it pays a few lines.
 */
import type { StoredItem } from './stored';

/** What can be followed: a stored item, or a plain WXT storage item of the same shape. */
export type FollowableItem<T> = Pick<StoredItem<T>, 'getValue' | 'watch'>;

/**
 * Reads `item` once and then follows it: `onValue` gets the first read (`changed` false) and
 * every change after (`changed` true). A change seen before the first read answered wins over
 * that slower read, and nothing arrives after the returned stop. A failed first read (storage
 * unavailable while the extension reloads) is left alone: the last value stays on screen.
 */
export function followItem<T>(item: FollowableItem<T>, onValue: (value: T, changed: boolean) => void): () => void {
  let live = true;
  let changed = false;
  const unwatch = item.watch((next) => {
    changed = true;
    if (live) onValue(next, true);
  });
  void item.getValue().then(
    (first) => {
      if (live && !changed) onValue(first, false);
    },
    () => {},
  );
  return () => {
    live = false;
    unwatch();
  };
}
