import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { preferencesItem } from '@/lib/shared/settings';
import { followItem, type FollowableItem } from '@/lib/shared/settings/follow';

/** An item whose first read answers only when the test says so (a slow storage read). */
function slowItem<T>(stored: T) {
  let answer: (value: T) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const watchers = new Set<(next: T, previous: T) => void>();
  const item: FollowableItem<T> = {
    getValue: () =>
      new Promise<T>((resolve, reject) => {
        answer = resolve;
        fail = reject;
      }),
    watch: (cb) => {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
  };
  return {
    item,
    answerRead: () => answer(stored),
    failRead: () => fail(new Error('storage unavailable')),
    change: (next: T) => watchers.forEach((cb) => cb(next, stored)),
    watching: () => watchers.size,
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('followItem (the one read-and-watch)', () => {
  it('delivers the first read, then every change, each through the item reader', async () => {
    await fakeBrowser.storage.local.set({ preferences: { audiences: ['pilot'] } });
    const seen: [string[], boolean][] = [];
    const stop = followItem(preferencesItem, (value, changed) => seen.push([value.audiences, changed]));
    await flush();
    await fakeBrowser.storage.local.set({ preferences: 'broken' });
    await flush();
    stop();
    expect(seen).toEqual([
      [['pilot'], false],
      [[], true],
    ]);
  });

  it('a change seen before the slow first read answered is not overwritten by that read', async () => {
    const slow = slowItem('old');
    const seen: string[] = [];
    followItem(slow.item, (value) => seen.push(value));
    slow.change('new');
    slow.answerRead();
    await flush();
    expect(seen).toEqual(['new']);
  });

  it('nothing arrives after stop, and the watch is removed', async () => {
    const slow = slowItem('old');
    const seen: string[] = [];
    const stop = followItem(slow.item, (value) => seen.push(value));
    expect(slow.watching()).toBe(1);
    stop();
    slow.answerRead();
    slow.change('new');
    await flush();
    expect(seen).toEqual([]);
    expect(slow.watching()).toBe(0);
  });

  it('a failed first read leaves the value alone and still follows changes', async () => {
    const slow = slowItem('old');
    const seen: string[] = [];
    followItem(slow.item, (value) => seen.push(value));
    slow.failRead();
    await flush();
    expect(seen).toEqual([]);
    slow.change('new');
    expect(seen).toEqual(['new']);
  });
});
