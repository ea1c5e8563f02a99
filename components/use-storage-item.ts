import { useEffect, useState } from 'react';
import type { StoredItem } from '@/lib/settings';

/**
 * The live value of a stored setting: read once, then followed with `.watch()` — the one copy
 * of read-and-watch for React surfaces. Null until the first read arrives. The value has gone
 * through the item's reader, so an older or wrong-shaped stored value arrives as the typed
 * shape with defaults. A change seen by the watcher is never overwritten by a slower first read.
 */
export function useStorageItem<T>(item: StoredItem<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    let changed = false;
    const unwatch = item.watch((next) => {
      changed = true;
      if (live) setValue(next);
    });
    void item.getValue().then(
      (first) => {
        if (live && !changed) setValue(first);
      },
      () => {
        // Storage unavailable (extension reloading): keep showing the last value.
      },
    );
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
