/**
 * The page observer's test set-up, the same for every file that watches it (fake timers, frames
 * included, so a test advances the coalescing window itself).
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { onPageChange, type PageChange } from '@/lib/watcher/observe';

/**
 * Call inside a describe: before each test an empty body and one `onPageChange` listener whose
 * calls land in `calls` (emptied before each test); after it, the listener leaves and the timers
 * are real again. `stop()` makes the listener leave during a test.
 */
export function observePageChanges(): { calls: PageChange[]; stop: () => void } {
  const calls: PageChange[] = [];
  let controller = new AbortController();
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame'],
    });
    document.body.replaceChildren();
    calls.length = 0;
    controller = new AbortController();
    onPageChange((change) => calls.push(change), controller.signal);
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });
  return { calls, stop: () => controller.abort() };
}
