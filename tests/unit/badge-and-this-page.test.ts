/**
 * Without a browser: the badge's count and its off switch, featured ordering, the
 * feed format's two new fields, the share and mailto links (hostile titles and addresses), and
 * the background's "own link" recording (only for the tab it opened, only with consent, old
 * rows still valid).
 */
import { openVersion1 } from '../helpers/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  badgeSettingItem,
  badgeText,
  countNew,
  forgetSeenSuggestions,
  markSuggestionsSeen,
  refreshBadge,
  seenSuggestionsItem,
} from '@/lib/shared/badge';
import { openDb, type AdvocacyDb, type ShareEvent } from '@/lib/worker/db';
import { byFeatured, featuredFirst, featuredOnly } from '@/lib/shared/feed/featured';
import { toCommunicationsContact, toSuggestion } from '@/lib/shared/feed/normalize';
import { parseFeedText } from '@/lib/shared/feed/validate';
import { setConsent } from '@/lib/shared/settings';
import { recordShare } from '@/lib/worker/shares/record';
import { computeStats } from '@/lib/worker/stats/compute';
import { isMailAddress, linkedInComposerUrl, shareablePageUrl, suggestPageMailto } from '@/lib/shared/this-page/links';
import {
  asOwnLinkShare,
  OWN_LINK_WINDOW_MS,
  openOwnLinkShare,
  pendingOwnLinksItem,
} from '@/lib/worker/this-page/own-link';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the toolbar badge', () => {
  let ids: string[];
  let shown: string[];
  const deps = () => ({
    currentIds: async () => ids,
    setText: async (text: string) => {
      shown.push(text);
    },
  });
  beforeEach(() => {
    ids = ['a', 'b'];
    shown = [];
  });

  it('counts ids not seen, once each', () => {
    expect(countNew(['a', 'b', 'c', 'c'], ['a'])).toBe(2);
    expect(countNew([], ['a'])).toBe(0);
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(140)).toBe('99+');
  });

  // Issue 31: the starting point is the person's own first look, not whatever a sync found first.
  it('shows nothing before the person ever looked, however many suggestions arrive, and writes nothing', async () => {
    expect(await refreshBadge(deps())).toBe(0);
    expect(shown).toEqual(['']);
    ids = ['c', 'a', 'b', 'd', 'e'];
    expect(await refreshBadge(deps())).toBe(0);
    expect(shown.at(-1)).toBe('');
    expect(await seenSuggestionsItem.getValue()).toBeNull();
    // Their first look is the starting point; what arrives after it counts.
    await markSuggestionsSeen(deps());
    ids = ['f', 'g', ...ids];
    expect(await refreshBadge(deps())).toBe(2);
    expect(shown.at(-1)).toBe('2');
  });

  it('counts only against a look at the same feed: another feed shows no number until the next look', async () => {
    let source = 'demo';
    const withSource = () => ({ ...deps(), currentSource: async () => source });
    await markSuggestionsSeen(withSource());
    expect((await seenSuggestionsItem.getValue())?.source).toBe('demo');
    // The person saves their company's feed: three suggestions nobody has looked at yet.
    source = 'https://news.example.com/feed.json';
    ids = ['x', 'y', 'z'];
    expect(await refreshBadge(withSource())).toBe(0);
    expect(shown.at(-1)).toBe('');
    await markSuggestionsSeen(withSource());
    ids = ['x', 'y', 'z', 'n1', 'n2'];
    expect(await refreshBadge(withSource())).toBe(2);
    // Changing the source forgets the look altogether (back to the demo: no number either).
    await forgetSeenSuggestions({ setText: deps().setText });
    expect(await seenSuggestionsItem.getValue()).toBeNull();
    expect(shown.at(-1)).toBe('');
    source = 'demo';
    ids = ['a', 'b'];
    expect(await refreshBadge(withSource())).toBe(0);
  });

  it('clears when they look, and counts only what is newer than that look', async () => {
    await markSuggestionsSeen(deps());
    ids = ['a', 'b', 'c'];
    await refreshBadge(deps());
    expect(shown.at(-1)).toBe('1');
    await markSuggestionsSeen(deps());
    expect(shown.at(-1)).toBe('');
    expect(await refreshBadge(deps())).toBe(0);
    ids = ['a', 'b', 'c', 'd'];
    expect(await refreshBadge(deps())).toBe(1);
  });

  it('stays empty while switched off, and shows the count again when switched on', async () => {
    await markSuggestionsSeen(deps());
    ids = ['a', 'b', 'c', 'd'];
    await badgeSettingItem.setValue({ enabled: false });
    expect(await refreshBadge(deps())).toBe(0);
    expect(shown.at(-1)).toBe('');
    await badgeSettingItem.setValue({ enabled: true });
    expect(await refreshBadge(deps())).toBe(2);
    expect(shown.at(-1)).toBe('2');
  });

  it('never throws when the feed cannot be read (information only)', async () => {
    const failing = { currentIds: () => Promise.reject(new Error('database gone')), setText: deps().setText };
    await expect(refreshBadge(failing)).resolves.toBe(0);
    await expect(markSuggestionsSeen(failing)).resolves.toBeUndefined();
  });
});

describe('featured items', () => {
  it('come first, each group keeping its order', () => {
    const list = [
      { id: 'new', featured: false },
      { id: 'f-old', featured: true },
      { id: 'mid' },
      { id: 'f-older', featured: true },
    ];
    expect(featuredFirst(list).map((item) => item.id)).toEqual(['f-old', 'f-older', 'new', 'mid']);
    expect(featuredOnly(list).map((item) => item.id)).toEqual(['f-old', 'f-older']);
    expect([...list].sort(byFeatured)).toEqual(featuredFirst(list));
    expect(list[0]!.id).toBe('new'); // the input is not changed
  });

  it('are read from the feed (optional, so existing feeds stay valid), with the communications contact', () => {
    const base = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Feed',
      _advocacy: {
        organization: { name: 'Contoso' },
        communications_contact: { name: 'Comms', email: 'comms@contoso.example' },
      },
      items: [
        { id: 'plain', title: 'Plain', url: 'https://contoso.example/1' },
        { id: 'top', title: 'Top', url: 'https://contoso.example/2', _advocacy: { featured: true } },
      ],
    };
    const result = parseFeedText(JSON.stringify(base));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.feed.items.map((item) => toSuggestion(item, result.feed, 'en').featured)).toEqual([false, true]);
    expect(toCommunicationsContact(result.feed)).toEqual({ name: 'Comms', email: 'comms@contoso.example' });

    const badContact = { ...base, _advocacy: { ...base._advocacy, communications_contact: { name: 'X', email: 'x' } } };
    const rejected = parseFeedText(JSON.stringify(badContact));
    expect(rejected.ok).toBe(false);
    if (!rejected.ok) expect(rejected.problems.join('\n')).toMatch(/communications_contact\.email/);
    const badFlag = { ...base, items: [base.items[0], { id: 'x', title: 'X', _advocacy: { featured: 'yes' } }] };
    const skipped = parseFeedText(JSON.stringify(badFlag));
    expect(skipped.ok && skipped.skipped.map((skip) => skip.path)).toEqual(['items[1]._advocacy.featured']);
  });

  it('the demo feed features one current item and declares a contact', () => {
    const demo = parseFeedText(readFileSync(join(ROOT, 'public/demo-feed.json'), 'utf8'));
    expect(demo.ok).toBe(true);
    if (!demo.ok) return;
    const featured = demo.feed.items.filter((item) => item._advocacy?.featured);
    expect(featured.map((item) => item.id)).toEqual(['2026-11-sustainability-report']);
    expect(toCommunicationsContact(demo.feed)?.email).toBe('forslag@nordvind.example');
  });
});

describe('share and suggest links', () => {
  it('shares web pages only, without the reader’s position in them', () => {
    expect(shareablePageUrl('https://example.com/a?b=1#section')).toBe('https://example.com/a?b=1');
    expect(shareablePageUrl('http://example.com/')).toBe('http://example.com/');
    for (const url of [
      undefined,
      '',
      'chrome://extensions',
      'chrome-extension://abc/popup.html',
      'moz-extension://abc/popup.html',
      'about:blank',
      'file:///etc/passwd',
      'data:text/html,hi',
      'javascript:alert(1)',
      'https://user:secret@example.com/',
      `https://example.com/${'x'.repeat(2100)}`,
    ]) {
      expect(shareablePageUrl(url), String(url)).toBeNull();
    }
  });

  it('opens LinkedIn’s composer with the link as the only text', () => {
    const url = new URL(linkedInComposerUrl('https://example.com/a?b=1&c=2'));
    expect(url.origin + url.pathname).toBe('https://www.linkedin.com/feed/');
    expect(url.searchParams.get('shareActive')).toBe('true');
    expect(url.searchParams.get('text')).toBe('https://example.com/a?b=1&c=2');
    expect([...url.searchParams.keys()]).toEqual(['shareActive', 'text']);
  });

  const texts = {
    subject: (title: string) => `Suggestion: ${title}`,
    body: (title: string, url: string) => `${title}\n${url}\n`,
  };

  it('builds a mail draft whose title cannot add recipients or headers', () => {
    const page = { url: 'https://example.com/p?x=1&y=2', title: 'A & B?cc=boss@example.com\nBcc: all@example.com' };
    const mailto = suggestPageMailto('comms@contoso.example', page, texts)!;
    expect(mailto.startsWith('mailto:comms@contoso.example?subject=')).toBe(true);
    const draft = new URL(mailto);
    expect([...draft.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(draft.searchParams.get('subject')).toBe(`Suggestion: ${page.title.replace('\n', '\r\n')}`);
    expect(draft.searchParams.get('body')).toBe(
      `${page.title.replace('\n', '\r\n')}\r\nhttps://example.com/p?x=1&y=2\r\n`,
    );
    expect(mailto).not.toMatch(/\+/); // spaces as %20 (RFC 6068), not "+"
  });

  it('refuses an address that is not a plain e-mail address', () => {
    for (const address of [
      'comms',
      'a@b',
      'a@b.example?cc=x@y.example',
      'a b@c.example',
      'a@b.example&bcc=x',
      '<a@b.example>',
    ]) {
      expect(isMailAddress(address), address).toBe(false);
      expect(suggestPageMailto(address, { url: 'https://example.com/', title: 'T' }, texts)).toBeNull();
    }
    expect(isMailAddress('first.last+feed@sub.contoso.example')).toBe(true);
  });

  it('uses the link when the page has no title', () => {
    const draft = new URL(suggestPageMailto('c@contoso.example', { url: 'https://example.com/', title: '  ' }, texts)!);
    expect(draft.searchParams.get('subject')).toBe('Suggestion: https://example.com/');
  });
});

describe('"own link" shares', () => {
  let db: AdvocacyDb;
  const post: ShareEvent = {
    id: 'share_ownlink0001',
    at: '2026-12-01T10:00:00.000Z',
    kind: 'post',
    suggestionId: null,
    suggestionTitle: null,
    campaign: null,
    language: null,
    changedRatio: null,
    postUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:1/',
    sourceUrl: null,
  };
  const now = new Date('2026-12-01T10:05:00.000Z');
  const opened: string[] = [];
  const createTab = async (url: string) => {
    opened.push(url);
    return { id: 42 };
  };
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
    opened.length = 0;
  });
  afterEach(async () => {
    await db.delete();
  });

  it('opens the composer for a web page only, and remembers that one tab', async () => {
    expect(await openOwnLinkShare('chrome://settings', { createTab, now })).toBe('not-shareable');
    expect(opened).toEqual([]);
    expect(await openOwnLinkShare('https://example.com/story#top', { createTab, now })).toBe('opened');
    expect(opened).toEqual([linkedInComposerUrl('https://example.com/story')]);
    expect(await pendingOwnLinksItem.getValue()).toEqual([
      { tabId: 42, url: 'https://example.com/story', at: now.toISOString() },
    ]);
  });

  it('turns the next post without a suggestion from that tab into an own link, once', async () => {
    await openOwnLinkShare('https://example.com/story', { createTab, now });
    // Another tab, a suggestion, or a repost: unchanged.
    expect(await asOwnLinkShare(post, 7, now)).toEqual(post);
    expect(await asOwnLinkShare({ ...post, suggestionId: 'item-1' }, 42, now)).toMatchObject({ kind: 'post' });
    expect(await asOwnLinkShare({ ...post, kind: 'repost' }, 42, now)).toMatchObject({ kind: 'repost' });
    expect(await asOwnLinkShare(post, null, now)).toEqual(post);

    const own = await asOwnLinkShare(post, 42, now);
    expect(own).toEqual({ ...post, kind: 'own-link', sourceUrl: 'https://example.com/story' });
    expect(await asOwnLinkShare(post, 42, now)).toEqual(post);
  });

  it('forgets the tab after the time window, and keeps no http link', async () => {
    await openOwnLinkShare('https://example.com/story', { createTab, now });
    expect(await asOwnLinkShare(post, 42, new Date(now.getTime() + OWN_LINK_WINDOW_MS + 1))).toEqual(post);
    await openOwnLinkShare('http://example.com/plain', { createTab, now });
    expect(await asOwnLinkShare(post, 42, now)).toMatchObject({ kind: 'own-link', sourceUrl: null });
  });

  it('is recorded only with the record consent, and needs no "record posts without a suggestion" choice', async () => {
    const own: ShareEvent = { ...post, kind: 'own-link', sourceUrl: 'https://example.com/story' };
    expect(await recordShare(db, own)).toBe('no-consent');
    expect(await db.shares.count()).toBe(0);
    await setConsent('recordShares', true);
    expect(await recordShare(db, post)).toBe('not-chosen');
    expect(await recordShare(db, own)).toBe('recorded');
    expect(await db.shares.toArray()).toEqual([own]);
  });

  it('counts as a post of the person’s own in the stats', () => {
    const own: ShareEvent = { ...post, kind: 'own-link', sourceUrl: 'https://example.com/story' };
    const stats = computeStats([own], now, 'Europe/Copenhagen');
    expect(stats).toMatchObject({ total: 1, ownPosts: 1, fromSuggestion: 0, reposts: 0 });
    expect(stats.recent[0]).toMatchObject({ kind: 'own-link', sourceUrl: 'https://example.com/story' });
  });

  it('lives beside rows written before the kind existed (no schema change: kind is not indexed)', async () => {
    const name = `test-old-${Math.random()}`;
    // A database as version 1 of lib/worker/db wrote it, with an old row.
    const old = openVersion1(name);
    await old.table('shares').put({ ...post, id: 'share_old000001', kind: 'post', suggestionId: 'item-1' });
    old.close();
    const current = openDb(name);
    await current.shares.put({ ...post, kind: 'own-link', sourceUrl: 'https://example.com/story' });
    const rows = await current.shares.orderBy('id').toArray();
    expect(rows.map((row) => [row.id, row.kind])).toEqual([
      ['share_old000001', 'post'],
      ['share_ownlink0001', 'own-link'],
    ]);
    // Version 2 (issue 23) changed only the feed's rows: the share rows and their table are as version 1 left them.
    expect(current.verno).toBe(2);
    await current.delete();
  });
});
