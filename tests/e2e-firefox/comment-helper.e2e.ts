/**
 * Issue 28 in Firefox ESR, on one layout (V1, Ember's Quill comment box; Chromium covers V1, V2
 * and V3): the comment helper says who answers criticism of the organization beside a critical
 * thread, the extension types and presses nothing, and a page script cannot read its words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attackCommentHelper, COMMENT_HELPER, WHO_ANSWERS, type HelperView } from '../helpers/comment-helper-view';
import { pageScreenshot, waitFor, type FirefoxSession } from './harness';
import { launchOptedIn } from './pages';
import { panelIn } from './panel-view';

describe.sequential('the comment helper in Firefox ESR (issue 28)', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    // The reminder consent and "Also help in comment boxes", as the options page records them.
    session = await launchOptedIn(
      { panel: false, reminders: true, recordShares: false, commentHelp: true },
      { linkedinFixture: 'linkedin-comments.html' },
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says who answers a critical thread (V1), types and presses nothing, and keeps its words from the page', async () => {
    const page = await session.browser.newPage();
    await page.goto('https://www.linkedin.com/feed/?layout=v1&thread=critical');
    await page.locator('[data-fixture-comment]').click();
    await page.locator('[data-fixture-editor]').click();
    const words = 'So sorry to hear that.';
    await page.keyboard.type(words);
    const view = panelIn(session, page);
    const shown = await waitFor(
      'the comment helper with who answers criticism',
      () => view.evaluate<HelperView | null>(COMMENT_HELPER),
      (helper) => !!helper?.text.includes(WHO_ANSWERS),
      15_000,
    );
    await pageScreenshot(page, 'firefox-comment-helper-v1');
    expect(await page.evaluate(() => document.querySelector('[data-fixture-editor]')!.textContent.trim())).toBe(words);
    expect(await page.evaluate(() => (window as unknown as { __fixtureSubmits: unknown[] }).__fixtureSubmits)).toEqual(
      [],
    );

    await attackCommentHelper(page, shown!);
  });
});
