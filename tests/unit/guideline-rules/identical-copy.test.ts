import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/lib/shared/guidelines/checks';
import { textSimilarity } from '@/lib/shared/text/similarity';
import { da, ofKind, params } from '../../helpers/guidelines';

describe('identical copy', () => {
  const suggestion = 'Vi har netop åbnet vores nye havvindmøllepark ud for Anholt. Læs mere om projektet her.';
  it('says "make it yours" when the draft is the suggestion', () => {
    const findings = checkDraft(suggestion, params, { ...da, suggestions: [suggestion] });
    expect(ofKind(findings, 'identical-copy')[0]?.values.percent).toBe(100);
  });
  it('is quiet once the person rewrote it, and honours the feed threshold', () => {
    const own = 'Jeg var med til at bygge den nye park ved Anholt, og jeg er stolt. Se selv.';
    expect(ofKind(checkDraft(own, params, { ...da, suggestions: [suggestion] }), 'identical-copy')).toEqual([]);
    const close = `${suggestion} Fedt!`;
    expect(
      ofKind(
        checkDraft(close, { ...params, similarityThreshold: 1 }, { ...da, suggestions: [suggestion] }),
        'identical-copy',
      ),
    ).toEqual([]);
    expect(ofKind(checkDraft(close, params, { ...da, suggestions: [suggestion] }), 'identical-copy')).toHaveLength(1);
  });
});

describe('identical copy: the measure', () => {
  it('is textSimilarity from lib/shared/text, the one implementation (the rule only caches bigrams)', () => {
    const samples = [
      'Hej',
      'Hej med dig',
      'Vi har åbnet en ny park. Vi har åbnet!',
      'vi HAR åbnet en ny park',
      '#grøn energi #grøn',
      'Vi har åbnet en ny park',
    ];
    const lenient = { ...params, similarityThreshold: 0.5 };
    let reported = 0;
    for (const draft of samples)
      for (const suggestion of samples) {
        const similarity = textSimilarity(draft, suggestion);
        const found = ofKind(checkDraft(draft, lenient, { ...da, suggestions: [suggestion] }), 'identical-copy');
        expect(found.length, `${draft} / ${suggestion}`).toBe(similarity >= 0.5 ? 1 : 0);
        if (found[0]) {
          expect(found[0].values.percent).toBe(Math.round(similarity * 100));
          reported += 1;
        }
      }
    // Both sides are exercised: some pairs are alike enough, some are not.
    expect(reported).toBeGreaterThan(samples.length);
    expect(reported).toBeLessThan(samples.length ** 2);
  });
});
