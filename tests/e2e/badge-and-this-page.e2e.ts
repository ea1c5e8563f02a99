/// <reference types="chrome" />
/**
 * In the built extension: the toolbar badge counts new suggestions after a sync and
 * clears when the popup opens (and the options switch turns it off); "Share this page on
 * LinkedIn" opens LinkedIn's composer (the model page) with the link in it, the panel's checks
 * and reminders work there, and the post is recorded as an own link; "Suggest this page" builds
 * the right mailto: draft (captured, never opened). English and Danish.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inWorker, launch, screenshot, setConsent, type ExtensionSession, storedShares } from './harness';
import { panelIn } from './panel-view';
import { setUiLanguage } from '../helpers/chromium-steps';

const FEED_URL = 'https://news.example.com/feed.json';
const ARTICLE_URL = 'https://www.linkedin.com/pulse/how-we-recycle-turbine-blades-nordvind/';
const ARTICLE_TITLE = 'How we recycle turbine blades';
const CORS = { 'access-control-allow-origin': '*' };

function item(id: string, title: string, published: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    url: `https://www.nordvind.example/news/${id}`,
    title,
    summary: `${title}. Read more on our site.`,
    date_published: published,
    ...extra,
  };
}

function feed(items: unknown[]) {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Nordvind Energi',
    language: 'en',
    _advocacy: { organization: { name: 'Nordvind Energi', domains: ['nordvind.example'] } },
    items,
  });
}

const badge = (session: ExtensionSession) => inWorker(session, () => chrome.action.getBadgeText({}));

function popupUrl(session: ExtensionSession) {
  return `chrome-extension://${session.extensionId}/popup.html`;
}

/** The feed status as the options page reads it (reading it is no look at the suggestions). */
async function feedStatus(page: Page): Promise<{ url: string; itemCount: number; lastError: string | null }> {
  const answer = await page.evaluate(() =>
    chrome.runtime.sendMessage<unknown, { data: { url: string; itemCount: number; lastError: string | null } }>({
      type: 'feed:status',
      payload: {},
    }),
  );
  return answer.data;
}

/** Sends one message as an extension page would (the options page does not count as looking). */
async function syncNow(page: Page): Promise<{ itemCount: number; lastError: string | null }> {
  const answer = await page.evaluate(() =>
    chrome.runtime.sendMessage<unknown, { data: { itemCount: number; lastError: string | null } }>({
      type: 'feed:sync-now',
      payload: {},
    }),
  );
  return answer.data;
}

const shares = storedShares;

/**
 * The popup as the person sees it for the tab they are on. A test cannot click the toolbar
 * icon, so the popup is opened in a tab behind the article (which stays the active tab). The
 * article is on www.linkedin.com, where the extension may read a tab's address anyway; on
 * other sites the same address comes from `activeTab`, granted by the click on the icon.
 */
async function popupForArticle(session: ExtensionSession): Promise<{ article: Page; popup: Page }> {
  const article = await session.context.newPage();
  await article.goto(ARTICLE_URL);
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 360, height: 1400 });
  await article.bringToFront();
  await popup.goto(popupUrl(session));
  return { article, popup };
}

describe('issue 16: new suggestions reach people, without pressure', () => {
  let session: ExtensionSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('counts new suggestions on the toolbar badge after a sync, clears it when the popup opens, and can be switched off', async () => {
    session = await launch();
    const s = session;
    let body = feed([
      item('a-first', 'First news', '2026-11-01T08:00:00Z'),
      item('b-second', 'Second news', '2026-11-02T08:00:00Z'),
    ]);
    await s.context.route(FEED_URL, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', headers: CORS, body }),
    );
    // Issue 31, as a person meets it: install (the demo feed syncs), save the company's feed,
    // and still no number, because the person has not looked at that feed yet; they open the
    // popup; the feed gains two items: "2"; they open the popup again: no number.
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    // The install's first sync (the demo feed) is done; the worker's first read of managed
    // storage can take a few seconds in Chromium.
    await expect
      .poll(() => feedStatus(options).then((status) => status.itemCount), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(await badge(s)).toBe('');
    await inWorker(s, async () => {
      await chrome.storage.local.set({ feedUrl: 'https://news.example.com/feed.json' });
    });
    await expect
      .poll(() => feedStatus(options).then((status) => [status.url, status.itemCount, status.lastError]), {
        timeout: 10_000,
      })
      .toEqual([FEED_URL, 2, null]);
    await options.waitForTimeout(500);
    expect(await badge(s)).toBe('');
    // Nothing was kept as "seen" for the person before they looked.
    expect(
      await inWorker(s, async () => (await chrome.storage.local.get('seenSuggestions')).seenSuggestions ?? null),
    ).toBeNull();

    const first = await s.context.newPage();
    await first.setViewportSize({ width: 360, height: 1200 });
    await first.goto(popupUrl(s));
    await expect
      .poll(() =>
        inWorker(s, async () => {
          const seen = (await chrome.storage.local.get('seenSuggestions')).seenSuggestions as
            { source?: string } | undefined;
          return seen?.source ?? null;
        }),
      )
      .toBe(FEED_URL);
    expect(await badge(s)).toBe('');
    await first.close();

    body = feed([
      item('a-first', 'First news', '2026-11-01T08:00:00Z'),
      item('b-second', 'Second news', '2026-11-02T08:00:00Z'),
      item('a2-more', 'More news', new Date(Date.now() + 500).toISOString()),
      item('b2-more', 'Even more news', new Date(Date.now() + 600).toISOString()),
    ]);
    expect(await syncNow(options)).toMatchObject({ itemCount: 4, lastError: null });
    await expect.poll(() => badge(s), { timeout: 10_000 }).toBe('2');
    // Neutral grey, not an alarm colour.
    expect(await inWorker(s, () => chrome.action.getBadgeBackgroundColor({}))).toEqual([95, 99, 104, 255]);

    const popup = await s.context.newPage();
    await popup.setViewportSize({ width: 360, height: 1200 });
    await popup.goto(popupUrl(s));
    await expect.poll(() => badge(s)).toBe('');
    await popup.close();

    // Three more, published after that look, and one of them featured.
    const now = Date.now();
    body = feed([
      item('a-first', 'First news', '2026-11-01T08:00:00Z'),
      item('b-second', 'Second news', '2026-11-02T08:00:00Z'),
      item('c-third', 'Third news', new Date(now + 1000).toISOString()),
      item('d-fourth', 'Fourth news', new Date(now + 2000).toISOString(), {
        _advocacy: { featured: true, expires: '2099-01-01T00:00:00Z' },
      }),
      item('e-fifth', 'Fifth news', new Date(now + 3000).toISOString()),
    ]);
    expect(await syncNow(options)).toMatchObject({ itemCount: 5, lastError: null });
    await expect.poll(() => badge(s)).toBe('3');

    // The person looks, in Danish this time: the badge clears and the popup says what is new.
    await setUiLanguage(s, 'da');
    const again = await s.context.newPage();
    await again.setViewportSize({ width: 360, height: 1200 });
    await again.goto(popupUrl(s));
    await expect.poll(() => badge(s)).toBe('');
    await expect.poll(() => again.getByText('3 nye forslag').count()).toBe(1);
    const featured = again.getByRole('region', { name: 'Fremhævet af Nordvind Energi' });
    await expect.poll(() => featured.getByRole('link').allTextContents()).toEqual(['Fourth news']);
    // Information, never a push: no urging words anywhere in the popup.
    expect(await again.locator('body').innerText()).not.toMatch(/del nu|share now|husk at dele|streak|mål:/i);
    await screenshot(again, 'badge-this-page-popup-new-and-featured-da');

    // Switched off in the options page (English), the number stays away even with new items.
    await setUiLanguage(s, 'en');
    await options.reload();
    const toggle = options.getByRole('switch', { name: 'Number of new suggestions on the toolbar icon' });
    await toggle.scrollIntoViewIfNeeded();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await screenshot(options, 'badge-this-page-options-badge-switch');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    body = feed([
      item('f-sixth', 'Sixth news', new Date(now + 4000).toISOString()),
      item('g-seventh', 'Seventh news', new Date(now + 5000).toISOString()),
    ]);
    expect(await syncNow(options)).toMatchObject({ itemCount: 2, lastError: null });
    await options.waitForTimeout(300);
    expect(await badge(s)).toBe('');
    // Back on: the two unseen suggestions show as a number again.
    await toggle.click();
    await expect.poll(() => badge(s)).toBe('2');
    expect(s.errors).toEqual([]);
  });

  it('"Share this page on LinkedIn" opens LinkedIn’s composer with the link, with the panel’s checks, and records an own link', async () => {
    session = await launch({
      routes: {
        [ARTICLE_URL]: {
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="en"><head><title>${ARTICLE_TITLE}</title></head><body><h1>${ARTICLE_TITLE}</h1></body></html>`,
        },
      },
    });
    const s = session;
    await setConsent(s, { panel: true, reminders: true, recordShares: true });
    await setUiLanguage(s, 'da');
    const { popup } = await popupForArticle(s);
    const section = popup.getByRole('region', { name: 'Denne side' });
    await expect.poll(() => section.getByText(ARTICLE_TITLE).count()).toBe(1);
    await screenshot(popup, 'badge-this-page-popup-this-page-da');

    const composerTab = s.context.waitForEvent('page');
    await section.getByRole('button', { name: 'Del denne side på LinkedIn' }).click();
    const linkedin = await composerTab;
    await linkedin.waitForURL(/^https:\/\/www\.linkedin\.com\/feed\//);
    const url = new URL(linkedin.url());
    expect(url.origin + url.pathname).toBe('https://www.linkedin.com/feed/');
    expect(url.searchParams.get('shareActive')).toBe('true');
    expect(url.searchParams.get('text')).toBe(ARTICLE_URL);
    await expect.poll(() => popup.getByText('LinkedIns opslagsfelt er åbnet i en ny fane.').count()).toBe(1);

    // LinkedIn's composer opens with the link in it, and our panel sits beside it as for a suggestion.
    const editor = linkedin.locator('[componentkey="ShareBox_textEditor"]');
    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toContain(ARTICLE_URL);
    const panel = panelIn(s, linkedin);
    await expect.poll(() => panel.count({ role: 'list', name: 'Forslag' }), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => panel.count({ role: 'region', name: 'Husk' })).toBe(1);
    // The person adds their own words; the live guideline check speaks up as it does for a suggestion.
    await editor.click();
    await linkedin.keyboard.press('Control+End');
    await linkedin.keyboard.type(' Stolt af Projekt Havørn og vores team.');
    const findings = { selector: '[data-slot="guidelines"]' };
    await expect.poll(() => panel.count({ text: /er interne indtil videre/, within: findings })).toBe(1);
    await screenshot(linkedin, 'badge-this-page-share-this-page-composer-da');

    // They press LinkedIn's own Post: the share is recorded on the device as an own link.
    await linkedin.locator('[data-fixture-post]').click();
    await expect.poll(() => linkedin.getByText('Post successful.').count()).toBe(1);
    await expect.poll(async () => (await shares(s)).length, { timeout: 15_000 }).toBe(1);
    const [recorded] = await shares(s);
    expect(recorded).toMatchObject({ kind: 'own-link', sourceUrl: ARTICLE_URL, suggestionId: null });
    expect(recorded!.postUrl).toMatch(/^https:\/\/www\.linkedin\.com\/feed\/update\/urn:li:activity:\d+\/$/);
    expect(s.errors).toEqual([]);
    expect(s.blockedRequests).toEqual([]);
  });

  it('records nothing for "Share this page" without the record consent', async () => {
    session = await launch({
      routes: {
        [ARTICLE_URL]: {
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="en"><head><title>${ARTICLE_TITLE}</title></head><body></body></html>`,
        },
      },
    });
    const s = session;
    await setConsent(s, { panel: true, reminders: false, recordShares: false });
    const { popup } = await popupForArticle(s);
    const composerTab = s.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Share this page on LinkedIn' }).click();
    const linkedin = await composerTab;
    const editor = linkedin.locator('[componentkey="ShareBox_textEditor"]');
    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toContain(ARTICLE_URL);
    await linkedin.locator('[data-fixture-post]').click();
    await expect.poll(() => linkedin.getByText('Post successful.').count()).toBe(1);
    await linkedin.waitForTimeout(1000);
    expect(await shares(s)).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it.each([
    [
      'en',
      'Suggest this page to Nordvind Kommunikation',
      'Suggestion for our feed: ',
      'This page could be worth sharing',
    ],
    [
      'da',
      'Foreslå denne side til Nordvind Kommunikation',
      'Forslag til vores feed: ',
      'Denne side kunne være værd at dele',
    ],
  ] as const)(
    '"Suggest this page" builds the mailto: draft to the feed’s contact (%s), captured and not opened',
    async (language, linkName, subjectStart, bodyLine) => {
      session = await launch({
        routes: {
          [ARTICLE_URL]: {
            contentType: 'text/html; charset=utf-8',
            body: `<!doctype html><html><head><title>${ARTICLE_TITLE} & more</title></head><body></body></html>`,
          },
        },
      });
      const s = session;
      await setUiLanguage(s, language);
      const { popup } = await popupForArticle(s);
      // Capture the draft instead of handing it to a mail program.
      await popup.evaluate(() => {
        document.addEventListener(
          'click',
          (event) => {
            const link = (event.target as Element).closest('a[href^="mailto:"]');
            if (!link) return;
            event.preventDefault();
            (window as unknown as { captured: string[] }).captured ??= [];
            (window as unknown as { captured: string[] }).captured.push((link as HTMLAnchorElement).href);
          },
          true,
        );
      });
      const link = popup.getByRole('link', { name: linkName });
      await link.click();
      const [mailto] = await popup.evaluate(() => (window as unknown as { captured?: string[] }).captured ?? []);
      expect(mailto).toBeDefined();
      const draft = new URL(mailto!);
      expect(draft.protocol).toBe('mailto:');
      // The address the demo feed declares (`_advocacy.communications_contact`), and nobody else.
      expect(draft.pathname).toBe('forslag@nordvind.example');
      expect([...draft.searchParams.keys()]).toEqual(['subject', 'body']);
      // The title's "&" stays inside the subject: it cannot start another header.
      expect(draft.searchParams.get('subject')).toBe(`${subjectStart}${ARTICLE_TITLE} & more`);
      const text = draft.searchParams.get('body')!;
      expect(text).toContain(bodyLine);
      expect(text).toContain(`${ARTICLE_TITLE} & more\r\n${ARTICLE_URL}`);
      // Nothing was sent: no request left the browser, no tab was opened for the draft.
      expect(s.blockedRequests).toEqual([]);
      expect(s.context.pages().some((page) => page.url().startsWith('mailto:'))).toBe(false);
      await screenshot(popup, `badge-this-page-popup-suggest-${language}`);
      expect(s.errors).toEqual([]);
    },
  );
});
