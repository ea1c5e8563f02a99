/**
 * Following an element of LinkedIn's page (lib/injected/follow-element.ts), shared by the panel
 * beside the composer and the comment helper beside a comment box: placed at once, again after a
 * scroll or resize (once per frame) and on a light poll; and once the following ends, nothing of
 * it is left running — no listener, no timer, no frame (P8; listeners kept per opening were the
 * workday leak, P11). Also the comment helper's own end: the person left the comment box.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followCommentBox } from '@/lib/injected/follow-comment-box';
import { FOLLOW_POLL_MS, followElement } from '@/lib/injected/follow-element';
import type { CommentBox } from '@/lib/shared/linkedin/selectors';

const FRAME_MS = 16;

function fakeTime() {
  vi.useFakeTimers({
    toFake: [
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'requestAnimationFrame',
      'cancelAnimationFrame',
    ],
  });
}

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('following an element', () => {
  it('places at once, once per frame after scrolls and resizes, and on the poll', async () => {
    fakeTime();
    const place = vi.fn();
    const following = new AbortController();
    followElement(following.signal, place);
    expect(place).toHaveBeenCalledTimes(1);

    window.dispatchEvent(new Event('scroll'));
    document.body.dispatchEvent(new Event('scroll')); // an inner pane's scroll (captured)
    window.dispatchEvent(new Event('resize'));
    await vi.advanceTimersByTimeAsync(FRAME_MS);
    expect(place).toHaveBeenCalledTimes(2); // three moves, one frame

    await vi.advanceTimersByTimeAsync(FOLLOW_POLL_MS * 3);
    expect(place).toHaveBeenCalledTimes(5); // the feed moves without either
    following.abort();
  });

  it('ends with its signal: no listener, no poll, no pending frame is left', async () => {
    fakeTime();
    const place = vi.fn();
    const following = new AbortController();
    followElement(following.signal, place);
    expect(vi.getTimerCount()).toBe(1); // the poll
    window.dispatchEvent(new Event('scroll'));
    expect(vi.getTimerCount()).toBe(2); // and a frame asked for

    following.abort();
    expect(vi.getTimerCount()).toBe(0);
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('resize'));
    expect(vi.getTimerCount()).toBe(0); // the listeners went with the signal
    await vi.advanceTimersByTimeAsync(FOLLOW_POLL_MS * 5);
    expect(place).toHaveBeenCalledTimes(1); // only the first placing, before the end
  });

  it('ends from inside a placing, and starts nothing on a signal that already ended', async () => {
    fakeTime();
    const following = new AbortController();
    let placed = 0;
    followElement(following.signal, () => {
      placed += 1;
      if (placed === 2) following.abort(); // the followed element went
    });
    await vi.advanceTimersByTimeAsync(FOLLOW_POLL_MS + FRAME_MS);
    expect(placed).toBe(2);
    expect(vi.getTimerCount()).toBe(0);
    window.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(FOLLOW_POLL_MS * 3);
    expect(placed).toBe(2);

    const added = vi.spyOn(window, 'addEventListener');
    const place = vi.fn();
    followElement(AbortSignal.abort(), place);
    expect(place).not.toHaveBeenCalled();
    expect(added).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the comment helper follows the comment box', () => {
  /** A post with a comment box, laid out as happy-dom cannot: fixed rects. */
  function commentBox(): CommentBox {
    const post = document.createElement('article');
    const box = document.createElement('div');
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.tabIndex = 0;
    box.append(editor);
    post.append(box);
    document.body.append(post);
    const rect = (top: number, left: number, width: number, height: number) =>
      ({ top, left, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;
    post.getBoundingClientRect = () => rect(100, 200, 550, 600);
    box.getBoundingClientRect = () => rect(500, 216, 518, 48);
    return { post, box, editor, layout: 'V3' };
  }

  it('sits beside the post while the person writes, and ends once, with nothing left, when the box goes', async () => {
    fakeTime();
    const comment = commentBox();
    const host = document.createElement('div');
    document.body.append(host);
    comment.editor.focus();
    const opening = new AbortController();
    const onEnd = vi.fn(() => opening.abort());
    followCommentBox(host, comment, opening.signal, onEnd);
    expect(host.style.display).toBe('block');
    expect(host.style.position).toBe('fixed');
    expect(Number.parseFloat(host.style.left)).toBeGreaterThanOrEqual(750); // right of the post
    expect(host.style.getPropertyValue('--w')).toMatch(/px$/);
    expect(onEnd).not.toHaveBeenCalled();

    comment.box.remove(); // LinkedIn took the comment box away
    await vi.advanceTimersByTimeAsync(FOLLOW_POLL_MS + FRAME_MS);
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
    window.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(FOLLOW_POLL_MS * 3);
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ends when the person leaves an empty comment box, and stays while words are in it', async () => {
    fakeTime();
    const comment = commentBox();
    const host = document.createElement('div');
    document.body.append(host);
    const elsewhere = Object.assign(document.createElement('button'), { textContent: 'Like' });
    document.body.append(elsewhere);
    comment.editor.textContent = 'Half a thought';
    elsewhere.focus();
    const opening = new AbortController();
    const onEnd = vi.fn(() => opening.abort());
    followCommentBox(host, comment, opening.signal, onEnd);
    await vi.advanceTimersByTimeAsync(FOLLOW_POLL_MS * 2);
    expect(onEnd).not.toHaveBeenCalled(); // words in it: still theirs, though focus is elsewhere

    comment.editor.textContent = '\u00a0'; // LinkedIn emptied it after sending
    await vi.advanceTimersByTimeAsync(FOLLOW_POLL_MS + FRAME_MS);
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
