/**
 * `npm run demo`: the whole flow without a LinkedIn account. Starts Chromium with the built
 * extension, serves the project's LinkedIn-like fixture as https://www.linkedin.com/feed/ and
 * uses the embedded demo feed (nothing is fetched from the internet; every other request is
 * blocked). With a display (DISPLAY set) the browser stays open for clicking through; without
 * one it says so and saves a screenshot per step in tests/e2e/.artifacts/demo/.
 *
 * Each step is attempted; one that needs a feature this build lacks is reported as skipped
 * with the reason instead of failing. DEMO_FIXTURE=<file in tests/fixtures> picks another page.
 */
/// <reference types="chrome" />
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ARTIFACTS_DIR, chromiumPath, EXTENSION_DIR, fixture } from '../e2e/harness';

const headed = !!process.env.DISPLAY && process.env.DEMO_HEADLESS !== '1';
const OUT = join(ARTIFACTS_DIR, 'demo');
const FIXTURE = process.env.DEMO_FIXTURE ?? 'linkedin-feed-v3.html';

type Outcome = { step: string; status: 'done' | 'skipped' | 'failed'; detail: string; screenshot?: string };
const outcomes: Outcome[] = [];

async function shot(page: Page, name: string) {
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `${String(outcomes.length + 1).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path });
  return path;
}

async function step(name: string, run: () => Promise<{ skipped?: string; detail?: string; page?: Page }>) {
  try {
    const result = await run();
    const screenshot = result.page ? await shot(result.page, name) : undefined;
    outcomes.push(
      result.skipped
        ? { step: name, status: 'skipped', detail: result.skipped, screenshot }
        : { step: name, status: 'done', detail: result.detail ?? '', screenshot },
    );
  } catch (error) {
    outcomes.push({
      step: name,
      status: 'failed',
      detail: error instanceof Error ? error.message.split('\n')[0]! : String(error),
    });
  }
  const last = outcomes.at(-1)!;
  console.log(
    `${last.status === 'done' ? '✔' : last.status === 'skipped' ? '–' : '✖'} ${name}: ${last.status}${last.detail ? ` — ${last.detail}` : ''}`,
  );
}

async function launchDemo(): Promise<{ context: BrowserContext; extensionId: string; close(): Promise<void> }> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build first: npm run build');
  const userDataDir = mkdtempSync(join(tmpdir(), 'advocacy-demo-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: !headed,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-sandbox',
    ],
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (['chrome-extension:', 'data:', 'blob:'].includes(url.protocol)) return route.continue();
    if (url.hostname === 'www.linkedin.com' && route.request().resourceType() === 'document') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture(FIXTURE) });
    }
    return route.abort(); // never the real LinkedIn, never anything else
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function main() {
  console.log(
    headed
      ? 'Opening Chromium with the extension and a LinkedIn-like test page (close the browser to end the demo).'
      : `No display (DISPLAY is not set): running headless and saving a screenshot of each step in ${OUT}`,
  );
  rmSync(OUT, { recursive: true, force: true });
  const demo = await launchDemo();
  const { context, extensionId } = demo;
  const extUrl = (path: string) => `chrome-extension://${extensionId}/${path}`;
  let linkedin: Page | undefined;

  await step('onboarding-and-consent', async () => {
    const page = await context.newPage();
    await page.goto(extUrl('options.html'));
    await page.waitForLoadState('load');
    // Prefer the real onboarding: switch on every consent the options page offers.
    const switches = page.getByRole('checkbox').or(page.getByRole('switch'));
    const count = await switches.count();
    for (let i = 0; i < count; i += 1) {
      const control = switches.nth(i);
      if (!(await control.isChecked().catch(() => true))) await control.check().catch(() => undefined);
    }
    const consent = await page.evaluate(
      async () =>
        (await chrome.storage.local.get('consent')).consent as Record<string, { granted: boolean }> | undefined,
    );
    const granted = consent ? Object.values(consent).filter((c) => c.granted).length : 0;
    if (granted >= 3) return { page, detail: 'consent given on the options page' };
    // The options page of this build has no consent switches yet: say yes directly, as onboarding would.
    await page.evaluate(async () => {
      const record = { granted: true, at: new Date().toISOString(), policyVersion: 1 };
      await chrome.storage.local.set({ consent: { panel: record, reminders: record, recordShares: record } });
    });
    return {
      page,
      skipped: 'no consent switches on the options page in this build; consent set directly so the demo can go on',
    };
  });

  await step('composer-with-panel', async () => {
    linkedin = await context.newPage();
    await linkedin.goto('https://www.linkedin.com/feed/');
    await linkedin.getByText('Start a post').first().click();
    const panel = linkedin.locator('advocacy-panel');
    await panel.waitFor({ state: 'attached', timeout: 5000 }).catch(() => undefined);
    if (!(await panel.count())) return { page: linkedin, skipped: 'the suggestions panel did not appear' };
    await linkedin.waitForTimeout(500);
    const suggestions = await panel.getByRole('listitem').count();
    return { page: linkedin, detail: `panel visible with ${suggestions} suggestion(s)` };
  });

  await step('suggestion-inserted', async () => {
    if (!linkedin) return { skipped: 'no LinkedIn page' };
    const insert = linkedin
      .locator('advocacy-panel')
      .getByRole('button', { name: /insert|indsæt|use|brug/i })
      .first();
    if (!(await insert.count()))
      return { page: linkedin, skipped: 'feature not present: no Insert button in the panel yet' };
    await insert.click();
    const editor = linkedin.locator('[componentkey="ShareBox_textEditor"]');
    await linkedin.waitForFunction(
      () => (document.querySelector('[componentkey="ShareBox_textEditor"]')?.textContent ?? '').trim().length > 0,
      null,
      { timeout: 3000 },
    );
    const text = (await editor.textContent()) ?? '';
    return { page: linkedin, detail: `inserted ${text.length} characters` };
  });

  await step('guideline-reminder', async () => {
    if (!linkedin) return { skipped: 'no LinkedIn page' };
    const editor = linkedin.locator('[componentkey="ShareBox_textEditor"]');
    await editor.click();
    await linkedin.keyboard.type(' Our quarterly numbers are confidential until Friday!!! #news', { delay: 5 });
    await linkedin.waitForTimeout(800); // checks are debounced (P4)
    const reminder = linkedin
      .locator('advocacy-panel')
      .getByText(/guideline|retningslinje|reminder|påmind|remember|husk/i)
      .first();
    if (!(await reminder.count()))
      return { page: linkedin, skipped: 'feature not present: no guideline reminder in the panel yet' };
    return {
      page: linkedin,
      detail: `reminder shown: “${((await reminder.textContent()) ?? '').trim().slice(0, 80)}”`,
    };
  });

  await step('post', async () => {
    if (!linkedin) return { skipped: 'no LinkedIn page' };
    const post = linkedin.getByRole('button', { name: /^(post|slå op)$/i }).first();
    if (!(await post.count()) || !(await post.isEnabled())) {
      return {
        page: linkedin,
        skipped:
          'the fixture’s Post button is disabled (no post-outcome simulation in this fixture); you press Post yourself on LinkedIn',
      };
    }
    await post.click();
    await linkedin.waitForTimeout(1000);
    return { page: linkedin, detail: 'pressed the fixture’s Post button (as the person would)' };
  });

  await step('popup-stats', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(extUrl('popup.html'));
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    const heading =
      (await page
        .getByRole('heading', { level: 1 })
        .first()
        .textContent()
        .catch(() => null)) ?? '';
    return { page, detail: `popup “${heading}”` };
  });

  await step('privacy-policy', async () => {
    const page = await context.newPage();
    await page.goto(extUrl('privacy.html')).catch(() => null);
    // Extension pages give Playwright no HTTP response: check what is on the page instead.
    const heading = await page
      .getByRole('heading', { level: 1 })
      .first()
      .textContent({ timeout: 2000 })
      .catch(() => null);
    if (!heading) return { skipped: 'privacy.html not in this build' };
    return { page, detail: 'the policy page shipped in the extension' };
  });

  console.log('\nDemo steps:');
  console.table(outcomes.map((o) => ({ step: o.step, status: o.status, detail: o.detail.slice(0, 90) })));
  if (headed) {
    console.log('The browser stays open: try the flow yourself. Close it to end the demo.');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
  } else {
    console.log(`Screenshots: ${OUT}`);
  }
  await demo.close();
  if (outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
}

await main();
