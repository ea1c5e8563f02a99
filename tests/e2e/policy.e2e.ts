/// <reference types="chrome" />
/**
 * Issue 29, proven in Chromium's real policy engine: the studio's own Chrome policy (the same
 * `policySnippets` the Feed studio shows IT) is written into /etc/chromium/policies/managed/ of
 * a private mount namespace (tests/helpers/chromium.ts `policyDir`: the policy reaches this
 * browser only, never another Chromium on the machine, and vanishes with it). Chromium starts
 * with no --load-extension: the policy force-installs a CRX3 signed with a throwaway key from
 * an update manifest on 127.0.0.1 (plain http on loopback is accepted for policy installs).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID, policySnippets, type PolicyValues } from '../../lib/pages/studio/publish';
import { packCrx } from '../tools/crx';
import {
  POLICY_FEED,
  POLICY_FEED_URL,
  POLICY_ITEM_TITLE,
  serveFiles,
  throwawayKey,
  type FileServer,
} from '../helpers/policy';
import { EXTENSION_DIR, launch, screenshot, watcherRegistered, type ExtensionSession } from './harness';
import { panelIn } from './panel-view';

const PANEL = "Show suggested posts in LinkedIn's composer";
const REMINDERS = 'Show guideline reminders while I write';

describe('IT rolls it out through Chromium policy', () => {
  let dir = '';
  let server: FileServer;
  let id = '';
  let session: ExtensionSession;
  let policyFile = '';

  /** The studio's Chrome JSON for this package, written where Chromium reads machine policy. */
  const writePolicy = (values: PolicyValues | null, extra: Record<string, unknown> = {}) => {
    const json = JSON.parse(
      policySnippets({
        chromeId: id,
        geckoId: GECKO_ID,
        values: values ?? {},
        updateUrl: `${server.origin}/updates.xml`,
      }).chromeJson,
    ) as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
    // A value the studio would never write (wrong type, unknown key), to see what a mistake does.
    if (Object.keys(extra).length) Object.assign(json['3rdparty']!.extensions![id]!, extra);
    writeFileSync(policyFile, JSON.stringify(json, null, 2));
  };

  beforeAll(async () => {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
    dir = mkdtempSync(join(tmpdir(), 'advocacy-policy-'));
    const files: Record<string, () => [string, Buffer]> = {
      '/updates.xml': () => ['text/xml', readFileSync(join(dir, 'updates.xml'))],
      '/advocacy.crx': () => ['application/x-chrome-extension', readFileSync(join(dir, 'advocacy.crx'))],
    };
    server = await serveFiles(files);
    ({ id } = await packCrx({
      extensionDir: EXTENSION_DIR,
      keyPath: throwawayKey(dir),
      crxUrl: `${server.origin}/advocacy.crx`,
      crxPath: join(dir, 'advocacy.crx'),
      updatesPath: join(dir, 'updates.xml'),
    }));
    // /etc/chromium as this browser sees it: Debian's own file, plus the managed policies.
    const etc = join(dir, 'etc-chromium');
    mkdirSync(join(etc, 'policies/managed'), { recursive: true });
    if (existsSync('/etc/chromium/master_preferences')) {
      writeFileSync(join(etc, 'master_preferences'), readFileSync('/etc/chromium/master_preferences'));
    }
    policyFile = join(etc, 'policies', 'managed', 'advocacy.json');
    writePolicy({ feedUrl: POLICY_FEED_URL, remindersAllowed: false });
    // Test only, in a file of its own: Chromium's default keeps DevTools (and so playwright) out of
    // policy-installed extensions. A company leaves this at its default.
    writeFileSync(
      join(etc, 'policies', 'managed', 'test-devtools.json'),
      JSON.stringify({ DeveloperToolsAvailability: 1 }),
    );
    session = await launch({
      withExtension: false,
      policyDir: etc,
      policyExtensionId: id,
      routes: {
        [POLICY_FEED_URL]: { body: POLICY_FEED, headers: { 'access-control-allow-origin': '*' } },
      },
    });
  }, 90_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const optionsPage = async (hash = ''): Promise<Page> => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${id}/options.html${hash}`);
    await page.getByRole('switch', { name: PANEL }).waitFor();
    return page;
  };

  /**
   * The extension's own table on chrome://policy (shadow roots included), as
   * "name | value | source | applies to | level | status" rows.
   */
  const policyTable = async (page: Page): Promise<string> => {
    const text = await page.evaluate<string>(`(() => {
      const out = [];
      const walk = (node) => {
        if (node.nodeType === 3 && node.textContent.trim()) out.push(node.textContent.trim());
        if (node.shadowRoot) walk(node.shadowRoot);
        node.childNodes.forEach(walk);
      };
      walk(document.body);
      return out.join(' | ');
    })()`);
    const start = text.lastIndexOf(`Advocacy for LinkedIn | ${id}`);
    return start < 0 ? '' : text.slice(start, start + 2000);
  };

  /**
   * chrome://policy until the extension's table matches `expected`. Right after a first install
   * the page lists the extension's keys as "Not set." although the extension already reads the
   * values (the page filtered them before the extension's schema was known); its "Reload
   * policies" button shows them, as the README tells IT.
   */
  const policyRow = async (key: string, expected: RegExp): Promise<string> => {
    const page = await session.context.newPage();
    await page.goto('chrome://policy');
    let table: string;
    const deadline = Date.now() + 20_000;
    for (;;) {
      await page.waitForTimeout(500);
      table = await policyTable(page);
      if (expected.test(table) || Date.now() > deadline) break;
      await page.getByRole('button', { name: 'Reload policies' }).click();
    }
    await screenshot(page, `policy-chrome-policy-${key}`);
    await page.close();
    return table;
  };
  const row = (key: string, value: string) =>
    new RegExp(`${key} \\| ${value.replace(/[./]/g, '\\$&')} \\| Platform \\| Machine \\| Mandatory \\| OK`);

  it('installs from the policy alone, takes the feed from it, and still asks the person', async () => {
    // Installed by the policy engine from the local update URL: no --load-extension.
    expect(server.requests).toContain('/updates.xml');
    expect(server.requests).toContain('/advocacy.crx');
    const location = await session.worker.evaluate(async () => (await chrome.management.getSelf()).installType);
    expect(location).toBe('admin');

    // chrome://policy reads the values back through the extension's schema: each one OK, no error.
    const table = await policyRow('installed', row('feedUrl', POLICY_FEED_URL));
    expect(table.match(row('feedUrl', POLICY_FEED_URL)), table).not.toBeNull();
    expect(table.match(row('remindersAllowed', 'false')), table).not.toBeNull();

    // The onboarding opened by itself and still asks: every consent off, nothing on LinkedIn.
    await expect
      .poll(() => session.context.pages().some((page) => page.url().endsWith('/options.html#onboarding')), {
        timeout: 15_000,
      })
      .toBe(true);
    const onboarding = session.context.pages().find((page) => page.url().endsWith('/options.html#onboarding'))!;
    await onboarding.getByRole('switch', { name: PANEL }).waitFor();
    expect(await onboarding.getByRole('switch', { name: PANEL }).getAttribute('aria-checked')).toBe('false');
    // The reminders are switched off by the organization: off, not clickable, and explained.
    const reminders = onboarding.getByRole('switch', { name: REMINDERS });
    expect(await reminders.getAttribute('aria-checked')).toBe('false');
    expect(await reminders.isDisabled()).toBe(true);
    await expect
      .poll(() => onboarding.getByText('Your organization has switched this off for everyone').count())
      .toBe(1);
    await reminders.scrollIntoViewIfNeeded();
    await screenshot(onboarding, 'policy-onboarding');
    expect(await watcherRegistered(session)).toBe(false);
    const linkedin = await session.context.newPage();
    await linkedin.goto('https://www.linkedin.com/feed/?layout=v3');
    await linkedin.getByText('Start a post').click();
    await linkedin.waitForTimeout(500);
    expect(await panelIn(session, linkedin).count({ role: 'list', name: 'Suggestions' })).toBe(0);

    // The settings show the feed as the organization's, not editable.
    const options = await optionsPage();
    const field = options.locator('#feed-url');
    await expect.poll(() => field.inputValue(), { timeout: 15_000 }).toBe(POLICY_FEED_URL);
    expect(await field.getAttribute('readonly')).not.toBeNull();
    expect(await options.getByText('Set by your organization').count()).toBe(1);
    expect(await options.getByText("Your organization's feed.").count()).toBe(1);
    await screenshot(options, 'policy-options-managed');

    // The person says yes to the panel: its suggestions come from the organization's feed, and
    // the reminders stay off, even for someone whose yes to them is stored from before.
    await onboarding.bringToFront();
    await onboarding.getByRole('switch', { name: PANEL }).click();
    await expect.poll(() => watcherRegistered(session), { timeout: 15_000 }).toBe(true);
    await session.worker.evaluate(async () => {
      const { consent } = await chrome.storage.local.get<{ consent: object }>('consent');
      const at = new Date().toISOString();
      await chrome.storage.local.set({
        consent: { ...consent, reminders: { granted: true, at, policyVersion: 2 } },
      });
    });
    await linkedin.reload();
    await linkedin.getByText('Start a post').click();
    const panel = panelIn(session, linkedin);
    await expect.poll(() => panel.count({ role: 'list', name: 'Suggestions' }), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => panel.count({ text: POLICY_ITEM_TITLE }), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await panel.count({ selector: '.gl-reminder' })).toBe(0);
    await screenshot(linkedin, 'policy-panel');
    await linkedin.close();
    await options.close();
    expect(session.errors).toEqual([]);
  });

  it('names a bad value on the options page, keeps the rest, and follows the policy while the browser runs', async () => {
    const options = await optionsPage();
    // IT makes mistakes: an http address, a wrong type, a key that does not exist.
    writePolicy(
      { feedUrl: 'http://feeds.fjordline.example/advocacy/feed.json', remindersAllowed: false },
      { panelAllowed: 'no', feedURL: POLICY_FEED_URL },
    );
    const problems = options.getByTestId('org-policy-problems');
    await expect
      .poll(() => problems.textContent(), { timeout: 20_000 })
      .toContain(
        "Your organization's setting for the feed address (feedUrl) could not be used: the address must start with https://.",
      );
    // Chrome itself drops what does not match the schema (the wrong type, the unknown key) before
    // the extension sees it: chrome://policy is where IT sees those.
    const table = await policyRow('bad-values', row('feedUrl', 'http://feeds.fjordline.example/advocacy/feed.json'));
    expect(table.match(row('remindersAllowed', 'false')), table).not.toBeNull();
    expect(table, table).not.toContain('feedURL');
    // The rest keeps working: the reminders stay off, the panel is the person's to choose, the
    // feed address is theirs to set again.
    expect(await options.getByRole('switch', { name: REMINDERS }).isDisabled()).toBe(true);
    expect(await options.getByRole('switch', { name: PANEL }).isDisabled()).toBe(false);
    expect(await options.locator('#feed-url').getAttribute('readonly')).toBeNull();
    await screenshot(options, 'policy-options-bad-values');

    // IT removes the extension's settings (the install stays): followed without a restart.
    writePolicy(null);
    await expect.poll(() => options.getByTestId('org-policy-problems').count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => options.getByRole('switch', { name: REMINDERS }).isDisabled()).toBe(false);
    expect(await options.getByText('Set by your organization').count()).toBe(0);
    // The person's earlier yes to the reminders counts again: the policy never touched it.
    expect(await options.getByRole('switch', { name: REMINDERS }).getAttribute('aria-checked')).toBe('true');
    await screenshot(options, 'policy-options-removed');
    expect(session.errors).toEqual([]);
  });
});
