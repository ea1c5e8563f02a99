/**
 * Talking points and social-media tips (issue 27): the feed's `_advocacy.talking_points` and
 * `_advocacy.tips`, read liberally (a bad entry is skipped with a warning, never the feed), an
 * item's ids checked against them (an unknown id is skipped with a warning, never the item), and
 * normalized into what the panel and the popup read (lib/shared/feed/types.ts: `TalkingPoint`, `Tip`).
 */
import { LIMITS } from './limits';
import { problem, type FeedProblem } from './problems';
import { talkingPointSchema, tipSchema, type FeedAdvocacy, type FeedItem } from './schema';
import type { TalkingPoint, Tip } from './types';
import type { z } from '../zod';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);

const LISTS = [
  { key: 'talking_points', schema: talkingPointSchema, max: LIMITS.talkingPoints },
  { key: 'tips', schema: tipSchema, max: LIMITS.tips },
] as const;

/**
 * `_advocacy` with its talking points and tips reduced to the entries the schema accepts: an
 * entry that is not valid, repeats an earlier id or is over the limit is left out, with a
 * warning that names it. The rest of `_advocacy` is untouched (the envelope's schema judges it).
 */
export function relaxEquipment(
  advocacy: unknown,
  warnings: FeedProblem[],
  plain: (issue: z.core.$ZodIssue) => FeedProblem,
): unknown {
  if (!isObject(advocacy)) return advocacy;
  const out: Json = { ...advocacy };
  for (const { key, schema, max } of LISTS) {
    const list = out[key];
    if (list === undefined) continue;
    const base = ['_advocacy', key];
    if (!Array.isArray(list)) {
      warnings.push({
        ...problem('entry-skipped'),
        details: [problem('wrong-type', { expected: 'array' }, base)],
      });
      delete out[key];
      continue;
    }
    const kept: unknown[] = [];
    const ids = new Set<string>();
    list.forEach((entry, index) => {
      const path = [...base, index];
      const parsed = schema.safeParse(entry);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        warnings.push({
          ...problem('entry-skipped'),
          details: [{ ...plain(issue), path: [...path, ...(issue.path as (string | number)[])] }],
        });
        return;
      }
      if (ids.has(parsed.data.id)) {
        warnings.push({ ...problem('entry-skipped'), details: [problem('duplicate-id', undefined, [...path, 'id'])] });
        return;
      }
      if (kept.length >= max) {
        warnings.push({ ...problem('entry-skipped'), details: [problem('too-many', { max }, base)] });
        return;
      }
      ids.add(parsed.data.id);
      kept.push(entry);
    });
    out[key] = kept;
  }
  return out;
}

/** An item's talking point ids without the ones the feed does not have (each one warned about). */
export function knownTalkingPoints(
  item: FeedItem,
  index: number,
  known: ReadonlySet<string>,
  warnings: FeedProblem[],
): FeedItem {
  const ids = item._advocacy?.talking_points ?? [];
  if (ids.every((id) => known.has(id))) return item;
  const kept: string[] = [];
  ids.forEach((id, position) => {
    if (known.has(id)) kept.push(id);
    else
      warnings.push(
        problem('unknown-talking-point', { id: id.slice(0, 100) }, [
          'items',
          index,
          '_advocacy',
          'talking_points',
          position,
        ]),
      );
  });
  return { ...item, _advocacy: { ...item._advocacy!, talking_points: kept } };
}

/** The ids of the feed's talking points. */
export function talkingPointIds(advocacy: FeedAdvocacy | undefined): Set<string> {
  return new Set((advocacy?.talking_points ?? []).map((point) => point.id));
}

/** The feed's talking points as the panel and the popup read them (both languages kept). */
export function toTalkingPoints(advocacy: FeedAdvocacy | undefined): TalkingPoint[] {
  return (advocacy?.talking_points ?? []).map((point) => ({
    id: point.id,
    question: point.question,
    answer: point.answer,
    url: point.url ?? null,
    topics: point.topics,
    campaigns: point.campaigns,
  }));
}

/** The feed's social-media tips as the panel and the popup read them (both languages kept). */
export function toTips(advocacy: FeedAdvocacy | undefined): Tip[] {
  return (advocacy?.tips ?? []).map((tip) => ({
    id: tip.id,
    text: tip.text,
    url: tip.url ?? null,
    subject: tip.subject ?? null,
  }));
}

/** The talking points of one item, in the item's order (ids the feed lacks are already gone). */
export function talkingPointsOf(ids: readonly string[], points: readonly TalkingPoint[]): TalkingPoint[] {
  const byId = new Map(points.map((point) => [point.id, point]));
  return ids.map((id) => byId.get(id)).filter((point): point is TalkingPoint => !!point);
}
