/**
 * Steps several Chromium e2e files take the same way (tests/e2e/*.e2e.ts): the interface language
 * set as the options page stores it, the person's panel of suggestions on LinkedIn's feed, and a
 * look into the extension's own script worlds of a tab through CDP.
 */
import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { setConsent, type ExtensionSession } from '../e2e/harness';
import { panelIn, type PanelView } from '../e2e/panel-view';
import type { ChromiumSession } from './chromium';
import type { PanelQuery } from './panel-query';

/** Stores the preferences with `uiLanguage` and every other preference at its default, as the options page does. */
export function setUiLanguage(session: Pick<ChromiumSession, 'worker'>, uiLanguage: 'da' | 'en'): Promise<void> {
  return session.worker.evaluate(async (language) => {
    await chrome.storage.local.set({
      preferences: {
        uiLanguage: language,
        suggestionLanguages: [],
        audiences: [],
        reminderFrequency: 'always',
        recordUnsuggestedPosts: false,
        syncPeriodMinutes: 120,
      },
    });
  }, uiLanguage);
}

/** The panel's list of suggestions. */
export const SUGGESTIONS: PanelQuery = { role: 'list', name: 'Suggestions' };

/**
 * The person, with consent for the panel only (no reminders, no share records), opens LinkedIn's
 * feed and presses "Start a post": waits until the panel lists `items` suggestions, and gives
 * the page, the panel, and the list's text as the panel shows it.
 */
export async function suggestionsOnLinkedIn(
  session: ExtensionSession,
  items: number,
): Promise<{ page: Page; panel: PanelView; list: PanelQuery; shown: string }> {
  await setConsent(session, { panel: true, reminders: false, recordShares: false });
  const page = await session.context.newPage();
  await page.goto('https://www.linkedin.com/feed/');
  await page.getByText('Start a post').click();
  const panel = panelIn(session, page);
  const list = SUGGESTIONS;
  await expect.poll(() => panel.count({ role: 'listitem', within: list }), { timeout: 15_000 }).toBe(items);
  const shown = (await panel.innerText(list))!;
  return { page, panel, list, shown };
}

/**
 * Evaluates `expression` in each of the extension's script worlds in `page`'s main frame, through
 * CDP (no page can look), and gives each world's answer in the order Chrome reports the worlds.
 * Chrome gives each loaded version of the extension its own isolated world, so after an update
 * the old version's world stays in an open tab next to the new one.
 */
export async function inExtensionWorlds<T>(
  session: { context: BrowserContext; extensionId: string },
  page: Page,
  expression: string,
): Promise<T[]> {
  const cdp = await session.context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: (typeof contexts)[number] }) =>
    contexts.push(event.context),
  );
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    await cdp.send('Runtime.enable'); // reports every existing context
    await page.waitForTimeout(100);
    const ours = contexts.filter(
      (c) =>
        c.auxData?.type === 'isolated' &&
        c.auxData.frameId === frameTree.frame.id &&
        c.origin.includes(session.extensionId),
    );
    const answers: T[] = [];
    for (const context of ours) {
      const { result } = (await cdp.send('Runtime.evaluate', {
        contextId: context.id,
        returnByValue: true,
        expression,
      })) as { result: { value: T } };
      answers.push(result.value);
    }
    return answers;
  } finally {
    await cdp.detach();
  }
}
