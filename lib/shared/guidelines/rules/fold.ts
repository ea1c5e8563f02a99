/** Where LinkedIn folds the post behind "…see more": what readers see before they click. */
import type { GuidelineRule } from '../rule';

/** Roughly where LinkedIn folds a post behind "…see more" on desktop (and after 3 lines). */
export const FOLD_CHARS = 210;
export const FOLD_LINES = 3;

/** Where LinkedIn's "…see more" fold falls (UTF-16 index), or null when all of it shows. */
export function foldPosition(draft: string): number | null {
  let fold = Math.min(FOLD_CHARS, draft.length);
  let lines = 0;
  for (let i = 0; i < fold; i++) {
    if (draft[i] === '\n' && ++lines >= FOLD_LINES) {
      fold = i;
      break;
    }
  }
  if (!draft.slice(fold).trim()) return null;
  if (fold === FOLD_CHARS) {
    // LinkedIn does not cut inside a word: step back to the last space (within reason).
    const space = draft.lastIndexOf(' ', fold);
    if (space > fold - 30 && space > 0) fold = space;
  }
  const code = draft.charCodeAt(fold - 1);
  if (code >= 0xd800 && code <= 0xdbff) fold -= 1;
  return fold;
}

export const fold: GuidelineRule = {
  kind: 'fold',
  check({ draft }) {
    const at = foldPosition(draft);
    if (at === null) return [];
    const visible = draft.slice(0, at).trimEnd();
    const tail = visible.length > 40 ? `…${visible.slice(-40).trimStart()}` : visible;
    return [
      {
        id: 'fold',
        kind: 'fold',
        severity: 'info',
        messageKey: 'fold',
        values: { count: at, tail },
        span: { start: 0, end: at },
      },
    ];
  },
};
