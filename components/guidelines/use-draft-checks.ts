import { useEffect, useRef, useState } from 'react';
import { checkDraft, type CheckContext, type CheckSurface, type Finding } from '@/lib/shared/guidelines/checks';
import type { GuidelineParams } from '@/lib/shared/guidelines/types';

/** Checks wait this long after the last change (P4: ≥ 150 ms, nothing on each keystroke). */
export const DRAFT_CHECK_DELAY_MS = 200;

function same(a: Finding[], b: Finding[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Findings for the current draft, recomputed `delayMs` (min 150) after the draft, params or
 * context last changed. Unchanged findings keep their identity (no extra renders).
 */
export function useDraftChecks(
  draft: string,
  params: GuidelineParams,
  context: CheckContext,
  delayMs = DRAFT_CHECK_DELAY_MS,
  /** A LinkedIn comment box gets only the rules that fit a comment (issue 28). */
  surface: CheckSurface = 'composer',
): Finding[] {
  const [findings, setFindings] = useState<Finding[]>([]);
  const latest = useRef({ params, context });
  latest.current = { params, context };
  const suggestionsKey = context.suggestions.join('\u0000');
  useEffect(() => {
    const timer = setTimeout(
      () => {
        const next = checkDraft(draft, latest.current.params, latest.current.context, undefined, surface);
        setFindings((previous) => (same(previous, next) ? previous : next));
      },
      Math.max(150, delayMs),
    );
    return () => clearTimeout(timer);
  }, [draft, params, context.language, context.organizationName, suggestionsKey, delayMs, surface]);
  return findings;
}
