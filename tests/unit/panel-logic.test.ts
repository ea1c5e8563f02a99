import { describe, expect, it } from 'vitest';
import { orderVariants } from '@/lib/panel/language-choice';
import { NARROW_WIDTH, placePanel } from '@/lib/panel/placement';
import { composeInsertText } from '@/lib/panel/post-text';

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
