/// <reference types="chrome" />
/**
 * "Copy a report for the developers" in Chromium with the built extension: LinkedIn ships a
 * composer we do not recognise → the popup says so and offers the report → the person sees the
 * whole report → copies it (read back from the clipboard). The report describes the page's
 * structure and holds nothing of what is on it; the extension sends nothing.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LayoutSignals } from '@/lib/shared/linkedin/selectors';
import { ARTIFACTS_DIR, screenshot, setConsent } from './harness';
import { panelIn } from './panel-view';
import { useExtension } from './use-extension';

describe('the developer report', () => {
  const session = useExtension({ linkedinFixture: 'linkedin.html' });

  it('unknown layout → the popup offers the report → preview → copy', async () => {
    await setConsent(session);
    const page = await session.context.newPage();
    // The 2025 Ember share box (hashed class, no aria-label) and a composer layout we do not know.
    await page.goto('https://www.linkedin.com/feed/?layout=unknown&sharebox=ember-2025');
    await page.locator('#start-post strong').click();
    await expect.poll(() => page.locator('[data-fixture-composer]').count()).toBe(1);
    await page.locator('[data-fixture-composer] [contenteditable]').fill('My private draft about the Falcon deal');
    // The watcher waits EXPECT_MS for a composer it recognises, then reports; the background
    // then reads the page's structure once, in that tab.
    await expect
      .poll(
        () =>
          session.worker.evaluate(async () => {
            const { health, layoutSignals } = await chrome.storage.local.get(['health', 'layoutSignals']);
            return {
              notFound: (health as { counts: Record<string, number> } | undefined)?.counts['composer-not-found'] ?? 0,
              trigger: (layoutSignals as { trigger?: string } | undefined)?.trigger ?? null,
            };
          }),
        { timeout: 15_000 },
      )
      .toEqual({ notFound: 1, trigger: 'composer-not-found' });
    expect(await panelIn(session, page).mounted()).toBe(0);
    await screenshot(page, 'report-unknown-layout-page');

    // The clipboard is the browser's: read it from a LinkedIn page (Chromium grants no permission
    // to an extension origin from outside), write it from the popup as the person does.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://www.linkedin.com',
    });
    const clipboard = async () => {
      await page.bringToFront();
      return page.evaluate(() => navigator.clipboard.readText());
    };
    await page.evaluate(() => navigator.clipboard.writeText('(empty)'));
    const origin = `chrome-extension://${session.extensionId}`;
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 360, height: 1100 });
    await popup.goto(`${origin}/popup.html`);
    await expect.poll(() => popup.getByText(/composer was not recognised lately/).count()).toBe(1);
    const offer = popup.getByRole('button', { name: 'Copy a report for the developers' });
    await offer.scrollIntoViewIfNeeded();
    await screenshot(popup, 'report-popup-offer');

    await offer.click();
    const preview = popup.getByRole('textbox', { name: 'Report for the developers' });
    await expect.poll(() => preview.count(), { timeout: 10_000 }).toBe(1);
    const text = await preview.inputValue();
    await preview.scrollIntoViewIfNeeded();
    await screenshot(popup, 'report-popup-preview');
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(join(ARTIFACTS_DIR, 'report-popup-preview.txt'), text); // the whole report, to read

    // What the developers need: which alternatives matched on this page, the markers, the counters.
    // Issue 24: no placeholder address ships; a tracker appears only when the build sets one.
    expect(text).toMatch(/^Advocacy for LinkedIn: layout report for the developers\n\n\{/);
    expect(text).not.toContain('example-org');
    expect(await popup.getByRole('link', { name: 'the project’s issue tracker' }).count()).toBe(0);
    const report = JSON.parse(text.slice(text.indexOf('{'))) as {
      extensionVersion: string;
      browser: string;
      linkedInLanguage: string;
      health: { counts: Record<string, number> };
      signalsAtFailure: { trigger: string; page: string; signals: LayoutSignals };
      signalsNow: { trigger: string; signals: LayoutSignals } | null;
    };
    expect(report.extensionVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(report.browser).toMatch(/^(Chromium|Google Chrome|Chrome) \d+/);
    expect(report.linkedInLanguage).toBe('en');
    expect(report.health.counts['composer-not-found']).toBe(1);
    expect(report.signalsAtFailure).toMatchObject({ trigger: 'composer-not-found', page: 'feed' });
    const signals = report.signalsAtFailure.signals;
    expect(signals.matches.launcher['.share-box-feed-entry__top-bar > button']).toEqual([1, 1]);
    expect(signals.markers).toMatchObject({ interopOutlet: true, composer: null, mainFeed: true });
    expect(signals.markers.contentEditables).toBeGreaterThanOrEqual(3);
    expect(report.signalsNow?.trigger).toBe('on-request'); // read again from the open LinkedIn tab
    // …and nothing of what is on the page.
    for (const secret of ['Falcon', 'Nordvind', 'Jane Colleague', 'Esbjerg', 'me-the-reader', '/in/', 'urn:li:']) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/\d{7,}/);

    // Nothing was copied while the person was only looking at it.
    expect(await clipboard()).toBe('(empty)');
    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Copy to clipboard' }).click();
    await expect.poll(() => popup.getByText(/^Copied\./).count()).toBe(1);
    await screenshot(popup, 'report-popup-copied');
    expect(await clipboard()).toBe(text);
    // The extension sent nothing: the only requests were the routed fixtures.
    expect(session.blockedRequests.filter((host) => host !== 'www.linkedin.com')).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
