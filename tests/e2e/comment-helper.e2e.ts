/// <reference types="chrome" />
/**
 * Issue 28 in the built extension: the compact helper beside LinkedIn's comment box (model page
 * tests/fixtures/linkedin-comments.html). It appears for a critical thread about the organization
 * and says who answers; it stays away while "Also help in comment boxes" is off, and goes at once
 * when it is switched off; the extension types nothing and presses nothing (the comment is the
 * person's, LinkedIn's button is pressed only by the person); a comment is no share; and a page
 * script cannot read the helper's words.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { POLICY_VERSION } from '../../lib/shared/settings/consent-shape';
import { attackCommentHelper, COMMENT_HELPER, WHO_ANSWERS, type HelperView } from '../helpers/comment-helper-view';
import { screenshot, setConsent, storedShares, type ExtensionSession } from './harness';
import { panelIn } from './panel-view';
import { useExtension } from './use-extension';

/** The person's "Also help in comment boxes", as the options page stores it. */
async function commentHelp(session: ExtensionSession, granted: boolean): Promise<void> {
  await session.worker.evaluate(
    async ({ on, policyVersion }) => {
      await chrome.storage.local.set({ commentHelp: { granted: on, at: new Date().toISOString(), policyVersion } });
    },
    { on: granted, policyVersion: POLICY_VERSION },
  );
}

/** The helper as the person sees it, read from the extension's own world (its root is closed). */
function helper(session: ExtensionSession, page: Page): Promise<HelperView | null> {
  return panelIn(session, page).evaluate<HelperView | null>(COMMENT_HELPER);
}

/** A real (trusted) click, as the person's, on what `find` picks in the helper's closed root. */
async function clickInHelper(session: ExtensionSession, page: Page, find: string): Promise<void> {
  const at = await panelIn(session, page).evaluate<{ x: number; y: number } | null>(`(() => {
    const root = globalThis[Symbol.for('advocacy.bridge')]?.commentRoot;
    const element = root && (${find})(root);
    if (!element) return null;
    element.scrollIntoView({ block: 'nearest' });
    const r = element.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  })()`);
  if (!at) throw new Error(`nothing to click in the comment helper: ${find}`);
  await page.mouse.click(at.x, at.y);
}

async function openCommentBox(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Comment' }).first().click();
  const editor = page.locator('[data-fixture-editor]').first();
  // The person's own click into the comment box, then their typing.
  await editor.click();
  return editor;
}

const overlaps = (a: HelperView['box'], b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the comment helper (issue 28)', () => {
  const session = useExtension({ linkedinFixture: 'linkedin-comments.html' });

  it('says who answers criticism beside a critical thread, types and presses nothing, records no share, and goes when switched off', async () => {
    await setConsent(session, { panel: false, reminders: true, recordShares: true });
    await commentHelp(session, true);
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://www.linkedin.com',
    });
    const page = await session.context.newPage();
    const editor = await openCommentBox(page, 'https://www.linkedin.com/feed/?layout=v3&thread=critical');
    const words = 'So sorry to hear that, I hope it gets fixed soon.';
    await page.keyboard.type(words);
    await expect
      .poll(async () => (await helper(session, page))?.text ?? '', { timeout: 10_000 })
      .toContain(WHO_ANSWERS);
    const shown = (await helper(session, page))!;
    // Beside the thread: never over the comment box, its buttons or the words being typed.
    const commentBox = (await page.locator('[data-fixture-comment-box]').boundingBox())!;
    expect(overlaps(shown.box, commentBox)).toBe(false);
    expect(shown.box.width).toBeLessThanOrEqual(320);
    await screenshot(page, 'comment-helper-critical-v3');
    // The demo feed's talking points (issue 27), folded, searchable; Copy puts an answer on the
    // clipboard by the person's own click and writes nothing into the comment.
    expect(shown.text).toContain('If someone asks… (8)');
    expect(shown.text).toContain('How many jobs does the Esbjerg service hub create?');
    await clickInHelper(session, page, `(root) => root.querySelector('.talking-points__summary')`);
    await clickInHelper(session, page, `(root) => root.querySelector('.talking-point button')`);
    await expect
      .poll(async () => (await helper(session, page))?.text ?? '')
      .toContain('Copied. Put it in your own words when you answer.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'We are hiring about 60 technicians and planners during 2027. The jobs are posted on our careers page as they open, and we also train new people through our apprentice programme.\nhttps://www.nordvind.example/job',
    );
    await screenshot(page, 'comment-helper-talking-points');
    // Nothing typed, nothing pressed by the extension: the comment is exactly the person's.
    expect((await editor.innerText()).trim()).toBe(words);
    expect(await page.evaluate(() => (window as unknown as { __fixtureSubmits: unknown[] }).__fixtureSubmits)).toEqual(
      [],
    );

    // Keyboard-reachable: Tab from LinkedIn's own buttons after the comment box reaches its Close button.
    await page.locator('[data-fixture-submit]').focus();
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.shadowRoot === null && document.activeElement?.tagName),
    ).toBe('DIV');
    // The person sends the comment with LinkedIn's own button: the helper goes, the comment is
    // not recorded as a share, and it was the person's press (trusted), the only one.
    await page.locator('[data-fixture-submit]').click();
    await expect.poll(async () => helper(session, page)).toBeNull();
    const submits = await page.evaluate(
      () => (window as unknown as { __fixtureSubmits: { trusted: boolean; text: string }[] }).__fixtureSubmits,
    );
    expect(submits).toEqual([{ trusted: true, text: words }]);
    await page.waitForTimeout(500);
    expect(await storedShares(session)).toEqual([]);

    // Once per thread: writing in the same thread again brings no second notice.
    await editor.click();
    await page.keyboard.type('One more thing.');
    await page.waitForTimeout(1000);
    expect((await helper(session, page))?.text ?? '').not.toContain('Criticism of');

    // Withdrawn live, with the switch: a fresh critical thread shows it, switching off removes it.
    const second = await openCommentBox(page, 'https://www.linkedin.com/feed/?layout=v3&thread=critical-da');
    await page.keyboard.type('Det er jeg ked af.');
    await expect
      .poll(async () => (await helper(session, page))?.text ?? '', { timeout: 10_000 })
      .toContain('Nordvind Kommunikation answers it');
    await commentHelp(session, false);
    await expect.poll(async () => helper(session, page)).toBeNull();
    expect((await second.innerText()).trim()).toBe('Det er jeg ked af.');
    expect(session.errors).toEqual([]);
  });

  it('stays away while "Also help in comment boxes" is off (reminders on), and for a neutral thread it only checks the draft', async () => {
    await setConsent(session, { panel: true, reminders: true, recordShares: false });
    const page = await session.context.newPage();
    await openCommentBox(page, 'https://www.linkedin.com/feed/?layout=v3&thread=critical');
    await page.keyboard.type('Sorry to hear that, Nordvind Energi should answer this complaint.');
    await page.waitForTimeout(1500);
    expect(await helper(session, page)).toBeNull();
    await screenshot(page, 'comment-helper-switch-off');

    await commentHelp(session, true);
    await openCommentBox(page, 'https://www.linkedin.com/feed/?layout=v1&thread=neutral');
    await page.keyboard.type('Congratulations! Looking forward to Projekt Havørn.');
    await expect
      .poll(async () => (await helper(session, page))?.text ?? '', { timeout: 10_000 })
      .toContain('stay internal for now');
    expect((await helper(session, page))!.text).not.toContain('Criticism of');
    await screenshot(page, 'comment-helper-checks-v1');
    expect(session.errors).toEqual([]);
  });

  it("cannot be read by the page's own script (window.find, selection, ranges, copy, caret)", async () => {
    await setConsent(session, { panel: false, reminders: true, recordShares: false });
    await commentHelp(session, true);
    const page = await session.context.newPage();
    await openCommentBox(page, 'https://www.linkedin.com/feed/?layout=v2&thread=critical');
    await page.keyboard.type('Hmm.');
    await expect
      .poll(async () => (await helper(session, page))?.text ?? '', { timeout: 10_000 })
      .toContain(WHO_ANSWERS);
    await attackCommentHelper(page, (await helper(session, page))!);
    expect(session.errors).toEqual([]);
  });
});
