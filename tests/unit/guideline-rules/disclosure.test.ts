import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft } from '@/lib/shared/guidelines/checks';
import { da, en, ofKind, params, spanText } from '../../helpers/guidelines';

describe('disclosure', () => {
  it('asks to disclose when the organization is mentioned, and appends the first phrase', () => {
    const draft = 'Godt arbejde af Nordvind Energi i år!';
    const finding = ofKind(checkDraft(draft, params, da), 'disclosure')[0]!;
    expect(finding.severity).toBe('heads-up');
    expect(spanText(draft, finding)).toBe('Nordvind');
    expect(finding.fix?.kind).toBe('append');
    const fixed = applyFix(draft, finding);
    expect(fixed).toBe('Godt arbejde af Nordvind Energi i år!\n\n#ansat');
    expect(ofKind(checkDraft(fixed, params, da), 'disclosure')).toEqual([]);
  });

  it('is quiet when a disclosure phrase is there, in any case', () => {
    expect(ofKind(checkDraft('i work at nordvind and love it', params, en), 'disclosure')).toEqual([]);
    expect(ofKind(checkDraft('Nordvind rocks #Ansat', params, da), 'disclosure')).toEqual([]);
  });

  it('uses the organization name from the context and a built-in phrase when the feed has none', () => {
    const feed = { ...params, mentionTerms: [], disclosurePhrases: [] };
    const draft = 'Proud of Contoso today';
    const finding = ofKind(checkDraft(draft, feed, { ...en, organizationName: 'Contoso' }), 'disclosure')[0]!;
    expect(applyFix(draft, finding)).toBe('Proud of Contoso today\n\n#employee');
  });

  it('does not count a hashtag that only starts with a phrase ("#ansatte")', () => {
    expect(ofKind(checkDraft('Nordvind søger #ansatte', params, da), 'disclosure')).toHaveLength(1);
  });
});
