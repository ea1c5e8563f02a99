/// <reference types="chrome" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launch, screenshot, type ExtensionSession } from './harness';

describe('the built extension in Chromium', () => {
  let session: ExtensionSession;
  beforeEach(async () => {
    session = await launch();
  });
  afterEach(async () => {
    await session?.close();
  });

  it('starts its service worker with the manifest we ship', async () => {
    const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions?.sort()).toEqual(['alarms', 'scripting', 'storage']);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('renders the popup and the options page without console errors', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe('My sharing');
    await screenshot(popup, 'smoke-popup');

    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => options.getByRole('heading', { level: 1 }).textContent()).toBe('Advocacy for LinkedIn');
    await screenshot(options, 'smoke-options');
    expect(session.errors).toEqual([]);
  });

  it('runs the watcher on a routed LinkedIn page without errors and injects nothing without consent', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    await page.getByText('Start a post').click();
    await expect.poll(() => page.locator('[componentkey="ShareBox_textEditor"]').count()).toBe(1);
    // Give the watcher time to react; without consent it must not ask for the panel.
    await page.waitForTimeout(500);
    expect(await page.locator('advocacy-panel').count()).toBe(0);
    expect(session.errors).toEqual([]);
    expect(session.blockedRequests).toEqual([]);
  });

  it('injects the panel into the LinkedIn tab once the person opted in', async () => {
    await session.worker.evaluate(async () => {
      const record = { granted: true, at: new Date().toISOString(), policyVersion: 1 };
      const never = { granted: false, at: null, policyVersion: null };
      await chrome.storage.local.set({ consent: { panel: record, reminders: never, recordShares: never } });
    });
    const page = await session.context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    await page.getByText('Start a post').click();
    const panel = page.locator('advocacy-panel');
    await expect.poll(() => panel.count()).toBe(1);
    await expect.poll(() => panel.getByRole('heading', { name: 'Suggested posts' }).count()).toBe(1);
    await screenshot(page, 'smoke-panel');
    expect(session.errors).toEqual([]);
  });
});
