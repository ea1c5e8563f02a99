/**
 * "Start a post" launchers as they are on real LinkedIn pages (the sharebox-* templates of the
 * model page, modeled on shared/real-world/linkedin/ and shared/linkedin/raw/): recognised by
 * label, by structure and by role — not only by a class or by English words — and a click on
 * one has the watcher ask for the panel right away, before LinkedIn's composer is built.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { composerSession } from '@/lib/shared/linkedin/bridge';
import { composerWatcher } from '@/lib/watcher/features/composer-watcher';
import { launcherFor } from '@/lib/shared/linkedin/selectors';
import { consentItem, POLICY_VERSION } from '@/lib/shared/settings';
import { loadModelPage, SHAREBOXES, type Sharebox } from '../fixtures/model-page';
import { personClick } from '../fixtures/person-events';

/** The innermost element of a launcher: where a person's click lands. */
function innermost(element: Element): Element {
  let node = element;
  while (node.firstElementChild) node = node.firstElementChild;
  return node;
}

describe('"Start a post" launchers on real layouts', () => {
  it.each(SHAREBOXES)('recognises the %s launcher from a click anywhere inside it', (sharebox) => {
    loadModelPage({ sharebox });
    const launcher = document.getElementById('start-post')!;
    expect(launcherFor(innermost(launcher))).not.toBeNull();
    expect(launcherFor(launcher)).not.toBeNull();
  });

  it('recognises the 2025 Ember button, which has a hashed class, no aria-label and its words in a <strong>', () => {
    loadModelPage({ sharebox: 'ember-2025' });
    const button = document.getElementById('start-post')!;
    expect(button.className).not.toContain('share-box-feed-entry__trigger');
    expect(button.hasAttribute('aria-label')).toBe(false);
    expect(launcherFor(button.querySelector('strong')!)).toBe(button);
    // Recognised by role and name alone, wherever it sits: moved out of the top bar, still a launcher.
    document.querySelector('main')!.append(button);
    expect(launcherFor(button.querySelector('strong')!)).toBe(button);
  });

  it('recognises the Danish interface ("Start et opslag"), by label and by structure', () => {
    loadModelPage({ sharebox: 'sdui-link-da' });
    expect(document.documentElement.lang).toBe('da');
    const link = document.getElementById('start-post')!;
    expect(launcherFor(link.querySelector('p')!)).not.toBeNull();
    link.querySelector('[aria-label]')!.removeAttribute('aria-label'); // a wording we do not know yet
    expect(launcherFor(link.querySelector('p')!)).toBe(link); // the link to the share box is enough
    loadModelPage({ sharebox: 'ember-2025-da' });
    expect(launcherFor(document.querySelector('#start-post strong')!)).not.toBeNull();
  });

  it('recognises the thought-starter card and its button', () => {
    loadModelPage({ sharebox: 'sdui-link' });
    const card = document.querySelector('a[href*="linkOrigin=FEED_THOUGHT_STARTERS"]')!;
    expect(launcherFor(card.querySelector('button svg')!)).not.toBeNull();
    expect(launcherFor(card.querySelector('p')!)).toBe(card);
  });

  it('does not take other controls of the share box or the feed for a launcher', () => {
    for (const sharebox of SHAREBOXES) {
      loadModelPage({ sharebox });
      const others = [
        ...document.querySelectorAll(
          'a[href="/article/new/"], [aria-label="Add a video"], [aria-label="Tilføj en video"]',
        ),
        ...document.querySelectorAll('[data-fixture-repost], [aria-label^="Open control menu"]'),
        ...document.querySelectorAll('a[href*="/in/"]'),
      ];
      expect(others.length).toBeGreaterThan(0);
      for (const control of others)
        expect(launcherFor(innermost(control)), `${sharebox}: ${control.outerHTML.slice(0, 80)}`).toBeNull();
    }
  });
});

describe('a click on a launcher', () => {
  let controller: AbortController;
  let requests: string[];

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const yes = { granted: true, at: '2026-11-27T08:00:00.000Z', policyVersion: POLICY_VERSION };
    await consentItem.setValue({ panel: yes, reminders: yes, recordShares: yes });
    requests = [];
    fakeBrowser.runtime.onMessage.addListener((message: { type: string }) => {
      requests.push(message.type);
      return undefined; // no answer needed: the watcher does not wait for one
    });
    controller = new AbortController();
  });

  afterEach(() => {
    controller.abort();
    composerSession().getState().closed();
    vi.useRealTimers();
  });

  it.each(SHAREBOXES)(
    'on %s asks for the panel at once (it loads while LinkedIn builds its composer)',
    async (sharebox: Sharebox) => {
      loadModelPage({ sharebox });
      await composerWatcher.init(controller.signal);
      const launcher = innermost(document.getElementById('start-post')!) as HTMLElement;
      launcher.click(); // the page's own click: ignored
      await vi.advanceTimersByTimeAsync(10);
      expect(requests).not.toContain('panel:open');
      personClick(launcher);
      await vi.advanceTimersByTimeAsync(10);
      expect(requests).toContain('panel:open');
    },
  );

  it('on another control does not', async () => {
    loadModelPage({ sharebox: 'ember-2025' });
    await composerWatcher.init(controller.signal);
    personClick(document.querySelector('[aria-label="Add a video"]')!);
    await vi.advanceTimersByTimeAsync(10);
    expect(requests).not.toContain('panel:open');
  });
});
