/** Unicode "bold" or "italic" letters (screen readers spell them out); the fix makes them plain. */
import type { Finding } from '../finding';
import { excerpt, MAX_PER_KIND, type GuidelineRule } from '../rule';

// Mathematical alphanumerics (𝐛𝐨𝐥𝐝, 𝘪𝘵𝘢𝘭𝘪𝘤…) plus the letterlike ℎ used for italic h.
const STYLED_RUN = /[\u{1D400}-\u{1D7FF}ℎ]+(?:[\s\p{P}\p{N}]+[\u{1D400}-\u{1D7FF}ℎ]+)*/gu;

export const styledLetters: GuidelineRule = {
  kind: 'styled-letters',
  inComments: true,
  check({ draft }) {
    const findings: Finding[] = [];
    for (const match of draft.matchAll(STYLED_RUN)) {
      if (findings.length >= MAX_PER_KIND) break;
      const written = match[0];
      // NFKC maps each styled letter/digit to its plain one (𝐁 → B); unassigned holes stay.
      const plain = written.normalize('NFKC');
      if (plain === written) continue;
      const span = { start: match.index, end: match.index + written.length };
      findings.push({
        id: `styled-letters:${match.index}`,
        kind: 'styled-letters',
        severity: 'info',
        messageKey: 'styled-letters',
        values: { text: excerpt(plain, { start: 0, end: plain.length }) },
        span,
        fix: { labelKey: 'plainLetters', kind: 'replace-span', text: plain, span, expected: written },
      });
    }
    return findings;
  },
};
