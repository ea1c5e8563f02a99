/** Helpers for the extension's own pages, driven over Marionette (BiDi cannot reach them). */
import { expect } from 'vitest';
import { POLICY_VERSION } from '@/lib/shared/settings/consent-shape';
import type { ShareEvent } from '@/lib/worker/db/types';
import { GECKO_ID } from '../../wxt.config';
import { readShares } from '../helpers/e2e';
import {
  EXTENSION_ORIGIN,
  installExtension,
  launchFirefox,
  waitFor,
  type FirefoxOptions,
  type FirefoxSession,
} from './harness';

/** Opens one of the extension's pages in Marionette's current tab and waits for its first heading. */
export async function extensionPage(session: FirefoxSession, path: string): Promise<void> {
  await session.marionette.send('WebDriver:Navigate', { url: `${EXTENSION_ORIGIN}/${path}` });
  await waitFor(
    `${path} rendered`,
    () => session.marionette.execute<boolean>('return document.querySelector("h1") !== null'),
    Boolean,
  );
}

/** Waits until the LinkedIn watcher is registered (consent given: the background registers it). */
export async function watcherRegistered(session: FirefoxSession, timeoutMs?: number): Promise<void> {
  await waitFor(
    'the watcher registration',
    () =>
      session.marionette.executeAsync<string[]>(
        'return (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id)',
      ),
    (ids) => ids.includes('linkedin-watcher'),
    timeoutMs,
  );
}

/** The person's choices on the options page: the three consents, and "Also help in comment boxes" if given. */
export interface Choices {
  panel: boolean;
  reminders: boolean;
  recordShares: boolean;
  commentHelp?: boolean;
}

/**
 * Stores `choices` as the options page records them (each granted or not, now, at the current
 * policy version), from the extension page Marionette is on.
 */
export async function storeChoices(session: FirefoxSession, choices: Choices): Promise<void> {
  await session.marionette.executeAsync(
    `const [choices, policyVersion] = arguments;
      const at = new Date().toISOString();
      const record = (granted) => ({ granted, at, policyVersion });
      const items = { consent: {
        panel: record(choices.panel),
        reminders: record(choices.reminders),
        recordShares: record(choices.recordShares) } };
      if (choices.commentHelp !== undefined) items.commentHelp = record(choices.commentHelp);
      await browser.storage.local.set(items);
      return true;`,
    [choices, POLICY_VERSION],
  );
}

/**
 * The set-up of a suite that starts with the person already opted in: Firefox with the built
 * extension installed as a temporary add-on (it must get our Gecko id), `choices` stored from
 * the popup's page, and the LinkedIn watcher registered by the background. Firefox is closed
 * again if any step fails (the suite's afterAll never gets the session then).
 */
export async function launchOptedIn(choices: Choices, options?: FirefoxOptions): Promise<FirefoxSession> {
  const session = await launchFirefox(options);
  try {
    expect(await installExtension(session)).toBe(GECKO_ID);
    await extensionPage(session, 'popup.html');
    await storeChoices(session, choices);
    await watcherRegistered(session);
    return session;
  } catch (error) {
    await session.close();
    throw error;
  }
}

/** The page's switches: label and state, in order. */
export function switches(session: FirefoxSession): Promise<{ label: string; checked: boolean }[]> {
  return session.marionette.execute(
    `return [...document.querySelectorAll('[role=switch]')].map((node) => ({
      label: document.getElementById(node.getAttribute('aria-labelledby'))?.textContent ?? '',
      checked: node.getAttribute('aria-checked') === 'true',
    }))`,
  );
}

/** A trusted click on the first element matching `selector` whose text includes `text`. */
export async function clickByText(session: FirefoxSession, selector: string, text: string): Promise<void> {
  const element = await session.marionette.execute<Record<string, string> | null>(
    `return [...document.querySelectorAll(arguments[0])].find((node) => node.textContent.includes(arguments[1])) ?? null`,
    [selector, text],
  );
  if (!element) throw new Error(`no ${selector} with “${text}”`);
  // As a person scrolls to what they click: WebDriver only scrolls elements outside the
  // viewport, not ones under a sticky header (the studio's).
  await session.marionette.execute('arguments[0].scrollIntoView({ block: "center" })', [element]);
  await session.marionette.send('WebDriver:ElementClick', { id: Object.values(element)[0] });
}

/** Errors and warnings in Firefox's console service (CSP reports, uncaught errors), as text. */
export async function scriptErrors(session: FirefoxSession): Promise<string[]> {
  return session.marionette.inChrome(() =>
    session.marionette.execute<string[]>(
      `return Services.console.getMessageArray()
        .filter((message) => message instanceof Ci.nsIScriptError && !(message.flags & Ci.nsIScriptError.infoFlag))
        .map((message) => '[' + message.category + '] ' + message.errorMessage + ' @ ' + message.sourceName)`,
    ),
  );
}

/**
 * console.error / console.warn calls of the extension's pages, its background, its content
 * scripts and the LinkedIn fixture pages: Firefox prints them on stdout
 * (devtools.console.stdout.content; its own chrome calls are off), without their file, so
 * every such line counts. (Firefox's console API storage in the parent process does not see
 * calls made in content processes, where extension pages run.)
 */
export function consoleProblems(session: FirefoxSession): string[] {
  return (
    session
      .output()
      .split('\n')
      .filter((line) => /^console\.(error|warn):/.test(line))
      // Firefox's experiments loader (Nimbus) logs its failed sync through the refusing proxy on
      // the same stream, despite devtools.console.stdout.chrome = false: its logger prefix is its own.
      .filter((line) => !/^console\.(error|warn): RSLoader:/.test(line))
  );
}

/** Firefox's own services (remote settings, updates): refused by the proxy, not ours. */
export function mozillaOwn(host: string): boolean {
  return /(^|\.)(mozilla\.(com|org|net)|firefox\.com|mozaws\.net)(:\d+)?$/.test(host);
}

/**
 * The shares the background stored on the device, read from the extension's IndexedDB in
 * Marionette's current tab, which must be one of the extension's pages (same origin), with
 * the reader the Chromium suite runs in its worker.
 */
export function storedShares(session: FirefoxSession): Promise<ShareEvent[]> {
  return session.marionette.executeAsync<ShareEvent[]>(`return (${readShares.toString()})();`);
}

/**
 * Types `text` into the field labelled `label` (inside the fieldset whose legend is `legend`,
 * when given) with real key events, as a person does.
 */
export async function typeInto(session: FirefoxSession, label: string, text: string, legend?: string): Promise<void> {
  const field = await session.marionette.execute<Record<string, string> | null>(
    `const [label, legend] = arguments;
    const scope = legend
      ? [...document.querySelectorAll('fieldset')].find((set) => set.querySelector(':scope > legend')?.textContent === legend)
      : document;
    const found = scope && [...scope.querySelectorAll('label')].find((node) => node.textContent === label);
    return found ? document.getElementById(found.htmlFor) : null;`,
    [label, legend ?? null],
  );
  if (!field) throw new Error(`no field “${label}”${legend ? ` in “${legend}”` : ''}`);
  await session.marionette.send('WebDriver:ElementSendKeys', { id: Object.values(field)[0], text });
}
