/**
 * What the Chromium e2e tests share on top of the launch in tests/helpers/chromium.ts (the
 * built extension in Debian's Chromium, LinkedIn-like fixtures served as
 * https://www.linkedin.com/... by request routing, every other request aborted): errors and
 * refused requests per session, screenshots, consent, and reading the worker's state.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShareEvent } from '@/lib/worker/db/types';
import { POLICY_VERSION } from '../../lib/shared/settings/consent-shape';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { EXTENSION_DIR, launchChromium, readShares, type Routes } from '../helpers/chromium';
import { savePng } from '../helpers/e2e';

export { chromiumPath, EXTENSION_DIR, FIXTURES_DIR, fixture, readShares, ROOT } from '../helpers/chromium';
export { ARTIFACTS_DIR } from '../helpers/e2e';

export interface ExtensionSession {
  context: BrowserContext;
  /** The background's worker (replaced by `updateExtension`). */
  worker: Worker;
  extensionId: string;
  /** Where the loaded extension lives: the build, or its temporary copy for `updatable` sessions. */
  extensionDir: string;
  /** Messages logged as errors (and uncaught page errors) on any page, with their page URL. */
  errors: string[];
  /** Hosts of every request a page or the extension tried to make outside the routed fixtures. */
  blockedRequests: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Load the extension (default) or run the same browser without it (benchmarks). */
  withExtension?: boolean;
  /** Extra routes: url pattern → handler body, checked before the LinkedIn fixtures. */
  routes?: Routes;
  /** Fixture served for https://www.linkedin.com/ pages (file in tests/fixtures; default: the multi-layout model page). */
  linkedinFixture?: string;
  /**
   * Load a temporary copy of the build, which `updateExtension` can replace by a newer version
   * (same folder, so the same extension id), with CDP's Extensions domain allowed.
   */
  updatable?: boolean;
  /** Chromium's real policy engine: see `policyDir` in tests/helpers/chromium.ts (tests/e2e/policy.e2e.ts). */
  policyDir?: string;
  policyExtensionId?: string;
  /** Loopback address prefixes let through unchanged (tests/helpers/chromium.ts). */
  passThrough?: string[];
}

/** Chromium with the built extension (tests/helpers/chromium.ts), collecting errors and refused requests. */
export async function launch(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const errors: string[] = [];
  const blockedRequests: string[] = [];
  const session = await launchChromium({
    ...options,
    onBlocked: (host) => blockedRequests.push(host),
    onPage: (page) => {
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    },
  });
  return { ...session, errors, blockedRequests };
}

/**
 * Updates the extension as Chrome does for a new version: the copy's manifest gets `version`, and
 * CDP's `Extensions.loadUnpacked` loads the same folder again, so the extension keeps its id (an
 * unpacked extension's id comes from its path) and its stored data, the old version is unloaded
 * under open tabs, and the new background gets `runtime.onInstalled` with reason "update".
 * (`chrome.runtime.reload()` left the extension's pages ERR_BLOCKED_BY_CLIENT for up to 30 s in
 * headless Chromium.) `session.worker` becomes the new version's worker.
 */
export async function updateExtension(session: ExtensionSession, version: string): Promise<void> {
  if (session.extensionDir === EXTENSION_DIR) throw new Error('launch({ updatable: true }) to update the extension');
  const manifestPath = join(session.extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, version }));
  const browser = session.context.browser();
  if (!browser) throw new Error('no browser behind this context');
  const cdp = await browser.newBrowserCDPSession();
  const started = session.context.waitForEvent('serviceworker', {
    predicate: (worker) => worker !== session.worker && new URL(worker.url()).host === session.extensionId,
    timeout: 15_000,
  });
  const { id } = await cdp.send('Extensions.loadUnpacked', { path: session.extensionDir });
  await cdp.detach();
  if (id !== session.extensionId) throw new Error(`the update got another id: ${id} (was ${session.extensionId})`);
  session.worker = await started;
  const deadline = Date.now() + 10_000;
  while ((await session.worker.evaluate(() => chrome.runtime.getManifest().version)) !== version) {
    if (Date.now() > deadline) throw new Error(`the extension did not come back as version ${version}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Saves a screenshot under tests/e2e/.artifacts (kept out of git, looked at by people). */
export async function screenshot(page: Page, name: string): Promise<string> {
  return savePng(name, await page.screenshot({ fullPage: false }));
}

/** Runs code in the extension's service worker (e.g. to read storage). */
export function inWorker<T>(session: ExtensionSession, fn: () => Promise<T> | T): Promise<T> {
  return session.worker.evaluate(fn);
}

export interface ConsentChoice {
  panel: boolean;
  reminders: boolean;
  recordShares: boolean;
  /** "Count my sharing anonymously" (issue 26); off unless asked for. */
  countResults?: boolean;
}

/** True when the background has registered the LinkedIn watcher (it does only after a consent). */
export function watcherRegistered(session: ExtensionSession): Promise<boolean> {
  return session.worker.evaluate(
    async () => (await chrome.scripting.getRegisteredContentScripts({ ids: ['linkedin-watcher'] })).length > 0,
  );
}

/**
 * Records consent as the options page does (the current policy version), then waits until the background
 * has registered (or removed) the LinkedIn watcher to match, as it would before the person's
 * next LinkedIn page.
 */
export async function setConsent(
  session: ExtensionSession,
  choice: ConsentChoice = { panel: true, reminders: true, recordShares: true },
): Promise<void> {
  // No inner named functions here: tsx (bench, demo) would wrap them in a helper the worker lacks.
  await session.worker.evaluate(
    async ({ given, policyVersion }) => {
      const at = new Date().toISOString();
      await chrome.storage.local.set({
        consent: {
          panel: { granted: given.panel, at, policyVersion },
          reminders: { granted: given.reminders, at, policyVersion },
          recordShares: { granted: given.recordShares, at, policyVersion },
          countResults: { granted: given.countResults === true, at, policyVersion },
        },
      });
    },
    { given: choice, policyVersion: POLICY_VERSION },
  );
  const wanted = choice.panel || choice.reminders || choice.recordShares;
  // A wait, not a timing assertion: on this shared 2-core machine the background has taken
  // over 5 s to register under load (it also syncs the feed at start), so allow 15 s.
  const deadline = Date.now() + 15_000;
  while ((await watcherRegistered(session)) !== wanted) {
    if (Date.now() > deadline) throw new Error(`the LinkedIn watcher was not ${wanted ? 'registered' : 'removed'}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** How many of this extension's script worlds the page has (0 = no content script ran in it). */
export async function extensionWorlds(session: ExtensionSession, page: Page): Promise<number> {
  const cdp = await session.context.newCDPSession(page);
  const origins: string[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: { origin: string; auxData?: { type?: string } } }) => {
    if (event.context.auxData?.type === 'isolated') origins.push(event.context.origin);
  });
  await cdp.send('Runtime.enable'); // reports every existing context
  await page.waitForTimeout(100);
  await cdp.detach();
  return origins.filter((origin) => origin.includes(session.extensionId)).length;
}

/** The person's share records, read from the background's own database through its worker. */
export function storedShares(session: ExtensionSession): Promise<ShareEvent[]> {
  return session.worker.evaluate(readShares);
}
