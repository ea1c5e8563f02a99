import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/lib/shared/guidelines/checks';
import { da, en, ofKind, params, spanText } from '../../helpers/guidelines';

describe('form: shouting', () => {
  it('notices shouting (3+ all-caps words, Danish letters included) but not an acronym', () => {
    const draft = 'Hej. DET ER HELT FANTASTISK ÆRLIGT. Ring til CEO og CFO.';
    const [finding] = ofKind(checkDraft(draft, params, da), 'shouting');
    expect(spanText(draft, finding!)).toBe('DET ER HELT FANTASTISK ÆRLIGT');
    expect(ofKind(checkDraft('We met the CEO at NASA today', params, en), 'shouting')).toEqual([]);
  });
});
