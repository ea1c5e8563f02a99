/**
 * The steps of issue 31's hostile-page test that Chromium (tests/e2e/hostile-page.e2e.ts) and
 * Firefox ESR (tests/e2e-firefox/hostile-page.e2e.ts) share: pick the panel's words a page could
 * not have known, run every attack of PAGE_ATTACKS at the panel as a plain page script, then let
 * the person press, drag and double- and triple-click on a card's text while the page listens.
 * Each browser's panel view (PanelView, FirefoxPanelView) reads the panel; the page is either
 * driver's (Playwright's or puppeteer's page: both evaluate a string in the page's own realm).
 */
import { expect } from 'vitest';
import { leaks, pageAttack, secretWords, type AttackResult } from './page-attacks';
import type { PanelQuery } from './panel-query';

type Point = { x: number; y: number };
type Box = Point & { width: number; height: number };

/** What both browsers' panel views answer. */
export interface AttackedPanel {
  text(query: PanelQuery): Promise<string | null>;
  box(query: PanelQuery): Promise<Box | null>;
}

/** Either driver's page: a string evaluated in the page's realm, and real (trusted) mouse input. */
export interface AttackingPage {
  evaluate(expression: string): Promise<unknown>;
  mouse: {
    move(x: number, y: number, options?: { steps?: number }): Promise<unknown>;
    down(): Promise<unknown>;
    up(): Promise<unknown>;
  };
}

/** What the page attacked with, and what it got (nothing, once the checks passed). */
export interface PanelAttack {
  /** The first card of the suggestions list. */
  card: PanelQuery;
  /** That card's title. */
  title: string;
  /** The panel's whole text, read through the tests' own way in (the extension's world). */
  shown: string;
  /** The card's title and the panel's words that are nowhere in LinkedIn's page. */
  needles: string[];
  result: AttackResult;
}

/**
 * Runs PAGE_ATTACKS as a page script at the panel (its `aside`) showing `list`, and checks that
 * the page got nothing: more than 20 words to look for (the panel's heading, a card's title and
 * words, the reminder, the criticism contact), the point aimed at is the panel's host (a DIV),
 * no `window.find` hit, no attack's text holding one of the words, no node inside a shadow root.
 */
export async function attackPanelWords(
  page: AttackingPage,
  panel: AttackedPanel,
  list: PanelQuery,
): Promise<PanelAttack> {
  const card = { role: 'listitem', within: list, nth: 0 };
  const title = (await panel.text({ role: 'heading', within: card }))!;
  const shown = (await panel.text({ selector: 'aside' }))!;
  const pageText = (await page.evaluate(`document.body.innerText + ' ' + document.title`)) as string;
  const needles = [title, ...secretWords([shown], pageText)];
  expect(needles.length).toBeGreaterThan(20);
  const box = (await panel.box({ selector: 'aside' }))!;
  const point = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 200) };

  const result = (await page.evaluate(pageAttack(needles, point))) as AttackResult;
  expect(result.hostTag).toBe('DIV');
  expect(result.found).toEqual([]);
  expect(leaks(result, needles)).toEqual([]);
  expect(result.inside).toEqual([]);
  return { card, title, shown, needles, result };
}

// A page script: records every drag's data and every selection change into window.__got, with
// (dropZone) a place at the top left that accepts drops; then, as an attacker would first, puts
// the selection into the panel by find and extends it to the end of the document.
const LISTEN_FOR_DRAGS = `(dropZone) => {
  const got = [];
  window.__got = got;
  if (dropZone) {
    const zone = document.createElement('div');
    zone.style.cssText = 'position:fixed;left:0;top:0;width:160px;height:80px;z-index:9';
    zone.addEventListener('dragover', (event) => event.preventDefault());
    document.body.prepend(zone);
  }
  for (const type of ['dragstart', 'drag', 'dragend', 'drop', 'dragover']) {
    document.addEventListener(type, (event) => {
      const data = event.dataTransfer;
      for (const kind of data?.types ?? []) got.push(type + ' ' + kind + ': ' + data.getData(kind));
    }, true);
  }
  document.addEventListener('selectionchange', () => got.push('selection: ' + getSelection()?.toString()));
  window.find('e');
  getSelection()?.modify('extend', 'forward', 'documentboundary');
}`;

/**
 * The person's pointer on the attacked card's text: a click (`click`, with the driver's own
 * click count option) then a press, drag and drop at the page's top left, for one, two and three
 * clicks, while the page listens for drags, drops and the selection (`dropZone`: with a place
 * that accepts the drop). Checks that none of what the page heard holds one of the words.
 * (A page cannot start a drag itself; a person's drag of something selected in the panel would
 * carry it.)
 */
export async function dragOverCard(
  page: AttackingPage,
  panel: AttackedPanel,
  attack: PanelAttack,
  options: { dropZone: boolean; click: (at: Point, clicks: number) => Promise<unknown> },
): Promise<void> {
  await page.evaluate(`(${LISTEN_FOR_DRAGS})(${JSON.stringify(options.dropZone)})`);
  const text = (await panel.box({ selector: '.card__text', within: attack.card }))!;
  const at = { x: text.x + Math.min(40, text.width / 2), y: text.y + Math.min(8, text.height / 2) };
  for (const clicks of [1, 2, 3]) {
    await options.click(at, clicks);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 60, at.y + 30, { steps: 5 });
    await page.mouse.move(40, 40, { steps: 10 });
    await page.mouse.up();
  }
  const got = (await page.evaluate(`[...window.__got, 'selection: ' + getSelection()?.toString()]`)) as string[];
  expect(
    leaks({ ...attack.result, texts: got.map((line) => ({ attack: 'drag', text: line })) }, attack.needles),
  ).toEqual([]);
}
