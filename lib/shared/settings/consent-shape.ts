/**
 * What a consent is, how any stored shape of it is read, and when it counts: apart from the
 * storage items (./index.ts) so the always-on LinkedIn watcher can read consent without WXT's
 * storage layer (./direct.ts, P1). ./index.ts re-exports all of it.
 */
import { checkedFromVersion1, declareStored } from './declared';
import { bool, object, timeOrNull, type Reader } from './read';

/**
 * The version of what we store and why. Bump it when the data practice changes
 * (a new field about the person, a new place data goes): every consent given under an
 * older version stops counting and the person is asked again (S6).
 */
export const POLICY_VERSION = 2;
// Version 2 (issue 26): the fourth consent, "Count my sharing anonymously for the programme",
// sends one randomized report a month to the collector the feed names: a new place data goes.

/** The storage key of the consent (WXT's `local:consent`), one definition for the item and the watcher. */
export const CONSENT_KEY = 'consent';

/**
 * The separate things a person can say yes to. `countResults` (issue 26) is offered only when
 * the feed names a collector and `recordShares` is on: its answers are computed from that record.
 */
export const CONSENT_KINDS = ['panel', 'reminders', 'recordShares', 'countResults'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export interface ConsentRecord {
  granted: boolean;
  /** ISO time of the last change, null when never answered. */
  at: string | null;
  /** POLICY_VERSION the answer was given under, null when never answered. */
  policyVersion: number | null;
}
/**
 * `countResults` is optional in the type only: every read fills it (never asked, when absent),
 * and consents written before issue 26 (and the tests' literal ones) have just the first three.
 */
export type Consent = Record<Exclude<ConsentKind, 'countResults'>, ConsentRecord> & { countResults?: ConsentRecord };

const NEVER_ASKED: ConsentRecord = { granted: false, at: null, policyVersion: null };
export const DEFAULT_CONSENT: Consent = {
  panel: NEVER_ASKED,
  reminders: NEVER_ASKED,
  recordShares: NEVER_ASKED,
  countResults: NEVER_ASKED,
};

export const policyVersionOrNull: Reader<number | null> = (value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : null;
const readConsentRecord: Reader<ConsentRecord> = object<ConsentRecord>({
  granted: bool(false),
  at: timeOrNull,
  policyVersion: policyVersionOrNull,
});
/** Any stored shape to a whole consent (also read by the watcher without WXT storage, ./direct.ts). */
export const readConsent: Reader<Consent> = object<Consent>({
  panel: readConsentRecord,
  reminders: readConsentRecord,
  recordShares: readConsentRecord,
  // Absent in consents stored before issue 26: read as never asked (no migration needed).
  countResults: readConsentRecord,
});

/** A consent counts only when it was given under the current policy version. */
export function hasConsent(consent: Consent | null | undefined, kind: ConsentKind): boolean {
  const record = consent?.[kind];
  return !!record && record.granted && record.policyVersion === POLICY_VERSION;
}

/**
 * The consent's one declaration (./declared.ts): the WXT item in ./index.ts and the watcher's
 * direct reader (./direct.ts) are both made from it.
 */
export const CONSENT_STORED = declareStored<Consent>(`local:${CONSENT_KEY}`, {
  fallback: DEFAULT_CONSENT,
  read: readConsent,
  version: 2,
  migrations: checkedFromVersion1(readConsent),
});
