/**
 * Reads one storage item and follows its changes. Deliberately thin and local to the panel:
 * the shared `useStorageItem` hook (with versions and migrations) comes with the settings work
 * of issue 15.6, and this one is meant to be replaced by it when both land.
 */
import { useEffect, useState } from 'react';

interface WatchableItem<T> {
  getValue(): Promise<T>;
  watch(cb: (value: T, previous: T) => void): () => void;
}

/** The item's value, null until the first read; `watch` updates win over a late first read. */
export function useStorageValue<T>(item: WatchableItem<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let watched = false;
    void item.getValue().then((first) => {
      if (!watched) setValue(first);
    });
    const unwatch = item.watch((next) => {
      watched = true;
      setValue(next);
    });
    return unwatch;
  }, [item]);
  return value;
}
