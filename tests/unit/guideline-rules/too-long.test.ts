import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/lib/shared/guidelines/checks';
import { en, ofKind, params } from '../../helpers/guidelines';

describe('form: too-long', () => {
  it('flags a post over 3,000 characters with the excess span', () => {
    const draft = 'a '.repeat(1600);
    const [finding] = ofKind(checkDraft(draft, params, en), 'too-long');
    expect(finding?.span).toEqual({ start: 3000, end: 3200 });
    expect(ofKind(checkDraft('a '.repeat(1500), params, en), 'too-long')).toEqual([]);
  });
});
