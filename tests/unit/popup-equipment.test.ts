import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { overview } from '@/lib/worker/feed/handlers';
import { searchTalkingPoints, tipOfTheDay } from '@/lib/shared/feed/popup-equipment';
import type { TalkingPoint, Tip } from '@/lib/shared/feed/types';

const point = (id: string, en: string, topics: string[] = []): TalkingPoint => ({
  id,
  question: { en: `Question ${id}`, da: `Spørgsmål ${id}` },
  answer: { en, da: `Svar ${id}` },
  url: null,
  topics,
  campaigns: [],
});

const tip = (id: string): Tip => ({ id, text: { en: `Tip ${id}` }, url: null, subject: null });

describe('searchTalkingPoints', () => {
  const points = [point('a', 'Wind at the harbour', ['grid']), point('b', 'Hiring in Esbjerg'), point('c', 'Birds')];

  it('keeps the feed order and every point for an empty query', () => {
    expect(searchTalkingPoints(points, '  ', 'en').map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('needs every word, in any case, in the question, answer, topics or campaigns', () => {
    expect(searchTalkingPoints(points, 'WIND harbour', 'en').map((p) => p.id)).toEqual(['a']);
    expect(searchTalkingPoints(points, 'wind esbjerg', 'en')).toEqual([]);
    expect(searchTalkingPoints(points, 'grid', 'en').map((p) => p.id)).toEqual(['a']);
    expect(searchTalkingPoints(points, 'question c', 'en').map((p) => p.id)).toEqual(['c']);
  });

  it('searches the language shown', () => {
    expect(searchTalkingPoints(points, 'svar c', 'da').map((p) => p.id)).toEqual(['c']);
    expect(searchTalkingPoints(points, 'svar c', 'en')).toEqual([]);
  });
});

describe('tipOfTheDay', () => {
  const tips = [tip('1'), tip('2'), tip('3')];
  const morning = new Date(2026, 11, 7, 8, 0);
  const evening = new Date(2026, 11, 7, 22, 30);
  const tomorrow = new Date(2026, 11, 8, 8, 0);

  it('is the same tip all day and the next one the next day', () => {
    expect(tipOfTheDay(tips, 'always', morning)).toBe(tipOfTheDay(tips, 'always', evening));
    const today = tips.indexOf(tipOfTheDay(tips, 'daily', morning)!);
    expect(tipOfTheDay(tips, 'daily', tomorrow)).toBe(tips[(today + 1) % tips.length]);
  });

  it('is none with "never", without tips, or with tips without text', () => {
    expect(tipOfTheDay(tips, 'never', morning)).toBeNull();
    expect(tipOfTheDay([], 'always', morning)).toBeNull();
    expect(tipOfTheDay([{ ...tip('x'), text: { en: '  ' } }], 'always', morning)).toBeNull();
  });
});

describe('the popup’s read from the worker (feed:overview)', () => {
  it('carries the stored feed’s talking points and tips, both languages kept', async () => {
    // No feed synced yet: the demo feed is read from the extension's own files.
    const demo = readFileSync(resolve(__dirname, '../../public/demo-feed.json'), 'utf8');
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(demo));
    const feed = JSON.parse(demo) as { _advocacy: { talking_points: { id: string }[]; tips: { id: string }[] } };
    const answer = await overview();
    expect(answer.talkingPoints?.map((p) => p.id)).toEqual(feed._advocacy.talking_points.map((p) => p.id));
    expect(answer.tips?.map((t) => t.id)).toEqual(feed._advocacy.tips.map((t) => t.id));
    expect(answer.talkingPoints?.[0]?.question).toEqual({ da: expect.any(String), en: expect.any(String) });
    vi.restoreAllMocks();
  });
});
