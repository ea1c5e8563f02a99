/**
 * The watcher's cost model (quality P5): a LinkedIn feed that changes by itself is not
 * observed at all; the person's own click arms the observer for ARMED_MS, and an open
 * composer keeps it armed. Uses the composer markup of the LinkedIn model page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { composerSession } from '@/lib/shared/linkedin/bridge';
import { ARMED_MS, composerWatcher, STABLE_MS } from '@/lib/watcher/features/composer-watcher';
import { consentItem, POLICY_VERSION } from '@/lib/shared/settings';
import { addVideoPosts, loadModelPage as loadPage, openComposer } from '../fixtures/model-page';
import { personClick } from '../fixtures/person-events';
import { findComposer, mayHoldComposer } from '@/lib/shared/linkedin/selectors';

function openV3Composer(): HTMLDialogElement {
  return openComposer('v3') as HTMLDialogElement;
}

function churn(posts: number): void {
  const feed = document.querySelector('[data-testid="mainFeed"]') ?? document.body;
  for (let i = 0; i < posts; i += 1) {
    const item = document.createElement('div');
    item.setAttribute('role', 'listitem');
    item.textContent = `Post ${i}`;
    feed.append(item);
  }
}

describe('the composer watcher', () => {
  let controller: AbortController;
  let observe: ReturnType<typeof vi.spyOn>;
  let opened: number;

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    loadPage();
    const yes = { granted: true, at: '2026-11-27T08:00:00.000Z', policyVersion: POLICY_VERSION };
    await consentItem.setValue({ panel: yes, reminders: yes, recordShares: yes });
    observe = vi.spyOn(MutationObserver.prototype, 'observe');
    opened = 0;
    controller = new AbortController();
    const unsubscribe = composerSession().subscribe((now, before) => {
      if (now.stable && !before.stable) opened += 1;
    });
    controller.signal.addEventListener('abort', unsubscribe);
    await composerWatcher.init(controller.signal);
  });

  afterEach(() => {
    controller.abort();
    composerSession().getState().closed();
    observe.mockRestore();
    vi.useRealTimers();
  });

  it('does not observe a feed that changes by itself', async () => {
    churn(30);
    await vi.advanceTimersByTimeAsync(2000);
    churn(30);
    await vi.advanceTimersByTimeAsync(2000);
    expect(observe).not.toHaveBeenCalled();
  });

  it('does not search the page for a composer because of video posts, even while armed (video.js decoys)', async () => {
    // A click arms the observer; then the feed fills with video posts: Ember 2025's video.js
    // error display (role=dialog, aria-hidden="false") and SDUI's hidden ones. A deep search
    // walks the document for shadow roots (document.createTreeWalker): none may happen.
    const like = document.createElement('button');
    like.setAttribute('aria-label', 'Like');
    document.querySelector('main')!.append(like);
    personClick(like);
    expect(observe).toHaveBeenCalledWith(document.body, { childList: true, subtree: true });
    const walks = vi.spyOn(document, 'createTreeWalker');
    for (let round = 0; round < 10; round += 1) {
      addVideoPosts(5);
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(document.querySelectorAll('[role=dialog][aria-hidden="false"].vjs-modal-dialog').length).toBe(50);
    expect(walks).not.toHaveBeenCalled();
    expect(opened).toBe(0);
    walks.mockRestore();
    // …and the player's dialog is no composer, nor a reason for the cheap pre-check.
    document.querySelector('[aria-label="Messaging"]')!.remove();
    expect(mayHoldComposer()).toBe(false);
    expect(findComposer()).toBeNull();
  });

  it('after the person clicks "Start a post", finds the composer once it is stable', async () => {
    personClick(document.getElementById('start-post')!);
    expect(observe).toHaveBeenCalledWith(document.body, { childList: true, subtree: true });
    openV3Composer();
    await vi.advanceTimersByTimeAsync(STABLE_MS / 2);
    expect(opened).toBe(0); // not stable yet (V3 swaps a placeholder for the real dialog)
    await vi.advanceTimersByTimeAsync(STABLE_MS + 400);
    expect(opened).toBe(1);
    expect(composerSession().getState().stable).toBe(true);
  });

  it('is not woken by a click on text or empty space, only by a control', async () => {
    const text = document.createElement('p');
    text.textContent = 'Some post text the person selects';
    document.querySelector('main')!.append(text);
    personClick(text);
    personClick(document.body);
    await vi.advanceTimersByTimeAsync(500);
    expect(observe).not.toHaveBeenCalled();
    const like = document.createElement('button');
    like.textContent = 'Like';
    document.body.append(like);
    personClick(like);
    expect(observe).toHaveBeenCalledWith(document.body, { childList: true, subtree: true });
  });

  it('keeps nothing on its own signal per composer opening (a workday in one tab, P11)', async () => {
    const added = vi.spyOn(controller.signal, 'addEventListener');
    const removed = vi.spyOn(controller.signal, 'removeEventListener');
    const held = () =>
      added.mock.calls.filter(([type]) => type === 'abort').length -
      removed.mock.calls.filter(([type]) => type === 'abort').length;
    const openAndClose = async () => {
      personClick(document.getElementById('start-post')!);
      const dialog = openV3Composer();
      await vi.advanceTimersByTimeAsync(STABLE_MS * 3);
      dialog.remove();
      await vi.advanceTimersByTimeAsync(ARMED_MS + 6000); // past every timer an opening sets
    };
    await openAndClose();
    const afterOne = held();
    for (let i = 0; i < 5; i += 1) await openAndClose();
    expect(opened).toBe(6);
    expect(held()).toBe(afterOne);
  });

  it('lets go of the page ARMED_MS after a click, but not while a composer is open', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const button = document.createElement('button');
    document.body.append(button);
    personClick(button);
    await vi.advanceTimersByTimeAsync(ARMED_MS + 500);
    expect(disconnect).toHaveBeenCalledTimes(1);

    personClick(button);
    const dialog = openV3Composer();
    await vi.advanceTimersByTimeAsync(ARMED_MS * 2);
    expect(opened).toBe(1);
    expect(disconnect).toHaveBeenCalledTimes(1); // still watching the open composer
    dialog.remove();
    await vi.advanceTimersByTimeAsync(500);
    expect(composerSession().getState().open).toBe(false);
    expect(disconnect).toHaveBeenCalledTimes(2);
    disconnect.mockRestore();
  });

  it('ignores the page’s own synthetic clicks and key presses: no observer, no composer, no panel', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    document.getElementById('start-post')!.click(); // a page script's click: untrusted
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    window.dispatchEvent(new PopStateEvent('popstate'));
    openV3Composer();
    await vi.advanceTimersByTimeAsync(2000);
    expect(observe).not.toHaveBeenCalled();
    expect(opened).toBe(0);
    expect(send).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'panel:open' }));
  });

  it('stops listening for clicks when the person withdraws consent', async () => {
    const no = { granted: false, at: '2026-11-27T09:00:00.000Z', policyVersion: POLICY_VERSION };
    await consentItem.setValue({ panel: no, reminders: no, recordShares: no });
    await vi.advanceTimersByTimeAsync(10);
    personClick(document.getElementById('start-post')!);
    openV3Composer();
    await vi.advanceTimersByTimeAsync(2000);
    expect(observe).not.toHaveBeenCalled();
    expect(opened).toBe(0);
  });
});
