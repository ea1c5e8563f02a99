import { useEffect, useState } from 'react';
import { followItem, type FollowableItem } from '@/lib/shared/settings/follow';

/**
 * The live value of a stored setting: read once, then followed with `.watch()` (through
 * `followItem`, the one copy of read-and-watch). Null until the first read arrives. The value
 * has gone through the item's reader, so an older or wrong-shaped stored value arrives as the
 * typed shape with defaults. A change seen by the watcher is never overwritten by a slower
 * first read.
 */
export function useStorageItem<T>(item: FollowableItem<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => followItem(item, (next) => setValue(() => next)), [item]);
  return value;
}
