/// <reference types="chrome" />
/**
 * LinkedIn's page is hostile (S7): a page script shares the DOM with the panel. In Chromium with
 * the built extension, a script in the page tries to read the suggestions, to click Insert and to
 * rewrite the source link — and fails: the panel's shadow root is closed (and the page's own
 * attachShadow is not ours to hook), its host is a plain <div>, and even an element in hand only
 * gets untrusted events, which the panel ignores; links are checked again when followed.
 */
import { describe, expect, it } from 'vitest';
import { screenshot, setConsent } from './harness';
import { panelIn } from './panel-view';
import { useExtension } from './use-extension';

// Installed before LinkedIn's (and our) scripts: the page hooks attachShadow to catch every
// root, closed ones included — the usual trick against closed shadow roots.
const PAGE_HOOK = `(() => {
  window.__caughtRoots = [];
  const original = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = original.call(this, init);
    window.__caughtRoots.push(root);
    return root;
  };
})();`;

describe('a hostile LinkedIn page against the panel', () => {
  const session = useExtension({ linkedinFixture: 'linkedin.html' });

  it('cannot read the suggestions, click Insert or rewrite a link', async () => {
    await setConsent(session, { panel: true, reminders: true, recordShares: false });
    const page = await session.context.newPage();
    await page.addInitScript(PAGE_HOOK);
    await page.goto('https://www.linkedin.com/feed/');
    await page.getByText('Start a post').click();
    const panel = panelIn(session, page);
    const list = { role: 'list', name: 'Suggestions' };
    await expect.poll(() => panel.count(list), { timeout: 10_000 }).toBe(1);
    const title = (await panel.text({ role: 'heading', within: { role: 'listitem', within: list, nth: 0 } }))!;
    expect(title.length).toBeGreaterThan(3);
    const editor = page.locator('[componentkey="ShareBox_textEditor"]');

    // 1. Reading: nothing of the panel is reachable from the page's DOM.
    const seen = await page.evaluate((needle) => {
      const host = document.body.lastElementChild as HTMLElement;
      const texts: string[] = [];
      const visit = (root: Document | ShadowRoot) => {
        for (const element of root.querySelectorAll('*')) {
          texts.push(element.textContent ?? '');
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      visit(document);
      const caught = (window as unknown as { __caughtRoots: ShadowRoot[] }).__caughtRoots;
      return {
        hostTag: host.tagName,
        hostMarkup: host.outerHTML.slice(0, 500),
        hostRoot: host.shadowRoot,
        textFound: texts.some((text) => text.includes(needle)) || document.body.innerText.includes(needle),
        caughtText: caught.some((root) => (root.textContent ?? '').includes(needle)),
        suggestionLinks: [...document.querySelectorAll('a')].filter((a) => a.href.includes('utm_')).length,
      };
    }, title);
    expect(seen.hostTag).toBe('DIV');
    expect(seen.hostMarkup).not.toMatch(/advocacy|suggest|panel/i);
    expect(seen.hostRoot).toBeNull();
    expect(seen.textFound).toBe(false);
    expect(seen.caughtText).toBe(false);
    expect(seen.suggestionLinks).toBe(0);

    // 2. Clicking Insert from the page: where the button is, the page only finds the host, and
    // its synthetic clicks there reach nothing inside.
    const insert = { role: 'button', name: /^Insert/, nth: 0 };
    const box = (await panel.box(insert))!;
    const hit = await page.evaluate(
      ({ x, y }) => {
        const target = document.elementFromPoint(x, y) as HTMLElement;
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
          target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
        }
        target.click();
        return target === document.body.lastElementChild;
      },
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    expect(hit).toBe(true);
    // Even with the button in hand (as if the root were open), a script's click is untrusted.
    await panel.evaluate(`(() => {
      const root = globalThis[Symbol.for('advocacy.bridge')].panelRoot;
      const button = [...root.querySelectorAll('button')].find((b) => /^Insert/.test(b.getAttribute('aria-label') ?? ''));
      button.click();
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      return true;
    })()`);
    await page.waitForTimeout(500);
    expect((await editor.innerText()).trim()).toBe('');
    expect(await panel.count({ text: /Inserted\./ })).toBe(0);

    // 3. Rewriting the source link to javascript: and following it: refused when clicked.
    // (The extension's own onboarding tab may open meanwhile: only other pages count.)
    const opened: string[] = [];
    session.context.on('page', (other) => opened.push(other.url()));
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await panel.evaluate(`(() => {
      const link = globalThis[Symbol.for('advocacy.bridge')].panelRoot.querySelector('a.card__source');
      link.setAttribute('href', 'javascript:alert(document.domain)');
      link.removeAttribute('target');
      return true;
    })()`);
    await panel.click({ selector: 'a.card__source', nth: 0 });
    await page.waitForTimeout(500);
    expect(dialogs).toBe(0);
    expect(opened.filter((url) => !url.startsWith(`chrome-extension://${session.extensionId}/`))).toEqual([]);
    expect(page.url()).toBe('https://www.linkedin.com/feed/');

    // The person's own click still works.
    await panel.click(insert);
    await expect.poll(() => editor.innerText()).toContain('utm_campaign=');
    await screenshot(page, 'hostile-page-person-inserted');
    expect(session.errors).toEqual([]);
  });
});
