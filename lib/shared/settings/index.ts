/**
 * Settings and consent, stored in `browser.storage.local` through WXT storage items.
 * Readable and watchable from every context (background, watcher, panel, popup, options);
 * the storage item is the source of truth, UI stores only mirror it. Every item is read
 * through a reader with defaults and has a version with numbered migrations (./stored.ts):
 * whatever an older build or anyone else left in storage, a surface gets the typed shape.
 *
 * Kept free of zod so the LinkedIn watcher can import it cheaply.
 */
import { bool, entryOf, intIn, isRecord, listOf, object, oneOf, textOrNull, timeOrNull, type Reader } from './read';
import { checkedFromVersion1 } from './declared';
import { defineStoredItem, setStoredValues, storedItemOf, storedValue } from './stored';
import { COMMENT_SWITCH_STORED, type CommentSwitch } from './comment-switch';
import {
  CONSENT_KINDS,
  CONSENT_STORED,
  hasConsent,
  POLICY_VERSION,
  policyVersionOrNull,
  type Consent,
  type ConsentKind,
} from './consent-shape';

export { defineStoredItem, setStoredValues, storedValue, type StoredItem } from './stored';
export { checkedFromVersion1 } from './declared';

export {
  CONSENT_KINDS,
  DEFAULT_CONSENT,
  hasConsent,
  POLICY_VERSION,
  readConsent,
  type Consent,
  type ConsentKind,
  type ConsentRecord,
} from './consent-shape';

/** One line of the consent history the person can export. */
export interface ConsentHistoryEntry {
  kind: ConsentKind;
  granted: boolean;
  at: string;
  policyVersion: number;
}

/** The most history kept (the oldest lines go first). */
const MAX_HISTORY = 500;
const readConsentHistory: Reader<ConsentHistoryEntry[]> = listOf((value) => {
  if (!isRecord(value)) return undefined;
  const kind = entryOf(CONSENT_KINDS)(value.kind);
  const at = timeOrNull(value.at);
  const policyVersion = policyVersionOrNull(value.policyVersion);
  if (!kind || typeof value.granted !== 'boolean' || !at || policyVersion === null) return undefined;
  return { kind, granted: value.granted, at, policyVersion };
}, MAX_HISTORY);

/** Version 2 of every item here: see `checkedFromVersion1` (./declared.ts). */
export const consentItem = /* @__PURE__ */ storedItemOf(CONSENT_STORED);

export const consentHistoryItem = /* @__PURE__ */ defineStoredItem<ConsentHistoryEntry[]>('local:consentHistory', {
  fallback: [],
  read: readConsentHistory,
  version: 2,
  migrations: checkedFromVersion1(readConsentHistory),
});

/** "Also help in comment boxes" (issue 28; ./comment-switch.ts): off by default, under the reminders. */
export const commentHelpItem = /* @__PURE__ */ storedItemOf(COMMENT_SWITCH_STORED);

/** Switch the comment-box help on or off; records time and policy version like a consent. */
export async function setCommentHelp(granted: boolean, now = new Date()): Promise<CommentSwitch> {
  const next: CommentSwitch = { granted, at: now.toISOString(), policyVersion: POLICY_VERSION };
  await commentHelpItem.setValue(next);
  return next;
}

/** Give or withdraw one consent; records time and policy version, appends to the history. */
export async function setConsent(kind: ConsentKind, granted: boolean, now = new Date()): Promise<Consent> {
  const at = now.toISOString();
  const current = await consentItem.getValue();
  const next: Consent = { ...current, [kind]: { granted, at, policyVersion: POLICY_VERSION } };
  const history = await consentHistoryItem.getValue();
  const nextHistory = [...history, { kind, granted, at, policyVersion: POLICY_VERSION }].slice(-MAX_HISTORY);
  // One write for both: the consent never lands without its line in the history.
  await setStoredValues([storedValue(consentItem, next), storedValue(consentHistoryItem, nextHistory)]);
  return next;
}

export const UI_LANGUAGES = ['auto', 'da', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const CONTENT_LANGUAGES = ['da', 'en'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];
export const REMINDER_FREQUENCIES = ['always', 'daily', 'never'] as const;
export type ReminderFrequency = (typeof REMINDER_FREQUENCIES)[number];

export interface Preferences {
  uiLanguage: UiLanguage;
  /** Languages of suggestions to show; empty means "the interface language". */
  suggestionLanguages: ContentLanguage[];
  /** Audience tags from the feed the person chose (e.g. "pilot"); empty means everything. */
  audiences: string[];
  reminderFrequency: ReminderFrequency;
  /** Also record posts written without a suggestion (needs the recordShares consent too). */
  recordUnsuggestedPosts: boolean;
  /** Minutes between background feed syncs, 60–360. */
  syncPeriodMinutes: number;
}

export const DEFAULT_PREFERENCES: Preferences = {
  uiLanguage: 'auto',
  suggestionLanguages: [],
  audiences: [],
  reminderFrequency: 'always',
  recordUnsuggestedPosts: false,
  syncPeriodMinutes: 120,
};

/** Preferences with a default for every field that is missing or wrong (older builds, hand edits). */
const readPreferences: Reader<Preferences> = object<Preferences>({
  uiLanguage: oneOf(UI_LANGUAGES, DEFAULT_PREFERENCES.uiLanguage),
  suggestionLanguages: (value) => [...new Set(listOf(entryOf(CONTENT_LANGUAGES), 10)(value))],
  audiences: listOf((value) => (typeof value === 'string' && value.length <= 100 ? value : undefined), 100),
  reminderFrequency: oneOf(REMINDER_FREQUENCIES, DEFAULT_PREFERENCES.reminderFrequency),
  recordUnsuggestedPosts: bool(DEFAULT_PREFERENCES.recordUnsuggestedPosts),
  syncPeriodMinutes: intIn(60, 360, DEFAULT_PREFERENCES.syncPeriodMinutes),
});

export const preferencesItem = /* @__PURE__ */ defineStoredItem<Preferences>('local:preferences', {
  fallback: DEFAULT_PREFERENCES,
  read: readPreferences,
  version: 2,
  migrations: checkedFromVersion1(readPreferences),
});

const readFeedUrl: Reader<string | null> = textOrNull(2048);

/** Where the feed comes from: null means the embedded demo feed. */
export const feedUrlItem = /* @__PURE__ */ defineStoredItem<string | null>('local:feedUrl', {
  fallback: null,
  read: readFeedUrl,
  version: 2,
  migrations: checkedFromVersion1(readFeedUrl),
});

export interface PanelState {
  collapsed: boolean;
}
const readPanelState: Reader<PanelState> = object<PanelState>({ collapsed: bool(false) });

/** Panel UI state that should survive a page load (collapsed or not). */
export const panelStateItem = /* @__PURE__ */ defineStoredItem<PanelState>('local:panelState', {
  fallback: { collapsed: false },
  read: readPanelState,
  version: 2,
  migrations: checkedFromVersion1(readPanelState),
});

/**
 * Local-only health counters for the LinkedIn integration (R8): how often the composer
 * could not be found or an insert failed, so the popup can tell the person. Never sent anywhere.
 */
export const HEALTH_EVENTS = [
  'composer-found',
  'composer-not-found',
  'insert-ok',
  'insert-failed',
  'panel-error',
  // A confirmed share the background refused or could not store (lib/shared/shares/outbox.ts).
  'share-refused',
  // Issue 28: the person wrote in a comment box we recognise, or in one that calls itself a
  // comment editor but matches none of our selectors (LinkedIn changed it: no helper there).
  'comment-box-found',
  'comment-box-not-recognised',
] as const;
export type HealthEvent = (typeof HEALTH_EVENTS)[number];
export interface Health {
  counts: Partial<Record<HealthEvent, number>>;
  last: { event: HealthEvent; at: string; detail?: string } | null;
}
const readHealth: Reader<Health> = (value) => {
  const source = isRecord(value) ? value : {};
  const counts: Health['counts'] = {};
  if (isRecord(source.counts)) {
    for (const event of HEALTH_EVENTS) {
      const count = source.counts[event];
      if (typeof count === 'number' && Number.isInteger(count) && count >= 0) counts[event] = count;
    }
  }
  const last = isRecord(source.last) ? source.last : null;
  const event = last ? entryOf(HEALTH_EVENTS)(last.event) : undefined;
  const at = last ? timeOrNull(last.at) : null;
  const detail = last ? textOrNull(500)(last.detail) : null;
  return {
    counts,
    last: event && at ? { event, at, ...(detail !== null ? { detail } : {}) } : null,
  };
};

export const healthItem = /* @__PURE__ */ defineStoredItem<Health>('local:health', {
  fallback: { counts: {}, last: null },
  read: readHealth,
  version: 2,
  migrations: checkedFromVersion1(readHealth),
});

/** How one consent stands, for the options page. */
export type ConsentState = 'on' | 'off' | 'outdated';

/**
 * "outdated": given under an older POLICY_VERSION — it no longer counts and the person is
 * asked to confirm again ("We changed what we store").
 */
export function consentState(consent: Consent | null | undefined, kind: ConsentKind): ConsentState {
  const record = consent?.[kind];
  if (hasConsent(consent, kind)) return 'on';
  if (record?.granted && record.policyVersion !== POLICY_VERSION) return 'outdated';
  return 'off';
}

/** True when any consent was given under an older policy version and should be asked again. */
export function needsReconfirmation(consent: Consent | null | undefined): boolean {
  return CONSENT_KINDS.some((kind) => consentState(consent, kind) === 'outdated');
}

/** The options page's views; the background opens `#onboarding` on install. */
export const ONBOARDING_HASH = '#onboarding';
