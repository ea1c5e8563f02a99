/**
 * "Copy a report for the developers": what the popup offers when LinkedIn's composer was not
 * recognised or an insert failed. The report says how LinkedIn's page is built on this
 * person's account (layout signals, gathered in the LinkedIn tab by the runtime-injected
 * layout-signals script) and how the integration has been doing (the local health counters),
 * and nothing about the person: no post text, names, profile links or ids. The extension
 * never sends it; the person reads it, copies it and decides where to paste it.
 * Background only (zod).
 */
import { z } from '../../shared/zod';
import { componentKeyShape, SELECTOR_GROUPS, type LayoutSignals } from '../../shared/linkedin/selectors';
import { isFeed, opensShareBox } from '../../shared/linkedin/pages';
import { checkedFromVersion1, defineStoredItem, HEALTH_EVENTS, type Health } from '../../shared/settings';
import { isRecord, timeOrNull, type Reader } from '../../shared/settings/read';
import { ISSUE_TRACKER_URL } from '../../shared/health/index';

const count = z.number().int().min(0).max(1_000_000);
const group = (selectors: readonly [string, ...string[]]) =>
  z.partialRecord(z.enum(selectors), z.tuple([count, count]));
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

/** A componentkey shape as layoutSignals() produces it: ids already out, nothing name-like. */
export function componentKeyShapeIsSafe(value: string): boolean {
  return componentKeyShape(value) === value;
}

/**
 * The layout signals as the background accepts them from the tab: keys are our own selector
 * alternatives, values are numbers or booleans, and a componentkey shape must be one that
 * componentKeyShape() would produce (ids and digits already replaced). Anything else — a page
 * that tampered with our isolated world's answer, an old script — is dropped.
 */
export const layoutSignalsSchema = z.strictObject({
  pageLanguage: z.string().max(12).regex(LANGUAGE).nullable(),
  matches: z.strictObject({
    launcher: group(SELECTOR_GROUPS.launcher),
    composer: group(SELECTOR_GROUPS.composer),
    editor: group(SELECTOR_GROUPS.editor),
    repost: group(SELECTOR_GROUPS.repost),
    // Comment boxes (issue 28); absent in signals kept by a build before it.
    comment: group(SELECTOR_GROUPS.comment).default({}),
  }),
  markers: z.strictObject({
    interopOutlet: z.boolean(),
    interopShadowRoot: z.boolean(),
    openDialogs: count,
    roleDialogs: count,
    qlEditors: count,
    contentEditables: count,
    mainFeed: z.boolean(),
    artdecoModalOutlet: z.boolean(),
    rehydrated: z.boolean(),
    commentLikeEditors: count.default(0),
    composer: z.enum(['V1', 'V2', 'V3', 'unknown']).nullable(),
  }),
  componentKeys: z
    .array(z.tuple([z.string().max(64).refine(componentKeyShapeIsSafe, 'not a componentkey shape'), count]))
    .max(40),
}) satisfies z.ZodType<LayoutSignals>;

/** Why the signals were gathered. */
export const SIGNAL_TRIGGERS = ['composer-not-found', 'insert-failed', 'on-request'] as const;
export type SignalTrigger = (typeof SIGNAL_TRIGGERS)[number];

/** Which kind of LinkedIn page it was — never the URL (it can hold a profile slug). */
export type PageKind = 'feed' | 'share-box' | 'other';

export function pageKind(url: string | null | undefined): PageKind {
  if (!url) return 'other';
  if (opensShareBox(url)) return 'share-box';
  return isFeed(url) ? 'feed' : 'other';
}

export interface GatheredSignals {
  trigger: SignalTrigger;
  /** When, to the minute. */
  at: string;
  page: PageKind;
  signals: LayoutSignals;
}

/** The signals from the last time a composer was not recognised or an insert failed (local only). */
const PAGE_KINDS: readonly PageKind[] = ['feed', 'share-box', 'other'];
const readGatheredSignals: Reader<GatheredSignals | null> = (value) => {
  if (!isRecord(value) || !timeOrNull(value.at)) return null;
  if (!SIGNAL_TRIGGERS.includes(value.trigger as SignalTrigger) || !PAGE_KINDS.includes(value.page as PageKind))
    return null;
  return layoutSignalsSchema.safeParse(value.signals).success ? (value as unknown as GatheredSignals) : null;
};

export const failureSignalsItem = defineStoredItem<GatheredSignals | null>('local:layoutSignals', {
  fallback: null,
  read: readGatheredSignals,
  version: 2,
  migrations: checkedFromVersion1(readGatheredSignals),
});

/** An ISO time cut to the minute: enough to line a report up with a LinkedIn release. */
export function toMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16)}Z`;
}

/** "Firefox 153.0", "Chrome 156", "Edge 156" — the browser and its version, nothing else. */
export function describeBrowser(
  userAgent: string,
  info?: { name: string; version: string } | null,
  brands?: readonly { brand: string; version: string }[] | null,
): string {
  if (info?.name && info.version) return `${info.name} ${info.version}`.slice(0, 60);
  const named =
    brands?.find(({ brand }) => !/not.?a.?brand|chromium/i.test(brand)) ??
    brands?.find(({ brand }) => /chromium/i.test(brand));
  if (named) return `${named.brand} ${named.version}`.slice(0, 60);
  for (const [name, pattern] of [
    ['Firefox', /Firefox\/([\d.]+)/],
    ['Edge', /Edg\/([\d.]+)/],
    ['Chrome', /Chrome\/([\d.]+)/],
    ['Safari', /Version\/([\d.]+).*Safari/],
  ] as const) {
    const match = pattern.exec(userAgent);
    if (match) return `${name} ${match[1]}`;
  }
  return 'unknown';
}

export interface ReportInput {
  extensionVersion: string;
  browser: string;
  /** The extension's own interface language and the browser's. */
  extensionLanguage: string;
  browserLanguage: string;
  health: Health;
  /** From the last failure (stored) and from an open LinkedIn tab now (on the person's request). */
  atFailure: GatheredSignals | null;
  now: GatheredSignals | null;
}

/** The report as an object: every field is ours, a number, a boolean or a validated shape. */
export function buildReport(input: ReportInput) {
  const counts = Object.fromEntries(HEALTH_EVENTS.map((event) => [event, input.health.counts[event] ?? 0]));
  const language = (value: string) => (LANGUAGE.test(value) ? value : 'unknown');
  return {
    report: 'advocacy-linkedin-layout',
    reportVersion: 1,
    extensionVersion: input.extensionVersion.slice(0, 20),
    browser: input.browser,
    extensionLanguage: language(input.extensionLanguage),
    browserLanguage: language(input.browserLanguage),
    linkedInLanguage: input.atFailure?.signals.pageLanguage ?? input.now?.signals.pageLanguage ?? 'unknown',
    health: {
      counts,
      last: input.health.last ? { event: input.health.last.event, at: input.health.last.at.slice(0, 16) } : null,
    },
    signalsAtFailure: input.atFailure,
    signalsNow: input.now,
  };
}
export type DeveloperReport = ReturnType<typeof buildReport>;

/** The text the person sees and copies: a short heading and the report as JSON. */
export function reportText(report: DeveloperReport, tracker: string | null = ISSUE_TRACKER_URL): string {
  return [
    'Advocacy for LinkedIn: layout report for the developers',
    ...(tracker ? [`Paste it into a new issue: ${tracker}`] : []),
    '',
    // Pairs ([found, visible], [shape, count]) on one line each: the report stays short to read.
    JSON.stringify(report, null, 2).replace(/\[\s+("(?:[^"\\]|\\.)*"|\d+),\s+(\d+)\s+\]/g, '[$1, $2]'),
  ].join('\n');
}
