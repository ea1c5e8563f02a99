/// <reference types="chrome" />
/**
 * Dark mode (issue 30) in real Chromium with the built extension:
 * - the panel wears LinkedIn's own theme on V1, V2 and V3 (the model page's ?theme=), whatever
 *   the system's, follows a switch while it is open, and follows the system where LinkedIn
 *   shows no sign; every text in it is readable against its own background in both themes;
 * - the popup, the options page and onboarding, the Feed studio and the privacy page follow
 *   the system's `prefers-color-scheme`, and axe-core (WCAG 2.2 AA tags) finds nothing on any
 *   of them in light and dark, English and Danish.
 * Screenshots in tests/e2e/.artifacts/: dark-panel-v1/v2/v3, dark-popup and the other pages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { studio as daStudio } from '../../lib/pages/i18n/locales/da/studio';
import { studio as enStudio } from '../../lib/pages/i18n/locales/en/studio';
import { screenshot, setConsent, type ExtensionSession } from './harness';
import { panelIn, type PanelView } from './panel-view';
import { giveConsent, realisticShares, seedShares } from './popup-seed';
import { useExtension } from './use-extension';
import { setUiLanguage } from '../helpers/chromium-steps';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what axe-core checks of them, colour contrast included. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

type Scheme = 'light' | 'dark';
type Language = 'en' | 'da';

/** axe-core's violations on the page as it is now, one line per failing node. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type Result = { id: string; nodes: { target: string[]; failureSummary?: string }[] };
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Result[] }> } }
    ).axe;
    const { violations } = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} ${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    );
  }, AXE_TAGS);
}

/** The page's own background and text colour (what a person sees first: not a white block). */
function pageColors(page: Page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.body);
    const root = getComputedStyle(document.documentElement);
    const paint = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? root.backgroundColor : style.backgroundColor;
    return { background: paint, text: style.color };
  });
}

/** Relative luminance of a computed `rgb(…)` colour (0 black … 1 white). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const c = Number(part) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * In the extension's isolated world (the panel's root is closed to the page): the theme on the
 * panel's container, the panel's background, and every visible text with its colour, the
 * colour behind it (semi-transparent layers composed down to the first opaque one) and their
 * WCAG contrast. Plain JS in a string, as FIND in tests/helpers/panel-query.ts.
 */
const PANEL_COLORS = `(() => {
  const root = globalThis[Symbol.for('advocacy.bridge')]?.panelRoot;
  if (!root || !root.host.isConnected) return null;
  const parse = (value) => {
    const m = /rgba?\\(([^)]+)\\)/.exec(value);
    if (!m) return null;
    const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  };
  const over = (top, bottom) => ({ r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1 });
  const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const ratio = (a, b) => { const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x); return (hi + 0.05) / (lo + 0.05); };
  const up = (node) => node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);
  const behind = (element) => {
    const layers = [];
    for (let node = element; node; node = up(node)) {
      const color = parse(getComputedStyle(node).backgroundColor);
      if (color && color.a > 0) { layers.push(color); if (color.a >= 1) break; }
    }
    let result = { r: 255, g: 255, b: 255, a: 1 };
    for (const layer of layers.reverse()) result = over(layer, result);
    return result;
  };
  const hex = (c) => '#' + [c.r, c.g, c.b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
  const texts = [];
  // The panel's words are painted (generated content from data-text, components/painted-text.tsx,
  // issue 31); the few text nodes left (the search field's, a fallback) count as well.
  const runs = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) runs.push({ element: node.parentElement, data: node.data });
  for (const element of root.querySelectorAll('[data-text]')) runs.push({ element, data: element.getAttribute('data-text') ?? '' });
  for (const { element, data } of runs) {
    const node = { data };
    if (!element || !node.data.trim()) continue;
    // Disabled controls and text for screen readers only are not held to contrast (WCAG 1.4.3).
    if (element.closest('button:disabled, [aria-disabled="true"], .visually-hidden')) continue;
    const box = element.getBoundingClientRect();
    if (box.width < 2 || box.height < 2) continue;
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden') continue;
    const fg = parse(style.color);
    const bg = behind(element);
    const color = over(fg, bg);
    texts.push({ text: node.data.trim().slice(0, 40), color: hex(color), background: hex(bg), ratio: Math.round(ratio(color, bg) * 100) / 100 });
  }
  const container = root.querySelector('[data-theme]') ?? root.lastElementChild;
  const panel = root.querySelector('.panel');
  return { theme: container?.getAttribute('data-theme') ?? null, panelBackground: panel ? hex(behind(panel)) : null, texts };
})()`;

interface PanelColors {
  theme: string | null;
  panelBackground: string | null;
  texts: { text: string; color: string; background: string; ratio: number }[];
}

function panelColors(panel: PanelView): Promise<PanelColors | null> {
  return panel.evaluate<PanelColors>(PANEL_COLORS);
}

const hexLuminance = (hex: string) =>
  luminance(`rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`);

/** The panel is the theme's (dark: a dark background) and every text on it reads at 4.5:1. */
async function expectPanel(panel: PanelView, theme: Scheme, label: string): Promise<PanelColors> {
  const shade = async () => {
    const colors = await panelColors(panel);
    return colors?.panelBackground ? (hexLuminance(colors.panelBackground) < 0.2 ? 'dark' : 'light') : null;
  };
  await expect.poll(shade, { message: `${label}: the panel's background` }).toBe(theme);
  const colors = (await panelColors(panel))!;
  expect(colors.texts.length, `${label}: texts measured`).toBeGreaterThan(10);
  const unreadable = colors.texts.filter((text) => text.ratio < 4.5);
  expect(unreadable, `${label}: text under 4.5:1`).toEqual([]);
  return colors;
}

async function openComposer(session: ExtensionSession, query: string): Promise<{ page: Page; panel: PanelView }> {
  const page = await session.context.newPage();
  await page.goto(`https://www.linkedin.com/feed/${query}`);
  await page.getByText('Start a post').first().click();
  const panel = panelIn(session, page);
  await expect.poll(() => panel.count({ role: 'list', name: 'Suggestions' }), { timeout: 10_000 }).toBe(1);
  return { page, panel };
}

describe('the panel wears LinkedIn’s theme', () => {
  const session = useExtension({ linkedinFixture: 'linkedin.html' });

  it.each(['v1', 'v2', 'v3'])(
    '%s: dark beside a dark LinkedIn on a light system, light after LinkedIn switches, readable in both',
    async (layout) => {
      await setConsent(session);
      const page = await session.context.newPage();
      // The system is light: LinkedIn's own choice wins.
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`https://www.linkedin.com/feed/?layout=${layout}&theme=dark`);
      await page.getByText('Start a post').first().click();
      const panel = panelIn(session, page);
      await expect.poll(() => panel.count({ role: 'list', name: 'Suggestions' }), { timeout: 10_000 }).toBe(1);
      const dark = await expectPanel(panel, 'dark', `${layout} dark`);
      expect(dark.theme).toBe('dark');
      await page.waitForTimeout(300); // the reminder and the cards settle before the picture
      await screenshot(page, `dark-panel-${layout}`);

      // The person switches LinkedIn to light while the composer is open (LinkedIn's own script
      // changes the sign): the panel follows without being reopened, on a dark system too.
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.evaluate((which) => {
        if (which === 'v1') {
          document.documentElement.classList.remove('theme--dark', 'theme--mercado-dark');
        } else {
          const outlet = document.getElementById('interop-outlet')!;
          outlet.classList.replace('theme--dark', 'theme--light');
          if (which === 'v3') document.body.setAttribute('data-color-scheme', 'light');
        }
        document.documentElement.removeAttribute('data-fixture-theme');
      }, layout);
      const light = await expectPanel(panel, 'light', `${layout} switched to light`);
      expect(light.theme).toBe('light');
      await screenshot(page, `light-panel-${layout}-system-dark`);
      expect(session.errors).toEqual([]);
    },
  );

  it('follows the system where LinkedIn shows no sign, also when the system switches', async () => {
    await setConsent(session);
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('https://www.linkedin.com/feed/?layout=v3');
    await page.getByText('Start a post').first().click();
    const panel = panelIn(session, page);
    await expect.poll(() => panel.count({ role: 'list', name: 'Suggestions' }), { timeout: 10_000 }).toBe(1);
    expect((await expectPanel(panel, 'dark', 'no sign, system dark')).theme).toBeNull();
    await page.emulateMedia({ colorScheme: 'light' });
    await expectPanel(panel, 'light', 'no sign, system light');
    // LinkedIn says "follow the system" in so many words: the same.
    await page.evaluate(() => document.getElementById('interop-outlet')!.classList.add('theme--system'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectPanel(panel, 'dark', 'theme--system, system dark');
    expect(session.errors).toEqual([]);
  });

  it('rests while no composer is open, and wears the new theme at the next opening', async () => {
    await setConsent(session);
    const { page, panel } = await openComposer(session, '?layout=v3&theme=light');
    // Keep the panel's root in our own world (the page cannot), to look at it after it closed.
    await panel.evaluate(`(globalThis.__darkModeTestRoot = globalThis[Symbol.for('advocacy.bridge')].panelRoot, true)`);
    const themeOfKeptRoot = () =>
      panel.evaluate<string | null>(
        `globalThis.__darkModeTestRoot.querySelector('[data-theme]')?.getAttribute('data-theme') ?? null`,
      );
    expect(await themeOfKeptRoot()).toBe('light');
    await page.locator('[data-fixture-dismiss]').click();
    await expect.poll(() => panel.count({ role: 'list', name: 'Suggestions' })).toBe(0);
    // LinkedIn switches to dark with no composer open: nothing of ours answers it.
    await page.evaluate(() => {
      document.body.setAttribute('data-color-scheme', 'dark');
      document.getElementById('interop-outlet')!.className = 'theme--dark';
      document.documentElement.setAttribute('data-fixture-theme', 'dark');
    });
    await page.waitForTimeout(200);
    expect(await themeOfKeptRoot()).toBe('light');
    // The next composer: the panel is dark from its first frame.
    await page.getByText('Start a post').first().click();
    await expect.poll(() => panel.count({ role: 'list', name: 'Suggestions' }), { timeout: 10_000 }).toBe(1);
    expect((await expectPanel(panel, 'dark', 'reopened after LinkedIn went dark')).theme).toBe('dark');
    expect(session.errors).toEqual([]);
  });
});

/** The studio opens on its start screen again: its autosaved draft (storage and journal) removed. */
async function forgetStudioDraft(session: ExtensionSession, page: Page): Promise<void> {
  await page.goto('about:blank'); // the studio keeps its last changes in the journal as it goes
  await page.goto(`chrome-extension://${session.extensionId}/privacy.html`);
  await page.evaluate(() => localStorage.clear());
  await session.worker.evaluate(async () => {
    const stored = await chrome.storage.local.get(null);
    await chrome.storage.local.remove(Object.keys(stored).filter((key) => key.startsWith('studioDraft')));
  });
}

describe('the extension’s pages follow the system', () => {
  const session = useExtension();

  it('popup, options, onboarding, studio and privacy: dark on a dark system, light on a light one, and axe finds nothing in either, in English and Danish', async () => {
    await giveConsent(session);
    const page = await session.context.newPage();
    const base = `chrome-extension://${session.extensionId}`;
    // The popup with figures, a chart and recent shares (its first opening creates the database).
    await page.setViewportSize({ width: 360, height: 900 });
    await page.goto(`${base}/popup.html`);
    await page.locator('.pp-section').first().waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await seedShares(session, realisticShares(new Date(), 26));

    const violations: Record<string, string[]> = {};
    const backgrounds: Record<string, number> = {};
    const pages: {
      name: string;
      path: string;
      width: number;
      ready: (page: Page, language: Language) => Promise<unknown>;
    }[] = [
      { name: 'popup', path: 'popup.html', width: 360, ready: (p) => p.locator('.pp-recent li').first().waitFor() },
      { name: 'options', path: 'options.html', width: 1100, ready: (p) => p.getByRole('switch').first().waitFor() },
      {
        name: 'onboarding',
        path: 'options.html#onboarding',
        width: 1100,
        ready: (p) => p.getByRole('switch').first().waitFor(),
      },
      {
        name: 'privacy',
        path: 'privacy.html',
        width: 1100,
        ready: (p) => p.getByRole('heading', { level: 1 }).first().waitFor(),
      },
      { name: 'studio-start', path: 'studio.html', width: 1400, ready: (p) => p.locator('#start-heading').waitFor() },
      {
        name: 'studio-editor',
        path: 'studio.html',
        width: 1400,
        ready: async (p, language) => {
          const strings = language === 'da' ? daStudio : enStudio;
          await p.getByRole('button', { name: strings.start.new }).click();
          await p.getByRole('button', { name: strings.list.add }).click();
          // An item with a headline and a link: its form, its warnings and the preview (the
          // panel's card in its shadow root, which comes after the first frame).
          await p.getByLabel(strings.item.plainTitle, { exact: true }).fill('Havbro opens a service hub');
          await p.getByLabel(strings.item.url, { exact: true }).fill('https://news.example/hub');
          await p.locator('.shadow-box').first().waitFor();
          await p.waitForTimeout(800);
        },
      },
    ];
    for (const language of ['en', 'da'] as const) {
      await setUiLanguage(session, language);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const { name, path, width, ready } of pages) {
          // Each page anew, so the studio starts from its start screen (a draft from the editor
          // case is removed below) and nothing is carried over from the other scheme.
          await page.setViewportSize({ width, height: 1000 });
          await page.goto('about:blank');
          await page.goto(`${base}/${path}`);
          await ready(page, language);
          if (name !== 'privacy' && name !== 'studio-start' && name !== 'studio-editor') {
            await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
          }
          const key = `${name} ${scheme} ${language}`;
          const found = await axeViolations(page);
          if (found.length) violations[key] = found;
          backgrounds[key] = luminance((await pageColors(page)).background);
          if (language === 'en' && scheme === 'dark') await screenshot(page, `dark-${name}`);
          if (name === 'studio-editor') await forgetStudioDraft(session, page);
        }
      }
    }
    expect(violations).toEqual({});
    // The check itself: a faint grey line on grey is found.
    await page.goto(`${base}/privacy.html`);
    await page.evaluate(() => {
      const faint = document.createElement('p');
      faint.textContent = 'Faint';
      faint.style.cssText = 'color: #999; background: #aaa';
      document.body.append(faint);
    });
    expect((await axeViolations(page)).filter((line) => line.startsWith('color-contrast'))).toHaveLength(1);
    for (const [key, value] of Object.entries(backgrounds)) {
      if (key.includes(' dark ')) expect(value, `${key}: the page's background`).toBeLessThan(0.05);
      else expect(value, `${key}: the page's background`).toBeGreaterThan(0.8);
    }
    expect(session.errors).toEqual([]);
  });
});
