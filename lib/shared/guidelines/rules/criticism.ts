/** A reply to a complaint that names the organization: a reminder of who handles criticism. */
import { findTerms } from '../match';
import { excerpt, mentions, type GuidelineRule } from '../rule';

/** Built-in words of a reply to a complaint; matched at word start ("klage" finds "klager"). */
export const DEFAULT_CRITICISM_KEYWORDS = {
  da: [
    'klage',
    'utilfreds',
    'dårlig service',
    'ringe service',
    'skuffet',
    'skuffende',
    'uacceptabel',
    'elendig',
    'pengene tilbage',
    'beklager',
  ],
  en: [
    'complaint',
    'complain',
    'disappointed',
    'disappointing',
    'unacceptable',
    'bad service',
    'poor service',
    'terrible service',
    'refund',
    'sorry to hear',
  ],
} as const;

export const criticism: GuidelineRule = {
  kind: 'criticism',
  check(input) {
    const { draft, folded, params } = input;
    const terms = [
      ...params.criticismKeywords.da,
      ...params.criticismKeywords.en,
      ...DEFAULT_CRITICISM_KEYWORDS.da,
      ...DEFAULT_CRITICISM_KEYWORDS.en,
    ];
    const hit = findTerms(folded, terms, { prefix: true, limit: 1 })[0];
    if (!hit || mentions(input).length === 0) return [];
    return [
      {
        id: 'criticism',
        kind: 'criticism',
        severity: 'heads-up',
        messageKey: 'criticism',
        values: { word: excerpt(draft, hit.span) },
        span: hit.span,
      },
    ];
  },
};
