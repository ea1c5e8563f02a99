import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/lib/shared/guidelines/checks';
import { da, en, ofKind, params } from '../../helpers/guidelines';

describe('criticism', () => {
  it('reminds who handles criticism when a reply to a complaint mentions the organization (da and en)', () => {
    expect(ofKind(checkDraft('Jeg forstår godt din klage over Nordvind', params, da), 'criticism')).toHaveLength(1);
    expect(ofKind(checkDraft('So sorry you are disappointed with Nordvind', params, en), 'criticism')).toHaveLength(1);
    expect(ofKind(checkDraft('Nordvind har dårlig service? Det er jeg ked af.', params, da), 'criticism')).toHaveLength(
      1,
    );
  });
  it('uses the feed keywords too, and stays quiet without an organization mention', () => {
    const feed = { ...params, criticismKeywords: { da: ['vrøvl'], en: [] } };
    expect(ofKind(checkDraft('Nordvind og vrøvl', feed, da), 'criticism')).toHaveLength(1);
    expect(ofKind(checkDraft('Min klage over vejret', params, da), 'criticism')).toEqual([]);
  });
});
