/**
 * What a composer gets is decided once (lib/shared/settings/composer-help.ts) and answered by the worker
 * with the chosen reminder (lib/worker/feed/composer-decision.ts): the watcher, the panel injection,
 * the panel and its guidelines all read this one decision.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { composerDecision } from '@/lib/worker/feed/composer-decision';
import { reminderStateItem } from '@/lib/shared/guidelines/reminder-state';
import { consentItem, POLICY_VERSION, preferencesItem, type Consent } from '@/lib/shared/settings';
import {
  ALL_SWITCHES_ON,
  commentConsented,
  commentHelp,
  composerConsented,
  composerHelp,
  watcherWanted,
} from '@/lib/shared/settings/composer-help';

const given = (panel: boolean, reminders: boolean, recordShares = false, policyVersion = POLICY_VERSION): Consent => {
  const record = (granted: boolean) => ({ granted, at: '2026-11-01T00:00:00Z', policyVersion });
  return { panel: record(panel), reminders: record(reminders), recordShares: record(recordShares) };
};

describe('composerHelp', () => {
  it.each([
    [given(true, true), ALL_SWITCHES_ON, { panel: true, suggestions: 'on', reminders: true, checks: true }],
    [given(true, false), ALL_SWITCHES_ON, { panel: true, suggestions: 'on', reminders: false, checks: true }],
    [given(false, true), ALL_SWITCHES_ON, { panel: true, suggestions: 'off', reminders: true, checks: true }],
    [given(false, false, true), ALL_SWITCHES_ON, { panel: false, suggestions: 'off', reminders: false, checks: false }],
    [
      given(true, true),
      { panel: false, reminders: false, draftChecks: true },
      { panel: true, suggestions: 'switched-off', reminders: false, checks: true },
    ],
    [
      given(true, true),
      { panel: true, reminders: true, draftChecks: false },
      { panel: true, suggestions: 'on', reminders: true, checks: false },
    ],
    // A consent given under an older policy version no longer counts (S6).
    [
      given(true, true, true, POLICY_VERSION - 1),
      ALL_SWITCHES_ON,
      { panel: false, suggestions: 'off', reminders: false, checks: false },
    ],
  ] as const)('consent %# with the feed’s switches gives what the composer gets', (consent, switches, help) => {
    expect(composerHelp(consent, switches)).toEqual(help);
    expect(composerConsented(consent)).toBe(help.panel);
  });

  it('watches LinkedIn for any consent, the composer help or recording posts', () => {
    expect(watcherWanted(given(false, false, true))).toBe(true);
    expect(watcherWanted(given(false, true))).toBe(true);
    expect(watcherWanted(given(false, false, false))).toBe(false);
    expect(watcherWanted(null)).toBe(false);
  });
});

describe('the worker’s decision for a composer that opens', () => {
  beforeEach(async () => {
    await consentItem.setValue(given(true, true));
    await preferencesItem.setValue({ ...(await preferencesItem.getValue()), reminderFrequency: 'always' });
    await reminderStateItem.removeValue();
  });

  it('chooses the reminder without moving the rotation on (the panel does that once it shows it)', async () => {
    const first = await composerDecision(ALL_SWITCHES_ON, null);
    const again = await composerDecision(ALL_SWITCHES_ON, null);
    expect(first.reminder?.reminder.id).toBe('builtin-purpose');
    expect(again.reminder?.reminder.id).toBe(first.reminder?.reminder.id);
    expect((await reminderStateItem.getValue()).shownCount).toBe(0);
  });

  it('chooses none when the feed switches reminders off or the person said never', async () => {
    expect((await composerDecision({ ...ALL_SWITCHES_ON, reminders: false }, null)).reminder).toBeNull();
    await preferencesItem.setValue({ ...(await preferencesItem.getValue()), reminderFrequency: 'never' });
    const decided = await composerDecision(ALL_SWITCHES_ON, null);
    expect(decided.help.reminders).toBe(true);
    expect(decided.reminder).toBeNull();
  });
});

describe('commentHelp (issue 28: "Also help in comment boxes")', () => {
  const on = { granted: true, at: '2026-12-07T00:00:00Z', policyVersion: POLICY_VERSION };
  const off = { granted: false, at: '2026-12-07T00:00:00Z', policyVersion: POLICY_VERSION };

  it('is off by default, and on only with the switch and the reminder consent', () => {
    expect(commentHelp(given(true, true), null)).toEqual({ on: false, checks: false });
    expect(commentHelp(given(true, true), off)).toEqual({ on: false, checks: false });
    expect(commentHelp(given(false, true), on)).toEqual({ on: true, checks: true });
    // No effect unless the reminder consent is on, whatever else is.
    expect(commentHelp(given(true, false, true), on)).toEqual({ on: false, checks: false });
    expect(commentConsented(given(true, false), on)).toBe(false);
  });

  it('counts only under the current policy version', () => {
    expect(commentConsented(given(false, true), { ...on, policyVersion: POLICY_VERSION - 1 })).toBe(false);
    expect(commentConsented(given(false, true, false, POLICY_VERSION - 1), on)).toBe(false);
  });

  it("follows the feed's switches and the organization's policy, which only turn it off", () => {
    expect(commentHelp(given(false, true), on, { panel: true, reminders: false, draftChecks: true }).on).toBe(false);
    expect(commentHelp(given(false, true), on, { panel: true, reminders: true, draftChecks: false })).toEqual({
      on: true,
      checks: false,
    });
    expect(commentHelp(given(false, true), on, ALL_SWITCHES_ON, true)).toEqual({ on: false, checks: false });
  });
});
