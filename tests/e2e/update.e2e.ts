/// <reference types="chrome" />
/**
 * The extension is updated while the person has LinkedIn open (README "Nothing announces us";
 * issue 14), in Chromium with the built extension: a copy of the build is loaded, then the same
 * folder with a higher manifest version (CDP Extensions.loadUnpacked, harness `updateExtension`),
 * as Chrome does when the Web Store update arrives.
 * - before: the panel and a share work in the open tab;
 * - right after, without reloading the tab: no error of ours on the page, one panel, and the new
 *   version's watcher (started by the background on `runtime.onInstalled`) records the next post once;
 * - after a reload: consent and the earlier shares are kept, and the new version works end to end.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { POLICY_VERSION } from '../../lib/shared/settings/consent-shape';
import { screenshot, setConsent, storedShares, updateExtension, type ExtensionSession } from './harness';
import { inExtensionWorlds, SUGGESTIONS } from '../helpers/chromium-steps';
import { FIND, wire, type PanelQuery } from '../helpers/panel-query';
import { panelIn } from './panel-view';
import { useExtension } from './use-extension';

const editor = (page: Page) => page.locator('[componentkey="ShareBox_textEditor"]');
const toast = (page: Page) => page.getByText('Post successful.');

/** Every error the tab reports, from the page and from every script world in it (ours included). */
async function tabErrors(session: ExtensionSession, page: Page): Promise<string[]> {
  const errors: string[] = [];
  const cdp = await session.context.newCDPSession(page);
  cdp.on(
    'Runtime.exceptionThrown',
    (event: { exceptionDetails: { text: string; exception?: { description?: string } } }) =>
      errors.push(`exception: ${event.exceptionDetails.exception?.description ?? event.exceptionDetails.text}`),
  );
  cdp.on('Runtime.consoleAPICalled', (event: { type: string; args: { value?: unknown; description?: string }[] }) => {
    if (event.type === 'error' || event.type === 'warning') {
      errors.push(
        `console.${event.type}: ${event.args.map((a) => a.description ?? JSON.stringify(a.value)).join(' ')}`,
      );
    }
  });
  cdp.on('Log.entryAdded', (event: { entry: { level: string; text: string; url?: string } }) => {
    if (event.entry.level === 'error') errors.push(`log: ${event.entry.text} ${event.entry.url ?? ''}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return errors;
}

interface DomNode {
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: { shadowRootType?: string }[];
}

/** How many closed shadow roots hang off <body>'s children: our panel's host is one (S7). */
async function panelHosts(session: ExtensionSession, page: Page): Promise<number> {
  const cdp = await session.context.newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: 3, pierce: true })) as { root: DomNode };
  await cdp.detach();
  const html = root.children?.find((node) => node.nodeName === 'HTML');
  const body = html?.children?.find((node) => node.nodeName === 'BODY');
  return (body?.children ?? []).filter((node) => node.shadowRoots?.some((s) => s.shadowRootType === 'closed')).length;
}

interface World {
  /** This world's extension is the loaded one (not an unloaded version's orphan). */
  current: boolean;
  /** A watcher runs in it (its script context has not stopped). */
  watching: boolean;
}

/**
 * Our script worlds in the tab's main frame, seen through CDP (no page can look): Chrome gives
 * each loaded version of the extension its own isolated world, so after an update the old
 * version's world stays in an open tab next to the new one.
 */
function worlds(session: ExtensionSession, page: Page): Promise<World[]> {
  // Reads the script-context registry (lib/shared/linkedin/script-context.ts) without touching it:
  // `isInvalid` would stop an orphan, which only the person's own press should do here.
  return inExtensionWorlds<World>(
    session,
    page,
    `(() => {
        const watcher = globalThis[Symbol.for('advocacy.scriptContexts')]?.get('linkedin');
        return { current: typeof chrome !== 'undefined' && !!chrome.runtime?.id, watching: !!watcher && !watcher.signal.aborted };
      })()`,
  );
}

interface PanelWorld {
  /** This world's extension is the loaded one (not an unloaded version's orphan). */
  current: boolean;
  /** The panel's text (what the person sees in it). */
  text: string;
}

/** The mounted panels, one per script world that holds one (read through CDP, as `worlds`). */
async function panelWorlds(session: ExtensionSession, page: Page): Promise<PanelWorld[]> {
  const found = await inExtensionWorlds<PanelWorld | null>(
    session,
    page,
    `(() => {
        const root = globalThis[Symbol.for('advocacy.bridge')]?.panelRoot;
        // The panel's words are painted (data-text, components/painted-text.tsx), not text nodes.
        const painted = root ? [...root.querySelectorAll('[data-text]')].map((el) => el.getAttribute('data-text')).join(' ') : '';
        return root ? { current: typeof chrome !== 'undefined' && !!chrome.runtime?.id, text: root.textContent + ' ' + painted } : null;
      })()`,
  );
  return found.filter((world): world is PanelWorld => world !== null);
}

/**
 * Where to click in the panel of the loaded extension version (not an orphan's): the centre of
 * the first match of `query` there, or null when it has none (FIND, as the panel views use it).
 */
async function centerInCurrentWorld(
  session: ExtensionSession,
  page: Page,
  query: PanelQuery,
): Promise<{ x: number; y: number } | null> {
  const expression = `(${FIND})(${JSON.stringify(wire(query))}, 'center')`;
  const answers = await inExtensionWorlds<{ value: { x: number; y: number } | null } | null>(
    session,
    page,
    `(() => typeof chrome !== 'undefined' && !!chrome.runtime?.id ? { value: ${expression} } : null)()`,
  );
  const current = answers.find((answer) => answer !== null);
  if (!current) throw new Error('no world of the loaded extension in this tab');
  return current.value;
}

/** The person's own flow in the open tab: "Start a post", Insert a suggestion, their words, Post. */
async function personPosts(
  session: ExtensionSession,
  page: Page,
  words: string,
  whilePanelShows: () => Promise<void> = async () => undefined,
) {
  await page.getByText('Start a post').click();
  const panel = panelIn(session, page);
  await expect.poll(() => panel.count(SUGGESTIONS), { timeout: 10_000 }).toBe(1);
  await whilePanelShows();
  await panel.click({ role: 'button', name: /^Insert/, within: SUGGESTIONS });
  await expect.poll(() => editor(page).innerText()).toContain('utm_');
  await editor(page).press('End');
  await page.keyboard.type(` ${words}`);
  await page.locator('[data-fixture-post]').click();
  await expect.poll(() => toast(page).count()).toBe(1);
  // The toast stays 6 s; the next post's toast must be its own.
  await expect.poll(() => toast(page).count(), { timeout: 10_000 }).toBe(0);
}

/** With every consent given, LinkedIn's feed (V3) in a new tab whose errors are collected, its watcher started. */
async function openLinkedIn(session: ExtensionSession): Promise<{ page: Page; errors: string[] }> {
  await setConsent(session);
  const page = await session.context.newPage();
  const errors = await tabErrors(session, page);
  await page.goto('https://www.linkedin.com/feed/?layout=v3');
  await page.waitForTimeout(500); // the watcher starts at document_idle
  return { page, errors };
}

describe('an update while LinkedIn is open', () => {
  const session = useExtension({ updatable: true, linkedinFixture: 'linkedin.html' });

  it('the open tab gets the new version quietly, records once, and keeps working after a reload', async () => {
    const { page, errors } = await openLinkedIn(session);

    // (a) Before the update: the panel and a share work.
    await personPosts(session, page, 'Before the update.', async () => {
      expect(await panelHosts(session, page)).toBe(1);
    });
    await expect.poll(() => storedShares(session).then((rows) => rows.length), { timeout: 15_000 }).toBe(1);
    expect(await worlds(session, page)).toEqual([{ current: true, watching: true }]);

    await updateExtension(session, '0.1.1');

    // (b) The tab was not reloaded. The background started the new watcher there on onInstalled.
    const running = async () => (await worlds(session, page)).filter((world) => world.watching);
    await expect
      .poll(async () => (await running()).filter((world) => world.current), { timeout: 10_000 })
      .toEqual([{ current: true, watching: true }]);
    // Next to it, the old version's watcher: an orphan that can no longer reach the extension.
    expect(await worlds(session, page)).toEqual(
      expect.arrayContaining([
        { current: true, watching: true },
        { current: false, watching: true },
      ]),
    );
    // The person's next press (on an empty spot): the old version's watcher stops there.
    await page.mouse.click(5, 300);
    await expect.poll(running).toEqual([{ current: true, watching: true }]);
    await personPosts(session, page, 'Right after the update.', async () => {
      await screenshot(page, 'update-open-tab');
      expect(await panelHosts(session, page)).toBe(1);
    });
    await expect.poll(() => storedShares(session).then((rows) => rows.length), { timeout: 15_000 }).toBe(2);
    await page.waitForTimeout(1000); // a second recording (old and new watcher both alive) would land here
    expect((await storedShares(session)).length).toBe(2);
    expect(errors).toEqual([]);

    // (c) After a reload: consent kept, the panel, one record for one post, the old ones kept.
    const consent = await session.worker.evaluate(async () => (await chrome.storage.local.get('consent')).consent);
    expect(consent).toMatchObject({
      panel: { granted: true, policyVersion: POLICY_VERSION },
      recordShares: { granted: true },
    });
    await page.reload();
    await page.waitForTimeout(500);
    await expect.poll(running).toEqual([{ current: true, watching: true }]);
    await personPosts(session, page, 'After the reload.', async () => {
      await screenshot(page, 'update-after-reload');
      expect(await panelHosts(session, page)).toBe(1);
    });
    await expect.poll(() => storedShares(session).then((rows) => rows.length), { timeout: 15_000 }).toBe(3);
    await page.waitForTimeout(1000);
    const rows = await storedShares(session);
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((row) => row.id)).size).toBe(3);
    expect(errors).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('a composer open during the update keeps one panel, changes hands at the person’s first key, and its post is recorded once', async () => {
    const { page, errors } = await openLinkedIn(session);

    // The person opens the composer and starts writing; the panel is there.
    await page.getByText('Start a post').click();
    await expect.poll(() => panelIn(session, page).count(SUGGESTIONS), { timeout: 10_000 }).toBe(1);
    await editor(page).click();
    await page.keyboard.type('Our office in Aarhus opened today');
    expect(await panelHosts(session, page)).toBe(1);

    await updateExtension(session, '0.1.1');

    // The new watcher runs next to the orphan, and has adopted the open composer: no second panel.
    const running = async () => (await worlds(session, page)).filter((world) => world.watching);
    await expect
      .poll(async () => (await running()).filter((world) => world.current), { timeout: 10_000 })
      .toEqual([{ current: true, watching: true }]);
    await page.waitForTimeout(2000); // a second panel (panel:open at stable) would have mounted by now
    await screenshot(page, 'update-composer-open-before-key');
    expect(await panelHosts(session, page)).toBe(1);
    expect((await panelWorlds(session, page)).map((panel) => panel.current)).toEqual([false]);

    // The person types on: at that key the old version stops (its panel goes) and the new one
    // takes the composer over (its panel comes). One panel at every moment, now the new version's.
    await page.keyboard.type(', with room for 40 people.');
    await expect
      .poll(async () => (await panelWorlds(session, page)).map((panel) => panel.current), { timeout: 10_000 })
      .toEqual([true]);
    await expect.poll(async () => (await panelWorlds(session, page))[0]?.text ?? '').toContain('Insert');
    expect(await panelHosts(session, page)).toBe(1);
    expect(await running()).toEqual([{ current: true, watching: true }]);
    await screenshot(page, 'update-composer-open-after-key');
    expect(await editor(page).innerText()).toContain('Our office in Aarhus opened today, with room for 40 people.');

    // The person inserts a suggestion from the new panel (a real click on its Insert button),
    // below their own words, and presses Post: exactly one record, from that suggestion.
    const insert = await centerInCurrentWorld(session, page, { role: 'button', name: /^Insert/, within: SUGGESTIONS });
    expect(insert).not.toBeNull();
    await page.mouse.click(insert!.x, insert!.y);
    // The person's own words are there: the new panel asks first, as it always does.
    const addBelow = () =>
      centerInCurrentWorld(session, page, {
        role: 'button',
        name: 'Add below',
        within: { role: 'alertdialog', name: 'Replace your draft?' },
      });
    await expect.poll(addBelow).not.toBeNull();
    const below = (await addBelow())!;
    await page.mouse.click(below.x, below.y);
    await expect.poll(() => editor(page).innerText()).toContain('utm_');
    expect(await editor(page).innerText()).toContain('Our office in Aarhus opened today, with room for 40 people.');
    await screenshot(page, 'update-composer-open-inserted');
    await page.locator('[data-fixture-post]').click();
    await expect.poll(() => toast(page).count()).toBe(1);
    await expect.poll(() => storedShares(session).then((rows) => rows.length), { timeout: 15_000 }).toBe(1);
    await page.waitForTimeout(1000); // a second recording would land here
    const rows = await storedShares(session);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'post', suggestionId: expect.any(String) });
    expect(errors).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
