/**
 * What a guideline rule is: a fixed kind implemented in code, given the feed's parameters
 * (architecture, constraint 6). Rules trust their input: the parameters were validated once,
 * by the feed schema and lib/shared/feed/normalize.ts (toRules), and checkDraft cleans the context
 * once before any rule runs. A rule that throws anyway is skipped by checkDraft.
 */
import type { CheckContext, Finding, FindingKind, Span } from './finding';
import { findTerms, type FoldedText } from './match';
import type { GuidelineParams } from './types';

export interface RuleInput {
  draft: string;
  /** The draft folded once per run for whole-word matching (./match.ts). */
  folded: FoldedText;
  params: GuidelineParams;
  context: CheckContext;
}

export interface GuidelineRule {
  /** The file name in ./rules, and the kind of every finding it makes. */
  kind: FindingKind;
  check(input: RuleInput): Finding[];
  /**
   * Where the rule applies: the post composer always; a LinkedIn comment box (issue 28) only for
   * rules that fit a comment (confidential terms, disclosure, shouting, styled letters). The
   * fold, length, hashtags, campaign links and "identical copy" are about posts: off in comments.
   */
  inComments?: true;
}

/** Which text is checked: a post in the composer, or a comment (issue 28). */
export type CheckSurface = 'composer' | 'comment';

/** At most this many findings of one kind, so a pasted novel cannot make a run slow. */
export const MAX_PER_KIND = 10;

/** The draft's text in a span, shortened for a message. */
export function excerpt(draft: string, span: Span): string {
  const text = draft.slice(span.start, span.end);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Where the draft names the organization (its feed terms or its name), at most once. */
export function mentions({ folded, params, context }: RuleInput) {
  const name = context.organizationName?.trim();
  return findTerms(folded, name ? [...params.mentionTerms, name] : params.mentionTerms, { limit: 1 });
}
