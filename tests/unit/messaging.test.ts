import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '@/lib/worker/messaging/handle';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const linkedinTab = { id: EXTENSION_ID, url: 'https://www.linkedin.com/feed/', tab: { id: 7 } as never, frameId: 0 };
const popup = { id: EXTENSION_ID, url: `${ORIGIN}popup.html` };

function router(overrides: Partial<Handlers> = {}) {
  const handlers: Handlers = {
    'health:report': vi.fn(async () => ({})),
    'health:get': vi.fn(async () => ({ counts: {}, last: null })),
    'report:get': vi.fn(async () => ({ text: '', hasSignals: false })),
    'panel:open': vi.fn(async () => ({ status: 'injected' as const })),
    'comment:open': vi.fn(async () => ({ status: 'injected' as const })),
    'comment:data': vi.fn(),
    'share:record': vi.fn(async () => ({ status: 'recorded' as const })),
    'share:repost': vi.fn(),
    'share:this-page': vi.fn(async () => ({ status: 'opened' as const })),
    'feed:panel-data': vi.fn(),
    'feed:status': vi.fn(),
    'feed:sync-now': vi.fn(),
    'feed:test-url': vi.fn(),
    'feed:overview': vi.fn(),
    'feed:picture': vi.fn(async () => ({ ok: false as const, reason: 'none' as const })),
    'stats:get': vi.fn(),
    'data:export': vi.fn(),
    'data:summary': vi.fn(),
    'data:delete-shares': vi.fn(),
    'data:delete-all': vi.fn(),
    'counting:collector': vi.fn(async () => null),
    ...overrides,
  };
  return { route: createRouter(handlers, EXTENSION_ID, ORIGIN), handlers };
}

const validShare = {
  id: 'share_0123456789',
  at: '2026-11-26T10:00:00.000Z',
  kind: 'post',
  suggestionId: 'item-1',
  suggestionTitle: 'A title',
  campaign: 'launch',
  language: 'en',
  changedRatio: 0.4,
  postUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:1/',
  sourceUrl: 'https://example.com/news',
};

describe('message router', () => {
  it('hands a valid message from LinkedIn to its handler with the tab it came from', async () => {
    const { route, handlers } = router();
    const result = await route({ type: 'share:record', payload: validShare }, linkedinTab);
    expect(result).toEqual({ ok: true, data: { status: 'recorded' } });
    expect(handlers['share:record']).toHaveBeenCalledWith(
      validShare,
      expect.objectContaining({ kind: 'linkedin', tabId: 7 }),
    );
  });

  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['unknown type', { type: 'delete-everything', payload: {} }],
    ['prototype key as type', { type: 'toString', payload: {} }],
    ['missing fields', { type: 'share:record', payload: { id: 'x' } }],
    ['extra fields', { type: 'share:record', payload: { ...validShare, postText: 'my secret draft' } }],
    ['javascript: link', { type: 'share:record', payload: { ...validShare, postUrl: 'javascript:alert(1)' } }],
    ['ratio out of range', { type: 'share:record', payload: { ...validShare, changedRatio: 3 } }],
    ['huge string', { type: 'health:report', payload: { event: 'insert-failed', detail: 'x'.repeat(10_000) } }],
  ])('drops a bad message (%s) with an error result and never calls a handler', async (_name, message) => {
    const { route, handlers } = router();
    const result = await route(message, linkedinTab);
    expect(result.ok).toBe(false);
    Object.values(handlers).forEach((handler) => expect(handler).not.toHaveBeenCalled());
  });

  it.each([
    ['another extension', { ...linkedinTab, id: 'otherextensionid' }],
    ['a non-LinkedIn page', { ...linkedinTab, url: 'https://evil.example/' }],
    ['a LinkedIn look-alike host', { ...linkedinTab, url: 'https://www.linkedin.com.evil.example/' }],
    ['plain http LinkedIn', { ...linkedinTab, url: 'http://www.linkedin.com/feed/' }],
    ['a LinkedIn sub-frame', { ...linkedinTab, frameId: 3 }],
    ['no sender url', { id: EXTENSION_ID }],
  ])('refuses messages from %s', async (_name, sender) => {
    const { route, handlers } = router();
    const result = await route({ type: 'share:record', payload: validShare }, sender);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers['share:record']).not.toHaveBeenCalled();
  });

  it('accepts page-only messages from extension pages but not from LinkedIn', async () => {
    const { route } = router();
    expect(await route({ type: 'health:get', payload: {} }, popup)).toMatchObject({ ok: true });
    expect(await route({ type: 'health:get', payload: {} }, linkedinTab)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('lets only the popup open "Share this page", and never lets LinkedIn claim an own-link share', async () => {
    const { route, handlers } = router();
    const payload = { url: 'https://example.com/story' };
    expect(await route({ type: 'share:this-page', payload }, popup)).toMatchObject({ ok: true });
    expect(await route({ type: 'share:this-page', payload }, linkedinTab)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(handlers['share:this-page']).toHaveBeenCalledTimes(1);
    expect(
      await route({ type: 'share:record', payload: { ...validShare, kind: 'own-link' } }, linkedinTab),
    ).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(handlers['share:record']).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into an internal error instead of an exception', async () => {
    const { route } = router({
      'panel:open': async () => {
        throw new Error('tab closed');
      },
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await route({ type: 'panel:open', payload: {} }, linkedinTab)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'tab closed' },
    });
  });
});
