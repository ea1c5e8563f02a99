/**
 * Checks while editing. Errors come from the extension's own zod schema (lib/shared/feed/schema:
 * one definition); warnings are advice the schema cannot give. Errors block the download,
 * warnings don't. Every problem carries the path of its field, so the form shows it in
 * plain words right there. Pure; results are cached per item object (the store's updates
 * are immutable), so re-checking a 500-item feed after one keystroke checks one item.
 */
import type { z } from 'zod';
import { feedEnvelopeSchema, feedItemSchema } from '../../shared/feed/schema';
import { hasShareTarget } from '../../shared/feed/validate';
import { checkDraft } from '../../shared/guidelines/checks';
import { DEFAULT_GUIDELINE_PARAMS, type GuidelineParams } from '../../shared/guidelines/types';
import { textSimilarity } from '../../shared/text/similarity';
import { getIn, pathKey, fieldText, type JsonObject, type Path, type StudioFeed } from './path';

export type ProblemSeverity = 'error' | 'warning';

/** i18n keys (namespace `studio`, under `problem.`). */
export type ProblemKey =
  | 'missing'
  | 'empty'
  | 'tooLong'
  | 'tooMany'
  | 'tooLarge'
  | 'tooSmall'
  | 'oneOf'
  | 'datetime'
  | 'email'
  | 'https'
  | 'needsText'
  | 'needsContent'
  | 'needsLink'
  | 'version'
  | 'domain'
  | 'slug'
  | 'hashtag'
  | 'wrongType'
  | 'duplicateId'
  | 'other'
  | 'similarVariants'
  | 'confidential'
  | 'noDanish'
  | 'noEnglish'
  | 'expired'
  | 'noCampaign'
  | 'unknownTalkingPoint'
  | 'duplicateEntryId';

export interface Problem {
  /** `items[3]._advocacy.variants[0].text`; '(feed)' for the whole feed. */
  path: string;
  severity: ProblemSeverity;
  key: ProblemKey;
  values: Record<string, string | number>;
  /** The item it belongs to, null for feed-level fields. */
  item: number | null;
}

export interface CheckResult {
  problems: Problem[];
  byPath: Map<string, Problem[]>;
  errors: number;
  warnings: number;
  /** Per item index: [errors, warnings]. */
  perItem: [number, number][];
}

/** Variants of one item at least this alike (word-bigram Dice, as "how much is yours") read as one text. */
export const SIMILAR_VARIANTS = 0.8;

const CUSTOM_MESSAGES: Record<string, ProblemKey> = {
  'must be an https: link': 'https',
  'needs "da" or "en" text': 'needsText',
  'needs a title, summary, content_text or _advocacy.variants': 'needsContent',
  'must be a JSON Feed version URL': 'version',
  'must be a domain name like example.com': 'domain',
  'letters, digits, - _ . only': 'slug',
  'a hashtag is one word': 'hashtag',
};

function fromIssue(issue: z.core.$ZodIssue, prefix: Path, item: number | null): Problem {
  const path = pathKey([...prefix, ...(issue.path as (string | number)[])]);
  const base = { path, severity: 'error' as const, item };
  const custom = CUSTOM_MESSAGES[issue.message];
  if (custom) return { ...base, key: custom, values: {} };
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined/.test(issue.message)
        ? { ...base, key: 'missing', values: {} }
        : { ...base, key: 'wrongType', values: { expected: issue.expected } };
    case 'too_big':
      return {
        ...base,
        key: issue.origin === 'string' ? 'tooLong' : issue.origin === 'array' ? 'tooMany' : 'tooLarge',
        values: { max: Number(issue.maximum) },
      };
    case 'too_small':
      return issue.origin === 'string'
        ? { ...base, key: 'empty', values: {} }
        : { ...base, key: 'tooSmall', values: { min: Number(issue.minimum) } };
    case 'invalid_value':
      return { ...base, key: 'oneOf', values: { values: issue.values.map(String).join(', ') } };
    case 'invalid_format':
      if (issue.format === 'datetime') return { ...base, key: 'datetime', values: {} };
      if (issue.format === 'email') return { ...base, key: 'email', values: {} };
      return { ...base, key: 'other', values: { message: issue.message } };
    default:
      return { ...base, key: 'other', values: { message: issue.message } };
  }
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((entry): entry is string => typeof entry === 'string' && !!entry.trim())
    : [];
}

/** The guideline parameters the feed being edited sets (what the panel would check with). */
export function paramsOf(feed: StudioFeed): GuidelineParams {
  const rules = getIn(feed, ['_advocacy', 'rules']);
  return {
    ...DEFAULT_GUIDELINE_PARAMS,
    confidentialTerms: strings(getIn(rules, ['confidential_terms'])),
  };
}

function hasText(item: JsonObject, language: 'da' | 'en', feedLanguage: string): boolean {
  const advocacy = (item._advocacy ?? {}) as JsonObject;
  if (getIn(advocacy, ['title', language]) || getIn(advocacy, ['summary', language])) return true;
  const variants = Array.isArray(advocacy.variants) ? advocacy.variants : [];
  if (variants.some((variant) => getIn(variant, ['language']) === language && getIn(variant, ['text']))) return true;
  const tag = fieldText(item.language ?? feedLanguage).toLowerCase();
  return tag.startsWith(language) && !!(item.title || item.summary || item.content_text);
}

interface ItemContext {
  params: GuidelineParams;
  feedCampaign: boolean;
  feedLanguage: string;
  now: number;
}

function checkItem(item: JsonObject, index: number, context: ItemContext): Problem[] {
  const prefix = ['items', index];
  const problems: Problem[] = [];
  const parsed = feedItemSchema.safeParse(item);
  if (!parsed.success)
    problems.push(...parsed.error.issues.slice(0, 50).map((issue) => fromIssue(issue, prefix, index)));

  // The extension skips an item it could not share (lib/shared/feed/validate), so it is an error here.
  if (!hasShareTarget(item)) {
    problems.push({ path: pathKey([...prefix, 'url']), severity: 'error', key: 'needsLink', values: {}, item: index });
  }
  const warn = (path: Path, key: ProblemKey, values: Problem['values'] = {}) =>
    problems.push({ path: pathKey([...prefix, ...path]), severity: 'warning', key, values, item: index });

  const variants = (
    Array.isArray(getIn(item, ['_advocacy', 'variants'])) ? getIn(item, ['_advocacy', 'variants']) : []
  ) as JsonObject[];
  const texts = variants.map((variant) => (typeof variant?.text === 'string' ? variant.text : ''));
  texts.forEach((text, i) => {
    if (!text.trim()) return;
    for (let j = 0; j < i; j++) {
      if (!texts[j]!.trim() || variants[j]?.language !== variants[i]?.language) continue;
      const similarity = textSimilarity(text, texts[j]!);
      if (similarity >= SIMILAR_VARIANTS) {
        warn(['_advocacy', 'variants', i, 'text'], 'similarVariants', {
          other: j + 1,
          percent: Math.round(similarity * 100),
        });
        break;
      }
    }
    if (context.params.confidentialTerms.length) {
      const language = variants[i]?.language === 'da' ? 'da' : 'en';
      for (const finding of checkDraft(text, context.params, { language, suggestions: [] })) {
        if (finding.kind === 'confidential') warn(['_advocacy', 'variants', i, 'text'], 'confidential', finding.values);
      }
    }
  });

  if (!hasText(item, 'da', context.feedLanguage)) warn([], 'noDanish');
  if (!hasText(item, 'en', context.feedLanguage)) warn([], 'noEnglish');

  const expires = getIn(item, ['_advocacy', 'expires']);
  if (typeof expires === 'string' && Date.parse(expires) <= context.now) warn(['_advocacy', 'expires'], 'expired');

  if ((item.url || item.external_url) && !getIn(item, ['_advocacy', 'campaign']) && !context.feedCampaign) {
    warn([item.url ? 'url' : 'external_url'], 'noCampaign');
  }
  return problems;
}

interface Cached {
  signature: string;
  problems: Problem[];
}

/** Checks of items whose object, position and feed-level inputs are unchanged are reused. */
const cache = new WeakMap<JsonObject, Cached>();

interface FeedContext {
  context: ItemContext;
  signature: string;
  envelope: Problem[];
}

function feedContext(feed: StudioFeed, now: number): FeedContext {
  const { items, ...envelope } = feed;
  const problems: Problem[] = [];
  const parsed = feedEnvelopeSchema.safeParse({ ...envelope, items: [] });
  if (!parsed.success) problems.push(...parsed.error.issues.slice(0, 100).map((issue) => fromIssue(issue, [], null)));
  problems.push(...equipmentWarnings(feed));
  if (items.length > 500) {
    problems.push({ path: 'items', severity: 'error', key: 'tooMany', values: { max: 500 }, item: null });
  }
  const context: ItemContext = {
    params: paramsOf(feed),
    feedCampaign: !!getIn(feed, ['_advocacy', 'utm', 'campaign']),
    feedLanguage: typeof feed.language === 'string' ? feed.language : '',
    now,
  };
  // What an item's advice depends on besides the item itself. Expiry depends on the time:
  // the hour is part of it (an expiry passing within the hour shows at the next hour).
  const signature = `${JSON.stringify(context.params.confidentialTerms)}|${context.feedCampaign}|${context.feedLanguage}|${Math.floor(now / 3_600_000)}`;
  return { context, signature, envelope: problems };
}

/**
 * Talking points and tips (issue 27) with text in one language only: a warning at the text, as
 * for items (colleagues who read the other language get this one). No text at all is the
 * schema's error. A second entry with the same id: a warning at its id.
 */
function equipmentWarnings(feed: StudioFeed): Problem[] {
  const problems: Problem[] = [];
  const texts = [
    ['talking_points', ['question', 'answer']],
    ['tips', ['text']],
  ] as const;
  for (const [list, fields] of texts) {
    const entries = getIn(feed, ['_advocacy', list]);
    if (!Array.isArray(entries)) continue;
    const seen = new Map<string, number>();
    entries.forEach((entry, index) => {
      // The reader keeps the first entry of an id and skips the others (lib/shared/feed/talking-points).
      const id = fieldText(getIn(entry, ['id'])).trim();
      const first = id ? seen.get(id) : undefined;
      if (first !== undefined) {
        const path = pathKey(['_advocacy', list, index, 'id']);
        problems.push({ path, severity: 'warning', key: 'duplicateEntryId', values: { other: first + 1 }, item: null });
      } else if (id) seen.set(id, index);
      for (const field of fields) {
        const da = fieldText(getIn(entry, [field, 'da'])).trim();
        const en = fieldText(getIn(entry, [field, 'en'])).trim();
        if (!da && !en) continue;
        const path = pathKey(['_advocacy', list, index, field]);
        if (!da) problems.push({ path, severity: 'warning', key: 'noDanish', values: {}, item: null });
        if (!en) problems.push({ path, severity: 'warning', key: 'noEnglish', values: {}, item: null });
      }
    });
  }
  return problems;
}

/** One item's own problems (not duplicate ids), from the cache when nothing it depends on changed. */
function itemProblems(item: JsonObject, index: number, feed: FeedContext): Problem[] {
  const signature = `${index}|${feed.signature}`;
  let cached = cache.get(item);
  if (!cached || cached.signature !== signature) {
    cached = { signature, problems: checkItem(item, index, feed.context) };
    cache.set(item, cached);
  }
  return cached.problems;
}

function assemble(feed: StudioFeed, envelope: Problem[], perItemOwn: Problem[][]): CheckResult {
  const problems: Problem[] = [...envelope];
  const seen = new Map<string, number>();
  const perItem: [number, number][] = [];
  // Talking point ids an item names that the feed does not have (issue 27): a warning, as the
  // extension skips the id and keeps the item.
  const points = getIn(feed, ['_advocacy', 'talking_points']);
  const known = new Set(Array.isArray(points) ? points.map((point) => fieldText(getIn(point, ['id'])).trim()) : []);
  feed.items.forEach((item, index) => {
    const own = [...perItemOwn[index]!];
    const ids = getIn(item, ['_advocacy', 'talking_points']);
    if (Array.isArray(ids)) {
      ids.forEach((id, position) => {
        if (typeof id === 'string' && id.trim() && !known.has(id.trim()))
          own.push({
            path: pathKey(['items', index, '_advocacy', 'talking_points', position]),
            severity: 'warning',
            key: 'unknownTalkingPoint',
            values: { id },
            item: index,
          });
      });
    }
    const id = item.id === undefined ? null : fieldText(item.id);
    if (id !== null) {
      const first = seen.get(id);
      if (first !== undefined) {
        own.push({
          path: pathKey(['items', index, 'id']),
          severity: 'error',
          key: 'duplicateId',
          values: { other: first + 1 },
          item: index,
        });
      } else seen.set(id, index);
    }
    let errors = 0;
    for (const problem of own) if (problem.severity === 'error') errors++;
    perItem.push([errors, own.length - errors]);
    problems.push(...own);
  });
  const byPath = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = byPath.get(problem.path);
    if (list) list.push(problem);
    else byPath.set(problem.path, [problem]);
  }
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { problems, byPath, errors, warnings: problems.length - errors, perItem };
}

/** Checks the whole feed being edited. */
export function checkFeed(feed: StudioFeed, now = Date.now()): CheckResult {
  const context = feedContext(feed, now);
  return assemble(
    feed,
    context.envelope,
    feed.items.map((item, index) => itemProblems(item, index, context)),
  );
}

/**
 * The same checks, in slices of about `sliceMs` with a yield between them, so the first check
 * of a 500-item feed never blocks the page; null when `signal` aborted (a newer change came).
 */
export async function checkFeedSliced(
  feed: StudioFeed,
  signal: AbortSignal,
  yieldToPage: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
  sliceMs = 8,
  now = Date.now(),
): Promise<CheckResult | null> {
  const context = feedContext(feed, now);
  const own: Problem[][] = [];
  let sliceStart = performance.now();
  for (let index = 0; index < feed.items.length; index++) {
    own.push(itemProblems(feed.items[index]!, index, context));
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToPage();
      if (signal.aborted) return null;
      sliceStart = performance.now();
    }
  }
  return signal.aborted ? null : assemble(feed, context.envelope, own);
}
