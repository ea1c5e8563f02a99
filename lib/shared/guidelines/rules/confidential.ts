/** Confidential terms (project code names, unreleased figures): never in a public post. */
import { findTerms } from '../match';
import { excerpt, MAX_PER_KIND, type GuidelineRule } from '../rule';

export const confidential: GuidelineRule = {
  kind: 'confidential',
  inComments: true,
  check({ draft, folded, params }) {
    return findTerms(folded, params.confidentialTerms, { limit: MAX_PER_KIND }).map((match, index) => {
      // Remove the term and one space before it, so no double space is left behind.
      let start = match.span.start;
      if (
        start > 0 &&
        draft[start - 1] === ' ' &&
        (match.span.end === draft.length || /[\s.,;:!?)]/.test(draft[match.span.end]!))
      )
        start -= 1;
      const span = { start, end: match.span.end };
      return {
        id: `confidential:${match.term}:${index}`,
        kind: 'confidential',
        severity: 'heads-up',
        messageKey: 'confidential',
        values: { term: excerpt(draft, match.span) },
        span: match.span,
        fix: {
          labelKey: 'removeTerm',
          kind: 'replace-span',
          text: '',
          span,
          expected: draft.slice(span.start, span.end),
        },
      };
    });
  },
};
