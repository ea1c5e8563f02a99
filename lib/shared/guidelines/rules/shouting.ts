/** Three or more words in capitals in a row (an acronym alone is not shouting). */
import type { Finding } from '../finding';
import { excerpt, MAX_PER_KIND, type GuidelineRule } from '../rule';

const LETTER_WORD = /[\p{L}\p{M}]+/gu;

export const shouting: GuidelineRule = {
  kind: 'shouting',
  inComments: true,
  check({ draft }) {
    const findings: Finding[] = [];
    let runStart = -1;
    let runEnd = -1;
    let runWords = 0;
    const close = () => {
      if (runWords >= 3 && findings.length < MAX_PER_KIND) {
        const span = { start: runStart, end: runEnd };
        findings.push({
          id: `shouting:${runStart}`,
          kind: 'shouting',
          severity: 'info',
          messageKey: 'shouting',
          values: { text: excerpt(draft, span) },
          span,
        });
      }
      runStart = -1;
      runWords = 0;
    };
    for (const match of draft.matchAll(LETTER_WORD)) {
      const word = match[0];
      const upper = word.toUpperCase();
      const caps = word === upper && word !== word.toLowerCase();
      if (!caps) {
        close();
        continue;
      }
      const letters = word.replace(/\p{M}/gu, '').length;
      // A single capital ("I", "A") neither counts nor breaks a run.
      if (letters < 2) continue;
      if (runStart < 0) runStart = match.index;
      runEnd = match.index + word.length;
      runWords += 1;
    }
    close();
    return findings;
  },
};
