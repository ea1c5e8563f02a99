/**
 * The built Chrome extension in Debian's Chromium (playwright-core), for the e2e tests, the
 * benchmarks and the demo: one launch, one way of serving LinkedIn-like fixtures as
 * https://www.linkedin.com/... by request routing, and every other http(s) request aborted,
 * so nothing ever reaches the real LinkedIn.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { fixture, fixtureScript, installedBrowser, PAGE_TYPE, ROOT, SCRIPT_TYPE } from './e2e';

// The Chromium suite, the bench and the demo take these from here, with the launch.
export { FIXTURES_DIR, fixture, readShares, ROOT } from './e2e';
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

/** Where Debian's Chromium is, or a plain error saying how to install it. */
export function chromiumPath(): string {
  return installedBrowser('chromium', ['/usr/lib/chromium/chromium', '/usr/bin/chromium']);
}

/** A routed answer: url prefix → what is served. */
export type Routes = Record<
  string,
  { body: string; contentType?: string; status?: number; headers?: Record<string, string> }
>;

export interface ChromiumOptions {
  /** Load the extension (default) or run the same browser without it (benchmarks). */
  withExtension?: boolean;
  /** Default true; the demo opens a window when there is a display. */
  headless?: boolean;
  /** Default en-US. */
  locale?: string;
  /** Extra routes, checked before the LinkedIn fixtures. */
  routes?: Routes;
  /** Fixture served for https://www.linkedin.com/ pages (default: the multi-layout model page). */
  linkedinFixture?: string;
  /** Called with the host of every request that was refused. */
  onBlocked?: (host: string) => void;
  /**
   * Load a temporary copy of the build, which can be replaced by a newer version (same folder,
   * so the same extension id), with CDP's Extensions domain allowed (harness `updateExtension`).
   */
  updatable?: boolean;
  /** Called with every page, from the first one on (to collect its errors). */
  onPage?: (page: Page) => void;
  /**
   * Chromium's real policy engine (issue 29, tests/e2e/policy.e2e.ts): a folder laid out like
   * /etc/chromium (with `policies/managed/*.json`). Chromium then runs in a private mount
   * namespace (`unshare -m`, as root) where this folder is bind-mounted over /etc/chromium, so
   * the policy applies to this browser only, never to other Chromiums on the machine, and
   * vanishes with it. The extension is not loaded from the command line: the policy installs
   * it (`policyExtensionId` is the id it installs, whose worker is waited for).
   */
  policyDir?: string;
  policyExtensionId?: string;
  /**
   * Address prefixes let through to the network unchanged (only loopback: a test's own server,
   * such as the results collector of tests/e2e/results.e2e.ts).
   */
  passThrough?: string[];
}

export interface ChromiumSession {
  context: BrowserContext;
  /** The extension's service worker (absent without the extension). */
  worker: Worker;
  extensionId: string;
  /** Where the loaded extension lives: the build, or its temporary copy for `updatable` sessions. */
  extensionDir: string;
  /** Closes the browser and removes its fresh profile (and the copy of the extension). */
  close(): Promise<void>;
}

/** Starts Chromium on a fresh profile with the built extension and the fixture routing. */
export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const withExtension = options.withExtension ?? true;
  const headless = options.headless ?? true;
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('Build the extension first: npm run build');
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'advocacy-chromium-'));
  let extensionDir = EXTENSION_DIR;
  if (withExtension && options.updatable) {
    extensionDir = mkdtempSync(join(tmpdir(), 'advocacy-chromium-extension-'));
    cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  }
  const policy = options.policyDir ? policyLauncher(options.policyDir, userDataDir) : null;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: policy ?? chromiumPath(),
    // A policy-installed extension needs the extension system and its updater.
    ...(policy ? { ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'] } : {}),
    headless,
    viewport: { width: 1280, height: 900 },
    locale: options.locale ?? 'en-US',
    args: [
      ...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      // CDP's Extensions.loadUnpacked (updateExtension) needs it; only for updatable sessions.
      ...(withExtension && options.updatable ? ['--enable-unsafe-extension-debugging'] : []),
      '--no-first-run',
      // Headless has no use for the GPU; a window (the demo) keeps it.
      ...(headless ? ['--disable-gpu'] : []),
      '--disable-quic',
      ...(policy ? [] : ['--disable-background-networking']),
      '--disable-component-update',
      '--disable-sync',
      '--no-sandbox',
    ],
  });
  if (options.onPage) {
    context.on('page', options.onPage);
    context.pages().forEach(options.onPage);
  }
  await routeFixtures(context, options);
  let worker: Worker | undefined;
  let extensionId = '';
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  } else if (options.policyExtensionId) {
    const ours = (candidate: Worker) => new URL(candidate.url()).host === options.policyExtensionId;
    worker =
      context.serviceWorkers().find(ours) ??
      (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 45_000 }));
    extensionId = options.policyExtensionId;
  }
  return {
    context,
    worker: worker as Worker,
    extensionId,
    extensionDir,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
      if (policy) rmSync(policy, { force: true });
      if (extensionDir !== EXTENSION_DIR) rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}

/**
 * A launcher that starts Debian's Chromium in its own mount namespace with `policyDir` over
 * /etc/chromium (see `policyDir`). Needs root, as `.ci/run` has.
 */
function policyLauncher(policyDir: string, userDataDir: string): string {
  if (!existsSync('/etc/chromium')) throw new Error('/etc/chromium is missing: install Debian’s chromium package');
  const launcher = join(userDataDir, '..', `${basename(userDataDir)}-policy-chromium.sh`);
  writeFileSync(
    launcher,
    [
      '#!/bin/sh',
      '# Chromium with its own /etc/chromium: a private mount namespace, gone when it exits.',
      `exec unshare --mount --propagation private sh -c 'mount --bind "$1" /etc/chromium && shift && exec "$0" "$@"' ${JSON.stringify(chromiumPath())} ${JSON.stringify(policyDir)} "$@"`,
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  return launcher;
}

/**
 * Serves the routes and the LinkedIn fixtures; aborts every other web request. Only http(s) is
 * routed: a glob route pauses every request in Node, the extension's own files too, which
 * added about 25 ms to an extension page's load (its module chunks) that no person has (P7, P9).
 */
async function routeFixtures(context: BrowserContext, options: ChromiumOptions): Promise<void> {
  await context.route(/^https?:\/\//, async (route) => {
    const url = route.request().url();
    if (options.passThrough?.some((prefix) => url.startsWith(prefix))) {
      const { hostname } = new URL(url);
      if (hostname !== 'localhost' && hostname !== '127.0.0.1') throw new Error(`not loopback: ${url}`);
      return route.continue();
    }
    for (const [pattern, response] of Object.entries(options.routes ?? {})) {
      if (url.startsWith(pattern)) {
        return route.fulfill({
          status: response.status ?? 200,
          contentType: response.contentType ?? 'application/json',
          headers: response.headers,
          body: response.body,
        });
      }
    }
    const parsed = new URL(url);
    const script = parsed.hostname === 'www.linkedin.com' ? fixtureScript(parsed.pathname) : null;
    if (script !== null) return route.fulfill({ status: 200, contentType: SCRIPT_TYPE, body: script });
    if (parsed.hostname === 'www.linkedin.com' && route.request().resourceType() === 'document') {
      const name = options.linkedinFixture ?? 'linkedin.html';
      return route.fulfill({ status: 200, contentType: PAGE_TYPE, body: fixture(name) });
    }
    options.onBlocked?.(parsed.host);
    return route.abort();
  });
}
