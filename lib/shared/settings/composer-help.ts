/**
 * What a composer gets: the one decision of suggestion cards, reminders and draft checks, made
 * from the person's consent plus the feed's switches (a switch only ever turns help off,
 * architecture constraint 6). The worker makes it for every panel-data answer
 * (lib/worker/feed/handlers.ts), and the panel, its entry and its guidelines read it from there. The
 * watcher and the worker's panel injection know no feed: they use the consent-only part,
 * `composerConsented`. Zod- and WXT-free, so the always-on watcher can import it (P1).
 */
import { hasConsent, POLICY_VERSION, type Consent } from './consent-shape';
import type { CommentSwitch } from './comment-switch';

/** The feed's switches (`_advocacy.features`), as the panel data carries them. */
export interface ComposerSwitches {
  panel: boolean;
  reminders: boolean;
  draftChecks: boolean;
}

/** Every switch on: no feed yet, or one that switches nothing off. */
export const ALL_SWITCHES_ON: ComposerSwitches = { panel: true, reminders: true, draftChecks: true };

/** The one answer to "what does this composer get". */
export interface ComposerHelp {
  /** The panel is shown beside the composer at all (panel or reminders consent). */
  panel: boolean;
  /** Suggestion cards: on, off (no panel consent), or switched off by the company's feed. */
  suggestions: 'on' | 'off' | 'switched-off';
  /** A reminder from the guidelines: reminders consent and the feed's switch. */
  reminders: boolean;
  /** Live draft checks: part of the composer help with either consent, and the feed's switch. */
  checks: boolean;
}

/** Panel or reminders: the composer integration may run (the panel is injected at all). */
export function composerConsented(consent: Consent | null | undefined): boolean {
  return hasConsent(consent, 'panel') || hasConsent(consent, 'reminders');
}

/** Any consent is a reason to watch LinkedIn: the composer help, or recording posts. */
export function watcherWanted(consent: Consent | null | undefined): boolean {
  return composerConsented(consent) || hasConsent(consent, 'recordShares');
}

/** What this composer gets, from consent plus the feed's switches. */
export function composerHelp(
  consent: Consent | null | undefined,
  switches: ComposerSwitches = ALL_SWITCHES_ON,
): ComposerHelp {
  const suggestions = !hasConsent(consent, 'panel') ? 'off' : switches.panel ? 'on' : 'switched-off';
  return {
    panel: composerConsented(consent),
    suggestions,
    reminders: hasConsent(consent, 'reminders') && switches.reminders,
    checks: composerConsented(consent) && switches.draftChecks,
  };
}

/**
 * "Also help in comment boxes" (issue 28): the person's own switch, which counts only while the
 * reminder consent is on and only when given under the current policy version. The watcher uses
 * this consent-only part to decide whether a comment box is worth telling the worker about.
 */
export function commentConsented(
  consent: Consent | null | undefined,
  commentSwitch: CommentSwitch | null | undefined,
): boolean {
  return hasConsent(consent, 'reminders') && !!commentSwitch?.granted && commentSwitch.policyVersion === POLICY_VERSION;
}

/** What a comment box gets (issue 28). */
export interface CommentHelp {
  /** The helper beside the comment box at all: "who answers criticism", and the checks if on. */
  on: boolean;
  /** The draft checks that fit a comment: the feed's draft-checks switch too. */
  checks: boolean;
}

/**
 * The one decision for a comment box: the person's switch and the reminder consent, the feed's
 * reminders switch (a feed that switches reminders off switches this help off too), and the
 * organization's policy (`commentHelperAllowed: false`, lib/shared/settings/managed-keys.ts), which only
 * ever turns it off.
 */
export function commentHelp(
  consent: Consent | null | undefined,
  commentSwitch: CommentSwitch | null | undefined,
  switches: ComposerSwitches = ALL_SWITCHES_ON,
  offByOrganization = false,
): CommentHelp {
  const on = commentConsented(consent, commentSwitch) && switches.reminders && !offByOrganization;
  return { on, checks: on && switches.draftChecks };
}
