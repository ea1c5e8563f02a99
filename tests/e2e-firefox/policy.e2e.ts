/**
 * Issue 29, proven in Firefox ESR's real policy engine: the studio's own `policies.json` (the
 * same `policySnippets` the Feed studio shows IT) goes into firefox-esr's distribution folder as
 * this Firefox alone sees it (a private mount namespace: harness.ts `policies`). No temporary
 * add-on: the policy force-installs a local XPI (`install_url`, file://), unsigned, which ESR
 * allows with `xpinstall.signatures.required` false. Firefox reads policies.json at start only,
 * so "a policy removed while the browser runs" is a Chromium-only case (tests/e2e/policy.e2e.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policySnippets, type PolicyValues } from '@/lib/pages/studio/publish';
import { GECKO_ID } from '../../wxt.config';
import { POLICY_FEED, POLICY_FEED_URL, POLICY_ITEM_TITLE } from '../helpers/policy';
import { EXTENSION_DIR, launchFirefox, pageScreenshot, saveScreenshot, waitFor, type FirefoxSession } from './harness';
import { consoleProblems, extensionPage, switches, watcherRegistered } from './pages';
import { panelIn } from './panel-view';

const PANEL = "Show suggested posts in LinkedIn's composer";
const REMINDERS = 'Show guideline reminders while I write';
const CONSENTS = [PANEL, REMINDERS, 'Keep a private record of my shares'];

let dir = '';
let xpi = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'advocacy-firefox-policy-'));
  xpi = join(dir, 'advocacy.xpi');
  execFileSync('zip', ['-q', '-r', '-X', xpi, '.'], { cwd: EXTENSION_DIR });
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Firefox with the studio's policies.json for these values, the XPI and the organization's feed. */
function launchWithPolicy(values: PolicyValues, extra: Record<string, unknown> = {}): Promise<FirefoxSession> {
  const policies = JSON.parse(
    policySnippets({
      chromeId: 'abcdefghijklmnopabcdefghijklmnop',
      geckoId: GECKO_ID,
      values,
      firefoxInstallUrl: `file://${xpi}`,
    }).firefoxPolicies,
  ) as { policies: { '3rdparty': { Extensions: Record<string, object> } } };
  // A value the studio would never write (wrong type, unknown key), to see what a mistake does.
  Object.assign(policies.policies['3rdparty'].Extensions[GECKO_ID]!, extra);
  return launchFirefox({
    policies,
    prefs: { 'xpinstall.signatures.required': false },
    serve: { [POLICY_FEED_URL]: { type: 'application/feed+json', body: POLICY_FEED } },
  });
}

/** The add-on as Firefox's add-on manager has it, and the policy engine's state (chrome context). */
function installed(session: FirefoxSession) {
  return session.marionette.inChrome(() =>
    session.marionette.executeAsync<{
      active: boolean;
      temporary: boolean;
      source: string | null;
      policies: number;
      activePolicies: string[];
    } | null>(
      `const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      const addon = await AddonManager.getAddonByID(arguments[0]);
      if (!addon) return null;
      return {
        active: addon.isActive,
        temporary: addon.temporarilyInstalled,
        source: addon.installTelemetryInfo?.source ?? null,
        policies: Services.policies.status,
        activePolicies: Object.keys(Services.policies.getActivePolicies() ?? {}),
      };`,
      [GECKO_ID],
    ),
  );
}

/** The options page's text, the feed field and the reminders switch, read over Marionette. */
function optionsState(session: FirefoxSession) {
  return session.marionette.execute<{
    text: string;
    feed: string | null;
    feedReadOnly: boolean;
    remindersDisabled: boolean;
  }>(
    `const field = document.getElementById('feed-url');
    const reminders = [...document.querySelectorAll('[role=switch]')].find(
      (node) => document.getElementById(node.getAttribute('aria-labelledby'))?.textContent === arguments[0]);
    return {
      text: document.body.innerText,
      feed: field ? field.value : null,
      feedReadOnly: field ? field.readOnly : false,
      remindersDisabled: reminders ? reminders.disabled : false,
    };`,
    [REMINDERS],
  );
}

describe.sequential('IT rolls it out through Firefox policy', () => {
  it('installs from policies.json alone, takes the feed from it, and still asks the person', async () => {
    const session = await launchWithPolicy({ feedUrl: POLICY_FEED_URL, remindersAllowed: false });
    try {
      // Installed by the policy engine (not a temporary add-on), and the engine reports no error.
      const addon = await waitFor(
        'the add-on installed by policy',
        () => installed(session),
        (value) => value?.active === true,
        30_000,
      );
      expect(addon).toMatchObject({ active: true, temporary: false, policies: 1 /* ACTIVE */ });
      expect(addon?.activePolicies).toEqual(expect.arrayContaining(['ExtensionSettings', '3rdparty']));
      await session.marionette.send('WebDriver:Navigate', { url: 'about:policies' });
      saveScreenshot('policy-about-policies', await session.marionette.screenshot());
      // about:policies lists what the engine could not use under "Errors"; that tab exists only then.
      const errorsTab = await session.marionette.execute<boolean>(
        'const tab = document.getElementById("category-errors"); return Boolean(tab && !tab.hidden)',
      );
      expect(errorsTab).toBe(false);
      const policyErrors = await session.marionette.inChrome(() =>
        session.marionette.execute<string[]>(
          `return Services.console.getMessageArray().map((m) => m.message || m.errorMessage || '')
            .filter((text) => /Enterprise Policies|Policy '|unknown policy|policy schema/i.test(text))`,
        ),
      );
      expect(policyErrors).toEqual([]);

      // The settings: every consent off, the feed the organization's and locked, the reminders
      // switched off by the organization and explained; nothing registered on LinkedIn.
      await waitFor('the options page', () => extensionPage(session, 'options.html').then(() => true), Boolean, 15_000);
      await waitFor(
        'the organization’s feed',
        () => optionsState(session),
        (state) => state.feed === POLICY_FEED_URL,
        15_000,
      );
      const consents = (await switches(session)).filter((entry) => CONSENTS.includes(entry.label));
      expect(consents.map((entry) => entry.checked)).toEqual([false, false, false]);
      const state = await optionsState(session);
      expect(state).toMatchObject({ feedReadOnly: true, remindersDisabled: true });
      expect(state.text).toContain('Set by your organization');
      expect(state.text).toContain('Your organization has switched this off for everyone');
      expect(
        await session.marionette.executeAsync<unknown[]>(
          'return await browser.scripting.getRegisteredContentScripts()',
        ),
      ).toEqual([]);
      saveScreenshot('policy-options', await session.marionette.screenshot());

      // The person says yes to the panel; its suggestions come from the organization's feed.
      const button = await session.marionette.execute<Record<string, string>>(
        `return [...document.querySelectorAll('[role=switch]')].find(
          (node) => document.getElementById(node.getAttribute('aria-labelledby'))?.textContent === arguments[0])`,
        [PANEL],
      );
      await session.marionette.send('WebDriver:ElementClick', { id: Object.values(button)[0] });
      await watcherRegistered(session, 15_000);
      // The first sync ran before the automation session accepted the local certificate: ask again.
      await session.marionette.executeAsync(
        'return await browser.runtime.sendMessage({ type: "feed:sync-now", payload: {} })',
      );
      const page = await session.browser.newPage();
      await page.goto('https://www.linkedin.com/feed/?layout=v3');
      await page.locator('::-p-text(Start a post)').click();
      const panel = panelIn(session, page);
      await waitFor(
        'the organization’s suggestion',
        () => panel.count({ text: POLICY_ITEM_TITLE }),
        (n) => n > 0,
        20_000,
      );
      expect(await panel.count({ selector: '.gl-reminder' })).toBe(0);
      await pageScreenshot(page, 'policy-panel');
      // Checked with the LinkedIn tab still open: closing it while the panel's second request (at
      // "stable") is on its way makes the background warn about a tab that is gone.
      expect(consoleProblems(session)).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('names wrong types, an http address and unknown keys on the options page, and keeps the rest', async () => {
    // Firefox has no schema for extension policies: every value reaches the extension, which
    // sorts out what it can use.
    // The studio would never write these; IT typing by hand might.
    const session = await launchWithPolicy(
      { remindersAllowed: false },
      { feedUrl: 'http://feeds.fjordline.example/advocacy/feed.json', panelAllowed: 'no', feedURL: POLICY_FEED_URL },
    );
    try {
      await waitFor(
        'the add-on',
        () => installed(session),
        (value) => value?.active === true,
        30_000,
      );
      await waitFor('the options page', () => extensionPage(session, 'options.html').then(() => true), Boolean, 15_000);
      // The consent switches come once the person's own settings are read; the lines may come first.
      await waitFor(
        'the consent switches',
        () => switches(session),
        (found) => found.length >= 3,
        15_000,
      );
      const state = await waitFor(
        'the lines about the organization’s settings',
        () => optionsState(session),
        (value) => value.text.includes('could not be used'),
        15_000,
      );
      const line = (name: string, reason: string) =>
        `Your organization's setting for ${name} could not be used: ${reason}`;
      expect(state.text).toContain(line('the feed address (feedUrl)', 'the address must start with https://.'));
      expect(state.text).toContain(line('the suggestions panel (panelAllowed)', 'it is not the right kind of value.'));
      expect(state.text).toContain(line('“feedURL”', 'this extension has no such setting.'));
      // The rest keeps working: the reminders are still off for everyone, the panel is the
      // person's to choose, the feed address theirs to set.
      expect(state).toMatchObject({ remindersDisabled: true, feedReadOnly: false });
      expect((await switches(session)).find((entry) => entry.label === PANEL)).toEqual({
        label: PANEL,
        checked: false,
      });
      saveScreenshot('policy-options-bad-values', await session.marionette.screenshot());
      expect(consoleProblems(session)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
