/**
 * Keeping the comment helper's host beside the comment box the person writes in (issue 28),
 * and knowing when that writing is over. While the helper is up: placed per animation frame on
 * scroll and resize and on a light poll (LinkedIn's feed moves without either; the shared
 * `followElement` of lib/injected/follow-element.ts). It ends — and nothing of it keeps
 * running (P8) — when the comment box leaves the page, when the person
 * leaves an empty comment box (also right after LinkedIn sent the comment and emptied it: the
 * sent comment is never read again), or when `signal` aborts.
 */
import type { CommentBox } from '@/lib/shared/linkedin/selectors';
import { placeCommentHelper } from './comment-placement';
import { followElement, pinHost } from './follow-element';

/** The comment box's draft as the person sees it (read only while they write in it). */
export function commentDraft(editor: HTMLElement): string {
  return (editor.innerText ?? editor.textContent ?? '').replace(/\u00a0/g, ' ').trim();
}

/** Whether the person is still at this comment: focus in the box or in our helper, or words in it. */
function stillWriting(comment: CommentBox, host: HTMLElement): boolean {
  if (!comment.editor.isConnected) return false;
  const active = document.activeElement;
  if (active === host || (active && comment.box.contains(active))) return true;
  return commentDraft(comment.editor) !== '';
}

export function followCommentBox(host: HTMLElement, comment: CommentBox, signal: AbortSignal, onEnd: () => void): void {
  let ended = false;
  followElement(signal, () => {
    if (!stillWriting(comment, host)) {
      if (ended) return;
      ended = true;
      return onEnd();
    }
    const box = comment.box.getBoundingClientRect();
    const post = (comment.post ?? comment.box).getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) {
      host.style.display = 'none';
      return;
    }
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    pinHost(host, placeCommentHelper(post, box, viewport), { zIndex: '2147482999', margin: '0' });
  });
}
