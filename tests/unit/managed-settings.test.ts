/**
 * The organization's settings (issue 29): one declaration (lib/shared/settings/managed-keys.ts) gives
 * the schema Chrome checks policies against, the reader, and the options page's lines. A policy
 * can switch features off and preset addresses; it can never turn a person's consent on.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { panelData } from '@/lib/worker/feed/handlers';
import { consentItem, DEFAULT_CONSENT } from '@/lib/shared/settings';
import { followManagedPolicy, readManagedPolicy, resetManagedPolicyCache } from '@/lib/shared/settings/managed';
import {
  MANAGED_KEYS,
  MANAGED_SETTINGS,
  MANAGED_SWITCHES,
  managedSchema,
  managedSchemaText,
  readManagedValues,
} from '@/lib/shared/settings/managed-keys';
import { en } from '@/lib/shared/i18n/locales/en';
import { da } from '@/lib/shared/i18n/locales/da';

const ROOT = resolve(__dirname, '../..');

describe('the declaration and the shipped schema', () => {
  it('public/managed_schema.json is generated from the declaration (npm run managed:schema)', () => {
    expect(readFileSync(resolve(ROOT, 'public/managed_schema.json'), 'utf8')).toBe(managedSchemaText());
  });

  it('declares the feed address and a switch for each feature, typed as Chrome checks them', () => {
    const properties = managedSchema().properties as Record<string, { type: string } | undefined>;
    expect(Object.keys(properties)).toEqual(MANAGED_KEYS);
    expect(properties.feedUrl?.type).toBe('string');
    for (const key of ['panelAllowed', 'remindersAllowed', 'commentHelperAllowed', 'resultsCountingAllowed']) {
      expect(properties[key]?.type).toBe('boolean');
    }
    // Every feature that can be switched off has exactly one switch.
    const features = Object.values(MANAGED_SETTINGS)
      .filter((setting) => setting.kind === 'allow-switch')
      .map((setting) => ('feature' in setting ? setting.feature : null));
    expect(features.sort()).toEqual([...MANAGED_SWITCHES].sort());
  });

  it('names every setting in Danish and English for the options page', () => {
    for (const locale of [en, da]) {
      for (const key of MANAGED_KEYS) expect(locale.options.orgPolicy.names[key]).toBeTruthy();
    }
  });
});

describe('reading a policy', () => {
  it('uses the values that are right and names each one that is not, keeping the rest', () => {
    const policy = readManagedValues({
      feedUrl: 'http://intranet.example.com/feed.json',
      panelAllowed: 'no',
      remindersAllowed: false,
      color: 'blue',
    });
    expect(policy.feedUrl).toBeNull();
    expect(policy.off).toEqual({ panel: false, reminders: true, commentHelper: false, resultsCounting: false });
    expect(policy.problems).toEqual([
      { key: 'feedUrl', reason: 'not-https' },
      { key: 'panelAllowed', reason: 'wrong-type' },
      { key: 'color', reason: 'unknown-key' },
    ]);
  });

  it('tells a wrong type from an address that is not one', () => {
    expect(readManagedValues({ feedUrl: 42 }).problems).toEqual([{ key: 'feedUrl', reason: 'wrong-type' }]);
    expect(readManagedValues({ feedUrl: 'the intranet feed' }).problems).toEqual([
      { key: 'feedUrl', reason: 'not-a-url' },
    ]);
    expect(readManagedValues({ feedUrl: ' https://intranet.example.com/feed.json ' })).toMatchObject({
      feedUrl: 'https://intranet.example.com/feed.json',
      problems: [],
    });
  });

  it('gives nothing set for any answer that is not an object', () => {
    for (const raw of [undefined, null, 'x', 3, []]) {
      expect(readManagedValues(raw)).toEqual({
        feedUrl: null,
        resultsCollector: null,
        off: { panel: false, reminders: false, commentHelper: false, resultsCounting: false },
        problems: [],
      });
    }
  });

  it('true leaves a feature to each person: a policy never turns anything on', async () => {
    const policy = readManagedValues({
      panelAllowed: true,
      remindersAllowed: true,
      commentHelperAllowed: true,
      resultsCountingAllowed: true,
      // Keys someone might hope for: none of them exists, and each is named as unknown.
      consent: { panel: true },
      panel: true,
    });
    expect(Object.values(policy.off).every((off) => off === false)).toBe(true);
    expect(policy.problems.map((problem) => problem.key)).toEqual(['consent', 'panel']);
    // No declared key is about consent, and reading a policy writes nothing.
    expect(MANAGED_KEYS.some((key) => /consent|optin|opt-in/i.test(key))).toBe(false);
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ panelAllowed: true } as never);
    await readManagedPolicy();
    expect(await consentItem.getValue()).toEqual(DEFAULT_CONSENT);
  });

  it('reads every key the browser gives, so an unknown one is named instead of lost', async () => {
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({
      feedUrl: 'https://intranet.example.com/feed.json',
      feedURL: 'https://typo.example.com/feed.json',
    } as never);
    const policy = await readManagedPolicy();
    expect(get).toHaveBeenCalledWith(null);
    expect(policy.feedUrl).toBe('https://intranet.example.com/feed.json');
    expect(policy.problems).toEqual([{ key: 'feedURL', reason: 'unknown-key' }]);
  });

  it('follows a policy changed or removed while the browser runs', async () => {
    await fakeBrowser.storage.managed.set({ feedUrl: 'https://intranet.example.com/feed.json', panelAllowed: false });
    expect(await readManagedPolicy()).toMatchObject({ feedUrl: 'https://intranet.example.com/feed.json' });
    const seen: unknown[] = [];
    const stop = followManagedPolicy((policy) => seen.push(policy));
    // Changes in the person's own storage are not the organization's.
    await fakeBrowser.storage.local.set({ feedUrl: 'https://mine.example.com/feed.json' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toHaveLength(0);
    // IT removes the policy: Chrome clears managed storage and says so.
    await fakeBrowser.storage.managed.clear();
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toMatchObject({ feedUrl: null, off: { panel: false } });
    expect(await readManagedPolicy()).toMatchObject({ feedUrl: null });
    stop();
    await fakeBrowser.storage.managed.set({ feedUrl: 'https://other.example.com/feed.json' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toHaveLength(1);
    resetManagedPolicyCache();
  });
});

describe('a feature switched off by the organization', () => {
  // The demo feed (no feed synced yet) is read from the extension's own files.
  const demo = readFileSync(resolve(ROOT, 'public/demo-feed.json'), 'utf8');
  beforeEach(() => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(demo));
  });

  it('is off in the panel, whatever the feed says (the demo feed has every feature on)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({
      panelAllowed: false,
      remindersAllowed: false,
    } as never);
    const data = await panelData();
    expect(data.features).toEqual({ panel: false, reminders: false, draftChecks: true });
  });

  it('leaves the panel as the feed has it when the policy allows it or says nothing', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ panelAllowed: true } as never);
    expect((await panelData()).features).toEqual({ panel: true, reminders: true, draftChecks: true });
  });
});
