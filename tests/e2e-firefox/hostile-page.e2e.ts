/**
 * Issue 31 in Firefox ESR: a LinkedIn page script cannot read the composer panel's words by any
 * means a page has — `window.find` (which in Firefox used to hand the page the very text node
 * inside the closed root, through the selection's range), Selection and Range APIs, select-all
 * and copy with its own copy listener, drags, `caretPositionFromPoint` — while the person still
 * inserts and copies a suggestion. The same attacks as in Chromium (tests/helpers/page-attacks.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../wxt.config';
import { attackPanelWords, dragOverCard } from '../helpers/panel-attack-flow';
import { pageScreenshot, waitFor, type FirefoxSession } from './harness';
import { launchOptedIn } from './pages';
import { inTab, openComposerPanel, SUGGESTIONS } from './panel-view';

const EDITOR = '[componentkey="ShareBox_textEditor"]';

describe.sequential('a page script reading the panel’s words in Firefox ESR (issue 31)', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    // Consent for the panel and reminders, as the options page records it.
    session = await launchOptedIn({ panel: true, reminders: true, recordShares: false });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('gets nothing through window.find, Selection, Range, select-all and copy, drag or caretPositionFromPoint; the person still copies and inserts', async () => {
    const page = await session.browser.newPage();
    const panel = await openComposerPanel(session, page, 'v3');
    const list = SUGGESTIONS;
    await waitFor(
      'the reminder in the panel',
      () => panel.count({ role: 'region', name: 'Reminder' }),
      (count) => count === 1,
    );
    const attack = await attackPanelWords(page, panel, list);
    const { card, title } = attack;

    // The person's pointer on a card's text (press, drag, double and triple click) while the
    // page listens for drags, drops and the selection, having put the selection into the panel
    // by find.
    await dragOverCard(page, panel, attack, {
      dropZone: false,
      click: (at, count) => page.mouse.click(at.x, at.y, { count }),
    });
    await pageScreenshot(page, 'panel-text-attacked');

    // A screen reader reads the panel: Firefox's accessibility service (started in the tab's
    // content process from Marionette's system sandbox) names the heading, the card's title, the
    // Insert button and the card's text from the painted words.
    // (The service builds the tree once started: asked again until it answers.)
    const accessibleOf = () =>
      inTab<{ role: string; name: string; text: string }[]>(
        session,
        page,
        `const [id] = arguments;
      const { ExtensionContent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionContent.sys.mjs');
      const context = ExtensionContent.getContextByExtensionId(id, window);
      const root = Components.utils.evalInSandbox("globalThis[Symbol.for('advocacy.bridge')].panelRoot", context.sandbox);
      const service = Components.classes['@mozilla.org/accessibilityService;1'].getService(Components.interfaces.nsIAccessibilityService);
      const card = root.querySelector('li article');
      const nodes = [root.querySelector('h2'), card.querySelector('h3'), card.querySelector('button'), card.querySelector('.card__text')];
      return nodes.map((node) => {
        const accessible = service.getAccessibleFor(node);
        if (!accessible) return { role: 'none', name: '', text: '' };
        let text = '';
        try { text = accessible.QueryInterface(Components.interfaces.nsIAccessibleText).getText(0, -1); } catch {}
        return { role: service.getStringRole(accessible.role), name: accessible.name ?? '', text };
      });`,
        [GECKO_ID],
        'system',
      );
    const read = await waitFor('the accessibility tree', accessibleOf, (nodes) =>
      nodes.every((node) => node.role !== 'none'),
    );
    const cardText = (await panel.text({ selector: '.card__text', within: card }))!;
    expect(read).toEqual([
      { role: 'heading', name: 'Suggested posts', text: 'Suggested posts' },
      { role: 'heading', name: title, text: title },
      expect.objectContaining({ role: 'pushbutton', name: `Insert “${title}”` }),
      expect.objectContaining({ role: 'paragraph', text: cardText }),
    ]);

    // The person: Copy text (said in the panel's status), then Insert.
    await panel.click({ role: 'button', name: /^Copy the text of/, within: card });
    await waitFor(
      'the copy confirmed',
      () => panel.count({ role: 'status', text: 'Copied' }),
      (count) => count === 1,
    );
    await panel.click({ role: 'button', name: /^Insert/, within: card });
    await waitFor(
      'the suggestion in the editor',
      () => page.$eval(`pierce/${EDITOR}`, (node) => (node as HTMLElement).innerText),
      (inserted) => inserted.includes('utm_campaign='),
    );
    await page.close();
  });
});
