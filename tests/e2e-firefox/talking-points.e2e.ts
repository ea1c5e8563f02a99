/**
 * Issue 27 in Firefox ESR: under a suggestion, "If someone asks…" lists that item's talking
 * points folded; opened by the person's click, Copy puts one answer (and its link) on the
 * clipboard, read back from Firefox's own clipboard service, and nothing goes into the post.
 * "Copy picture" comes with its card, in the one panel-data answer: the card whose picture the
 * worker read at sync time never shows without it, the other never with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_STATES, WATCH_CARDS } from '../helpers/card-states';
import { pictureFeed } from '../helpers/e2e';
import { pageScreenshot, waitFor, type FirefoxSession } from './harness';
import { launchOptedIn } from './pages';
import { openComposerPanel, panelIn, SUGGESTIONS } from './panel-view';

const EDITOR = '[componentkey="ShareBox_textEditor"]';

// The organization's feed for the picture case, served by the harness's local https server.
const FEED_URL = 'https://news.example.com/feed.json';
const PICTURE_URL = 'https://news.example.com/harbour.png';
const NOT_A_PICTURE_URL = 'https://news.example.com/not-a-picture.png';
const picturesServed = pictureFeed(PICTURE_URL, { title: 'Page, not a picture', image: NOT_A_PICTURE_URL });

/** The system clipboard's text, as Firefox itself holds it (chrome context). */
function clipboardText(session: FirefoxSession): Promise<string> {
  return session.marionette.inChrome(async () => {
    const { value } = await session.marionette.send<{ value: string }>('WebDriver:ExecuteScript', {
      script: `const transferable = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
        transferable.init(null);
        transferable.addDataFlavor('text/plain');
        Services.clipboard.getData(transferable, Ci.nsIClipboard.kGlobalClipboard);
        const data = {};
        transferable.getTransferData('text/plain', data);
        return data.value.QueryInterface(Ci.nsISupportsString).data;`,
      args: [],
    });
    return value;
  });
}

describe.sequential('talking points in the panel in Firefox ESR (issue 27)', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchOptedIn(
      { panel: true, reminders: false, recordShares: false },
      {
        serve: {
          [FEED_URL]: { type: 'application/feed+json', body: picturesServed },
          // Only the headers are read when the feed is stored (type and size): the body does not matter.
          [PICTURE_URL]: { type: 'image/png', body: 'png' },
          [NOT_A_PICTURE_URL]: { type: 'text/html', body: '<p>not a picture</p>' },
        },
      },
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  it("lists the item's talking points folded under its card, and Copy puts one answer on the clipboard", async () => {
    const page = await session.browser.newPage();
    const panel = await openComposerPanel(session, page, 'v3');
    const list = SUGGESTIONS;
    const card = { role: 'listitem', within: list, text: /service hub in Esbjerg/ };
    await waitFor(
      'the Esbjerg card',
      () => panel.count(card),
      (count) => count === 1,
    );
    const summary = { selector: 'summary', within: card };
    expect(await panel.text(summary)).toBe('If someone asks… (2)');
    expect(await panel.count({ selector: 'details[open]', within: card })).toBe(0);
    await panel.click(summary);
    await waitFor(
      'the talking points opened',
      () => panel.count({ selector: 'details[open]', within: card }),
      (count) => count === 1,
    );
    expect(await panel.text({ selector: '.talking-point__question', within: card })).toBe(
      'How many jobs does the Esbjerg service hub create?',
    );
    await panel.click({
      role: 'button',
      name: 'Copy the answer to “How many jobs does the Esbjerg service hub create?”',
    });
    await waitFor(
      'the copy confirmed',
      () => panel.count({ role: 'status', text: 'Put it in your own words' }),
      (count) => count === 1,
    );
    expect(await clipboardText(session)).toBe(
      'We are hiring about 60 technicians and planners during 2027. The jobs are posted on our careers page as they open, and we also train new people through our apprentice programme.\nhttps://www.nordvind.example/job',
    );
    expect((await page.$eval(`pierce/${EDITOR}`, (node) => (node as HTMLElement).innerText)).trim()).toBe('');
    await pageScreenshot(page, 'talking-points-copied');
    await page.close();
  });

  it('renders Copy picture with its card, from the first frame, only where the worker read the picture', async () => {
    // The organization's feed, stored as "Test and save" would (Marionette is on the extension page).
    await session.marionette.executeAsync(`await browser.storage.local.set({ feedUrl: ${JSON.stringify(FEED_URL)} });
      return true;`);
    await waitFor(
      'the picture feed synced',
      () =>
        session.marionette.executeAsync<[string, number]>(`const answer = await browser.runtime.sendMessage({
            type: 'feed:status', payload: {} });
          return [answer.data.url, answer.data.itemCount];`),
      ([url, count]) => url === FEED_URL && count === 2,
      20_000,
    );
    const page = await session.browser.newPage();
    await page.goto('https://www.linkedin.com/feed/?layout=v3');
    const panel = panelIn(session, page);
    // Recording from our content-script sandbox before the composer opens.
    await waitFor(
      'the card recorder',
      () => panel.evaluate<boolean>(WATCH_CARDS),
      (ok) => ok === true,
      15_000,
    );
    await page.locator('::-p-text(Start a post)').click();
    const list = SUGGESTIONS;
    const harbour = { role: 'listitem', within: list, text: /Harbour picture/ };
    await waitFor(
      'the harbour card',
      () => panel.count({ role: 'button', name: /^Copy the picture of/, within: harbour }),
      (count) => count === 1,
      15_000,
    );
    expect(
      await panel.count({ role: 'button', name: /^Copy the picture of/, within: { ...harbour, text: /Page, not/ } }),
    ).toBe(0);
    expect(await panel.evaluate<string[]>(CARD_STATES)).toEqual([
      'Harbour picture: button',
      'Page, not a picture: none',
    ]);
    await pageScreenshot(page, 'copy-picture-button');
    await page.close();
  });
});
