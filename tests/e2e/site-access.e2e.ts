/// <reference types="chrome" />
/**
 * Withdrawn LinkedIn access in Chromium: when the host permission is removed (what site access
 * "On click" or chrome.permissions.remove does), the options page and the popup say so, with
 * one button that asks for it again. (Firefox: tests/e2e-firefox/firefox.e2e.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './harness';
import { useExtension } from './use-extension';

const LINKEDIN = { origins: ['https://www.linkedin.com/*'] };

type HostAccess = 'ON_CLICK' | 'ON_ALL_SITES';

describe('withdrawn LinkedIn access (Chromium)', () => {
  const session = useExtension();

  async function open(path: string): Promise<Page> {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/${path}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
    return page;
  }

  /**
   * What the person does in chrome://extensions → Details → Site access. (Chrome refuses
   * permissions.remove for a required host permission, so this is the way it is withdrawn.)
   */
  async function siteAccess(hostAccess: HostAccess): Promise<void> {
    const page = await session.context.newPage();
    await page.goto(`chrome://extensions/?id=${session.extensionId}`);
    const error = await page.evaluate(
      ([extensionId, access]) =>
        new Promise<string | null>((resolve) => {
          const api = (
            chrome as unknown as {
              developerPrivate: { updateExtensionConfiguration: (u: object, done: () => void) => void };
            }
          ).developerPrivate;
          api.updateExtensionConfiguration({ extensionId, hostAccess: access }, () =>
            resolve(chrome.runtime.lastError?.message ?? null),
          );
        }),
      [session.extensionId, hostAccess] as const,
    );
    await page.close();
    expect(error).toBeNull();
  }

  const hasAccess = (page: Page) => page.evaluate((query) => chrome.permissions.contains(query), LINKEDIN);

  it('says nothing while access is on, and tells the options page and the popup live once it is "On click"', async () => {
    const options = await open('options.html');
    const popup = await open('popup.html');
    await options.waitForTimeout(300);
    expect(await options.getByText('LinkedIn access is off').count()).toBe(0);
    expect(await popup.getByText('LinkedIn access is off').count()).toBe(0);

    await siteAccess('ON_CLICK');
    expect(await hasAccess(options)).toBe(false);
    // Both open pages follow the change; neither was reloaded.
    await expect.poll(() => options.getByRole('alert').filter({ hasText: 'LinkedIn access is off' }).count()).toBe(1);
    await expect.poll(() => popup.getByRole('alert').filter({ hasText: 'LinkedIn access is off' }).count()).toBe(1);
    expect(await options.getByRole('button', { name: 'Allow LinkedIn access' }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Allow LinkedIn access' }).count()).toBe(1);
    await screenshot(options, 'site-access-off-options');
    await screenshot(popup, 'site-access-off-popup');
  });

  it('asks for it again with permissions.request from the click, and the notice goes once it is granted', async () => {
    await siteAccess('ON_CLICK');
    const options = await open('options.html');
    // Note each request and whether the person's click (user activation) was behind it.
    await options.evaluate(() => {
      const calls: { origins?: string[]; gesture: boolean }[] = [];
      (window as unknown as { __requests: typeof calls }).__requests = calls;
      const permissions = chrome.permissions;
      const original = permissions.request.bind(permissions);
      permissions.request = (query: chrome.permissions.Permissions) => {
        calls.push({ origins: query.origins, gesture: navigator.userActivation.isActive });
        return original(query);
      };
    });
    const button = options.getByRole('button', { name: 'Allow LinkedIn access' });
    await button.click();
    await expect
      .poll(() => options.evaluate(() => (window as unknown as { __requests: unknown[] }).__requests))
      .toEqual([{ origins: ['https://www.linkedin.com/*'], gesture: true }]);
    // The person says yes (Chrome's prompt, or site access "On all sites"): the notice goes, live.
    await siteAccess('ON_ALL_SITES');
    expect(await hasAccess(options)).toBe(true);
    await expect.poll(() => options.getByText('LinkedIn access is off').count()).toBe(0);
    expect(session.errors).toEqual([]);
  });
});
