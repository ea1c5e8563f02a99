import { describe, expect, it } from 'vitest';
import { problemText } from '@/lib/pages/problem-text';
import {
  englishProblem,
  FEED_PROBLEM_CODES,
  PLURAL_PROBLEM_CODES,
  problem,
  toProblem,
  type FeedProblem,
} from '@/lib/shared/feed/problems';
import { problems as da } from '@/lib/pages/i18n/locales/da/problems';
import { problems as en } from '@/lib/shared/i18n/locales/en/problems';

describe('feed problems as codes', () => {
  it('has a Danish and an English text for every code (both plural forms where it counts)', () => {
    for (const [language, texts] of [
      ['da', da.problem],
      ['en', en.problem],
    ] as const) {
      for (const code of FEED_PROBLEM_CODES) {
        const keys = PLURAL_PROBLEM_CODES.has(code) ? [`${code}_one`, `${code}_other`] : [code];
        for (const key of keys) {
          expect((texts as Record<string, string>)[key], `${language}: ${key}`).toBeTruthy();
        }
      }
      // And no text for a code that does not exist (a renamed code leaves none behind).
      for (const key of Object.keys(texts)) {
        expect(FEED_PROBLEM_CODES as readonly string[], `${language}: ${key}`).toContain(
          key.replace(/_(one|other)$/, ''),
        );
      }
    }
  });

  it('names every parameter a text uses in both languages alike', () => {
    for (const key of Object.keys(en.problem)) {
      const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
      expect(names((da.problem as Record<string, string>)[key]!), key).toEqual(
        names((en.problem as Record<string, string>)[key]!),
      );
    }
  });

  it('renders a problem in Danish or English, a field in words, feed:check with the feed’s own path', () => {
    const none: FeedProblem = problem('no-https-link', { count: 8 });
    expect(problemText(none, 'da')).toBe('Ingen af de 8 indslag har et https-link.');
    expect(problemText(none, 'en')).toBe('None of the 8 items has an https link.');
    expect(problemText(problem('no-https-link', { count: 1 }), 'en')).toBe('The feed’s only item has no https link.');
    const name = problem('empty-text', undefined, ['_advocacy', 'organization', 'name']);
    expect(problemText(name, 'en')).toBe('Feed settings → Organization → Name: is empty');
    expect(problemText(name, 'da')).toBe('Feedindstillinger → Organisation → Navn: er tom');
    expect(englishProblem(name)).toBe('_advocacy.organization.name: is empty');
    expect(problemText(problem('needs-link', undefined, ['items', 3, 'url']), 'da')).toBe(
      'Indslag 4 → Link: mangler (et indslag skal have et https-link)',
    );
    expect(problemText(problem('wrong-type', { expected: 'string' }, ['title']), 'en')).toBe(
      'Feed settings → Title: should be a string',
    );
    const rejected: FeedProblem = { code: 'rejected', details: [problem('no-items')] };
    expect(problemText(rejected, 'da')).toBe(
      'Feedet blev ikke taget i brug, så det sidste gode beholdes: Feedet har ingen indslag.',
    );
  });

  it('reads a sentence stored by an older release as "the last attempt failed", never as English in Danish', () => {
    expect(toProblem('The feed server did not answer within 20 seconds.')).toEqual({ code: 'sync-failed' });
    expect(toProblem(null)).toBeNull();
    expect(toProblem({ code: 'timeout' })).toEqual({ code: 'timeout' });
    expect(problemText(toProblem('anything')!, 'da')).toBe('Sidste forsøg på at hente feedet mislykkedes.');
  });
});
