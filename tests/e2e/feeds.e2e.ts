/// <reference types="chrome" />
/**
 * A newsroom's plain RSS feed, end to end in Chromium (issue 12): saved in the options page,
 * its items in the panel on the LinkedIn model page with no markup visible; a later version in
 * which no item is usable keeps the last good feed, and options and popup say why.
 */
import { describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { suggestionsOnLinkedIn } from '../helpers/chromium-steps';
import { launch, screenshot } from './harness';

const FEED_URL = 'https://news.example.com/nyheder.rss';

// Our own fixture, modeled on CMS newsroom feeds: CDATA with HTML, entities, content:encoded.
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Nordvind Energi &#8211; Nyheder</title>
  <link>https://www.nordvind.example/</link>
  <description>Nyheder</description>
  <language>en</language>
  <item>
    <title>Service hub in Esbjerg &amp; 40 new jobs</title>
    <link>https://www.nordvind.example/news/esbjerg-hub</link>
    <guid isPermaLink="false">nv-118</guid>
    <pubDate>Tue, 24 Nov 2026 08:00:00 +0100</pubDate>
    <category>Jobs</category>
    <description><![CDATA[<p>We are opening a <strong>service hub</strong> in Esbjerg.</p><p>It brings 40&nbsp;new jobs &amp; apprenticeships.</p><script>alert(1)</script>]]></description>
  </item>
  <item>
    <title>Blade recycling: a second life for glass fibre</title>
    <link>https://www.nordvind.example/news/blades</link>
    <dc:date>2026-11-18T10:00:00+01:00</dc:date>
    <content:encoded><![CDATA[<h2>Recycling</h2><p>Old blades become <em>bridges</em> &amp; benches.</p>]]></content:encoded>
  </item>
  <item>
    <title>Annual report 2026 is out</title>
    <link>https://www.nordvind.example/news/report</link>
    <pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate>
    <description>Read it on &lt;b&gt;nordvind.example&lt;/b&gt; &#8230;</description>
  </item>
</channel>
</rss>`;

// The same feed after a CMS migration that published every link over http.
const RSS_ALL_HTTP = RSS.replaceAll('<link>https://', '<link>http://');

describe('a plain RSS feed in Chromium', () => {
  it('is saved in options, shows its items in the panel without markup, and keeps the last good feed when nothing is usable', async () => {
    const session = await launch();
    let body = RSS;
    const requests: Record<string, string>[] = [];
    const serve = async (route: Route) => {
      const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'if-modified-since' };
      if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
      requests.push(route.request().headers());
      return route.fulfill({ status: 200, contentType: 'application/rss+xml; charset=utf-8', headers: cors, body });
    };
    await session.context.route(FEED_URL, serve);
    try {
      const options = await session.context.newPage();
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.getByLabel('Feed URL').fill(FEED_URL);
      await options.getByRole('button', { name: 'Test and save' }).click();
      await options.getByText('Saved. Found 3 suggestions in “Nordvind Energi – Nyheder”.').waitFor();
      await options.getByText('Read as RSS 2.0.').waitFor();
      await options.setViewportSize({ width: 1100, height: 1400 });
      await options.getByRole('heading', { name: 'Where suggestions come from' }).scrollIntoViewIfNeeded();
      await screenshot(options, 'feeds-rss-saved');

      const { page, panel, list, shown } = await suggestionsOnLinkedIn(session, 3);
      expect(shown).toContain('Service hub in Esbjerg & 40 new jobs');
      expect(shown).toContain('We are opening a service hub in Esbjerg.');
      expect(shown).toContain('Old blades become bridges & benches.');
      expect(shown).toContain('Read it on nordvind.example …');
      // No markup, entity or script text anywhere a person can see.
      expect(shown).not.toMatch(/<\/?[a-z]+|&[a-z]+;|&#\d+;|alert\(1\)|CDATA/i);
      await screenshot(page, 'feeds-rss-panel');

      // Insert the newest: its title and short summary, the campaign-tracked link, the own-words prompt.
      await panel.click({ role: 'button', name: /^Insert/, within: list });
      await expect.poll(() => panel.count({ text: /Inserted\. Now make it your own/ })).toBe(1);
      const draft = await page.locator('[componentkey="ShareBox_textEditor"]').innerText();
      expect(draft).toContain('Service hub in Esbjerg & 40 new jobs');
      expect(draft).toMatch(/https:\/\/www\.nordvind\.example\/news\/esbjerg-hub\?utm_/);
      expect(draft).not.toMatch(/<\/?[a-z]+|&[a-z]+;/i);
      await screenshot(page, 'feeds-rss-inserted');

      // The newsroom republishes with http links only: rejected with the reason, last good feed kept.
      body = RSS_ALL_HTTP;
      await options.getByRole('button', { name: 'Check for new suggestions now' }).click();
      await options.getByText(/None of the 3 items has an https link/).waitFor();
      await options.getByText(/so the last good one is kept/).waitFor();
      await screenshot(options, 'feeds-rss-rejected-options');
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
      await popup.getByText(/None of the 3 items has an https link/).waitFor();
      await screenshot(popup, 'feeds-rss-rejected-popup');
      const status = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'feed:status', payload: {} }));
      expect((status as { data: { itemCount: number; format: string } }).data).toMatchObject({
        itemCount: 3,
        format: 'RSS 2.0',
      });

      // Every request for the feed carried the same fixed headers, and no validator of the server's.
      for (const headers of requests) {
        expect(headers['accept-language']).toBe('da, en;q=0.8');
        expect(headers['if-none-match']).toBeUndefined();
        expect(headers.cookie).toBeUndefined();
      }
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
