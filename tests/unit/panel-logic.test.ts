import { describe, expect, it } from 'vitest';
import { byNewest } from '@/lib/shared/feed/newest';
import { orderVariants } from '@/lib/shared/panel/language-choice';
import { NARROW_WIDTH, placePanel } from '@/lib/injected/placement';
import { composeInsertText } from '@/lib/shared/panel/post-text';

describe('the text the panel inserts', () => {
  it('is the variant, a blank line, the tracked link, then hashtags the text lacks', () => {
    expect(composeInsertText('Hello #news', 'https://x.dk/a?utm_campaign=c', ['news', '#Wind', ''])).toBe(
      'Hello #news\n\nhttps://x.dk/a?utm_campaign=c\n\n#Wind',
    );
  });
  it('leaves out a link that is not https and adds nothing when everything is there', () => {
    expect(composeInsertText('Hi #a', 'http://x.dk', ['a'])).toBe('Hi #a');
    expect(composeInsertText('Hi', null, [])).toBe('Hi');
  });
  it('puts the person’s language first', () => {
    const variants = [
      { id: '1', language: 'en' as const, angle: null, text: 'a' },
      { id: '2', language: 'da' as const, angle: null, text: 'b' },
    ];
    expect(orderVariants(variants, 'da').map((v) => v.id)).toEqual(['2', '1']);
    expect(orderVariants(variants, 'en').map((v) => v.id)).toEqual(['1', '2']);
  });
});

const overlaps = (a: { top: number; left: number; width: number; maxHeight: number }, b: DOMRectLike) =>
  a.left < b.right && a.left + a.width > b.left && a.top < b.bottom && a.top + a.maxHeight > b.top;
interface DOMRectLike {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

describe('where the panel goes', () => {
  const dialog = { top: 80, left: 340, right: 940, bottom: 700 };
  it('sits beside the dialog in a wide window without overlapping it', () => {
    const place = placePanel(dialog, { width: 1400, height: 900 });
    expect(place.docked).toBe(false);
    expect(place.left).toBeGreaterThanOrEqual(dialog.right);
    expect(place.left + place.width).toBeLessThanOrEqual(1400);
    expect(overlaps(place, dialog)).toBe(false);
  });
  it('uses the left side when the right is too narrow', () => {
    const place = placePanel({ top: 80, left: 500, right: 1100, bottom: 700 }, { width: 1200, height: 900 });
    expect(place.left + place.width).toBeLessThanOrEqual(500);
  });
  it('docks below or above the dialog in a narrow window, never over its footer', () => {
    const below = placePanel({ top: 20, left: 0, right: 800, bottom: 500 }, { width: NARROW_WIDTH - 300, height: 900 });
    expect(below.docked).toBe(true);
    expect(below.top).toBeGreaterThanOrEqual(500);
    const full = { top: 0, left: 0, right: 800, bottom: 900 };
    const squeezed = placePanel(full, { width: 800, height: 900 });
    const footer = { top: full.bottom - 96, left: 0, right: 800, bottom: full.bottom };
    expect(overlaps(squeezed, footer)).toBe(false);
  });
});

describe('the order of the suggestions in time', () => {
  const dated = (id: string, datePublished: string | null) => ({ id, datePublished });

  it('puts the newest first by the instant, whatever the offset, and undated or unreadable dates last', () => {
    const items = [
      dated('undated', null),
      dated('monday-noon-utc', '2026-11-30T12:00:00Z'),
      // 13:30 in Copenhagen is 12:30 UTC.
      dated('monday-1330-copenhagen', '2026-11-30T13:30:00+01:00'),
      // 11:00 in New York is 16:00 UTC: the newest, though as text it would come after both.
      dated('monday-11-new-york', '2026-11-30T11:00:00-05:00'),
      dated('garbled', 'last Tuesday'),
      dated('sunday', '2026-11-29'),
    ];
    expect([...items].sort(byNewest).map((item) => item.id)).toEqual([
      'monday-11-new-york',
      'monday-1330-copenhagen',
      'monday-noon-utc',
      'sunday',
      'undated',
      'garbled',
    ]);
  });

  it('keeps items of the same instant in their order', () => {
    const items = ['a', 'b', 'c'].map((id) => dated(id, '2026-11-30T12:00:00Z'));
    expect([...items].sort(byNewest).map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });
});
