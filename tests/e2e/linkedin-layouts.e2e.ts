/// <reference types="chrome" />
/**
 * The whole composer flow on each LinkedIn layout, in Chromium with the built extension:
 * opt in → open LinkedIn's composer → the panel appears → Insert → press LinkedIn's Post →
 * the share is recorded on the device (and shows in the popup). Plus what must NOT happen:
 * a failed or dismissed post records nothing, an unknown layout breaks nothing and says why.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, setConsent, type ExtensionSession, storedShares } from './harness';
import { panelIn } from './panel-view';
import { useExtension } from './use-extension';

function optIn(session: ExtensionSession, kinds = { panel: true, reminders: true, recordShares: true }) {
  return setConsent(session, kinds);
}

const shares = storedShares;

function health(session: ExtensionSession) {
  return session.worker.evaluate(
    async () => (await chrome.storage.local.get('health')).health as { counts: Record<string, number> } | undefined,
  );
}

const editor = (page: Page) =>
  page
    .locator(
      '[componentkey="ShareBox_textEditor"], [data-test-ql-editor-contenteditable="true"], .ql-editor[contenteditable="true"]',
    )
    .first();

async function openFeed(session: ExtensionSession, query: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`https://www.linkedin.com/feed/${query}`);
  return page;
}

describe('the composer flow on every LinkedIn layout', () => {
  const session = useExtension({ linkedinFixture: 'linkedin.html' });

  it.each(['v1', 'v2', 'v3'])('%s: suggest, insert, post, and record the share once', async (layout) => {
    await optIn(session);
    const page = await openFeed(session, `?layout=${layout}`);
    await page.getByText('Start a post').click();
    const panel = panelIn(session, page);
    const list = { role: 'list', name: 'Suggestions' };
    await expect.poll(() => panel.count(list), { timeout: 10_000 }).toBe(1);
    const first = { role: 'listitem', within: list, nth: 0 };
    const title = await panel.text({ role: 'heading', within: first });
    await panel.click({ role: 'button', name: /^Insert/, within: first });
    await expect.poll(() => editor(page).innerText()).toContain('utm_campaign=');
    // The person makes it their own, then presses LinkedIn's own Post.
    await editor(page).press('End');
    await page.keyboard.type(' My own take: proud of the team.');
    await screenshot(page, `layout-${layout}-inserted`);
    const post = page.locator('[data-fixture-post]');
    await expect.poll(() => post.isEnabled()).toBe(true);
    await post.click();

    await expect.poll(() => shares(session).then((rows) => rows.length), { timeout: 15_000 }).toBe(1);
    const [share] = await shares(session);
    expect(share).toMatchObject({
      kind: 'post',
      suggestionTitle: title,
      postUrl: expect.stringMatching(/^https:\/\/www\.linkedin\.com\/feed\/update\/urn:li:activity:\d+\/$/),
    });
    expect(share!.suggestionId).toBeTruthy();
    expect(share!.changedRatio).toBeGreaterThan(0);
    expect(share!.changedRatio).toBeLessThan(0.6);
    // The panel left with the composer; nothing was posted twice.
    await expect.poll(() => panel.count(list)).toBe(0);
    await page.waitForTimeout(500);
    expect(await shares(session)).toHaveLength(1);
    expect((await health(session))?.counts['composer-found']).toBeGreaterThanOrEqual(1);
    expect(session.errors).toEqual([]);
  });

  it('shows the recorded share in the popup', async () => {
    await optIn(session);
    const page = await openFeed(session, '?layout=v3');
    await page.getByText('Start a post').click();
    const panel = panelIn(session, page);
    const list = { role: 'list', name: 'Suggestions' };
    await expect.poll(() => panel.count(list), { timeout: 10_000 }).toBe(1);
    const first = { role: 'listitem', within: list, nth: 0 };
    const title = (await panel.text({ role: 'heading', within: first }))!;
    await panel.click({ role: 'button', name: /^Insert/, within: first });
    await expect.poll(() => editor(page).innerText()).toContain('utm_');
    await page.locator('[data-fixture-post]').click();
    await expect.poll(() => shares(session).then((rows) => rows.length), { timeout: 15_000 }).toBe(1);

    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => popup.getByText(title).count()).toBeGreaterThan(0);
    await expect.poll(() => popup.getByText(/1 share\b/).count()).toBeGreaterThan(0);
    await screenshot(popup, 'popup-after-composer-flow');
  });

  it('opens with ?shareActive=true (V2, shadow root) and shows the panel', async () => {
    await optIn(session);
    const page = await openFeed(session, '?layout=v2&shareActive=true');
    const panel = panelIn(session, page);
    await expect.poll(() => panel.count({ role: 'list', name: 'Suggestions' }), { timeout: 10_000 }).toBe(1);
    await screenshot(page, 'layout-v2-share-active');
  });

  it('records nothing when LinkedIn says the post failed, or when the composer is dismissed', async () => {
    await optIn(session);
    const page = await openFeed(session, '?layout=v1&fail=1');
    await page.getByText('Start a post').click();
    await editor(page).click();
    await page.keyboard.type('A post that LinkedIn will refuse.');
    await expect.poll(() => page.locator('[data-fixture-post]').isEnabled()).toBe(true);
    await page.locator('[data-fixture-post]').click();
    await expect.poll(() => page.getByText('Sorry, your post was not published').count()).toBe(1);
    await page.locator('[data-fixture-dismiss]').click();
    await page.waitForTimeout(2500);
    expect(await shares(session)).toEqual([]);
  });

  it('on an unknown layout: no panel, no errors, and the health counter says why', async () => {
    await optIn(session);
    const page = await openFeed(session, '?layout=unknown');
    await page.getByText('Start a post').click();
    await expect
      .poll(async () => (await health(session))?.counts['composer-not-found'] ?? 0, { timeout: 12_000 })
      .toBeGreaterThanOrEqual(1);
    expect(await panelIn(session, page).mounted()).toBe(0);
    expect(session.errors).toEqual([]);
  });

  it('records an instant repost of the organization’s post, not of a colleague’s', async () => {
    await optIn(session);
    const page = await openFeed(session, '?layout=v3');
    const posts = page.locator('[data-fixture-post-root]');
    // A colleague's post first: LinkedIn confirms, but it is not the organization's.
    await posts.nth(1).getByRole('button', { name: 'Repost' }).click();
    await posts.nth(1).getByRole('menuitem', { name: 'Repost', exact: true }).click();
    await expect.poll(() => page.getByText('Repost successful.').count()).toBe(1);
    await page.waitForTimeout(1000);
    expect(await shares(session)).toEqual([]);

    await posts.nth(0).getByRole('button', { name: 'Repost' }).click();
    await posts.nth(0).getByRole('menuitem', { name: 'Repost', exact: true }).click();
    await expect
      .poll(() => shares(session).then((rows) => rows.map((row) => row.kind)), { timeout: 10_000 })
      .toEqual(['repost']);
  });

  it('"Repost with your thoughts" opens the composer and the panel', async () => {
    await optIn(session);
    const page = await openFeed(session, '?layout=v3');
    const post = page.locator('[data-fixture-post-root]').first();
    await post.getByRole('button', { name: 'Repost' }).click();
    await post.getByRole('menuitem', { name: 'Repost with your thoughts' }).click();
    const panel = panelIn(session, page);
    await expect.poll(() => panel.count({ role: 'list', name: 'Suggestions' }), { timeout: 10_000 }).toBe(1);
  });
});
