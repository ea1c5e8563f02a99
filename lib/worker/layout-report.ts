/**
 * Gathering the layout signals in a LinkedIn tab and answering the popup's report request.
 * The signals come from the runtime-injected layout-signals script (entrypoints/), run in the
 * tab's top frame only, and are accepted only through layoutSignalsSchema.
 */
import { browser } from 'wxt/browser';
import {
  buildReport,
  describeBrowser,
  failureSignalsItem,
  layoutSignalsSchema,
  pageKind,
  reportText,
  toMinute,
  type GatheredSignals,
  type SignalTrigger,
} from './health/report';
import { readHealth } from '../shared/health';
import { isLinkedIn, isPreload } from '../shared/linkedin/pages';
import { resolveLanguage } from '../shared/i18n/language';
import { preferencesItem } from '../shared/settings';

export const SIGNALS_FILE = '/content-scripts/layout-signals.js';

/** Runs the layout-signals script in the tab's top frame; null when the tab or its answer is not acceptable. */
export async function gatherSignals(
  tabId: number,
  url: string | null | undefined,
  trigger: SignalTrigger,
  now = new Date(),
): Promise<GatheredSignals | null> {
  if (!url || !isLinkedIn(url) || isPreload(url)) return null;
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [SIGNALS_FILE] });
    const parsed = layoutSignalsSchema.safeParse(result?.result);
    if (!parsed.success) return null;
    return { trigger, at: toMinute(now), page: pageKind(url), signals: parsed.data };
  } catch {
    return null; // the tab went away or navigated: no signals this time
  }
}

/** After a failure in a LinkedIn tab: keep that moment's signals for the report. */
export async function keepFailureSignals(
  tabId: number,
  url: string | null,
  trigger: Exclude<SignalTrigger, 'on-request'>,
): Promise<void> {
  const gathered = await gatherSignals(tabId, url, trigger);
  if (gathered) await failureSignalsItem.setValue(gathered);
}

/** The LinkedIn tab the person most likely means: the active one, else the last used. */
async function linkedInTab(): Promise<{ id: number; url: string } | null> {
  // The LinkedIn host permission shows these tabs' URLs (no "tabs" permission needed).
  const tabs = (await browser.tabs.query({})).filter(
    (tab) => typeof tab.id === 'number' && !!tab.url && isLinkedIn(tab.url) && !isPreload(tab.url),
  );
  tabs.sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const tab = tabs[0];
  return tab ? { id: tab.id!, url: tab.url! } : null;
}

/** The report the popup shows before the person copies it. Nothing is sent anywhere. */
export async function answerReport(): Promise<{ text: string; hasSignals: boolean }> {
  const tab = await linkedInTab();
  const [atFailure, now, health, preferences] = await Promise.all([
    failureSignalsItem.getValue(),
    tab ? gatherSignals(tab.id, tab.url, 'on-request') : null,
    readHealth(),
    preferencesItem.getValue(),
  ]);
  const nav = globalThis.navigator as Navigator & {
    userAgentData?: { brands?: { brand: string; version: string }[] };
  };
  const runtime = browser.runtime as typeof browser.runtime & {
    getBrowserInfo?: () => Promise<{ name: string; version: string }>;
  };
  const info = runtime.getBrowserInfo ? await runtime.getBrowserInfo().catch(() => null) : null;
  const report = buildReport({
    extensionVersion: browser.runtime.getManifest().version,
    browser: describeBrowser(nav.userAgent, info, nav.userAgentData?.brands),
    extensionLanguage: resolveLanguage(preferences.uiLanguage, nav.language),
    browserLanguage: nav.language,
    health,
    atFailure,
    now,
  });
  return { text: reportText(report), hasSignals: !!(atFailure ?? now) };
}
