/**
 * Recognising that the person started writing a comment (issue 28), in the watcher: from their
 * own trusted key or pointer press only (the watcher's existing capturing listeners; no new
 * listener, no observer — nothing looks at the feed while nobody writes). A recognised comment
 * box is put on the bridge for the comment helper (entrypoints/comment-helper.content) and the
 * worker is asked to inject it. An editable that calls itself a comment editor but matches none
 * of our selectors fails closed: no helper, one health count per page.
 */
import { send } from '../shared/messaging/send';
import { getBridge } from '../shared/linkedin/bridge';
import { commentBoxFor, looksLikeUnknownCommentBox } from '../shared/linkedin/selectors';
import { isPersonEvent } from './trusted-actions';

export interface CommentNotice {
  /** Called from the watcher's capturing keydown/pointerdown handler. */
  notice(event: Event): void;
}

export function commentNotice(enabled: () => boolean): CommentNotice {
  let reportedUnknown = false;
  return {
    notice(event) {
      if (!isPersonEvent(event) || !enabled()) return;
      const target = event.composedPath()[0];
      // Typing and pressing elsewhere (the feed, buttons, the composer) costs one closest() walk.
      if (!(target instanceof Element) || !target.closest('[contenteditable]')) return;
      const found = commentBoxFor(target);
      const bridge = getBridge();
      if (!found) {
        if (!reportedUnknown && looksLikeUnknownCommentBox(target)) {
          reportedUnknown = true;
          void send('health:report', { event: 'comment-box-not-recognised' });
        }
        return;
      }
      if (bridge.comment?.editor === found.editor) return;
      bridge.comment = { editor: found.editor, box: found.box, post: found.post, layout: found.layout };
      bridge.onComment?.();
      void send('health:report', { event: 'comment-box-found', detail: found.layout });
      void send('comment:open', {});
    },
  };
}
