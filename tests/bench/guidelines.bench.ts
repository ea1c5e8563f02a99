/**
 * Benchmark of the draft checks (P4: each run ≤ 4 ms on a 3,000-character draft).
 * Not part of `npm test`; run with:
 *   npx vitest bench --config tests/vitest.config.ts --dir tests/bench
 * or as a plain script printing the median: npx tsx tests/bench/guidelines.bench.ts
 */
import { checkDraft } from '../../lib/shared/guidelines/checks';
import { DEFAULT_GUIDELINE_PARAMS, type GuidelineParams } from '../../lib/shared/guidelines/types';

const params: GuidelineParams = {
  ...DEFAULT_GUIDELINE_PARAMS,
  confidentialTerms: [
    'Projekt Havørn',
    'Project Sea Eagle',
    'Blåhval',
    'NV-X15',
    ...Array.from({ length: 196 }, (_, i) => `Kunde ${i}`),
  ],
  mentionTerms: ['Nordvind', 'Nordvind Energi'],
  disclosurePhrases: ['#ansat', '#employee', 'jeg arbejder hos Nordvind', 'I work at Nordvind'],
  trackedDomains: ['nordvind.example', 'www.nordvind.example'],
  utm: { source: 'linkedin', medium: 'employee-advocacy', campaign: 'vinter' },
  criticismKeywords: { da: ['vrøvl'], en: ['nonsense'] },
};
const sentence =
  'Vi har åbnet en ny havvindmøllepark hos Nordvind, og jeg er STOLT AF HOLDET! Læs mere på https://www.nordvind.example/nyt?id=7 #grøn #energi 𝐍𝐲𝐭 ';
const draft = sentence.repeat(Math.ceil(3000 / sentence.length)).slice(0, 3000);
const suggestions = Array.from({ length: 20 }, (_, i) => `${sentence.repeat(10)} variant ${i}`);
const context = { language: 'da' as const, suggestions, organizationName: 'Nordvind Energi' };

const isVitestBench = typeof (globalThis as { __vitest_worker__?: unknown }).__vitest_worker__ !== 'undefined';

if (isVitestBench) {
  const { bench, describe } = await import('vitest');
  describe('checkDraft', () => {
    bench('3,000-character draft, 200 terms, 20 suggestions', () => {
      checkDraft(draft, params, context);
    });
  });
} else {
  for (let i = 0; i < 50; i++) checkDraft(draft, params, context); // warm up
  const times: number[] = [];
  for (let i = 0; i < 500; i++) {
    const start = performance.now();
    checkDraft(draft, params, context);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.floor(q * (times.length - 1))]!.toFixed(3);
  console.log(
    `checkDraft on ${draft.length} chars: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms (target ≤ 4 ms)`,
  );
}
