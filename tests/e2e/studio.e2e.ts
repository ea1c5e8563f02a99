/// <reference types="chrome" />
/**
 * The Feed studio, the whole loop as a communications person runs it: import the newsroom
 * by address, write a Danish and an English text, see an error and fix it, download
 * feed.json, use that file as the extension's feed, and see the new suggestion in the
 * panel on the LinkedIn model page and insert it.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { summarizeCheck } from '../../lib/node/feed/cli';
import { parseFeedText, validateFeed } from '../../lib/shared/feed/validate';
import { serializeFeed } from '../../lib/pages/studio/serialize';
import { newFeedTemplate } from '../../lib/pages/studio/template';
import { fixture, launch, screenshot, setConsent, type ExtensionSession } from './harness';
import { panelIn } from './panel-view';

const CORS = { 'access-control-allow-origin': '*' };
// The newsroom publishes RSS 2.0, as most do; the studio reads it through lib/shared/feed's parser.
const NEWSROOM = fixture('newsroom.rss');

async function download(page: Page): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download feed.json' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('feed.json');
  return readFileSync(await file.path(), 'utf8');
}

describe('the Feed studio in Chromium', () => {
  let session: ExtensionSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('imports a newsroom, is edited with checks, downloads a feed that the panel then suggests and inserts', async () => {
    session = await launch({
      routes: {
        'https://news.havbro.example/feed.xml': {
          body: NEWSROOM,
          contentType: 'application/rss+xml; charset=utf-8',
          headers: CORS,
        },
      },
    });
    // A server without CORS: to the page, its answer is a network failure (routing cannot
    // reproduce the browser's CORS check for extension pages, so the failure is made here).
    await session.context.route('https://closed.havbro.example/**', (route) => route.abort('failed'));
    const studio = await session.context.newPage();
    await studio.setViewportSize({ width: 1400, height: 1000 });
    await studio.goto(`chrome-extension://${session.extensionId}/studio.html`);
    await studio.getByRole('heading', { name: 'Feed studio', level: 1 }).waitFor();

    // 1. Import the newsroom by address (first one that needs a permission, then one with CORS).
    const importField = studio.getByLabel('Feed address (RSS, Atom or JSON Feed)');
    await importField.fill('https://closed.havbro.example/feed.json');
    await studio.getByRole('button', { name: 'Import', exact: true }).click();
    await studio.getByRole('button', { name: 'Allow reading from https://closed.havbro.example' }).waitFor();
    await importField.fill('https://news.havbro.example/feed.xml');
    await studio.getByRole('button', { name: 'Import', exact: true }).click();
    await studio.getByRole('heading', { name: '2 items' }).waitFor();
    await studio.getByRole('heading', { name: /^Item 1: Havbro Vind installs/ }).waitFor();

    // 2. A Danish and an English text for employees, and a campaign.
    await studio.getByRole('button', { name: 'Add a Danish text' }).click();
    await studio.getByRole('button', { name: 'Add an English text' }).click();
    const texts = studio.getByRole('textbox', { name: 'Text', exact: true });
    await texts
      .nth(0)
      .fill('Vores nye elektriske havnekran i Grenaa løfter vinger helt uden diesel. Jeg er stolt af holdet!');
    await texts
      .nth(1)
      .fill('Our new electric harbour crane in Grenaa lifts blades without any diesel. Proud of the team!');
    await studio.getByLabel('Campaign', { exact: true }).fill('harbour crane');

    // 3. Errors, in plain words next to the field; they block the download until fixed.
    const campaignField = studio.getByLabel('Campaign', { exact: true });
    await expect.poll(() => campaignField.getAttribute('aria-invalid')).toBe('true');
    await studio.locator('li.problem').getByText('Only letters, digits, - _ and . (no spaces).').waitFor();
    const downloadButton = studio.getByRole('button', { name: 'Download feed.json' });
    expect(await downloadButton.isDisabled()).toBe(true);
    await campaignField.scrollIntoViewIfNeeded();
    await screenshot(studio, 'studio-item-error');
    await campaignField.fill('harbour-crane-2026');
    await expect.poll(() => campaignField.getAttribute('aria-invalid')).toBe('false');
    // Issue 24: the import filled the organization's name from the newsroom's title (editable), so
    // nothing blocks the download any more; the team shortens the name.
    await studio.getByRole('button', { name: 'Feed settings' }).click();
    await expect.poll(() => studio.getByLabel('Name', { exact: true }).inputValue()).toBe('Havbro Vind – newsroom');
    expect(await studio.getByLabel('Home page (https)').inputValue()).toBe('https://news.havbro.example/');
    await studio.getByLabel('Name', { exact: true }).fill('Havbro Vind');
    await studio.getByRole('button', { name: 'Items' }).click();
    await expect.poll(() => downloadButton.isEnabled()).toBe(true);

    // The preview: the panel's card, the exact inserted text with the campaign link, the fold.
    const insertText = studio.getByTestId('insert-text');
    await expect.poll(() => insertText.getAttribute('data-text')).toContain('utm_campaign=harbour-crane-2026');
    expect(await insertText.getAttribute('data-text')).toMatch(
      /^Vores nye elektriske havnekran.*\n\nhttps:\/\/news\.havbro\.example\//s,
    );
    // This text is longer than what LinkedIn shows before "…see more": the preview marks where.
    await studio.getByTestId('fold').waitFor();
    await studio
      .getByRole('region', { name: 'The suggestion as an employee sees it' })
      .getByRole('heading')
      .first()
      .waitFor();
    await screenshot(studio, 'studio-preview');

    // 4. Download: a valid feed with both texts; opened again and downloaded again, byte-identical.
    const first = await download(studio);
    const checked = validateFeed(JSON.parse(first));
    expect(checked.ok && checked.skipped).toEqual([]);
    const feed = JSON.parse(first) as { items: { _advocacy?: { variants: { language: string }[] } }[] };
    expect(feed.items[0]!._advocacy!.variants.map((v) => v.language)).toEqual(['da', 'en']);
    await studio.getByRole('button', { name: 'New or open…' }).click();
    await studio
      .getByTestId('file-input')
      .setInputFiles({ name: 'feed.json', mimeType: 'application/json', buffer: Buffer.from(first) });
    await studio.getByRole('heading', { name: '2 items' }).waitFor();
    await expect.poll(() => downloadButton.isEnabled()).toBe(true);
    expect(await download(studio)).toBe(first);

    // Autosaved on this device: a reload brings the same feed back.
    await studio.reload();
    await studio.getByRole('heading', { name: '2 items' }).waitFor();

    // 5. That file as the extension's feed (options page), then the panel on LinkedIn.
    await session.context.route('https://news.havbro.example/advocacy/feed.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/feed+json', headers: CORS, body: first }),
    );
    await setConsent(session, { panel: true, reminders: false, recordShares: false });
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('link', { name: 'Open the Feed studio' }).waitFor();
    await options.getByLabel('Feed URL').fill('https://news.havbro.example/advocacy/feed.json');
    await options.getByRole('button', { name: 'Test and save' }).click();
    await options.getByText(/^Saved\. Found 2 suggestions/).waitFor();

    const linkedin = await session.context.newPage();
    await linkedin.goto('https://www.linkedin.com/feed/');
    await linkedin.getByText('Start a post').click();
    const panel = panelIn(session, linkedin);
    const card = { selector: 'article', text: 'Havbro Vind installs its first electric harbour crane' };
    await expect.poll(() => panel.count(card), { timeout: 15_000 }).toBe(1);
    await panel.click({ role: 'button', name: /^Insert/, within: card });
    const editor = linkedin.locator('[componentkey="ShareBox_textEditor"]');
    await expect.poll(() => editor.innerText()).toContain('utm_campaign=harbour-crane-2026');
    expect(await editor.innerText()).toMatch(/Our new electric harbour crane|Vores nye elektriske havnekran/);
    await screenshot(linkedin, 'studio-feed-in-panel');
    // The one failed load is the closed server's, made to fail above.
    expect(
      session.errors.filter((error) => !/studio\.html: Failed to load resource: net::ERR_FAILED$/.test(error)),
    ).toEqual([]);
    expect(session.errors.length).toBeLessThanOrEqual(1);
  });

  it('adds a talking point, attaches it to an item, previews it as the panel will, and downloads a feed that checks clean (issue 27)', async () => {
    session = await launch();
    const studio = await session.context.newPage();
    await studio.setViewportSize({ width: 1400, height: 1000 });
    await studio.goto(`chrome-extension://${session.extensionId}/studio.html`);
    await studio.getByRole('heading', { name: 'Feed studio', level: 1 }).waitFor();
    // The team's feed: named, one item with a Danish and an English text.
    const template = newFeedTemplate();
    const start = {
      ...template,
      _advocacy: { ...(template._advocacy as object), organization: { name: 'Havbro Vind' } },
      items: [
        {
          id: 'harbour-crane',
          url: 'https://news.havbro.example/crane',
          title: 'Havbro Vind installs its first electric harbour crane',
          _advocacy: {
            campaign: 'harbour-crane',
            variants: [
              { language: 'da', text: 'Vores nye elektriske havnekran løfter vinger uden diesel.' },
              { language: 'en', text: 'Our new electric harbour crane lifts blades without diesel.' },
            ],
          },
        },
      ],
    };
    await studio
      .getByTestId('file-input')
      .setInputFiles({ name: 'feed.json', mimeType: 'application/json', buffer: Buffer.from(serializeFeed(start)) });
    await studio.getByRole('heading', { name: /^Item 1: Havbro Vind installs/ }).waitFor();

    // 1. Feed settings → Talking points: a question and a short answer in both languages, a link.
    await studio.getByRole('button', { name: 'Feed settings' }).click();
    await studio.getByRole('button', { name: 'Add a talking point' }).click();
    const point = studio.getByRole('group', { name: 'Talking point 1' });
    const question = point.getByRole('group', { name: 'Question' });
    await question.getByLabel('Danish').fill('Larmer den nye kran?');
    // Only Danish so far: the warning says so next to the question.
    await question.getByText('No English text', { exact: false }).waitFor();
    await question.getByLabel('English').fill('Is the new crane noisy?');
    const answer = point.getByRole('group', { name: 'Short answer' });
    await answer.getByLabel('Danish').fill('Nej, den er elektrisk og larmer mindre end en lastbil.');
    await answer.getByLabel('English').fill('No, it is electric and quieter than a lorry.');
    const link = point.getByLabel('Link (https)');
    await link.fill('http://news.havbro.example/crane');
    await expect.poll(() => link.getAttribute('aria-invalid')).toBe('true');
    await link.fill('https://news.havbro.example/crane');
    await expect.poll(() => link.getAttribute('aria-invalid')).toBe('false');
    await expect.poll(() => question.getByText('No English text', { exact: false }).count()).toBe(0);
    await point.scrollIntoViewIfNeeded();
    await screenshot(studio, 'studio-talking-point-form');

    // 2. The item editor: tick the talking point for the item.
    await studio.getByRole('button', { name: 'Items' }).click();
    const attach = studio.getByRole('group', { name: 'Talking points for this item' });
    await attach.getByRole('checkbox', { name: /Is the new crane noisy\?/ }).check();

    // 3. The preview: "If someone asks…" under the card, folded, as the panel will show it.
    const card = studio.getByRole('region', { name: 'The suggestion as an employee sees it' });
    const asks = card.locator('details.talking-points');
    await asks.waitFor();
    expect(await asks.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await asks.locator('summary').textContent()).toBe('Hvis nogen spørger… (1)');
    await asks.locator('summary').click();
    await asks.getByText('Nej, den er elektrisk og larmer mindre end en lastbil.').waitFor();
    await asks.scrollIntoViewIfNeeded();
    await screenshot(studio, 'studio-talking-point-preview');

    // 4. Download: the file names the talking point, and feed:check reads it without a warning.
    const downloadButton = studio.getByRole('button', { name: 'Download feed.json' });
    await expect.poll(() => downloadButton.isEnabled()).toBe(true);
    const file = await download(studio);
    const feed = JSON.parse(file) as {
      _advocacy: { talking_points: { id: string }[] };
      items: { _advocacy: { talking_points?: string[] } }[];
    };
    expect(feed._advocacy.talking_points.map((entry) => entry.id)).toEqual(['talking-point-1']);
    expect(feed.items[0]!._advocacy.talking_points).toEqual(['talking-point-1']);
    const check = summarizeCheck(parseFeedText(file), new Date());
    expect(check.code).toBe(0);
    expect(check.lines.filter((line) => line.startsWith('warning'))).toEqual([]);
    expect(check.lines.join('\n')).toContain('talking points: 1 (named by 1 item); tips: 0');
    expect(session.errors).toEqual([]);
  });
});
