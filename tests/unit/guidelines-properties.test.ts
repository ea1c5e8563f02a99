import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, fixEdit, type Finding } from '@/lib/guidelines/checks';
import type { GuidelineParams } from '@/lib/guidelines/types';

// Strings that are hostile as regex input or as terms: metacharacters, empties, spaces.
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', '.*', '(', '[', '\\', '$^', '(?<x>', '+++', 'å', 'ÆØÅ', '#', '\u0301', '\uD800', '𝐁'),
);
const list = fc.array(nasty, { maxLength: 30 });
const hugeList = fc.oneof(list, fc.array(fc.string({ maxLength: 3 }), { minLength: 500, maxLength: 2000 }));

const params: fc.Arbitrary<GuidelineParams> = fc.record({
  confidentialTerms: hugeList,
  mentionTerms: list,
  disclosurePhrases: list,
  trackedDomains: fc.array(fc.oneof(nasty, fc.domain()), { maxLength: 10 }),
  utm: fc.record({ source: nasty, medium: nasty, campaign: fc.option(nasty) }),
  similarityThreshold: fc.oneof(fc.double(), fc.constant(Number.NaN), fc.constant(0)),
  maxHashtags: fc.oneof(fc.integer(), fc.double(), fc.constant(-1)),
  criticismKeywords: fc.record({ da: list, en: list }),
});

const draft = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }).map((url) => `See ${url} now`),
);

const context = fc.record({
  language: fc.constantFrom('da' as const, 'en' as const),
  suggestions: fc.array(nasty, { maxLength: 5 }),
  organizationName: fc.option(nasty, { nil: undefined }),
});

function spanOk(text: string, span: Finding['span']) {
  return span === null || (span.start >= 0 && span.start <= span.end && span.end <= text.length);
}

describe('draft checks never throw', () => {
  it('on arbitrary text and arbitrary rule parameters, with spans inside the draft', () => {
    fc.assert(
      fc.property(draft, params, context, (text, rules, ctx) => {
        const errors: unknown[] = [];
        const findings = checkDraft(text, rules, ctx, (rule, error) => errors.push([rule, error]));
        // Not even a rule may fail silently: every rule copes with any input.
        expect(errors).toEqual([]);
        expect(Array.isArray(findings)).toBe(true);
        for (const finding of findings) {
          expect(spanOk(text, finding.span)).toBe(true);
          const fixed = applyFix(text, finding);
          expect(typeof fixed).toBe('string');
          if (finding.fix && finding.fix.kind !== 'append') expect(fixEdit(text, finding)).not.toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds any confidential term that is in the draft as its own word, and its fix removes it', () => {
    const word = fc.stringMatching(/^[a-zæøåA-ZÆØÅ]{2,12}$/);
    fc.assert(
      fc.property(word, fc.string({ maxLength: 50 }), fc.string({ maxLength: 50 }), (term, before, after) => {
        const text = `${before} ${term} ${after}`;
        const rules = { confidentialTerms: [term] } as unknown as GuidelineParams;
        const found = checkDraft(text, rules, { language: 'da', suggestions: [] }).filter(
          (f) => f.kind === 'confidential',
        );
        expect(found.length).toBeGreaterThan(0);
        for (const finding of found) expect(spanOk(text, finding.span)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('survives garbage where typed values are expected', () => {
    const bad = [null, undefined, 42, {}, [], 'x'] as unknown[];
    for (const value of bad) {
      expect(() => checkDraft(value as string, value as GuidelineParams, value as never)).not.toThrow();
      expect(() => checkDraft('Nordvind https://a.example', value as GuidelineParams, value as never)).not.toThrow();
      expect(applyFix(value as string, value as Finding)).toBe(value);
    }
  });
});
