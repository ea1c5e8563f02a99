/** A mention of the organization without a disclosure of the connection ("#ansat"). */
import { findTerms } from '../match';
import { excerpt, mentions, type GuidelineRule } from '../rule';

/** Built-in disclosure (used to recognise one, and as the fix when the feed has none). */
export const DEFAULT_DISCLOSURE_PHRASES = { da: ['#ansat'], en: ['#employee'] } as const;

export const disclosure: GuidelineRule = {
  kind: 'disclosure',
  inComments: true,
  check(input) {
    const { draft, folded, params, context } = input;
    const found = mentions(input);
    if (found.length === 0) return [];
    const feedPhrases = params.disclosurePhrases;
    const all = [...feedPhrases, ...DEFAULT_DISCLOSURE_PHRASES.da, ...DEFAULT_DISCLOSURE_PHRASES.en];
    if (findTerms(folded, all, { limit: 1 }).length > 0) return [];
    const first = found[0]!;
    const phrase = (feedPhrases[0] ?? DEFAULT_DISCLOSURE_PHRASES[context.language][0]).trim();
    const end = draft.length;
    return [
      {
        id: 'disclosure',
        kind: 'disclosure',
        severity: 'heads-up',
        messageKey: 'disclosure',
        values: { name: excerpt(draft, first.span), phrase },
        span: first.span,
        fix: { labelKey: 'addDisclosure', kind: 'append', text: phrase, span: { start: end, end }, expected: '' },
      },
    ];
  },
};
