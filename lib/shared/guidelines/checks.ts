/**
 * Live draft checks: the guideline rule kinds are fixed in code, one file each in ./rules;
 * the feed only supplies their parameters (architecture, constraint 6). Pure and
 * framework-free, no zod, and never throws: each rule runs on its own, and a rule that fails
 * is skipped (the others still run). Findings are advice only — nothing here can block posting.
 *
 * All spans are UTF-16 offsets into the draft string as given (JavaScript string indices).
 */
import type { CheckContext, Finding } from './finding';
import { foldText } from './match';
import type { CheckSurface, RuleInput } from './rule';
import { RULES } from './rules';
import { DEFAULT_GUIDELINE_PARAMS, type GuidelineParams } from './types';

export {
  FINDING_KINDS,
  type CheckContext,
  type Finding,
  type FindingFix,
  type FindingKind,
  type FixLabelKey,
  type Severity,
  type Span,
} from './finding';
export { DEFAULT_CRITICISM_KEYWORDS } from './rules/criticism';
export { DEFAULT_DISCLOSURE_PHRASES } from './rules/disclosure';
export { FOLD_CHARS, FOLD_LINES, foldPosition } from './rules/fold';
export { MAX_POST_LENGTH } from './rules/too-long';
export type { CheckSurface } from './rule';

/** Bound on the texts compared for "identical copy", so a huge feed cannot make a run slow. */
const MAX_SUGGESTIONS = 100;

/**
 * The context as the rules may trust it. The panel builds it from typed data; this is the one
 * place it is cleaned (garbage gives an empty context rather than a failing rule).
 */
function cleanContext(context: CheckContext): CheckContext {
  if (!context || typeof context !== 'object') return { language: 'en', suggestions: [] };
  const suggestions = Array.isArray(context.suggestions)
    ? context.suggestions
        .slice(0, MAX_SUGGESTIONS)
        .filter((text): text is string => typeof text === 'string' && text.trim() !== '')
    : [];
  const name = context.organizationName;
  return {
    language: context.language === 'da' ? 'da' : 'en',
    suggestions,
    ...(typeof name === 'string' ? { organizationName: name } : {}),
  };
}

/**
 * Checks a draft against the guideline rules. Returns findings, heads-ups first, then by
 * position. Never throws; a failing rule is skipped.
 */
export function checkDraft(
  draft: string,
  params: GuidelineParams,
  context: CheckContext,
  /** Told when a rule failed and was skipped (tests; the panel may count it as health). */
  onRuleError?: (rule: string, error: unknown) => void,
  /** A comment box gets only the rules that fit a comment (lib/shared/guidelines/rule.ts `inComments`). */
  surface: CheckSurface = 'composer',
): Finding[] {
  try {
    if (typeof draft !== 'string' || !draft.trim()) return [];
    // The parameters come typed and validated from lib/shared/feed/normalize.ts (toRules).
    const input: RuleInput = {
      draft,
      folded: foldText(draft),
      params: params && typeof params === 'object' ? params : DEFAULT_GUIDELINE_PARAMS,
      context: cleanContext(context),
    };
    const findings: Finding[] = [];
    for (const rule of RULES) {
      if (surface === 'comment' && !rule.inComments) continue;
      try {
        findings.push(...rule.check(input));
      } catch (error) {
        // One broken rule must not take the others (or the composer) down.
        try {
          onRuleError?.(rule.kind, error);
        } catch {
          // The reporter itself must not break the checks either.
        }
      }
    }
    const rank = (finding: Finding) => (finding.severity === 'heads-up' ? 0 : 1);
    return findings.sort((a, b) => rank(a) - rank(b) || (a.span?.start ?? -1) - (b.span?.start ?? -1));
  } catch (error) {
    try {
      onRuleError?.('checkDraft', error);
    } catch {
      // Never throw from here.
    }
    return [];
  }
}

/** One text edit: replace draft[start, end) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The minimal edit a finding's fix makes to `draft`, or null when there is no fix or the
 * draft has changed where the fix applies (stale finding). For `append` the text goes at
 * the current end, on a new paragraph.
 */
export function fixEdit(draft: string, finding: Finding): TextEdit | null {
  try {
    const fix = finding?.fix;
    if (!fix || typeof draft !== 'string') return null;
    if (fix.kind === 'append') {
      const separator = draft.trim() === '' ? '' : draft.endsWith('\n') ? '' : '\n\n';
      const start =
        draft.trimEnd().length === draft.length || draft.endsWith('\n') ? draft.length : draft.trimEnd().length;
      return { start, end: draft.length, text: `${separator}${fix.text}` };
    }
    const { start, end } = fix.span;
    if (!(start >= 0 && end >= start && end <= draft.length)) return null;
    if (draft.slice(start, end) !== fix.expected) return null;
    return { start, end, text: fix.text };
  } catch {
    return null;
  }
}

/** The draft with the finding's fix applied (unchanged when there is none or it is stale). */
export function applyFix(draft: string, finding: Finding): string {
  const edit = fixEdit(draft, finding);
  if (!edit) return draft;
  return draft.slice(0, edit.start) + edit.text + draft.slice(edit.end);
}
