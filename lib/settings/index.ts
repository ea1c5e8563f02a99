/**
 * Settings and consent, stored in `browser.storage.local` through WXT storage items.
 * Readable and watchable from every context (background, watcher, panel, popup, options);
 * the storage item is the source of truth, UI stores only mirror it.
 *
 * Kept free of zod so the LinkedIn watcher can import it cheaply.
 */
import { storage } from 'wxt/utils/storage';

/**
 * The version of what we store and why. Bump it when the data practice changes
 * (a new field about the person, a new place data goes): every consent given under an
 * older version stops counting and the person is asked again (S6).
 */
export const POLICY_VERSION = 1;

/** The three separate things a person can say yes to. */
export const CONSENT_KINDS = ['panel', 'reminders', 'recordShares'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export interface ConsentRecord {
  granted: boolean;
  /** ISO time of the last change, null when never answered. */
  at: string | null;
  /** POLICY_VERSION the answer was given under, null when never answered. */
  policyVersion: number | null;
}
export type Consent = Record<ConsentKind, ConsentRecord>;

const NEVER_ASKED: ConsentRecord = { granted: false, at: null, policyVersion: null };
export const DEFAULT_CONSENT: Consent = {
  panel: NEVER_ASKED,
  reminders: NEVER_ASKED,
  recordShares: NEVER_ASKED,
};

/** One line of the consent history the person can export. */
export interface ConsentHistoryEntry {
  kind: ConsentKind;
  granted: boolean;
  at: string;
  policyVersion: number;
}

export const consentItem = storage.defineItem<Consent>('local:consent', {
  fallback: DEFAULT_CONSENT,
  version: 1,
});

export const consentHistoryItem = storage.defineItem<ConsentHistoryEntry[]>('local:consentHistory', {
  fallback: [],
  version: 1,
});

/** A consent counts only when it was given under the current policy version. */
export function hasConsent(consent: Consent | null | undefined, kind: ConsentKind): boolean {
  const record = consent?.[kind];
  return !!record && record.granted && record.policyVersion === POLICY_VERSION;
}

/** Give or withdraw one consent; records time and policy version, appends to the history. */
export async function setConsent(kind: ConsentKind, granted: boolean, now = new Date()): Promise<Consent> {
  const at = now.toISOString();
  const current = await consentItem.getValue();
  const next: Consent = { ...current, [kind]: { granted, at, policyVersion: POLICY_VERSION } };
  await consentItem.setValue(next);
  const history = await consentHistoryItem.getValue();
  await consentHistoryItem.setValue([...history, { kind, granted, at, policyVersion: POLICY_VERSION }].slice(-500));
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

export const preferencesItem = storage.defineItem<Preferences>('local:preferences', {
  fallback: DEFAULT_PREFERENCES,
  version: 1,
});

/** Where the feed comes from: null means the embedded demo feed. */
export const feedUrlItem = storage.defineItem<string | null>('local:feedUrl', {
  fallback: null,
  version: 1,
});

/** Panel UI state that should survive a page load (collapsed or not). */
export const panelStateItem = storage.defineItem<{ collapsed: boolean }>('local:panelState', {
  fallback: { collapsed: false },
  version: 1,
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
  // A confirmed share the background refused or could not store (lib/shares/outbox.ts).
  'share-refused',
] as const;
export type HealthEvent = (typeof HEALTH_EVENTS)[number];
export interface Health {
  counts: Partial<Record<HealthEvent, number>>;
  last: { event: HealthEvent; at: string; detail?: string } | null;
}
export const healthItem = storage.defineItem<Health>('local:health', {
  fallback: { counts: {}, last: null },
  version: 1,
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
