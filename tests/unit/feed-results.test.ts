/**
 * The feed's `_advocacy.results` (issue 26): what the schema accepts, what feed:check says about
 * it, and that a feed without it stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { summarizeCheck as summarize } from '@/lib/node/feed/cli';
import { feedAdvocacySchema } from '@/lib/shared/feed/schema';
import { parseFeedText } from '@/lib/shared/feed/validate';

const organization = { name: 'Havbro Vind' };
const parse = (results: unknown) => feedAdvocacySchema.safeParse({ organization, results });

function feedWith(results: unknown): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'News',
    items: [{ id: 'a', url: 'https://news.example.com/a', title: 'A', _advocacy: { campaign: 'green-energy' } }],
    _advocacy: { organization, ...(results === undefined ? {} : { results }) },
  });
}

describe('_advocacy.results', () => {
  it('takes an https collector (or http://localhost), at most 8 campaigns and a minimum of at least 20', () => {
    expect(parse({ collector: 'https://results.example.com' }).data?.results).toEqual({
      collector: 'https://results.example.com',
      min_reports: 20,
    });
    expect(parse({ collector: 'http://localhost:8787', campaigns: ['a', 'b'], min_reports: 50 }).success).toBe(true);
    for (const bad of [
      { collector: 'http://results.example.com' },
      { collector: 'https://results.example.com/?who=me' },
      { collector: 'ftp://results.example.com' },
      { collector: 'https://results.example.com', min_reports: 19 },
      { collector: 'https://results.example.com', campaigns: Array.from({ length: 9 }, (_, i) => `c${i}`) },
      { collector: 'https://results.example.com', campaigns: ['two words'] },
      { campaigns: ['a'] },
    ]) {
      expect(parse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('is said by feed:check, with a warning for a counted campaign no item has; a feed without it is unchanged', () => {
    const now = new Date('2026-11-26T10:00:00Z');
    const withResults = summarize(
      parseFeedText(feedWith({ collector: 'https://results.example.com', campaigns: ['green-energy', 'gone'] })),
      now,
    );
    expect(withResults.code).toBe(0);
    expect(withResults.lines).toContain(
      'results: reports go to https://results.example.com; campaigns counted: green-energy, gone; figures from 20 reports',
    );
    expect(withResults.lines).toContain('warning: _advocacy.results.campaigns: no item has campaign "gone"');
    const without = summarize(parseFeedText(feedWith(undefined)), now);
    expect(without.lines.some((line) => line.startsWith('results:'))).toBe(false);
    const invalid = summarize(parseFeedText(feedWith({ collector: 'http://results.example.com' })), now);
    expect(invalid.code).toBe(1);
    expect(invalid.lines.join('\n')).toMatch(/_advocacy\.results\.collector/);
  });
});
