/**
 * "Also help in comment boxes" (issue 28): the person's own switch under the guideline reminders,
 * off by default, recorded with its time and policy version like a consent. It counts only while
 * the reminder consent is on (lib/shared/settings/composer-help.ts `commentConsented`). Declared once
 * here (./declared.ts) and kept free of WXT's storage layer and zod, so the always-on watcher
 * reads it straight from `browser.storage.local` (./direct.ts, P1); the options page and the
 * worker use the WXT item made from the same declaration (./index.ts `commentHelpItem`).
 */
import { declareStored } from './declared';
import { policyVersionOrNull, type ConsentRecord } from './consent-shape';
import { bool, object, timeOrNull, type Reader } from './read';

/** The switch as stored: the same shape as one consent. */
export type CommentSwitch = ConsentRecord;

export const COMMENT_SWITCH_OFF: CommentSwitch = { granted: false, at: null, policyVersion: null };

export const readCommentSwitch: Reader<CommentSwitch> = object<CommentSwitch>({
  granted: bool(false),
  at: timeOrNull,
  policyVersion: policyVersionOrNull,
});

/** A new key (issue 28): its first version is already checked, so there is nothing to migrate. */
export const COMMENT_SWITCH_STORED = declareStored<CommentSwitch>('local:commentHelp', {
  fallback: COMMENT_SWITCH_OFF,
  read: readCommentSwitch,
  version: 1,
  migrations: {},
});
