/**
 * The Firefox suite's way into the composer panel, the counterpart of tests/e2e/panel-view.ts
 * (both read and click through tests/helpers/panel-query.ts).
 * The panel's shadow root is closed to LinkedIn's page (S7) and puppeteer over WebDriver BiDi
 * only evaluates in the page's own realm, so neither sees it. The root is held on the bridge in
 * our content-script world only; in Firefox that world is the content script's sandbox.
 *
 * Marionette reaches it without anything in the shipped bundle: a script in Marionette's
 * "system" sandbox (system principal, in the tab's content process; no page can run one) asks
 * Firefox's ExtensionContent module for our content-script context in that window
 * (`getContextByExtensionId`, "for test use") and evaluates the same query as Chromium's
 * isolated world does (FIND) in its sandbox. Clicks and typing are real input over BiDi
 * (`page.mouse`, `page.keyboard`): trusted events, as from the person.
 */
import type { Page } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';
import { FIND, PanelReader, wire, type PanelQuery } from '../helpers/panel-query';
import { waitFor, type FirefoxSession } from './harness';

// Runs in Marionette's system sandbox of the tab; `window` is the page's window (through Xrays).
const IN_CONTENT_SCRIPT = `const [id, expression] = arguments;
  const { ExtensionContent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionContent.sys.mjs');
  const context = ExtensionContent.getContextByExtensionId(id, window);
  if (!context || !context.sandbox) return null;
  return Components.utils.evalInSandbox(expression, context.sandbox);`;

/** The WebDriver window handle of a puppeteer page (in Firefox, the BiDi context id is the handle). */
export function handleOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/**
 * Runs `script` with Marionette in `page`'s tab, then returns Marionette to the tab it was in
 * (the extension page the suite reads storage from). Neither switch selects a tab, so the
 * LinkedIn page stays in front, as for the person.
 */
export async function inTab<T>(
  session: FirefoxSession,
  page: Page,
  script: string,
  args: unknown[],
  sandbox?: 'system',
): Promise<T> {
  const { marionette } = session;
  const { value: home } = await marionette.send<{ value: string }>('WebDriver:GetWindowHandle');
  await marionette.send('WebDriver:SwitchToWindow', { handle: handleOf(page), focus: false });
  try {
    const { value } = await marionette.send<{ value: T }>('WebDriver:ExecuteScript', {
      script,
      args,
      ...(sandbox ? { sandbox, newSandbox: false } : {}),
    });
    return value;
  } finally {
    await marionette.send('WebDriver:SwitchToWindow', { handle: home, focus: false });
  }
}

/** The panel in `page`, seen from our content-script world (the same queries as in Chromium). */
export class FirefoxPanelView extends PanelReader<Page> {
  constructor(
    private readonly session: FirefoxSession,
    page: Page,
  ) {
    super(page);
  }

  /** Evaluates `expression` in our content-script sandbox of the page; null when none runs there. */
  async evaluate<T>(expression: string): Promise<T | null> {
    const json = await inTab<string | null>(
      this.session,
      this.page,
      IN_CONTENT_SCRIPT,
      [GECKO_ID, `JSON.stringify(${expression})`],
      'system',
    );
    return json === null || json === undefined ? null : (JSON.parse(json) as T);
  }

  box(query: PanelQuery): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return this.run(query, 'box');
  }

  protected run<T>(query: PanelQuery, op: string): Promise<T | null> {
    return this.evaluate<T>(`(${FIND})(${JSON.stringify(wire(query))}, ${JSON.stringify(op)})`);
  }
}

export function panelIn(session: FirefoxSession, page: Page): FirefoxPanelView {
  return new FirefoxPanelView(session, page);
}

/** The panel's list of suggestions. */
export const SUGGESTIONS = { role: 'list', name: 'Suggestions' } as const;

/**
 * Opens LinkedIn's composer on `layout` of the model page by the person's click on "Start a
 * post", and waits (up to 15 s) until the panel shows one list of suggestions beside it.
 */
export async function openComposerPanel(
  session: FirefoxSession,
  page: Page,
  layout: string,
): Promise<FirefoxPanelView> {
  await page.goto(`https://www.linkedin.com/feed/?layout=${layout}`);
  await page.locator('::-p-text(Start a post)').click();
  const panel = panelIn(session, page);
  await waitFor(
    'the suggestions panel',
    () => panel.count(SUGGESTIONS),
    (count) => count === 1,
    15_000,
  );
  return panel;
}
