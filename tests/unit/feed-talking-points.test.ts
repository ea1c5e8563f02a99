/**
 * Talking points and social-media tips in the feed (issue 27): parsed by the one schema, read
 * liberally (a bad entry is skipped with a warning, never the feed), an item's unknown ids
 * skipped with a warning (never the item), normalized for the panel, and reported by
 * feed:check and the studio's checks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarizeCheck } from '@/lib/node/feed/cli';
import { feedJsonSchema } from '@/lib/node/feed/json-schema';
import { toSuggestion } from '@/lib/shared/feed/normalize';
import { feedSchema } from '@/lib/shared/feed/schema';
import { talkingPointsOf, toTalkingPoints, toTips } from '@/lib/shared/feed/talking-points';
import { parseFeedText, validateFeed, type ValidationResult } from '@/lib/shared/feed/validate';
import { checkFeed } from '@/lib/pages/studio/checks';
import type { StudioFeed } from '@/lib/pages/studio/path';

const NOW = new Date('2026-11-26T12:00:00Z');
const demoText = readFileSync('public/demo-feed.json', 'utf8');

const point = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  question: { da: `Spørgsmål ${id}?`, en: `Question ${id}?` },
  answer: { da: `Svar ${id}.`, en: `Answer ${id}.` },
  ...extra,
});
const feedWith = (advocacy: Record<string, unknown>, items: unknown[]) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'News',
  _advocacy: { organization: { name: 'Nordvind Energi' }, ...advocacy },
  items,
});
const item = (id: string, ids?: unknown) => ({
  id,
  url: `https://news.example.com/${id}`,
  title: `News ${id}`,
  ...(ids === undefined ? {} : { _advocacy: { talking_points: ids } }),
});

function ok(result: ValidationResult) {
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result;
}

describe('talking points and tips in the feed', () => {
  it('the demo feed has a believable set, and its items name existing ones', () => {
    const result = ok(parseFeedText(demoText));
    expect(result.warnings).toEqual([]);
    const advocacy = result.feed.envelope._advocacy;
    const points = toTalkingPoints(advocacy);
    const tips = toTips(advocacy);
    expect(points.length).toBeGreaterThanOrEqual(6);
    expect(tips.length).toBeGreaterThanOrEqual(4);
    for (const entry of points) {
      expect(entry.question.da && entry.question.en).toBeTruthy();
      expect(entry.answer.da!.length).toBeLessThanOrEqual(600);
      expect(entry.answer.en!.length).toBeLessThanOrEqual(600);
    }
    expect(new Set(tips.map((tip) => tip.subject))).toEqual(new Set(['tone', 'pictures', 'hashtags', 'comments']));
    const hub = result.feed.items.find((entry) => entry.id === '2026-11-offshore-service-hub')!;
    const suggestion = toSuggestion(hub, result.feed, 'en');
    expect(suggestion.talkingPoints).toEqual(['jobs-esbjerg', 'safety-how']);
    expect(talkingPointsOf(suggestion.talkingPoints!, points).map((entry) => entry.question.en)).toEqual([
      'How many jobs does the Esbjerg service hub create?',
      'How do you avoid accidents offshore?',
    ]);
  });

  it('normalizes both languages, the link and what a tip is about', () => {
    const result = ok(
      validateFeed(
        feedWith(
          {
            talking_points: [point('a', { url: 'https://nordvind.example/a', topics: ['jobs'], campaigns: ['hub'] })],
            tips: [{ id: 't', text: { en: 'Reply within the hour.' }, subject: 'comments' }],
          },
          [item('1', ['a'])],
        ),
      ),
    );
    expect(toTalkingPoints(result.feed.envelope._advocacy)).toEqual([
      {
        id: 'a',
        question: { da: 'Spørgsmål a?', en: 'Question a?' },
        answer: { da: 'Svar a.', en: 'Answer a.' },
        url: 'https://nordvind.example/a',
        topics: ['jobs'],
        campaigns: ['hub'],
      },
    ]);
    expect(toTips(result.feed.envelope._advocacy)).toEqual([
      { id: 't', text: { en: 'Reply within the hour.' }, url: null, subject: 'comments' },
    ]);
    // A feed without them gives empty lists, and items no ids.
    const plain = ok(validateFeed(feedWith({}, [item('1')])));
    expect(toTalkingPoints(plain.feed.envelope._advocacy)).toEqual([]);
    expect(toSuggestion(plain.feed.items[0]!, plain.feed, 'en').talkingPoints).toEqual([]);
  });

  it('skips an unknown id with a warning and keeps the item and its other ids', () => {
    const result = ok(validateFeed(feedWith({ talking_points: [point('a')] }, [item('1', ['nope', 'a']), item('2')])));
    expect(result.feed.items.map((entry) => entry.id)).toEqual(['1', '2']);
    expect(result.skipped).toEqual([]);
    expect(result.feed.items[0]!._advocacy?.talking_points).toEqual(['a']);
    expect(result.notes).toEqual([
      { code: 'unknown-talking-point', params: { id: 'nope' }, path: ['items', 0, '_advocacy', 'talking_points', 0] },
    ]);
    expect(result.warnings).toEqual([
      'items[0]._advocacy.talking_points[0]: names the talking point "nope", which the feed does not have (skipped)',
    ]);
    // Ids with no talking points in the feed at all: the same, the item stays.
    const none = ok(validateFeed(feedWith({}, [item('1', ['x'])])));
    expect(none.feed.items).toHaveLength(1);
    expect(none.notes.map((note) => note.code)).toEqual(['unknown-talking-point']);
  });

  it('lenient: a bad talking point or tip is skipped with its reason, never the feed or the others', () => {
    const result = ok(
      validateFeed(
        feedWith(
          {
            talking_points: [
              point('long', { answer: { en: 'x '.repeat(301).trim() + 'y' } }),
              point('ok'),
              point('ok'),
              point('http', { url: 'http://nordvind.example' }),
              'junk',
            ],
            tips: { id: 'not a list' },
          },
          [item('1', ['ok', 'long'])],
        ),
      ),
    );
    expect(toTalkingPoints(result.feed.envelope._advocacy).map((entry) => entry.id)).toEqual(['ok']);
    expect(toTips(result.feed.envelope._advocacy)).toEqual([]);
    expect(result.warnings).toEqual([
      'Skipped: _advocacy.talking_points[0].answer.en: is too long (at most 600 characters)',
      'Skipped: _advocacy.talking_points[2].id: is used by an earlier item',
      'Skipped: _advocacy.talking_points[3].url: must be an https: link',
      'Skipped: _advocacy.talking_points[4]: should be an object',
      'Skipped: _advocacy.tips: should be an array',
      'items[0]._advocacy.talking_points[1]: names the talking point "long", which the feed does not have (skipped)',
    ]);
    expect(result.feed.items[0]!._advocacy?.talking_points).toEqual(['ok']);
  });

  it('the schema itself is strict (the studio and editors): 600 characters, https, known subjects', () => {
    const base = feedWith({}, [item('1')]);
    const parse = (advocacy: Record<string, unknown>) =>
      feedSchema.safeParse({ ...base, _advocacy: { ...base._advocacy, ...advocacy } }).success;
    expect(parse({ talking_points: [point('a', { answer: { en: 'a'.repeat(600) } })] })).toBe(true);
    expect(parse({ talking_points: [point('a', { answer: { en: 'a'.repeat(601) } })] })).toBe(false);
    expect(parse({ talking_points: [{ id: 'a', question: {}, answer: { en: 'A' } }] })).toBe(false);
    expect(parse({ tips: [{ id: 't', text: { da: 'Tip' }, subject: 'tone' }] })).toBe(true);
    expect(parse({ tips: [{ id: 't', text: { da: 'Tip' }, subject: 'memes' }] })).toBe(false);
    expect(parse({ tips: [{ id: 't', text: { da: 'Tip' }, url: 'http://x.example' }] })).toBe(false);
    const json = JSON.parse(feedJsonSchema());
    const advocacy = json.properties._advocacy.properties;
    expect(advocacy.talking_points.items.properties.answer.properties.en.maxLength).toBe(600);
    expect(advocacy.tips.items.properties.subject.enum).toEqual(['pictures', 'comments', 'hashtags', 'tone']);
    expect(json.properties.items.items.properties._advocacy.properties.talking_points.type).toBe('array');
  });

  it('feed:check counts them and warns about unknown ids with their path', () => {
    const { code, lines } = summarizeCheck(
      validateFeed(
        feedWith({ talking_points: [point('a'), point('b')], tips: [{ id: 't', text: { en: 'Tip' } }] }, [
          item('1', ['a', 'gone']),
          item('2'),
        ]),
      ),
      NOW,
    );
    expect(code).toBe(0);
    expect(lines).toContain('talking points: 2 (named by 1 item); tips: 1');
    expect(lines).toContain(
      'warning: items[0]._advocacy.talking_points[1]: names the talking point "gone", which the feed does not have (skipped)',
    );
    expect(lines[0]).toMatch(/^ok: JSON Feed 1\.1, 2 items/);
    // Said only when the feed has them.
    const plain = summarizeCheck(validateFeed(feedWith({}, [item('1')])), NOW);
    expect(plain.lines.some((line) => line.startsWith('talking points'))).toBe(false);
  });

  it("the studio's checks warn next to the item's id that has no talking point (not an error)", () => {
    const feed = feedWith({ talking_points: [point('a')] }, [item('1', ['a', 'gone'])]) as unknown as StudioFeed;
    const result = checkFeed(feed, NOW.getTime());
    const found = result.byPath.get('items[0]._advocacy.talking_points[1]') ?? [];
    expect(found.map((entry) => [entry.key, entry.severity, entry.values])).toEqual([
      ['unknownTalkingPoint', 'warning', { id: 'gone' }],
    ]);
    expect(result.byPath.get('items[0]._advocacy.talking_points[0]')).toBeUndefined();
    expect(result.errors).toBe(0);
  });
});
