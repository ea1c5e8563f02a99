/// <reference types="chrome" />
/**
 * Stored data of any shape (R10), in the built extension: values an older build or anything
 * else left in storage do not blank the popup or the options page, and consent history is
 * still written.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inWorker, launch, screenshot, type ExtensionSession } from './harness';

const PANEL = "Show suggested posts in LinkedIn's composer";

describe('older or wrong-shaped stored values in Chromium', () => {
  let session: ExtensionSession;
  beforeEach(async () => {
    session = await launch();
    // What a version 1 build (no version mark) or a hand edit could have left.
    await inWorker(session, () =>
      chrome.storage.local.set({
        health: 'composer-not-found',
        preferences: { uiLanguage: 'en' },
        consentHistory: { broken: true },
        consent: 'yes',
      }),
    );
  });
  afterEach(async () => {
    await session?.close();
  });

  it('shows the popup and the options page, and records the next consent in the history', async () => {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 360, height: 900 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => popup.getByRole('heading', { name: 'Nothing shared yet' }).count()).toBe(1);
    await screenshot(popup, 'stored-data-popup');

    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const panelSwitch = options.getByRole('switch', { name: PANEL });
    await panelSwitch.waitFor();
    expect(await panelSwitch.getAttribute('aria-checked')).toBe('false');
    await panelSwitch.click();
    await expect.poll(() => panelSwitch.getAttribute('aria-checked')).toBe('true');
    await screenshot(options, 'stored-data-options');

    const history = await inWorker(
      session,
      async () => (await chrome.storage.local.get('consentHistory')).consentHistory,
    );
    expect(history).toEqual([expect.objectContaining({ kind: 'panel', granted: true })]);
    expect(session.errors).toEqual([]);
  });
});
