import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedRatio, textSimilarity } from '@/lib/shared/text/similarity';

const suggestion = 'Vi åbner et nyt kontor i Aarhus og søger 20 nye kolleger. Læs mere på vores side.';

describe('text similarity', () => {
  it('is 1 for the same text, whatever the case and spacing', () => {
    expect(textSimilarity(suggestion, suggestion.toUpperCase().replace(/ /g, '  '))).toBe(1);
  });

  it('is 0 for texts that share nothing', () => {
    expect(textSimilarity('helt andre ord her', suggestion)).toBe(0);
  });

  it('rates a lightly edited suggestion as mostly the same and a rewrite as mostly own words', () => {
    const edited = suggestion.replace('20 nye kolleger', '20 dygtige kolleger');
    const rewritten = `Stolt i dag! Jeg har selv været med til at planlægge det nye kontor i Aarhus. ${suggestion.slice(0, 30)}`;
    expect(textSimilarity(edited, suggestion)).toBeGreaterThan(0.8);
    expect(changedRatio(rewritten, suggestion)).toBeGreaterThan(0.6);
  });

  it('always gives a number between 0 and 1, symmetric', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = textSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(s).toBeCloseTo(textSimilarity(b, a), 10);
      }),
    );
  });
});
