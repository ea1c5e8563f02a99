/**
 * Long lists shown a part at a time (P3, P10): rendering all 500 suggestion cards or studio rows
 * in one commit was one 580–715 ms task. A list shows a first screenful at once and more on
 * demand (a "Show more" button, scrolling to its end) or a slice at a time, each in a task of
 * its own. Pure: what to show is computed here; the React side keeps the count and asks for more.
 */

/** How a list grows: `first` rows at once, then `step` more at a time. */
export interface RevealSteps {
  first: number;
  step: number;
}

/**
 * How many of `total` rows to render: at least the first screenful and what was revealed, and
 * always far enough to include the row at index `mustShow` (the selected one), never more than
 * there are.
 */
export function shownCount(total: number, revealed: number, steps: RevealSteps, mustShow = -1): number {
  return Math.min(total, Math.max(steps.first, revealed, mustShow + 1));
}

/** The count after one more step (for "Show more", a scroll to the end, or the next slice). */
export function nextCount(total: number, shown: number, steps: RevealSteps): number {
  return Math.min(total, Math.max(shown, steps.first) + steps.step);
}

/** A way to run work when the page is idle; returns a cancel function. */
export type IdleScheduler = (work: () => void) => () => void;

/** requestIdleCallback where there is one (Chrome, Firefox), else a zero timeout. */
export const whenIdle: IdleScheduler = (work) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
};
