/**
 * A page with thousands of role=dialog nodes (hover cards, pickers, or a page that wants to slow
 * us down, issue 14) costs the composer search no more than a page with none: the fallback is
 * searched from the few editors outward, not by checking every dialog for an editor.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findComposer } from '@/lib/shared/linkedin/selectors';
import { observePageChanges } from '../helpers/page-observer';

function addDialogs(count: number): void {
  const holder = document.createElement('div');
  for (let i = 0; i < count; i += 1) {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-label', `Profile card ${i}`);
    dialog.append(Object.assign(document.createElement('button'), { textContent: 'Follow' }));
    holder.append(dialog);
  }
  document.body.append(holder);
}

/** An unknown layout's composer: a plain role=dialog with a generic textbox editor. */
function addUnknownComposer(): Element {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  const editor = document.createElement('div');
  editor.setAttribute('contenteditable', 'true');
  editor.setAttribute('role', 'textbox');
  editor.setAttribute('aria-label', 'Text editor for creating content');
  dialog.append(editor);
  document.body.append(dialog);
  return dialog;
}

describe('the composer search on a page full of dialogs', () => {
  let styles: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    document.body.replaceChildren();
    styles = vi.spyOn(window, 'getComputedStyle');
  });
  afterEach(() => {
    styles.mockRestore();
  });

  it('looks at a bounded number of elements, however many dialogs there are', () => {
    addDialogs(2000);
    styles.mockClear();
    expect(findComposer()).toBeNull();
    const withMany = styles.mock.calls.length;
    document.body.replaceChildren();
    addDialogs(10);
    styles.mockClear();
    findComposer();
    expect(withMany).toBeLessThanOrEqual(Math.max(styles.mock.calls.length, 5));
  });

  it('still finds a composer that only the fallback knows, among 2000 dialogs', () => {
    addDialogs(1000);
    const composer = addUnknownComposer();
    addDialogs(1000);
    styles.mockClear();
    expect(findComposer()).toBe(composer);
    expect(styles.mock.calls.length).toBeLessThan(20);
  });

  it('ignores a messaging box in a dialog (not a post editor)', () => {
    addDialogs(100);
    const messaging = addUnknownComposer();
    messaging.querySelector('[role=textbox]')!.setAttribute('aria-label', 'Write a message…');
    expect(findComposer()).toBeNull();
  });
});

describe('the page observer on a page that keeps adding hidden dialogs', () => {
  const { calls } = observePageChanges();

  const hovercard = () => {
    const item = document.createElement('div');
    const card = document.createElement('div');
    card.setAttribute('role', 'dialog');
    card.style.display = 'none';
    item.append(card);
    return item;
  };

  it('does not report hidden dialogs as a reason to search, but does report a visible one', async () => {
    for (let i = 0; i < 30; i += 1) document.body.append(hovercard());
    await vi.advanceTimersByTimeAsync(300);
    expect(calls).toEqual([{ dialogAdded: false }]);
    addUnknownComposer();
    await vi.advanceTimersByTimeAsync(300);
    expect(calls.at(-1)).toEqual({ dialogAdded: true });
  });

  it('a flood of dialog-like nodes in one window is searched rather than looked at one by one', async () => {
    for (let i = 0; i < 200; i += 1) document.body.append(hovercard());
    await vi.advanceTimersByTimeAsync(300);
    expect(calls).toEqual([{ dialogAdded: true }]);
  });
});
