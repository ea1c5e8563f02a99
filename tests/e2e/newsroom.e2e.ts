/// <reference types="chrome" />
/**
 * Real Danish newsrooms in Chromium (issue 24): a Latin-1 newsroom feed entered by the company's
 * homepage address shows "Søndergård" correctly in the panel; in the Danish interface, an
 * unreachable feed and a feed with no usable item are explained in Danish in the options page
 * and the popup (the worker sends problem codes, each surface says them in the person's language).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { suggestionsOnLinkedIn } from '../helpers/chromium-steps';
import { launch, screenshot } from './harness';

const HOME = 'https://www.sondergaard-raadgivning.example/';
const FEED = 'https://www.sondergaard-raadgivning.example/nyheder/feed.rss';
const CORS = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'if-modified-since' };
// Our own fixtures: a homepage in ISO-8859-1 with several alternate links, and the newsroom's RSS
// in ISO-8859-1, declared only in its XML declaration (the server sends no charset).
const homepage = readFileSync('tests/fixtures/feeds/newsroom-home.html');
const latin1Rss = readFileSync('tests/fixtures/feeds/rss-latin1-newsroom.xml');

function fulfil(body: Buffer | string, contentType: string) {
  return async (route: Route) => {
    if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: CORS });
    return route.fulfill({ status: 200, contentType, headers: CORS, body });
  };
}

describe('Danish newsrooms in Chromium', () => {
  it('finds a Latin-1 newsroom feed from the homepage address and shows “Søndergård” in the panel', async () => {
    const session = await launch();
    await session.context.route(HOME, fulfil(homepage, 'text/html'));
    await session.context.route(FEED, fulfil(latin1Rss, 'application/rss+xml'));
    try {
      const options = await session.context.newPage();
      await options.setViewportSize({ width: 1100, height: 1400 });
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.getByLabel('Feed URL').fill(HOME);
      await options.getByRole('button', { name: 'Test and save' }).click();
      // Three feeds on the page: the person chooses; the news feed is first.
      await options
        .getByText('www.sondergaard-raadgivning.example links to several feeds.', { exact: false })
        .waitFor();
      const choice = options.getByRole('group', { name: /links to several feeds/ });
      expect(await choice.getByRole('radio').count()).toBe(3);
      await choice.getByRole('radio', { name: /Søndergård Rådgivning » Nyheder \(RSS\)/ }).check();
      await screenshot(options, 'newsroom-choose-feed');
      await options.getByRole('button', { name: 'Use this feed' }).click();
      await options.getByText('Saved. Found 3 suggestions in “Søndergård Rådgivning”.').waitFor();
      await options.getByText(`The feed’s own address is saved: ${FEED}`, { exact: false }).waitFor();
      await screenshot(options, 'newsroom-saved');
      // The feed's address is saved, not the page's.
      await expect.poll(() => options.getByLabel('Feed URL').inputValue()).toBe(FEED);

      const { page, shown } = await suggestionsOnLinkedIn(session, 3);
      expect(shown).toContain('Søndergård Rådgivning åbner kontor i Århus');
      expect(shown).toContain('Kontoret ligger på Åboulevarden.');
      expect(shown).not.toContain('\uFFFD');
      expect(shown).not.toMatch(/Ã|Â/);
      await screenshot(page, 'newsroom-latin1-panel');
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('imports a newsroom into the studio from its homepage: name, website and language filled, downloadable at once', async () => {
    const session = await launch();
    await session.context.route(HOME, fulfil(homepage, 'text/html; charset=iso-8859-1'));
    await session.context.route(FEED, fulfil(latin1Rss, 'application/rss+xml'));
    try {
      const studio = await session.context.newPage();
      await studio.setViewportSize({ width: 1400, height: 1000 });
      await studio.goto(`chrome-extension://${session.extensionId}/studio.html`);
      await studio.getByLabel('Feed address (RSS, Atom or JSON Feed)').fill(HOME);
      await studio.getByRole('button', { name: 'Import', exact: true }).click();
      await studio.getByRole('button', { name: 'Read Søndergård Rådgivning » Nyheder (RSS)' }).click();
      await studio.getByRole('heading', { name: '3 items' }).waitFor();
      await studio.getByRole('heading', { name: /^Item 1: Søndergård Rådgivning åbner kontor i Århus/ }).waitFor();
      const download = studio.getByRole('button', { name: 'Download feed.json' });
      await expect.poll(() => download.isEnabled(), { timeout: 15_000 }).toBe(true);
      await studio.getByRole('button', { name: 'Feed settings' }).click();
      expect(await studio.getByLabel('Name', { exact: true }).inputValue()).toBe('Søndergård Rådgivning');
      expect(await studio.getByLabel('Home page (https)').inputValue()).toBe(HOME);
      expect(await studio.getByLabel('Main language').inputValue()).toBe('da');
      await screenshot(studio, 'newsroom-studio-import');
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('explains an unreachable feed and a feed with no usable item in Danish, in options and the popup', async () => {
    const session = await launch();
    let mode: 'ok' | 'down' | 'http' = 'ok';
    await session.context.route(FEED, async (route) => {
      if (mode === 'down') return route.abort('connectionrefused');
      const text = latin1Rss.toString('latin1');
      const body =
        mode === 'http'
          ? Buffer.from(
              text.replaceAll('<link>https://', '<link>http://').replaceAll('<guid>https://', '<guid>http://'),
              'latin1',
            )
          : latin1Rss;
      return fulfil(body, 'application/rss+xml')(route);
    });
    try {
      const options = await session.context.newPage();
      await options.setViewportSize({ width: 1100, height: 1400 });
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      // A click, not check(): the radio is checked once the stored choice comes back (a moment
      // later under load); the Danish field label below waits for it.
      await options
        .getByRole('group', { name: 'Language of this interface' })
        .getByRole('radio', { name: 'Dansk' })
        .click();
      await options.getByLabel('Feed-adresse').fill(FEED);
      await options.getByRole('button', { name: 'Test og gem' }).click();
      await options.getByText('Gemt. Fandt 3 forslag i “Søndergård Rådgivning”.').waitFor();

      mode = 'down';
      await options.getByRole('button', { name: 'Se efter nye forslag nu' }).click();
      await options.getByText(/Den seneste opdatering mislykkedes: Feedet kunne ikke hentes/).waitFor();
      await options
        .getByRole('heading', { name: 'Status' })
        .scrollIntoViewIfNeeded()
        .catch(() => undefined);
      await screenshot(options, 'newsroom-da-unreachable-options');
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
      await popup.getByText(/Den seneste synkronisering mislykkedes: Feedet kunne ikke hentes/).waitFor();
      await screenshot(popup, 'newsroom-da-unreachable-popup');

      mode = 'http';
      await options.getByRole('button', { name: 'Se efter nye forslag nu' }).click();
      await options.getByText(/Ingen af de 3 indslag har et https-link/).waitFor();
      await options.getByText(/så det sidste gode beholdes/).waitFor();
      await screenshot(options, 'newsroom-da-rejected-options');
      await popup.reload();
      await popup.getByText(/Ingen af de 3 indslag har et https-link/).waitFor();
      await screenshot(popup, 'newsroom-da-rejected-popup');
      // Nothing English in the Danish sentences: the worker sent codes, not text.
      const said = await popup.locator('.pp-status-feed').innerText();
      expect(said).not.toMatch(/None of|could not be reached|was not accepted/);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
