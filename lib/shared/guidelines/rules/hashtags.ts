/** More hashtags than the company advises (the feed's max_hashtags, default 5). */
import type { GuidelineRule } from '../rule';

const HASHTAG = /(?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;

export const hashtags: GuidelineRule = {
  kind: 'hashtags',
  check({ draft, params }) {
    // A whole number 0..30 (the feed schema's bound).
    const max = params.maxHashtags;
    const tags = [...draft.matchAll(HASHTAG)];
    if (tags.length <= max) return [];
    const first = tags[max]!;
    const last = tags[tags.length - 1]!;
    return [
      {
        id: 'hashtags',
        kind: 'hashtags',
        severity: 'info',
        messageKey: 'hashtags',
        values: { count: tags.length, max },
        span: { start: first.index, end: last.index + last[0].length },
      },
    ];
  },
};
