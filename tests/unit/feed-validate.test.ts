import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedJsonSchema } from '@/lib/node/feed/json-schema';
import { parseFeedText, validateFeed } from '@/lib/shared/feed/validate';

const demoText = readFileSync('public/demo-feed.json', 'utf8');
const minimal = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Blog',
  items: [{ id: '1', url: 'https://blog.example.com/a', title: 'A post' }],
};

describe('feed validation', () => {
  it('accepts the embedded demo feed: Danish and English, at least 12 items, several campaigns', () => {
    const result = parseFeedText(demoText);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.skipped).toEqual([]);
    expect(result.feed.items.length).toBeGreaterThanOrEqual(12);
    const languages = new Set(
      result.feed.items.flatMap((item) => item._advocacy?.variants.map((v) => v.language) ?? []),
    );
    expect([...languages].sort()).toEqual(['da', 'en']);
    expect(new Set(result.feed.items.map((item) => item._advocacy?.campaign)).size).toBeGreaterThan(3);
    const topics = new Set(result.feed.envelope._advocacy?.policy?.reminders.map((r) => r.topic));
    expect([...topics].sort()).toEqual(['common-sense', 'criticism', 'positive', 'private-person', 'purpose']);
  });

  it('accepts a plain JSON Feed without any _advocacy', () => {
    expect(validateFeed(minimal)).toMatchObject({ ok: true, skipped: [] });
  });

  it.each([
    ['empty', '', 'The feed is empty.'],
    ['not JSON', '{"version":', 'not valid JSON'],
    ['a web page', '<html>', 'a web page (HTML), not a feed'],
    ['neither JSON nor XML', 'hello', 'not valid JSON, RSS or Atom'],
    ['an array', '[]', 'should be a JSON object'],
    ['wrong version', JSON.stringify({ ...minimal, version: '1' }), 'version: must be a JSON Feed version URL'],
    ['missing items', JSON.stringify({ version: minimal.version, title: 'x' }), 'items: is missing'],
    ['items of wrong type', JSON.stringify({ ...minimal, items: 'nope' }), 'items: should be an array'],
  ])('rejects %s with a plain message and its path', (_name, text, message) => {
    const result = parseFeedText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain(message);
  });

  it('ignores a javascript: or http home page (a link we never use) with a warning, and keeps the feed', () => {
    for (const home of ['javascript:alert(1)', 'http://blog.example.com/']) {
      const result = parseFeedText(JSON.stringify({ ...minimal, home_page_url: home, feed_url: home }));
      expect(result).toMatchObject({ ok: true, format: 'JSON Feed 1.1' });
      expect(result.warnings).toContain('home_page_url: must be an https: link (ignored)');
      if (result.ok) expect(result.feed.envelope.home_page_url).toBeUndefined();
    }
  });

  it('reads a feed with a byte-order mark', () => {
    expect(parseFeedText(`\uFEFF${JSON.stringify(minimal)}`).ok).toBe(true);
  });

  it('rejects a feed over 2 MB before parsing it', () => {
    const result = parseFeedText(' '.repeat(3 * 1024 * 1024));
    expect(result).toMatchObject({ ok: false, problems: [expect.stringContaining('too large')] });
  });

  it('skips a bad item with its path and reason and keeps the others', () => {
    const feed = {
      ...minimal,
      items: [
        minimal.items[0],
        { id: '2', url: 'javascript:alert(1)', title: 'Bad link' },
        { id: '1', url: 'https://blog.example.com/dup', title: 'Duplicate id' },
        { id: '3', title: 'No link at all' },
        { id: '4', url: 'https://blog.example.com/long', title: 'word '.repeat(1000) },
      ],
    };
    const result = validateFeed(feed);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.feed.items.map((item) => item.id)).toEqual(['1', '4']);
    expect(result.skipped).toEqual([
      { id: '2', path: 'items[1].url', reason: 'must be an https: link' },
      { id: '1', path: 'items[2].id', reason: 'is used by an earlier item' },
      { id: '3', path: 'items[3].url', reason: 'is missing (an item needs an https link)' },
    ]);
    // An over-long title is shortened at a word boundary with "…", not a reason to drop the item.
    const long = result.feed.items[1]!.title!;
    expect(long.length).toBeLessThanOrEqual(300);
    expect(long).toMatch(/ word…$/);
  });

  it('survives deeply nested junk', () => {
    let junk: unknown = 'x';
    for (let i = 0; i < 5000; i++) junk = { a: junk };
    // Nothing usable is an error with its reason, not an empty feed (issue 12.3).
    expect(validateFeed({ ...minimal, items: [junk] })).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('cannot be used'), expect.any(String)],
    });
    expect(parseFeedText(`${'['.repeat(100_000)}${']'.repeat(100_000)}`).ok).toBe(false);
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => validateFeed(value)).not.toThrow();
        expect(() => validateFeed({ ...minimal, items: [value, value] })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('has a committed JSON Schema that matches the zod schema', () => {
    expect(readFileSync('public/feed.schema.json', 'utf8')).toBe(feedJsonSchema());
  });
});
