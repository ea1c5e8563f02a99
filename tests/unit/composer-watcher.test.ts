/**
 * The watcher's cost model (quality P5): a LinkedIn feed that changes by itself is not
 * observed at all; the person's own click arms the observer for ARMED_MS, and an open
 * composer keeps it armed. Uses the composer markup of the LinkedIn model page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { composerSession } from '@/lib/linkedin/bridge';
import { ARMED_MS, composerWatcher, STABLE_MS } from '@/lib/linkedin/features/composer-watcher';
import { consentItem, POLICY_VERSION } from '@/lib/settings';
import { loadModelPage as loadPage, openComposer } from '../fixtures/model-page';

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

  it('after the person clicks "Start a post", finds the composer once it is stable', async () => {
    document.getElementById('start-post')!.click();
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
    text.click();
    document.body.click();
    await vi.advanceTimersByTimeAsync(500);
    expect(observe).not.toHaveBeenCalled();
    const like = document.createElement('button');
    like.textContent = 'Like';
    document.body.append(like);
    like.click();
    expect(observe).toHaveBeenCalledWith(document.body, { childList: true, subtree: true });
  });

  it('lets go of the page ARMED_MS after a click, but not while a composer is open', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const button = document.createElement('button');
    document.body.append(button);
    button.click();
    await vi.advanceTimersByTimeAsync(ARMED_MS + 500);
    expect(disconnect).toHaveBeenCalledTimes(1);

    button.click();
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

  it('stops listening for clicks when the person withdraws consent', async () => {
    const no = { granted: false, at: '2026-11-27T09:00:00.000Z', policyVersion: POLICY_VERSION };
    await consentItem.setValue({ panel: no, reminders: no, recordShares: no });
    await vi.advanceTimersByTimeAsync(10);
    document.getElementById('start-post')!.click();
    openV3Composer();
    await vi.advanceTimersByTimeAsync(2000);
    expect(observe).not.toHaveBeenCalled();
    expect(opened).toBe(0);
  });
});
