/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../lib/stats/compute';
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
});
