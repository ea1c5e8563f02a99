import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/lib/shared/guidelines/checks';
import { en, ofKind, params } from '../../helpers/guidelines';

describe('form: hashtags', () => {
  it('counts hashtags against the feed maximum (default 5)', () => {
    expect(ofKind(checkDraft('#a #b #c #d #e', params, en), 'hashtags')).toEqual([]);
    const [finding] = ofKind(checkDraft('#a #b #c #d #e #grøn', params, en), 'hashtags');
    expect(finding?.values).toEqual({ count: 6, max: 5 });
    expect(ofKind(checkDraft('#a #b', { ...params, maxHashtags: 1 }, en), 'hashtags')).toHaveLength(1);
    // Not hashtags: anchors in URLs' middle, numbers.
    expect(ofKind(checkDraft('#1 #2 #3 #4 #5 #6 x#y', params, en), 'hashtags')).toEqual([]);
  });
});
