/**
 * Injecting the comment helper (issue 28) into one LinkedIn tab, only when the comment help is
 * on (lib/feed/comment-data.ts: the person's switch with the reminder consent, and the
 * organization's policy). Like the panel: never in the manifest, asked of the tab first so a
 * second request never mounts a second helper.
 */
import { browser } from 'wxt/browser';
import { commentData } from '../feed/comment-data';
import { COMMENT_HELPER_MOUNTED_KEY } from '../linkedin/bridge';

export type CommentInjection = 'injected' | 'already-open' | 'no-consent';

const inFlight = new Map<number, Promise<CommentInjection>>();

export async function openCommentHelper(tabId: number): Promise<CommentInjection> {
  if (!(await commentData(true)).help.on) return 'no-consent';
  const running = inFlight.get(tabId);
  if (running) return running;
  const injection = (async () => {
    try {
      const [probe] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        func: (key: string) => (globalThis as Record<symbol, unknown>)[Symbol.for(key)] === true,
        args: [COMMENT_HELPER_MOUNTED_KEY],
      });
      if (probe?.result === true) return 'already-open' as const;
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        files: ['/content-scripts/comment-helper.js'],
      });
      return 'injected' as const;
    } finally {
      inFlight.delete(tabId);
    }
  })();
  inFlight.set(tabId, injection);
  return injection;
}
