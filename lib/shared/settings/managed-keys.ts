/**
 * The organization's settings (enterprise policy, `storage.managed`): one declaration, from
 * which come the extension's `managed_schema.json` (Chrome and Edge drop every policy value
 * that does not match it; `npm run managed:schema`, kept equal by tests/unit/managed-settings.test.ts),
 * the reader below, the options page's lines and the studio's policy snippets.
 *
 * What a policy can do: preset an address, and switch a feature off for everyone. What it can
 * never do: turn a person's consent on. There is deliberately no key for that.
 *
 * Zod-free and browser-free: the background, the options page, the studio and Node tools use it.
 */

/** Features the organization can switch off for everyone (never on: that is the person's yes). */
export const MANAGED_SWITCHES = ['panel', 'reminders', 'commentHelper', 'resultsCounting'] as const;
export type ManagedSwitch = (typeof MANAGED_SWITCHES)[number];

interface UrlSetting {
  kind: 'https-url';
  title: string;
  description: string;
  /**
   * Also http://localhost (for development), and never a query, fragment or credentials: the
   * collector's rule from issue 26 (lib/worker/counting/).
   */
  collector?: true;
}
interface SwitchSetting {
  kind: 'allow-switch';
  /** The feature that `false` switches off. */
  feature: ManagedSwitch;
  title: string;
  description: string;
}
export type ManagedSetting = UrlSetting | SwitchSetting;

/**
 * Every key IT can set. Adding a setting is one entry here: the schema, the reader, the options
 * page's problem lines and the studio follow from it (give it a label in the options locale's
 * `managed.names`).
 */
export const MANAGED_SETTINGS = {
  feedUrl: {
    kind: 'https-url',
    title: 'Feed URL',
    description:
      'The https:// address of the organization\'s advocacy feed (JSON Feed 1.1, RSS or Atom). When set, employees see it as "Set by your organization" and cannot change it.',
  },
  resultsCollector: {
    kind: 'https-url',
    collector: true,
    title: 'Results collector URL',
    description:
      'The https:// address where "Count my sharing anonymously" reports go (issue 26), without query or fragment. It names the collector; it never switches anyone\u2019s consent on.',
  },
  panelAllowed: {
    kind: 'allow-switch',
    feature: 'panel',
    title: 'Allow the suggestions panel',
    description:
      'false switches the suggestions panel beside LinkedIn\u2019s composer off for everyone. true or not set leaves it to each person, who must still say yes.',
  },
  remindersAllowed: {
    kind: 'allow-switch',
    feature: 'reminders',
    title: 'Allow guideline reminders',
    description:
      'false switches the guideline reminders off for everyone. true or not set leaves it to each person, who must still say yes.',
  },
  commentHelperAllowed: {
    kind: 'allow-switch',
    feature: 'commentHelper',
    title: 'Allow the comment helper',
    description:
      'false switches the comment helper off for everyone. true or not set leaves it to each person, who must still say yes.',
  },
  resultsCountingAllowed: {
    kind: 'allow-switch',
    feature: 'resultsCounting',
    title: 'Allow the results counting',
    description:
      'false switches the anonymous results counting off for everyone. true or not set leaves it to each person, who must still say yes.',
  },
} as const satisfies Record<string, ManagedSetting>;

export type ManagedKey = keyof typeof MANAGED_SETTINGS;
export const MANAGED_KEYS = Object.keys(MANAGED_SETTINGS) as ManagedKey[];
/** The keys that hold an https address (feedUrl, resultsCollector). */
export type ManagedUrlKey = {
  [K in ManagedKey]: (typeof MANAGED_SETTINGS)[K]['kind'] extends 'https-url' ? K : never;
}[ManagedKey];
export type ManagedSwitchKey = Exclude<ManagedKey, ManagedUrlKey>;

/** Why a value IT set was not used. */
export const MANAGED_PROBLEMS = ['wrong-type', 'not-https', 'not-a-url', 'unknown-key'] as const;
export type ManagedProblemReason = (typeof MANAGED_PROBLEMS)[number];
export interface ManagedProblem {
  key: string;
  reason: ManagedProblemReason;
}

/** The organization's policy as the extension uses it. */
export type ManagedPolicy = { [K in ManagedUrlKey]: string | null } & {
  /** Features the organization switched off for everyone. */
  off: Record<ManagedSwitch, boolean>;
  /** Values that were set but could not be used (shown on the options page), in key order. */
  problems: ManagedProblem[];
};

const MAX_URL_LENGTH = 2048;
const MAX_UNKNOWN = 10;

function emptyOff(): Record<ManagedSwitch, boolean> {
  return Object.fromEntries(MANAGED_SWITCHES.map((feature) => [feature, false])) as Record<ManagedSwitch, boolean>;
}

/** Nothing set by the organization. */
export function emptyManagedPolicy(): ManagedPolicy {
  const urls = Object.fromEntries(
    MANAGED_KEYS.filter((key) => MANAGED_SETTINGS[key].kind === 'https-url').map((key) => [key, null]),
  ) as { [K in ManagedUrlKey]: null };
  return { ...urls, off: emptyOff(), problems: [] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkUrl(value: unknown, setting?: ManagedSetting): { url: string } | { reason: ManagedProblemReason } {
  if (typeof value !== 'string') return { reason: 'wrong-type' };
  if (setting?.kind === 'https-url' && setting.collector) return checkCollector(value);
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { reason: 'not-a-url' };
  }
  if (text.length > MAX_URL_LENGTH || !url.hostname) return { reason: 'not-a-url' };
  if (url.protocol !== 'https:') return { reason: 'not-https' };
  return { url: text };
}

/** The collector's rule (issue 26): https, or http://localhost; no query, fragment or credentials. */
function checkCollector(value: string): { url: string } | { reason: ManagedProblemReason } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { reason: 'not-a-url' };
  }
  if (value.length > MAX_URL_LENGTH || !url.hostname) return { reason: 'not-a-url' };
  if (url.search || url.hash || url.username || url.password) return { reason: 'not-a-url' };
  const allowed = url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === 'localhost');
  return allowed ? { url: value } : { reason: 'not-https' };
}

/**
 * Any answer of `storage.managed.get(null)` (or its cached copy) to the policy the extension
 * uses: a value of the wrong type or an address that is not https is left out and named in
 * `problems`, and so is a key this extension does not know (Firefox passes those through;
 * Chrome drops them against the schema). Every other value still counts.
 */
export function readManagedValues(raw: unknown): ManagedPolicy {
  const policy = emptyManagedPolicy();
  if (!isRecord(raw)) return policy;
  const values = policy as unknown as Record<string, string | null>;
  for (const key of MANAGED_KEYS) {
    if (!(key in raw) || raw[key] === undefined || raw[key] === null) continue;
    const setting: ManagedSetting = MANAGED_SETTINGS[key];
    const value = raw[key];
    if (setting.kind === 'https-url') {
      const checked = checkUrl(value, setting);
      if ('url' in checked) values[key] = checked.url;
      else policy.problems.push({ key, reason: checked.reason });
    } else if (typeof value === 'boolean') {
      policy.off[setting.feature] = !value;
    } else {
      policy.problems.push({ key, reason: 'wrong-type' });
    }
  }
  const unknown = Object.keys(raw).filter((key) => !(MANAGED_KEYS as string[]).includes(key));
  for (const key of unknown.slice(0, MAX_UNKNOWN))
    policy.problems.push({ key: key.slice(0, 80), reason: 'unknown-key' });
  return policy;
}

/**
 * The cached policy (lib/shared/settings/managed.ts, `managedPolicyCache`) read back: a policy as
 * `readManagedValues` gave it, or version 1's `{ feedUrl }` (nothing switched off). Any other
 * shape is no cache (null), so the live read decides.
 */
export function readCachedManagedPolicy(value: unknown): ManagedPolicy | null {
  if (!isRecord(value) || !(value.feedUrl === null || typeof value.feedUrl === 'string')) return null;
  const policy = emptyManagedPolicy();
  const urls = policy as unknown as Record<string, string | null>;
  for (const key of MANAGED_KEYS) {
    const setting: ManagedSetting = MANAGED_SETTINGS[key];
    if (setting.kind !== 'https-url') continue;
    const checked = checkUrl(value[key], setting);
    if ('url' in checked) urls[key] = checked.url;
  }
  const off = isRecord(value.off) ? value.off : {};
  for (const feature of MANAGED_SWITCHES) policy.off[feature] = off[feature] === true;
  if (Array.isArray(value.problems)) {
    for (const problem of value.problems.slice(0, MANAGED_KEYS.length + MAX_UNKNOWN)) {
      if (
        isRecord(problem) &&
        typeof problem.key === 'string' &&
        (MANAGED_PROBLEMS as readonly unknown[]).includes(problem.reason)
      ) {
        policy.problems.push({ key: problem.key.slice(0, 80), reason: problem.reason as ManagedProblemReason });
      }
    }
  }
  return policy;
}

/** The JSON Schema Chrome and Edge check every policy value against (public/managed_schema.json). */
export function managedSchema(): Record<string, unknown> {
  return {
    type: 'object',
    properties: Object.fromEntries(
      MANAGED_KEYS.map((key) => {
        const setting: ManagedSetting = MANAGED_SETTINGS[key];
        return [
          key,
          {
            title: setting.title,
            description: setting.description,
            type: setting.kind === 'https-url' ? 'string' : 'boolean',
          },
        ];
      }),
    ),
  };
}

/** The file's text, as `npm run managed:schema` writes it. */
export function managedSchemaText(): string {
  return `${JSON.stringify(managedSchema(), null, 2)}\n`;
}
