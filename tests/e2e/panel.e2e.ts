/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, setConsent, type ExtensionSession } from './harness';
import { panelIn } from './panel-view';
import { useExtension } from './use-extension';

function optIn(session: ExtensionSession, panel = true, reminders = false) {
  return setConsent(session, { panel, reminders, recordShares: false });
}

async function openComposer(session: ExtensionSession, width = 1280, query = ''): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`https://www.linkedin.com/feed/${query}`);
  await page.getByText('Start a post').click();
  await expect.poll(() => page.locator('[componentkey="ShareBox_textEditor"]').count()).toBe(1);
  return page;
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
}

describe('the composer panel in Chromium', () => {
  const session = useExtension({ linkedinFixture: 'linkedin.html' });

  it('sits beside the composer, inserts a suggestion with its campaign link, and hides when the composer closes', async () => {
    await optIn(session);
    const page = await openComposer(session);
    const panel = panelIn(session, page);
    const list = { role: 'list', name: 'Suggestions' };
    await expect.poll(() => panel.count(list), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => panel.count({ role: 'listitem', within: list })).toBeGreaterThan(1);

    const dialogBox = (await page.locator('dialog[open]').boundingBox())!;
    const postBox = (await page.getByRole('button', { name: 'Post', exact: true }).boundingBox())!;
    const panelBox = (await panel.box({ role: 'complementary' }))!;
    expect(overlaps(panelBox, postBox)).toBe(false);
    expect(overlaps(panelBox, dialogBox)).toBe(false);
    expect(panelBox.x).toBeGreaterThanOrEqual(dialogBox.x + dialogBox.width);

    await panel.click({ role: 'button', name: /^Insert/, within: list });
    await expect.poll(() => panel.count({ text: /Inserted\. Now make it your own/ })).toBe(1);
    const text = await page.locator('[componentkey="ShareBox_textEditor"]').innerText();
    expect(text).toMatch(/https:\/\/\S+utm_campaign=/);
    expect(text).toMatch(/utm_source=/);
    expect(await page.getByRole('button', { name: 'Post', exact: true }).isEnabled()).toBe(true);
    await expect.poll(() => panel.text({ testId: 'ownership' })).toMatch(/About 0 %/);

    // The person writes their own words: the indicator follows the live draft.
    await page.locator('[componentkey="ShareBox_textEditor"]').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' I was there myself and it was a great day for the whole team in Esbjerg.');
    await expect.poll(() => panel.text({ testId: 'ownership' })).not.toMatch(/About 0 %/);
    await screenshot(page, 'panel-inserted');

    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => panel.count({ role: 'complementary' })).toBe(0);
    await page.getByText('Start a post').click();
    await expect.poll(() => panel.count(list), { timeout: 10_000 }).toBe(1);
    expect(session.errors).toEqual([]);
  });

  it('is one panel from the moment the composer shows until it closes (loaded early, never mounted twice)', async () => {
    await optIn(session);
    const page = await openComposer(session);
    const panel = panelIn(session, page);
    // Mark the panel's root as soon as it is there; a remount would replace it with an unmarked one.
    await expect.poll(() => panel.mounted(), { timeout: 10_000, interval: 10 }).toBe(1);
    await panel.markRoot();
    await expect.poll(() => panel.count({ role: 'list', name: 'Suggestions' }), { timeout: 10_000 }).toBe(1);
    await panel.fill({ role: 'searchbox' }, 'Esbjerg');
    // Past the watcher's stability wait and its second request for the panel.
    await page.waitForTimeout(1500);
    expect(await panel.mounted()).toBe(1);
    expect(await panel.rootMarked()).toBe(true);
    expect(await panel.value({ role: 'searchbox' })).toBe('Esbjerg');
    expect(session.errors).toEqual([]);
  });

  it('docks at a narrow width without covering the Post button', async () => {
    await optIn(session);
    const page = await openComposer(session, 900);
    const panel = panelIn(session, page);
    await expect.poll(() => panel.count({ role: 'heading', name: 'Suggested posts' }), { timeout: 10_000 }).toBe(1);
    const postBox = (await page.getByRole('button', { name: 'Post', exact: true }).boundingBox())!;
    const panelBox = (await panel.box({ role: 'complementary' }))!;
    expect(overlaps(panelBox, postBox)).toBe(false);
    await screenshot(page, 'panel-narrow');
  });

  it('asks before replacing the person’s draft, and goes away when consent is withdrawn', async () => {
    await optIn(session);
    const page = await openComposer(session);
    const panel = panelIn(session, page);
    await page.locator('[componentkey="ShareBox_textEditor"]').click();
    await page.keyboard.type('My own words first');
    const insert = { role: 'button', name: /^Insert/, nth: 0 };
    await expect.poll(() => panel.count(insert), { timeout: 10_000 }).toBe(1);
    await panel.click(insert);
    await expect.poll(() => panel.count({ role: 'alertdialog', name: 'Replace your draft?' })).toBe(1);
    await panel.click({ role: 'button', name: 'Add below' });
    await expect
      .poll(() => page.locator('[componentkey="ShareBox_textEditor"]').innerText())
      .toMatch(/^My own words first\s+\S[\s\S]*utm_campaign=/);
    await screenshot(page, 'panel-add-below');

    await optIn(session, false, false);
    await expect.poll(() => panel.mounted()).toBe(0);
    expect(session.errors).toEqual([]);
  });

  it('stays usable beside a modal dialog (top layer, page inert)', async () => {
    await optIn(session);
    const page = await openComposer(session, 1280, '?modal');
    const panel = panelIn(session, page);
    const insert = { role: 'button', name: /^Insert/, nth: 0 };
    await expect.poll(() => panel.count(insert), { timeout: 10_000 }).toBe(1);
    const postBox = (await page.getByRole('button', { name: 'Post', exact: true }).boundingBox())!;
    expect(overlaps((await panel.box({ role: 'complementary' }))!, postBox)).toBe(false);
    await panel.click(insert);
    await expect.poll(() => page.locator('[componentkey="ShareBox_textEditor"]').innerText()).toMatch(/utm_campaign=/);
    // Escape in the panel collapses it and leaves LinkedIn's dialog open.
    await panel.focus({ role: 'searchbox' });
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count({ role: 'button', name: 'Show suggestions' })).toBe(1);
    expect(await page.locator('dialog[open]').count()).toBe(1);
    await screenshot(page, 'panel-modal');
    expect(session.errors).toEqual([]);
  });
});
