/**
 * What the comment helper's e2e tests share in Chromium (tests/e2e/comment-helper.e2e.ts) and
 * Firefox ESR (tests/e2e-firefox/comment-helper.e2e.ts), issue 28: the words it must say for the
 * demo feed, the read of its closed root from the extension's own world (plain JS in a string, as
 * FIND in panel-query.ts), and the page attacks of page-attacks.ts aimed at it.
 */
import { expect } from 'vitest';
import { leaks, pageAttack, secretWords, type AttackResult } from './page-attacks';

/** The demo feed's organization and criticism contact, as the helper says them. */
export const WHO_ANSWERS =
  'Criticism of Nordvind Energi? Nordvind Kommunikation answers it: presse@nordvind.example. You don’t have to reply yourself.';

export interface HelperView {
  text: string;
  box: { x: number; y: number; width: number; height: number };
}

/** The helper as the person sees it (painted words included), or null when none is on screen. */
export const COMMENT_HELPER = `(() => {
  const root = globalThis[Symbol.for('advocacy.bridge')]?.commentRoot;
  if (!root || !root.host.isConnected || root.host.style.display === 'none') return null;
  const card = root.querySelector('.comment-helper');
  if (!card) return null;
  const shown = (node) => {
    if (node.nodeType === 3) return node.data;
    if (node.nodeType !== 1) return '';
    let text = node.getAttribute('data-text') ?? '';
    for (const child of node.childNodes) text += shown(child);
    return text;
  };
  const r = card.getBoundingClientRect();
  return { text: shown(card).replace(/\\s+/g, ' ').trim(), box: { x: r.x, y: r.y, width: r.width, height: r.height } };
})()`;

/**
 * Runs every attack of PAGE_ATTACKS as a page script at the helper and checks the page got
 * nothing: the helper's words that are nowhere in the page, the point aimed at is its host (a
 * DIV), no `window.find` hit, no attack's text holding one of the words, no node inside a root.
 */
export async function attackCommentHelper(
  page: { evaluate(expression: string): Promise<unknown> },
  shown: HelperView,
): Promise<void> {
  const pageText = (await page.evaluate(`document.body.innerText + ' ' + document.title`)) as string;
  const needles = secretWords([shown.text], pageText);
  // "Kommunikation", "presse@nordvind.example", "answers", "yourself"…
  expect(needles.length).toBeGreaterThan(5);
  const point = { x: shown.box.x + shown.box.width / 2, y: shown.box.y + Math.min(shown.box.height / 2, 40) };
  const result = (await page.evaluate(pageAttack(needles, point))) as AttackResult;
  expect(result.hostTag).toBe('DIV');
  expect(result.found).toEqual([]);
  expect(leaks(result, needles)).toEqual([]);
  expect(result.inside).toEqual([]);
}
