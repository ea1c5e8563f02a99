/** The draft is (nearly) a suggestion word for word: "make it yours". */
import { diceSimilarity, wordBigrams, type WordBigrams } from '../../text/similarity';
import type { GuidelineRule } from '../rule';

// Suggestions stay the same while the person types: their bigrams are computed once, and the
// draft's once per run instead of once per suggestion (P4 budget).
const suggestionBigrams = new Map<string, WordBigrams>();
function bigramsOfSuggestion(text: string): WordBigrams {
  let found = suggestionBigrams.get(text);
  if (!found) {
    if (suggestionBigrams.size >= 200) suggestionBigrams.clear();
    found = wordBigrams(text);
    suggestionBigrams.set(text, found);
  }
  return found;
}

export const identicalCopy: GuidelineRule = {
  kind: 'identical-copy',
  check({ draft, params, context }) {
    let best = 0;
    let own: WordBigrams | null = null;
    for (const suggestion of context.suggestions) {
      own ??= wordBigrams(draft);
      best = Math.max(best, diceSimilarity(own, bigramsOfSuggestion(suggestion)));
      if (best >= 1) break;
    }
    if (best < params.similarityThreshold) return [];
    return [
      {
        id: 'identical-copy',
        kind: 'identical-copy',
        severity: 'info',
        messageKey: 'identical-copy',
        values: { percent: Math.round(best * 100) },
        span: null,
      },
    ];
  },
};
