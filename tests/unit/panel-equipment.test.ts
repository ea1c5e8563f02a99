/**
 * Issue 27 in the worker and the panel's logic: the social-media tip is chosen with the reminder
 * by the person's frequency and arrives in the panel-data answer with the cards and the items'
 * talking points; "Copy picture" is offered only for a picture the worker can read, reads it
 * with a request that is the same for everyone, and says in words why a copy failed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { composerDecision } from '@/lib/worker/feed/composer-decision';
import { panelData } from '@/lib/worker/feed/handlers';
import {
  copyablePictures,
  imagesOf,
  pictureAsPng,
  pictureReadable,
  PICTURE_CHECK_MAX,
  PICTURE_MAX_BYTES,
  readablePictures,
} from '@/lib/worker/feed/picture';
import { chooseTip, INITIAL_TIP_STATE, tipShown, tipStateItem } from '@/lib/shared/feed/tip-choice';
import type { Tip } from '@/lib/shared/feed/types';
import { copyPicture, pngBlob } from '@/lib/injected/picture';
import { consentItem, POLICY_VERSION, preferencesItem } from '@/lib/shared/settings';
import { ALL_SWITCHES_ON } from '@/lib/shared/settings/composer-help';

const ROOT = resolve(import.meta.dirname, '../..');
const tips: Tip[] = [
  { id: 'a', text: { en: 'Tip A', da: 'Tip A på dansk' }, url: null, subject: 'tone' },
  { id: 'b', text: { en: 'Tip B' }, url: 'https://nordvind.example/b', subject: null },
];
const NOW = new Date('2026-11-26T10:00:00');

async function consent(reminders: boolean) {
  const at = '2026-11-01T00:00:00Z';
  await consentItem.setValue({
    panel: { granted: true, at, policyVersion: POLICY_VERSION },
    reminders: { granted: reminders, at, policyVersion: POLICY_VERSION },
    recordShares: { granted: false, at, policyVersion: POLICY_VERSION },
  });
}

async function frequency(reminderFrequency: 'always' | 'daily' | 'never') {
  await preferencesItem.setValue({ ...(await preferencesItem.getValue()), reminderFrequency });
}

describe('the tip for a composer opening', () => {
  it('every time: one at each opening, the feed’s tips in turn', () => {
    const first = chooseTip(tips, 'always', INITIAL_TIP_STATE, NOW)!;
    expect(first.tip.id).toBe('a');
    const second = chooseTip(tips, 'always', first.next, NOW)!;
    expect(second.tip.id).toBe('b');
    expect(chooseTip(tips, 'always', second.next, NOW)!.tip.id).toBe('a');
  });

  it('once a day: one on the first opening of a day, none after it that day; never: none', () => {
    const first = chooseTip(tips, 'daily', INITIAL_TIP_STATE, NOW)!;
    expect(first.tip.id).toBe('a');
    expect(chooseTip(tips, 'daily', first.next, new Date('2026-11-26T18:00:00'))).toBeNull();
    expect(chooseTip(tips, 'daily', first.next, new Date('2026-11-27T08:00:00'))!.tip.id).toBe('b');
    expect(chooseTip(tips, 'never', INITIAL_TIP_STATE, NOW)).toBeNull();
    expect(chooseTip([], 'always', INITIAL_TIP_STATE, NOW)).toBeNull();
  });

  it('is the worker’s decision with the reminder, and only with the reminders consent', async () => {
    await consent(true);
    await frequency('daily');
    const decided = await composerDecision(ALL_SWITCHES_ON, null, NOW, tips);
    expect(decided.reminder).not.toBeNull();
    expect(decided.tip?.tip.id).toBe('a');
    // Shown: once a day is used up for today, the rotation moved on.
    await tipShown(decided.tip!);
    expect(await tipStateItem.getValue()).toEqual({ lastShownAt: NOW.toISOString(), shownCount: 1 });
    expect((await composerDecision(ALL_SWITCHES_ON, null, NOW, tips)).tip).toBeNull();
    // No reminders consent, or the feed switched reminders off: no tip either.
    await frequency('always');
    expect((await composerDecision(ALL_SWITCHES_ON, null, NOW, tips)).tip?.tip.id).toBe('b');
    expect((await composerDecision({ ...ALL_SWITCHES_ON, reminders: false }, null, NOW, tips)).tip).toBeNull();
    await consent(false);
    expect((await composerDecision(ALL_SWITCHES_ON, null, NOW, tips)).tip).toBeNull();
  });
});

describe('the panel-data answer', () => {
  const demo = readFileSync(resolve(ROOT, 'public/demo-feed.json'), 'utf8');
  beforeEach(() => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(demo));
  });

  it('carries each card’s talking point ids, the talking points they name (once each) and the tip', async () => {
    await consent(true);
    await frequency('always');
    const data = await panelData(new Date());
    const hub = data.suggestions.find((entry) => entry.id === '2026-11-offshore-service-hub')!;
    expect(hub.talkingPoints).toEqual(['jobs-esbjerg', 'safety-how']);
    const named = new Set(data.suggestions.flatMap((entry) => entry.talkingPoints ?? []));
    expect(new Set(data.talkingPoints!.map((point) => point.id))).toEqual(named);
    expect(data.talkingPoints!.length).toBe(named.size);
    expect(data.tip?.tip.id).toBe('tip-own-words');
    expect(data.reminder).not.toBeNull();
    // The demo before its first sync: no picture was checked, so no card gets "Copy picture".
    expect(data.copyablePictures).toEqual([]);
  });

  it('has no tip when the person chose never', async () => {
    await consent(true);
    await frequency('never');
    const data = await panelData(new Date());
    expect(data.tip).toBeNull();
    expect(data.reminder).toBeNull();
  });
});

function response(body: BodyInit | null, headers: Record<string, string>, status = 200) {
  return new Response(body, { status, headers });
}

describe('reading a picture in the worker', () => {
  it('is readable when the request succeeds with a raster image; not when CORS or permission refuses it', async () => {
    const ok = vi.fn(async () => response('x', { 'content-type': 'image/jpeg' }));
    expect(await pictureReadable('https://news.example.com/a.jpg', ok)).toBe(true);
    // The same request for everyone: GET, no credentials, no referrer.
    expect(ok).toHaveBeenCalledWith(
      'https://news.example.com/a.jpg',
      expect.objectContaining({ method: 'GET', mode: 'cors', credentials: 'omit', referrerPolicy: 'no-referrer' }),
    );
    const refused = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await pictureReadable('https://elsewhere.example/a.jpg', refused)).toBe(false);
    expect(
      await pictureReadable('https://x.example/a.svg', async () =>
        response('<svg/>', { 'content-type': 'image/svg+xml' }),
      ),
    ).toBe(false);
    expect(
      await pictureReadable('https://x.example/a', async () => response('<html>', { 'content-type': 'text/html' })),
    ).toBe(false);
    expect(
      await pictureReadable('https://x.example/a', async () => response(null, { 'content-type': 'image/png' }, 404)),
    ).toBe(false);
    const huge = { 'content-type': 'image/png', 'content-length': String(PICTURE_MAX_BYTES + 1) };
    expect(await pictureReadable('https://x.example/a.png', async () => response('x', huge))).toBe(false);
    const never = vi.fn();
    expect(await pictureReadable('http://x.example/a.png', never)).toBe(false);
    expect(await pictureReadable(undefined, never)).toBe(false);
    expect(never).not.toHaveBeenCalled();
  });

  it('hands a PNG over as it is, and says why another picture could not be read', async () => {
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]);
    vi.stubGlobal('createImageBitmap', async () => ({ width: 100, height: 50, close: () => undefined }));
    try {
      const result = await pictureAsPng('https://x.example/a.png', async () =>
        response(png, { 'content-type': 'image/png' }),
      );
      expect(result).toEqual({ ok: true, png: Buffer.from(png).toString('base64') });
      expect(await pictureAsPng('https://x.example/a.png', async () => response(null, {}, 403))).toEqual({
        ok: false,
        reason: 'unreadable',
      });
      expect(await pictureAsPng(undefined)).toEqual({ ok: false, reason: 'none' });
    } finally {
      vi.unstubAllGlobals();
    }
    // A picture that cannot be decoded (not an image after all).
    vi.stubGlobal('createImageBitmap', async () => {
      throw new Error('bad image');
    });
    try {
      expect(
        await pictureAsPng('https://x.example/a.jpg', async () => response('nope', { 'content-type': 'image/jpeg' })),
      ).toEqual({ ok: false, reason: 'undecodable' });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('takes the address from the stored feed by id, never from the page', () => {
    const items = [
      { id: 'a', image: 'https://x.example/a.png' },
      { id: 'b' },
      { id: 'c', image: 'https://x.example/c.png' },
    ];
    expect([...imagesOf(items, ['a', 'b', 'https://evil.example/x.png'])]).toEqual([['a', 'https://x.example/a.png']]);
  });

  it('names, for the panel-data answer, the cards whose picture was readable at sync time, and no other', () => {
    const cards = [
      { id: 'harbour', image: 'https://news.example.com/h.jpg' },
      { id: 'refused', image: 'https://elsewhere.example/e.jpg' },
      { id: 'none', image: null },
      { id: 'same-picture', image: 'https://news.example.com/h.jpg' },
      { id: 'unchecked', image: 'https://news.example.com/31st.jpg' },
    ];
    const readable = ['https://news.example.com/h.jpg', 'https://news.example.com/not-a-card.jpg'];
    expect(copyablePictures(cards, readable)).toEqual(['harbour', 'same-picture']);
    // Before the first sync nothing was checked: no card gets the button.
    expect(copyablePictures(cards, undefined)).toEqual([]);
  });
});

describe('Copy picture in the panel', () => {
  class FakeItem {
    constructor(readonly items: Record<string, Promise<Blob>>) {}
  }
  const ok = { ok: true as const, data: { ok: true as const, png: Buffer.from('png bytes').toString('base64') } };

  it('starts the clipboard write in the click, with the PNG the worker will hand over', async () => {
    const written: FakeItem[] = [];
    let resolveRead!: (value: typeof ok) => void;
    const read = () => new Promise<typeof ok>((resolve) => (resolveRead = resolve));
    const clipboard = {
      write: vi.fn(async (items: FakeItem[]) => {
        written.push(...items);
        await items[0]!.items['image/png'];
      }),
    };
    const outcome = copyPicture({ read, clipboard: clipboard as never, ClipboardItemImpl: FakeItem as never });
    // Before the worker answered: the write has already begun (the click counts).
    expect(clipboard.write).toHaveBeenCalledTimes(1);
    resolveRead(ok);
    expect(await outcome).toBe('copied');
    const blob = (await written[0]!.items['image/png'])!;
    expect(blob.type).toBe('image/png');
    expect(Buffer.from(await blob.arrayBuffer()).toString()).toBe('png bytes');
  });

  it('says the picture could not be read, or that the browser refused, never nothing', async () => {
    const refusing = { write: vi.fn(() => Promise.reject(new DOMException('denied', 'NotAllowedError'))) };
    const awaiting = {
      write: vi.fn(async (items: FakeItem[]) => {
        await items[0]!.items['image/png'];
      }),
    };
    const unreadable = async () => ({ ok: true as const, data: { ok: false as const, reason: 'unreadable' as const } });
    expect(
      await copyPicture({ read: unreadable, clipboard: awaiting as never, ClipboardItemImpl: FakeItem as never }),
    ).toBe('unreadable');
    expect(await copyPicture({ read: async () => ok, clipboard: refusing, ClipboardItemImpl: FakeItem as never })).toBe(
      'refused',
    );
    expect(await copyPicture({ read: async () => ok, clipboard: null, ClipboardItemImpl: FakeItem as never })).toBe(
      'refused',
    );
    expect(await copyPicture({ read: async () => ({ ok: false as const }), clipboard: null })).toBe('unreadable');
  });

  it('turns base64 into PNG bytes', async () => {
    const blob = pngBlob(Buffer.from([1, 2, 255]).toString('base64'));
    expect(blob.type).toBe('image/png');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 255]);
  });
});

describe('readablePictures (sync time, issue 27)', () => {
  it('checks each distinct https picture once, at most PICTURE_CHECK_MAX, and keeps the readable ones in order', async () => {
    const asked: string[] = [];
    const fetchImpl = (async (url: string) => {
      asked.push(url);
      return url.includes('bad')
        ? new Response('<html>', { headers: { 'content-type': 'text/html' } })
        : new Response('png', { headers: { 'content-type': 'image/png' } });
    }) as unknown as typeof fetch;
    const many = Array.from({ length: PICTURE_CHECK_MAX + 5 }, (_, n) => `https://news.example.com/${n}.png`);
    const urls = ['https://news.example.com/bad.png', 'http://plain.example/a.png', null, ...many, many[0]!];
    const readable = await readablePictures(urls, fetchImpl);
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked).not.toContain('http://plain.example/a.png');
    expect(asked).toHaveLength(PICTURE_CHECK_MAX);
    expect(readable).toEqual(many.slice(0, PICTURE_CHECK_MAX - 1));
  });
});
