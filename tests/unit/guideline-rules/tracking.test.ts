import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft } from '@/lib/shared/guidelines/checks';
import { da, en, ofKind, params, spanText } from '../../helpers/guidelines';

describe('tracking', () => {
  it('offers the campaign UTM for an organization link, keeping its other parameters', () => {
    const draft = 'Læs mere: https://www.nordvind.example/nyt?id=7#top. Tak!';
    const finding = ofKind(checkDraft(draft, params, da), 'tracking')[0]!;
    expect(spanText(draft, finding)).toBe('https://www.nordvind.example/nyt?id=7#top');
    const fixed = applyFix(draft, finding);
    const url = new URL(fixed.slice(10, fixed.indexOf('. Tak')));
    expect(url.searchParams.get('id')).toBe('7');
    expect(url.hash).toBe('#top');
    expect(url.searchParams.get('utm_campaign')).toBe('vinter-2026');
    expect(url.searchParams.get('utm_source')).toBe('linkedin');
    // Only the three campaign-level values are added: nothing about the person.
    expect([...url.searchParams.keys()].sort()).toEqual(['id', 'utm_campaign', 'utm_medium', 'utm_source']);
    expect(ofKind(checkDraft(fixed, params, da), 'tracking')).toEqual([]);
  });

  it('ignores links that already carry UTM and links to other domains', () => {
    const draft = 'https://nordvind.example/a?utm_source=x and https://evil-nordvind.example/b and https://example.com';
    expect(ofKind(checkDraft(draft, params, en), 'tracking')).toEqual([]);
  });
});
