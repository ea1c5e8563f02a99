import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, fixEdit, type Finding } from '@/lib/shared/guidelines/checks';
import { toRules } from '@/lib/shared/feed/normalize';
import { validateFeed } from '@/lib/shared/feed/validate';
import type { GuidelineParams } from '@/lib/shared/guidelines/types';

// Strings that are hostile as regex input or as terms: metacharacters, empties, spaces.
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', '.*', '(', '[', '\\', '$^', '(?<x>', '+++', 'å', 'ÆØÅ', '#', '\u0301', '\uD800', '𝐁'),
);
// A term as the feed schema lets it through (trimmed, 1..100 characters): still any characters.
const term = nasty.map((value) => value.trim()).filter((value) => value.length > 0 && value.length <= 100);
const list = fc.array(term, { maxLength: 30 });
const hugeList = fc.oneof(
  list,
  fc.array(
    fc.string({ minLength: 1, maxLength: 3 }).filter((value) => value.trim() === value && value !== ''),
    {
      minLength: 150,
      maxLength: 200,
    },
  ),
);

/**
 * Any parameters the rules can be given: the contract of GuidelineParams that the feed schema
 * and lib/shared/feed/normalize.ts (toRules) guarantee — validation happens there, once, and the
 * rules trust it. The last test below holds toRules to this same contract.
 */
const params: fc.Arbitrary<GuidelineParams> = fc.record({
  confidentialTerms: hugeList,
  mentionTerms: list,
  disclosurePhrases: list,
  trackedDomains: fc.array(
    fc.domain().map((domain) => domain.toLowerCase().replace(/^www\./, '')),
    { maxLength: 10 },
  ),
  utm: fc.record({ source: nasty, medium: nasty, campaign: fc.option(nasty) }),
  similarityThreshold: fc.oneof(fc.double({ min: 0.5, max: 1, noNaN: true }), fc.constant(0.5), fc.constant(1)),
  maxHashtags: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constant(0)),
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
  it('on arbitrary text and any rule parameters a feed can set, with spans inside the draft', () => {
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

  it('gets from toRules only parameters of that contract, whatever a feed writes in its rules', () => {
    // Mostly what a careful editor writes, sometimes anything: both must end in the contract.
    const mostly = <T, U>(fine: fc.Arbitrary<T>, wild: fc.Arbitrary<U>) =>
      fc.oneof({ arbitrary: fine, weight: 6 }, { arbitrary: wild, weight: 1 });
    const looseList = mostly(fc.array(term, { maxLength: 20 }), fc.array(nasty, { maxLength: 20 }));
    const feedRules = fc.record(
      {
        confidential_terms: looseList,
        mention_terms: looseList,
        disclosure_phrases: looseList,
        similarity_threshold: mostly(fc.double({ min: 0.5, max: 1 }), fc.oneof(fc.double(), fc.constant(Number.NaN))),
        max_hashtags: mostly(fc.integer({ min: 0, max: 30 }), fc.oneof(fc.integer({ min: -5, max: 40 }), fc.double())),
        criticism_keywords: fc.record({ da: looseList, en: looseList }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    );
    const domains = fc.array(
      fc.oneof(
        fc.domain(),
        fc.domain().map((d) => `WWW.${d.toUpperCase()}`),
        nasty,
      ),
      {
        maxLength: 5,
      },
    );
    let accepted = 0;
    fc.assert(
      fc.property(feedRules, domains, (rules, organizationDomains) => {
        const result = validateFeed({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Nordvind',
          items: [{ id: '1', url: 'https://nordvind.example/a', title: 'A' }],
          _advocacy: { organization: { name: 'Nordvind', domains: organizationDomains }, rules },
        });
        if (!result.ok) return;
        accepted += 1;
        const typed = toRules(result.feed);
        const terms = [
          ...typed.confidentialTerms,
          ...typed.mentionTerms,
          ...typed.disclosurePhrases,
          ...typed.criticismKeywords.da,
          ...typed.criticismKeywords.en,
        ];
        for (const value of terms)
          expect(value.trim() === value && value.length >= 1 && value.length <= 100).toBe(true);
        expect(typed.confidentialTerms.length).toBeLessThanOrEqual(200);
        expect(typed.similarityThreshold >= 0.5 && typed.similarityThreshold <= 1).toBe(true);
        expect(Number.isInteger(typed.maxHashtags) && typed.maxHashtags >= 0 && typed.maxHashtags <= 30).toBe(true);
        for (const domain of typed.trackedDomains) {
          expect(domain).toBe(domain.toLowerCase());
          expect(domain.startsWith('www.')).toBe(false);
          expect(domain).toContain('.');
        }
        // What the rules are given runs without a single rule failing.
        const errors: unknown[] = [];
        checkDraft(
          'Nordvind #a https://www.nordvind.example/x klage',
          typed,
          { language: 'da', suggestions: [] },
          (rule) => errors.push(rule),
        );
        expect(errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
    // Enough feeds pass validation for the property to say something.
    expect(accepted).toBeGreaterThan(20);
  });
});
