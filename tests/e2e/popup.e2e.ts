/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../lib/worker/stats/compute';
import { screenshot } from './harness';
import { giveConsent, realisticShares, seedShares } from './popup-seed';
import { useExtension } from './use-extension';
import { setUiLanguage } from '../helpers/chromium-steps';

describe('the popup in Chromium', () => {
  const session = useExtension();

  it('shows a new person what to do first', async () => {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 360, height: 900 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => popup.getByRole('heading', { name: 'Nothing shared yet' }).count()).toBe(1);
    await screenshot(popup, 'popup-empty');
    expect(session.errors).toEqual([]);
  });

  it('shows the figures and recent shares from the records in the extension’s database', async () => {
    await giveConsent(session);
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 360, height: 1500 });
    const url = `chrome-extension://${session.extensionId}/popup.html`;
    await popup.goto(url);
    // The first opening has the background create its database.
    await expect.poll(() => popup.getByRole('heading', { name: 'Nothing shared yet' }).count()).toBe(1);

    const now = new Date();
    const shares = realisticShares(now, 26);
    await seedShares(session, shares);
    await popup.reload();
    const timeZone = await popup.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const expected = computeStats(shares, now, timeZone);

    const tile = (label: string) => popup.locator('.pp-tile', { hasText: label });
    await expect.poll(() => tile('All time').textContent()).toContain(`${expected.total} shares`);
    expect(await tile('This week').textContent()).toContain(`${expected.thisWeek} share`);
    expect(await tile('This month').textContent()).toContain(`${expected.thisMonth} share`);
    expect(await popup.getByText(/started from a suggestion/).textContent()).toContain(String(expected.fromSuggestion));

    // The chart's text alternative has all 12 weeks with the same counts.
    const rows = popup.getByRole('table', { name: 'Shares per week in the last 12 weeks' }).locator('tbody tr');
    expect(await rows.count()).toBe(12);
    expect((await rows.locator('td:last-child').allTextContents()).map(Number)).toEqual(
      expected.weeks.map((w) => w.count),
    );

    // Recent shares, newest first, with LinkedIn's post link.
    const recent = popup.locator('.pp-recent li');
    expect(await recent.count()).toBe(5);
    expect(await recent.first().textContent()).toContain('We are opening an office in Aarhus');
    expect(await recent.first().getByRole('link', { name: 'View post' }).getAttribute('href')).toBe(shares[0]!.postUrl);

    // Consent and composer health from storage.
    expect(await popup.locator('.pp-consent .pp-on').count()).toBe(3);
    expect(await popup.getByText('LinkedIn’s composer is recognised.').count()).toBe(1);
    await screenshot(popup, 'popup-with-data');

    // The person switches to Danish: the popup follows live, with Danish plurals and dates.
    await setUiLanguage(session, 'da');
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe('Min deling');
    expect(await tile('I alt').textContent()).toContain(`${expected.total} delinger`);
    await screenshot(popup, 'popup-with-data-da');
    expect(session.errors).toEqual([]);
  });

  it('finds a talking point by search and copies its answer to the clipboard, with the tip of the day (issue 27)', async () => {
    // The clipboard is the browser's: read it back from a LinkedIn model page (Chromium grants no
    // permission to an extension origin from outside); the popup writes it on the person's click.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://www.linkedin.com',
    });
    const page = await session.context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    await page.evaluate(() => navigator.clipboard.writeText('(empty)'));

    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 360, height: 900 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    // The demo feed (no feed chosen yet): Nordvind Energi's eight talking points and five tips.
    const section = popup.getByRole('region', { name: 'Talking points' });
    await section.waitFor();
    expect(await section.getByRole('listitem').count()).toBe(8);
    // One tip, the same on every opening today.
    const tip = section.getByRole('complementary', { name: /Tip of the day/ });
    const tipText = await tip.textContent();
    expect(tipText).toMatch(/\w/);

    const search = section.getByRole('searchbox', { name: 'Search the talking points' });
    await search.focus();
    await popup.keyboard.type('greenwashing');
    await expect.poll(() => section.getByRole('listitem').count()).toBe(1);
    await section.getByText('1 talking point', { exact: true }).waitFor();
    // By topic too: "recruiting" finds the jobs and the graduate programme.
    await search.fill('recruiting');
    await expect.poll(() => section.getByRole('listitem').count()).toBe(2);
    await search.fill('greenwashing');
    await expect.poll(() => section.getByRole('listitem').count()).toBe(1);

    // Keyboard: Tab from the search reaches Copy; Enter copies.
    await search.focus();
    await popup.keyboard.press('Tab');
    const copy = section.getByRole('button', { name: "Copy the answer to “Isn't this just greenwashing?”" });
    expect(await copy.evaluate((button) => button === document.activeElement)).toBe(true);
    await popup.keyboard.press('Enter');
    await section.getByText('The answer is copied. Make it your own before you use it.').waitFor();
    await section.scrollIntoViewIfNeeded();
    await screenshot(popup, 'popup-talking-points');

    await page.bringToFront();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^A fair question\. We publish what works and what doesn.t/);

    // A new opening shows the same tip (chosen per day, not per opening).
    await popup.reload();
    await popup.getByRole('region', { name: 'Talking points' }).waitFor();
    expect(await popup.getByRole('complementary', { name: /Tip of the day/ }).textContent()).toBe(tipText);
    expect(session.errors).toEqual([]);
  });
});
