/**
 * Injecting the comment helper (issue 28) into one LinkedIn tab, only when the comment help is
 * on (lib/worker/feed/comment-data.ts: the person's switch with the reminder consent, and the
 * organization's policy). Like the panel: never in the manifest, asked of the tab first so a
 * second request never mounts a second helper.
 */
import { commentData } from './feed/comment-data';
import { COMMENT_HELPER_MOUNTED_KEY } from '../shared/linkedin/bridge';
import { injectOnce } from './panel-injection';

export type CommentInjection = 'injected' | 'already-open' | 'no-consent';

export async function openCommentHelper(tabId: number): Promise<CommentInjection> {
  if (!(await commentData(true)).help.on) return 'no-consent';
  // The helper's script answers nothing, so the shared injection reports 'injected' or 'already-open'.
  const outcome = await injectOnce(tabId, '/content-scripts/comment-helper.js', COMMENT_HELPER_MOUNTED_KEY);
  return outcome === 'already-open' ? outcome : 'injected';
}
