/**
 * The shared page observer (quality P5): changes are coalesced into one call per window, and each
 * call says whether a dialog arrived — so a feed that only grows is never searched for a composer.
 */
import { describe, expect, it, vi } from 'vitest';
import { observePageChanges } from '../helpers/page-observer';

function post(): HTMLElement {
  const item = document.createElement('div');
  item.setAttribute('role', 'listitem');
  const text = document.createElement('p');
  text.textContent = 'A colleague shares something';
  const like = document.createElement('button');
  like.setAttribute('aria-label', 'Like');
  item.append(text, like);
  return item;
}

describe('the page observer', () => {
  const { calls, stop } = observePageChanges();

  it('coalesces a burst of feed changes into one call that reports no dialog', async () => {
    for (let i = 0; i < 30; i += 1) document.body.append(post());
    await vi.advanceTimersByTimeAsync(300);
    expect(calls).toEqual([{ dialogAdded: false }]);
  });

  it('does not count the hidden video.js dialog every video post brings', async () => {
    const video = post();
    const decoy = document.createElement('div');
    decoy.setAttribute('role', 'dialog');
    decoy.setAttribute('aria-hidden', 'true');
    video.append(decoy);
    document.body.append(video);
    await vi.advanceTimersByTimeAsync(300);
    expect(calls).toEqual([{ dialogAdded: false }]);
  });

  it('does not count video.js’s error display either, which is NOT hidden from assistive technology (Ember 2025)', async () => {
    const video = post();
    const player = document.createElement('div');
    player.setAttribute('data-vjs-player', '');
    player.className = 'video-js vjs-error';
    const error = document.createElement('div');
    error.className = 'vjs-error-display vjs-modal-dialog';
    error.setAttribute('role', 'dialog');
    error.setAttribute('aria-hidden', 'false');
    error.setAttribute('aria-label', 'Modal window');
    player.append(error);
    video.append(player);
    document.body.append(video);
    await vi.advanceTimersByTimeAsync(300);
    expect(calls).toEqual([{ dialogAdded: false }]);
  });

  it('reports a dialog added anywhere in a new subtree, once', async () => {
    document.body.append(post());
    const outlet = document.createElement('div');
    const modal = document.createElement('div');
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    modal.append(dialog);
    outlet.append(modal);
    document.body.append(outlet);
    await vi.advanceTimersByTimeAsync(300);
    expect(calls).toEqual([{ dialogAdded: true }]);
    document.body.append(post());
    await vi.advanceTimersByTimeAsync(300);
    expect(calls.at(-1)).toEqual({ dialogAdded: false });
  });

  it('stops observing when the last listener leaves', async () => {
    stop();
    document.body.append(post());
    await vi.advanceTimersByTimeAsync(300);
    expect(calls).toEqual([]);
  });
});
