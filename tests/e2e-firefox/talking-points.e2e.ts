/**
 * Issue 27 in Firefox ESR: under a suggestion, "If someone asks…" lists that item's talking
 * points folded; opened by the person's click, Copy puts one answer (and its link) on the
 * clipboard, read back from Firefox's own clipboard service, and nothing goes into the post.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageScreenshot, waitFor, type FirefoxSession } from './harness';
import { launchOptedIn } from './pages';
import { openComposerPanel, SUGGESTIONS } from './panel-view';

const EDITOR = '[componentkey="ShareBox_textEditor"]';

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
    session = await launchOptedIn({ panel: true, reminders: false, recordShares: false });
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
});
