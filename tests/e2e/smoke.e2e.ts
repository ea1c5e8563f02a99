/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { extensionWorlds, screenshot, setConsent, watcherRegistered } from './harness';
import { panelIn } from './panel-view';
import { useExtension } from './use-extension';

describe('the built extension in Chromium', () => {
  const session = useExtension();

  it('starts its service worker with the manifest we ship', async () => {
    const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    // activeTab (issue 16): the popup's "Share this page" reads the current tab only after a click on the icon.
    expect(manifest.permissions?.sort()).toEqual(['activeTab', 'alarms', 'scripting', 'storage']);
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

  it('puts no script on LinkedIn for a person who has not opted in', async () => {
    expect(await watcherRegistered(session)).toBe(false);
    const page = await session.context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    await page.getByText('Start a post').click();
    await expect.poll(() => page.locator('[componentkey="ShareBox_textEditor"]').count()).toBe(1);
    await page.waitForTimeout(500);
    expect(await panelIn(session, page).mounted()).toBe(0);
    // Not even the watcher ran in the page.
    expect(await extensionWorlds(session, page)).toBe(0);
    expect(session.errors).toEqual([]);
    expect(session.blockedRequests).toEqual([]);
  });

  it('starts in a LinkedIn tab that was already open when the person opts in, and is removed when they withdraw', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    expect(await extensionWorlds(session, page)).toBe(0);
    await setConsent(session, { panel: true, reminders: false, recordShares: false });
    // No reload: the background starts the watcher in open LinkedIn tabs.
    await expect.poll(() => extensionWorlds(session, page)).toBe(1);
    await page.getByText('Start a post').click();
    const panel = panelIn(session, page);
    await expect.poll(() => panel.count({ role: 'heading', name: 'Suggested posts' }), { timeout: 10_000 }).toBe(1);
    await screenshot(page, 'smoke-panel');

    await setConsent(session, { panel: false, reminders: false, recordShares: false });
    await expect.poll(() => panel.mounted()).toBe(0);
    expect(await watcherRegistered(session)).toBe(false);
    expect(session.errors).toEqual([]);
  });

  it('injects the panel on a LinkedIn page opened after the person opted in', async () => {
    await setConsent(session, { panel: true, reminders: false, recordShares: false });
    const page = await session.context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    await page.getByText('Start a post').click();
    const panel = panelIn(session, page);
    await expect.poll(() => panel.count({ role: 'heading', name: 'Suggested posts' }), { timeout: 10_000 }).toBe(1);
    // The watcher and the panel share one script world: one watcher, not two.
    expect(await extensionWorlds(session, page)).toBe(1);
    expect(session.errors).toEqual([]);
  });
});
