/** Longer than LinkedIn accepts for a post. */
import type { GuidelineRule } from '../rule';

/** LinkedIn's limit for a post. */
export const MAX_POST_LENGTH = 3000;

export const tooLong: GuidelineRule = {
  kind: 'too-long',
  check({ draft }) {
    if (draft.length <= MAX_POST_LENGTH) return [];
    return [
      {
        id: 'too-long',
        kind: 'too-long',
        severity: 'heads-up',
        messageKey: 'too-long',
        values: { count: draft.length, max: MAX_POST_LENGTH, over: draft.length - MAX_POST_LENGTH },
        span: { start: MAX_POST_LENGTH, end: draft.length },
      },
    ];
  },
};
