/// <reference types="chrome" />
/**
 * Issue 27 in the built extension, in Chromium: under a suggestion, "If someone asks…" lists that
 * item's talking points folded, and Copy puts one answer on the clipboard (nothing is inserted);
 * at most one social-media tip per composer opening, by the person's reminder frequency, on
 * screen with the cards; "Copy picture" puts the item's picture on the clipboard as PNG and a
 * real Ctrl+V puts it into the V3 model composer; a picture the extension may not read gets no
 * button.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inWorker, screenshot, setConsent, type ExtensionSession } from './harness';
import { CARD_STATES, WATCH_CARDS } from '../helpers/card-states';
import { pictureFeed } from '../helpers/e2e';
import { panelIn, type PanelView } from './panel-view';
import { useExtension } from './use-extension';

const EDITOR = '[componentkey="ShareBox_textEditor"]';
const list = { role: 'list', name: 'Suggestions' };

function setPreferences(session: ExtensionSession, reminderFrequency: 'always' | 'daily' | 'never') {
  return session.worker.evaluate(async (frequency) => {
    await chrome.storage.local.set({
      preferences: {
        uiLanguage: 'en',
        suggestionLanguages: [],
        audiences: [],
        reminderFrequency: frequency,
        recordUnsuggestedPosts: false,
        syncPeriodMinutes: 120,
      },
    });
  }, reminderFrequency);
}

async function linkedin(session: ExtensionSession): Promise<Page> {
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://www.linkedin.com',
  });
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('https://www.linkedin.com/feed/?layout=v3');
  return page;
}

/** Opens the composer and waits for the cards; says whether a tip was on screen with them. */
async function openComposer(page: Page, panel: PanelView): Promise<boolean> {
  await page.getByText('Start a post').click();
  await expect.poll(() => page.locator(EDITOR).count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => panel.count(list), { timeout: 10_000 }).toBe(1);
  return (await panel.count({ testId: 'tip' })) === 1;
}

async function closeComposer(page: Page, panel: PanelView): Promise<void> {
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect.poll(() => panel.count({ role: 'complementary' })).toBe(0);
}

describe('talking points and tips in the panel (Chromium)', () => {
  const session = useExtension({ linkedinFixture: 'linkedin.html' });

  it("lists the chosen item's talking points folded, and Copy puts one answer on the clipboard without inserting it", async () => {
    await setConsent(session, { panel: true, reminders: false, recordShares: false });
    const page = await linkedin(session);
    const panel = panelIn(session, page);
    await openComposer(page, panel);
    await panel.fill({ role: 'searchbox' }, 'Esbjerg');
    const card = { role: 'listitem', within: list, text: /service hub in Esbjerg/ };
    await expect.poll(() => panel.count(card)).toBe(1);
    const summary = { selector: 'summary', within: card };
    expect(await panel.text(summary)).toBe('If someone asks… (2)');
    // Folded: the answers are not on screen until the person opens the list.
    const question = { selector: '.talking-point__question', within: card };
    expect(await panel.count({ selector: 'details[open]', within: card })).toBe(0);
    await screenshot(page, 'talking-points-folded');
    await panel.click(summary);
    await expect.poll(() => panel.count({ selector: 'details[open]', within: card })).toBe(1);
    expect(await panel.text(question)).toBe('How many jobs does the Esbjerg service hub create?');
    expect(await panel.count({ role: 'button', name: /^Copy the answer to/, within: card })).toBe(2);

    await panel.click({
      role: 'button',
      name: 'Copy the answer to “How many jobs does the Esbjerg service hub create?”',
    });
    await expect.poll(() => panel.count({ role: 'status', text: 'Put it in your own words' })).toBe(1);
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(
      'We are hiring about 60 technicians and planners during 2027. The jobs are posted on our careers page as they open, and we also train new people through our apprentice programme.\nhttps://www.nordvind.example/job',
    );
    // Nothing was put into the post.
    expect((await page.locator(EDITOR).innerText()).trim()).toBe('');
    await screenshot(page, 'talking-points-copied');
    expect(session.errors).toEqual([]);
  });

  it('shows at most one tip per opening, with the cards, by the reminder frequency (every time, once a day, never)', async () => {
    await setConsent(session, { panel: true, reminders: true, recordShares: false });
    await setPreferences(session, 'always');
    const page = await linkedin(session);
    const panel = panelIn(session, page);

    // Every time: a tip at each opening, on screen with the cards, and the next one each time.
    expect(await openComposer(page, panel)).toBe(true);
    expect(await panel.count({ testId: 'tip' })).toBe(1);
    const first = await panel.text({ testId: 'tip' });
    expect(first).toMatch(/^Tip Write one sentence about what the news means to you/);
    await screenshot(page, 'talking-points-tip');
    await closeComposer(page, panel);
    expect(await openComposer(page, panel)).toBe(true);
    expect(await panel.text({ testId: 'tip' })).not.toBe(first);
    await closeComposer(page, panel);

    // Once a day: today's tip was shown, so none until tomorrow.
    await setPreferences(session, 'daily');
    expect(await openComposer(page, panel)).toBe(false);
    await page.waitForTimeout(300);
    expect(await panel.count({ testId: 'tip' })).toBe(0);
    await closeComposer(page, panel);
    // A new day (the last tip shown yesterday): one tip, then none at the next opening.
    await inWorker(session, async () => {
      const yesterday = new Date(Date.now() - 86_400_000).toISOString();
      await chrome.storage.local.set({ tipState: { lastShownAt: yesterday, shownCount: 2 } });
    });
    expect(await openComposer(page, panel)).toBe(true);
    await closeComposer(page, panel);
    expect(await openComposer(page, panel)).toBe(false);
    await closeComposer(page, panel);

    // Never: no tip, even on a new day.
    await setPreferences(session, 'never');
    await inWorker(session, async () => {
      await chrome.storage.local.set({ tipState: { lastShownAt: null, shownCount: 0 } });
    });
    expect(await openComposer(page, panel)).toBe(false);
    await page.waitForTimeout(300);
    expect(await panel.count({ testId: 'tip' })).toBe(0);
    expect(session.errors).toEqual([]);
  });
});

const FEED_URL = 'https://news.example.com/feed.json';
const CORS = { 'access-control-allow-origin': '*' };
const PICTURE_URL = 'https://news.example.com/pictures/harbour.jpg';
const NO_CORS_URL = 'https://images.elsewhere.example/no-cors.jpg';

describe('Copy picture (Chromium)', () => {
  const session = useExtension({ linkedinFixture: 'linkedin.html' });

  it('puts a readable picture on the clipboard as PNG, a real Ctrl+V adds it to the V3 composer, and an unreadable one gets no button', async () => {
    const s = session;
    await setConsent(s, { panel: true, reminders: false, recordShares: false });
    const page = await linkedin(s);
    // A 160×90 JPEG, half orange and half blue, made by the browser itself.
    const jpeg = Buffer.from(
      await page.evaluate(async () => {
        const canvas = new OffscreenCanvas(160, 90);
        const context = canvas.getContext('2d')!;
        context.fillStyle = '#ff8800';
        context.fillRect(0, 0, 80, 90);
        context.fillStyle = '#0044ff';
        context.fillRect(80, 0, 80, 90);
        const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
        return [...new Uint8Array(await blob.arrayBuffer())];
      }),
    );
    await s.context.route(FEED_URL, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        headers: CORS,
        body: pictureFeed(PICTURE_URL, { title: 'Picture without CORS', image: NO_CORS_URL }),
      }),
    );
    await s.context.route(PICTURE_URL, (route) =>
      route.fulfill({ status: 200, contentType: 'image/jpeg', headers: CORS, body: jpeg }),
    );
    // From an origin the extension has no permission for, allowed to another site only (CORS
    // for its own website): not readable. (Playwright's fulfill adds an allow-all CORS header when
    // a response names none, so "no header" cannot be served here.)
    await s.context.route(NO_CORS_URL, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'image/jpeg',
        headers: { 'access-control-allow-origin': 'https://www.elsewhere.example' },
        body: jpeg,
      }),
    );
    await inWorker(s, async () => {
      await chrome.storage.local.set({ feedUrl: 'https://news.example.com/feed.json' });
    });
    // Synced as the options page sees it.
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await expect
      .poll(
        () =>
          options.evaluate(async () => {
            const answer = await chrome.runtime.sendMessage<unknown, { data: { url: string; itemCount: number } }>({
              type: 'feed:status',
              payload: {},
            });
            return [answer.data.url, answer.data.itemCount];
          }),
        { timeout: 15_000 },
      )
      .toEqual([FEED_URL, 2]);
    await options.close();

    const panel = panelIn(s, page);
    // Every state the cards go through, seen from the extension's world as soon as the panel exists.
    await panel.evaluate(WATCH_CARDS);
    await openComposer(page, panel);
    const harbour = { role: 'listitem', within: list, text: /Harbour picture/ };
    const elsewhere = { role: 'listitem', within: list, text: /Picture without CORS/ };
    await expect.poll(() => panel.count({ role: 'button', name: /^Copy the picture of/, within: harbour })).toBe(1);
    expect(await panel.count({ role: 'button', name: /^Copy the picture of/, within: elsewhere })).toBe(0);
    // The button comes in the same answer as the cards: the harbour card never showed without it,
    // the other card never with it.
    expect(await panel.evaluate<string[]>(CARD_STATES)).toEqual([
      'Harbour picture: button',
      'Picture without CORS: none',
    ]);
    await screenshot(page, 'copy-picture-button');

    await panel.click({ role: 'button', name: 'Copy the picture of “Harbour picture”' });
    await expect
      .poll(() => panel.text({ selector: '.card__status', within: harbour }))
      .toBe('Picture copied. Press Ctrl+V (⌘V on Mac) in the post to add it.');
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
    expect(types).toEqual(['image/png']);

    // The person pastes it: a real Ctrl+V in LinkedIn's editor (a trusted key event, no script paste).
    await page.locator(EDITOR).click();
    const cdp = await s.context.newCDPSession(page);
    const key = { modifiers: 2, key: 'v', code: 'KeyV', windowsVirtualKeyCode: 86, nativeVirtualKeyCode: 86 };
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
    const preview = page.locator('[data-testid="share-media-preview"] img');
    await expect.poll(() => preview.count(), { timeout: 5_000 }).toBe(1);
    expect(await preview.getAttribute('data-type')).toBe('image/png');
    const pasted = await preview.evaluate(async (image: HTMLImageElement) => {
      await image.decode();
      const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const left = [...context.getImageData(20, 45, 1, 1).data];
      const right = [...context.getImageData(140, 45, 1, 1).data];
      return { width: image.naturalWidth, height: image.naturalHeight, left, right };
    });
    expect({ width: pasted.width, height: pasted.height }).toEqual({ width: 160, height: 90 });
    // Orange on the left, blue on the right (JPEG is lossy: near, not exact).
    expect(pasted.left[0]).toBeGreaterThan(200);
    expect(pasted.left[2]).toBeLessThan(60);
    expect(pasted.right[2]).toBeGreaterThan(200);
    expect(pasted.right[0]).toBeLessThan(60);
    await screenshot(page, 'copy-picture-pasted');
    expect(s.errors).toEqual([]);
  });
});
