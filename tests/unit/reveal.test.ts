import { describe, expect, it } from 'vitest';
import { nextCount, shownCount } from '@/lib/shared/lists/reveal';

const steps = { first: 5, step: 10 };

describe('long lists shown a part at a time', () => {
  it('shows the first screenful, never more than there are', () => {
    expect(shownCount(500, 0, steps)).toBe(5);
    expect(shownCount(3, 0, steps)).toBe(3);
    expect(shownCount(0, 0, steps)).toBe(0);
    expect(shownCount(500, 25, steps)).toBe(25);
    expect(shownCount(20, 25, steps)).toBe(20);
  });

  it('always reaches the row that must be seen (the selected one)', () => {
    expect(shownCount(500, 0, steps, 449)).toBe(450);
    expect(shownCount(500, 0, steps, 2)).toBe(5);
    expect(shownCount(10, 0, steps, 40)).toBe(10);
  });

  it('grows a step at a time up to the end, so every row is reachable', () => {
    const counts = [shownCount(23, 0, steps)];
    while (counts.at(-1)! < 23) counts.push(nextCount(23, counts.at(-1)!, steps));
    expect(counts).toEqual([5, 15, 23]);
    expect(nextCount(23, 23, steps)).toBe(23);
    expect(nextCount(500, 0, steps)).toBe(15);
  });
});
