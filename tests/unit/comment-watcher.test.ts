/**
 * Issue 28 in the always-on watcher: a comment box is recognised only from the person's own
 * trusted press or key in it, through the watcher's existing listeners (no new listener, no
 * observer while nobody writes), only with "Also help in comment boxes" and the reminder consent;
 * an unknown comment box fails closed with one health count. And the helper's placement keeps
 * off the comment box.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { composerSession, getBridge } from '@/lib/shared/linkedin/bridge';
import { composerWatcher } from '@/lib/watcher/features/composer-watcher';
import { placeCommentHelper } from '@/lib/injected/comment-placement';
import { commentHelpItem, consentItem, POLICY_VERSION } from '@/lib/shared/settings';
import { loadCommentThread } from '../fixtures/model-page';
import { personKey } from '../fixtures/person-events';

const yes = { granted: true, at: '2026-12-07T08:00:00.000Z', policyVersion: POLICY_VERSION };
const no = { granted: false, at: '2026-12-07T08:00:00.000Z', policyVersion: POLICY_VERSION };

function personPress(element: Element): void {
  const event = new PointerEvent('pointerdown', { bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

function sentTypes(send: MockInstance): string[] {
  return send.mock.calls.map((call: unknown[]) => (call[0] as { type?: string }).type ?? '');
}

describe('the watcher notices a comment box', () => {
  let controller: AbortController;
  let send: MockInstance;
  let observe: ReturnType<typeof vi.spyOn>;
  let listeners: MockInstance;

  async function start(reminders: boolean, comments: boolean) {
    await consentItem.setValue({ panel: no, reminders: reminders ? yes : no, recordShares: no });
    await commentHelpItem.setValue(comments ? yes : no);
    listeners = vi.spyOn(document, 'addEventListener');
    controller = new AbortController();
    await composerWatcher.init(controller.signal);
  }

  beforeEach(() => {
    getBridge().comment = null;
    send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, data: {} } as never);
    observe = vi.spyOn(MutationObserver.prototype, 'observe');
  });
  afterEach(() => {
    controller.abort();
    composerSession().getState().closed();
    send.mockRestore();
    observe.mockRestore();
    listeners.mockRestore();
  });

  it.each(['v1', 'v2', 'v3'] as const)(
    'on %s from the person’s press, without a new listener or an observer',
    async (layout) => {
      await start(true, true);
      // The same listeners as without comment help (click, keydown, pointerdown): none for comments.
      expect(listeners.mock.calls.map((call: unknown[]) => call[0]).sort()).toEqual([
        'click',
        'keydown',
        'pointerdown',
      ]);
      const { editor } = loadCommentThread({ layout });
      personPress(editor.querySelector('p')!);
      await Promise.resolve();
      expect(getBridge().comment?.editor).toBe(editor);
      expect(sentTypes(send)).toEqual(expect.arrayContaining(['comment:open', 'health:report']));
      expect(observe).not.toHaveBeenCalled();
      // Typing on in the same box asks for nothing more.
      send.mockClear();
      personKey(editor, 'a');
      expect(sentTypes(send)).not.toContain('comment:open');
    },
  );

  it("ignores the page's own (untrusted) focus, presses and keys", async () => {
    await start(true, true);
    const { editor } = loadCommentThread({ layout: 'v3' });
    editor.focus();
    editor.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    expect(getBridge().comment ?? null).toBeNull();
    expect(sentTypes(send)).not.toContain('comment:open');
  });

  it('does nothing with the switch off, or without the reminder consent', async () => {
    await start(true, false);
    const { editor } = loadCommentThread({ layout: 'v3' });
    personPress(editor);
    expect(sentTypes(send)).not.toContain('comment:open');
    controller.abort();
    listeners.mockRestore();
    await start(false, true);
    const again = loadCommentThread({ layout: 'v3' });
    personKey(again.editor, 'a');
    expect(sentTypes(send)).not.toContain('comment:open');
  });

  it('fails closed on an unknown comment box: no helper, one health count per page', async () => {
    await start(true, true);
    const { editor } = loadCommentThread({ layout: 'unknown' });
    personPress(editor);
    personKey(editor, 'a');
    expect(sentTypes(send)).not.toContain('comment:open');
    const reports = send.mock.calls
      .map((call: unknown[]) => call[0] as { type?: string; payload?: { event?: string } })
      .filter((message: { type?: string }) => message.type === 'health:report');
    expect(reports).toHaveLength(1);
    expect(JSON.stringify(reports[0])).toContain('comment-box-not-recognised');
  });
});

describe('the helper’s place (lib/injected/comment-placement.ts)', () => {
  const post = { top: 100, left: 240, right: 795, bottom: 600 };
  const box = { top: 500, left: 256, right: 779, bottom: 560 };
  const inside = (p: { top: number; left: number; width: number; maxHeight: number }, r: typeof box) =>
    p.left < r.right && r.left < p.left + p.width && p.top < r.bottom && r.top < p.top + p.maxHeight;

  it('sits beside the post, level with the comment box, never over it', () => {
    const placed = placeCommentHelper(post, box, { width: 1280, height: 900 });
    expect(placed.left).toBeGreaterThanOrEqual(post.right);
    expect(placed.top).toBe(box.top);
    expect(placed.width).toBeLessThanOrEqual(320);
    expect(inside(placed, box)).toBe(false);
  });

  it('goes left of the post when only the left has room, and docks away from the box in a narrow window', () => {
    const left = placeCommentHelper(
      { ...post, left: 500, right: 1000 },
      { ...box, left: 510, right: 990 },
      { width: 1040, height: 900 },
    );
    expect(left.left + left.width).toBeLessThanOrEqual(500);
    const narrow = placeCommentHelper(
      { top: 0, left: 0, right: 600, bottom: 900 },
      { top: 600, left: 8, right: 592, bottom: 660 },
      { width: 600, height: 900 },
    );
    expect(narrow.docked).toBe(true);
    expect(inside(narrow, { top: 600, left: 8, right: 592, bottom: 660 })).toBe(false);
  });
});
