/**
 * Keeping the comment helper's host beside the comment box the person writes in (issue 28),
 * and knowing when that writing is over. While the helper is up: placed per animation frame on
 * scroll and resize and on a light poll (LinkedIn's feed moves without either). It ends — and
 * nothing of it keeps running (P8) — when the comment box leaves the page, when the person
 * leaves an empty comment box (also right after LinkedIn sent the comment and emptied it: the
 * sent comment is never read again), or when `signal` aborts.
 */
import type { CommentBox } from '@/lib/shared/linkedin/selectors';
import { placeCommentHelper } from './comment-placement';

const POLL_MS = 400;

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
  let frame = 0;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    onEnd();
  };
  const place = () => {
    frame = 0;
    if (signal.aborted) return;
    if (!stillWriting(comment, host)) return end();
    const box = comment.box.getBoundingClientRect();
    const post = (comment.post ?? comment.box).getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) {
      host.style.display = 'none';
      return;
    }
    const placement = placeCommentHelper(post, box, { width: window.innerWidth, height: window.innerHeight });
    Object.assign(host.style, {
      position: 'fixed',
      zIndex: '2147482999',
      display: 'block',
      top: `${placement.top}px`,
      left: `${placement.left}px`,
      right: 'auto',
      margin: '0',
    });
    host.style.setProperty('--w', `${placement.width}px`);
    host.style.setProperty('--mh', `${placement.maxHeight}px`);
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(place);
  };
  const options = { passive: true, capture: true, signal };
  window.addEventListener('resize', schedule, options);
  window.addEventListener('scroll', schedule, options);
  const timer = setInterval(schedule, POLL_MS);
  signal.addEventListener(
    'abort',
    () => {
      clearInterval(timer);
      if (frame) cancelAnimationFrame(frame);
    },
    { once: true },
  );
  place();
}
