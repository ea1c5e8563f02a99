import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft } from '@/lib/shared/guidelines/checks';
import { en, ofKind, params } from '../../helpers/guidelines';

describe('form: styled-letters', () => {
  it('turns Unicode "bold" letters into plain ones', () => {
    const draft = 'Big news: 𝐍𝐲𝐭 𝐩𝐫𝐨𝐝𝐮𝐤𝐭 and 𝘪𝘵𝘢𝘭𝘪𝘤!';
    const findings = ofKind(checkDraft(draft, params, en), 'styled-letters');
    expect(findings).toHaveLength(2);
    let fixed = draft;
    for (const finding of findings.reverse()) fixed = applyFix(fixed, finding);
    expect(fixed).toBe('Big news: Nyt produkt and italic!');
  });
});
