/**
 * Every format a newsroom already publishes becomes the same suggestions (issue 12): RSS 2.0,
 * Atom 1.0, JSON Feed 1.0 and 1.1, recognised by content. Fixtures are our own, modeled on the
 * real-world corpus (a CMS newsroom RSS, a static-site Atom, a link blog and a careers blog).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rebaseDemoFeed } from '@/lib/worker/feed/demo';
import { LIMITS } from '@/lib/shared/feed/limits';
import { DEFAULT_GUIDELINE_PARAMS } from '@/lib/shared/guidelines/types';
import { BUILT_IN_REMINDERS, remindersFor } from '@/lib/shared/guidelines/reminders';
import { isCurrent, toFeatures, toPolicy, toRules, toSuggestion } from '@/lib/shared/feed/normalize';
import { htmlToText, truncateAtWord } from '@/lib/shared/feed/text';
import { parseFeedDocument, type ValidFeed } from '@/lib/shared/feed/validate';
import { shareEventSchema } from '@/lib/worker/messaging/protocol';

const fixture = (name: string) => readFileSync(`tests/fixtures/feeds/${name}`, 'utf8');
const MARKUP = /<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;/i;

function ok(result: ReturnType<typeof parseFeedDocument>): ValidFeed {
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.feed;
}

describe('RSS 2.0', () => {
  const result = parseFeedDocument(fixture('rss-newsroom.xml'), { contentType: 'application/rss+xml' });
  const feed = ok(result);

  it('is recognised and keeps every item with an https link', () => {
    expect(result.format).toBe('RSS 2.0');
    expect(feed.envelope.title).toBe('Nordvind Energi – Nyheder');
    expect(feed.envelope.language).toBe('da-DK');
    expect(feed.items.map((item) => item.url)).toEqual([
      'https://www.nordvind.example/nyheder/servicecenter-esbjerg',
      'https://www.nordvind.example/baeredygtighed/rapport-2026',
      'https://www.nordvind.example/podcast/1',
    ]);
    expect(result.skipped).toEqual([
      { id: 'http://www.nordvind.example/gammel', path: 'items[3].url', reason: 'must be an https: link' },
    ]);
  });

  it('turns HTML, CDATA and entities into plain text, never markup', () => {
    const [esbjerg, report] = feed.items;
    expect(esbjerg!.title).toBe('Nyt servicecenter i Esbjerg & 40 nye job');
    expect(esbjerg!.summary).toBe('Vi åbner et servicecenter i Esbjerg.\nDet giver 40 nye job i byen.');
    expect(esbjerg!.content_text).toContain('Læs mere »');
    expect(report!.summary).toBe('Vores rapport for 2026 ’er klar… Læs den på nordvind.example.');
    for (const item of feed.items) {
      for (const text of [item.title, item.summary, item.content_text]) expect(text ?? '').not.toMatch(MARKUP);
      expect(item.summary ?? '').not.toContain('alert');
    }
  });

  it('reads guid, pubDate or dc:date, categories and https images only', () => {
    const [esbjerg, report, podcast] = feed.items;
    expect(esbjerg!.id).toBe('nv-2026-118');
    expect(esbjerg!.date_published).toBe('2026-11-24T07:00:00.000Z');
    expect(report!.date_published).toBe('2026-11-20T08:00:00.000Z');
    expect(esbjerg!.tags).toEqual(['Job', 'Esbjerg']);
    expect(esbjerg!.image).toBe('https://cdn.nordvind.example/esbjerg.jpg');
    expect(report!.image).toBe('https://cdn.nordvind.example/rapport.png');
    // An audio enclosure is not an image; an http image is dropped, the item is kept.
    expect(podcast!.image).toBeUndefined();
  });

  it('becomes a suggestion with title, link, short summary and the own-words starting text', () => {
    const suggestion = toSuggestion(feed.items[0]!, feed, 'da');
    expect(suggestion).toMatchObject({
      title: 'Nyt servicecenter i Esbjerg & 40 nye job',
      url: 'https://www.nordvind.example/nyheder/servicecenter-esbjerg',
      topics: ['Job', 'Esbjerg'],
      language: 'da',
      prompts: [],
    });
    expect(suggestion.trackedUrl).toMatch(/^https:\/\/www\.nordvind\.example\/nyheder\/servicecenter-esbjerg\?utm_/);
    expect(suggestion.variants).toHaveLength(1);
    expect(suggestion.variants[0]!.text).toBe(`${suggestion.title}\n\n${feed.items[0]!.summary}`);
  });
});

describe('a plain feed (no _advocacy, the common case on day one)', () => {
  it('runs reminders and draft checks on the built-in defaults, every feature on', () => {
    const feed = ok(parseFeedDocument(fixture('rss-newsroom.xml')));
    expect(toPolicy(feed)).toBeNull();
    expect(remindersFor(toPolicy(feed))).toBe(BUILT_IN_REMINDERS);
    expect(toRules(feed)).toMatchObject({
      similarityThreshold: DEFAULT_GUIDELINE_PARAMS.similarityThreshold,
      maxHashtags: DEFAULT_GUIDELINE_PARAMS.maxHashtags,
      utm: DEFAULT_GUIDELINE_PARAMS.utm,
    });
    expect(toFeatures(feed)).toEqual({ panel: true, reminders: true, draftChecks: true });
  });
});

describe('Atom 1.0', () => {
  const result = parseFeedDocument(fixture('atom-blog.xml'), { contentType: 'text/plain' });
  const feed = ok(result);

  it('is recognised from the content even when served as text/plain', () => {
    expect(result.format).toBe('Atom 1.0');
    expect(feed.envelope).toMatchObject({
      title: 'Nordvind Engineering Blog',
      home_page_url: 'https://blog.nordvind.example/',
      language: 'en',
    });
  });

  it('resolves relative links against xml:base, reads html, xhtml and text constructs as plain text', () => {
    const [twin, blades] = feed.items;
    expect(twin).toMatchObject({
      url: 'https://blog.nordvind.example/posts/digital-twin.html',
      title: 'Digital twins & the real turbine',
      summary: 'How a digital twin cut downtime by 12 %.',
      content_text: 'How a digital twin cut downtime.',
      image: 'https://blog.nordvind.example/images/twin.jpg',
      date_published: '2026-11-06T08:00:00.000Z',
      tags: ['Innovation'],
    });
    expect(blades).toMatchObject({
      url: 'https://blog.nordvind.example/posts/blades-2.html',
      summary: 'Glass fibre gets a second life…',
    });
    expect(blades!.date_published).toBe('2026-11-18T10:00:00.000Z');
  });
});

describe('JSON Feed 1.0 and 1.1', () => {
  it('keeps an https item whose external_url, author and attachments are http (fields we never use)', () => {
    const result = parseFeedDocument(fixture('jsonfeed-1.0-linkblog.json'));
    const feed = ok(result);
    expect(result.format).toBe('JSON Feed 1.0');
    expect(result.skipped).toEqual([]);
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]!.external_url).toBeUndefined();
    expect(feed.items[0]!.content_text).toBe('Worth your time — the report.');
    // An http home page and feed_url are ignored with a warning, not fatal.
    expect(result.warnings).toEqual([
      'home_page_url: must be an https: link (ignored)',
      'feed_url: must be an https: link (ignored)',
    ]);
    // A numeric id and a title-less microblog post both work.
    expect(feed.items[1]!.id).toBe('42');
    expect(toSuggestion(feed.items[1]!, feed, 'en').title).toBe(
      'A microblog post with no title, only text about wind power in the North Sea.',
    );
    const long = { ...feed.items[1]!, summary: 'word '.repeat(40).trim() };
    expect(toSuggestion(long, feed, 'en').title).toMatch(/^(word ){14}word…$/);
  });

  it('resolves a relative image against the item link, drops a non-https one, shortens a long summary', () => {
    const result = parseFeedDocument(fixture('jsonfeed-1.1-blog.json'));
    const feed = ok(result);
    expect(result.format).toBe('JSON Feed 1.1');
    const [graduates, apprentices] = feed.items;
    expect(graduates!.image).toBe('https://careers.nordvind.example/graduates/images/cohort.jpg');
    expect(apprentices!.image).toBeUndefined();
    expect(graduates!.summary!.length).toBeLessThanOrEqual(LIMITS.summary);
    expect(graduates!.summary).toMatch(/\S…$/);
    expect(graduates!.tags).toEqual(['careers', 'graduates']);
    expect(toSuggestion(apprentices!, feed, 'en').summary).toBe('We take on 30 apprentices every year.');
  });

  it('keeps the newest 500 of more items, with a warning', () => {
    const items = Array.from({ length: 520 }, (_, i) => ({
      id: `n${i}`,
      url: `https://news.example.com/${i}`,
      title: `News ${i}`,
      date_published: new Date(Date.UTC(2026, 0, 1) + i * 3600_000).toISOString(),
    }));
    const result = parseFeedDocument(
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Many', items }),
    );
    const feed = ok(result);
    expect(feed.items).toHaveLength(500);
    expect(feed.items.map((item) => item.id)).not.toContain('n19');
    expect(feed.items.map((item) => item.id)).toContain('n20');
    expect(result.warnings).toEqual(['The feed has 520 usable items; the newest 500 are kept.']);
  });

  it('keeps the byte cap with its clear message', () => {
    const result = parseFeedDocument(' '.repeat(LIMITS.bytes + 1));
    expect(result).toMatchObject({ ok: false, problems: ['The feed is too large (over 2 MB).'] });
  });
});

describe('one set of limits for feed and messages', () => {
  it('every suggestion title the feed accepts can be recorded as a share', () => {
    const longTitle = { da: 'ord '.repeat(1500).trim() };
    const json = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'x',
      items: [
        {
          id: 'a',
          url: 'https://x.example.com/a',
          title: 'y'.repeat(5000),
          _advocacy: { title: longTitle, campaign: 'c'.repeat(LIMITS.campaign) },
        },
      ],
    };
    const feed = ok(parseFeedDocument(JSON.stringify(json)));
    const suggestion = toSuggestion(feed.items[0]!, feed, 'da');
    const share = shareEventSchema.safeParse({
      id: 'share_limits01',
      at: '2026-11-26T10:00:00Z',
      kind: 'post',
      suggestionId: suggestion.id,
      suggestionTitle: suggestion.title,
      campaign: suggestion.campaign,
      language: feed.items[0]!.language ?? null,
      changedRatio: 0,
      postUrl: null,
      sourceUrl: suggestion.url,
    });
    expect(share.success).toBe(true);
    expect(suggestion.title.endsWith('…')).toBe(true);
  });
});

describe('nothing usable is an error', () => {
  it.each([
    [
      'RSS',
      '<rss version="2.0"><channel><title>T</title><item><title>a</title><link>http://x.example/a</link></item><item><title>b</title><link>http://x.example/b</link></item></channel></rss>',
      'None of the 2 items has an https link.',
    ],
    ['Atom', '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>', 'The feed has no items.'],
    [
      'JSON Feed',
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1',
        title: 'T',
        items: [{ id: '1', url: 'http://x.example/1' }],
      }),
      'The feed’s only item has no https link.',
    ],
  ])('%s', (_name, text, message) => {
    const result = parseFeedDocument(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toBe(message);
  });

  // Issue 24: RSS 1.0 is read now (tests/unit/feed-charsets.test.ts); an RDF document without a
  // channel is still explained.
  it('explains XML that is not a feed, and RDF without a channel', () => {
    expect(parseFeedDocument('<note><to>x</to></note>')).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('not a feed')],
    });
    expect(parseFeedDocument('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>')).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('<channel>')],
    });
  });
});

describe('hostile and malformed input', () => {
  it('does not expand DTD entities (no "billion laughs")', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss version="2.0"><channel><title>&b;</title><item><title>&b;</title><link>https://x.example/a</link></item></channel></rss>`;
    const result = parseFeedDocument(bomb);
    if (result.ok) expect(result.feed.items[0]!.title!.length).toBeLessThan(50);
    else expect(result.problems[0]).toBeTruthy();
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const text = new TextDecoder().decode(bytes);
        const result = parseFeedDocument(text);
        expect(typeof result.ok).toBe('boolean');
        expect(() => parseFeedDocument(`<rss version="2.0"><channel>${text}</channel></rss>`)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary XML, and what it keeps has an https link and no markup', () => {
    const name = fc.constantFrom(
      'item',
      'entry',
      'title',
      'link',
      'description',
      'content:encoded',
      'guid',
      'pubDate',
      'category',
      'enclosure',
      'summary',
      'p',
      'script',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        'https://x.example/a',
        'http://x.example/b',
        '/rel',
        '&amp;',
        '&nbsp;',
        '<![CDATA[<b>x</b>]]>',
        '&lt;p&gt;',
        'Tue, 24 Nov 2026 08:00:00 +0100',
      ),
    );
    const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        fc
          .tuple(name, fc.array(tie('node'), { maxLength: 4 }))
          .map(
            ([tag, kids]) =>
              `<${tag}${tag === 'enclosure' ? ' url="https://x.example/i.jpg" type="image/jpeg"' : ''}>${kids.join('')}</${tag}>`,
          ),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(node, { maxLength: 6 }), fc.boolean(), (nodes, atom) => {
        const body = nodes.join('');
        const doc = atom
          ? `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>${body}</feed>`
          : `<rss version="2.0"><channel><title>T</title>${body}</channel></rss>`;
        const result = parseFeedDocument(doc);
        if (!result.ok) return;
        for (const item of result.feed.items) {
          expect(item.url ?? item.external_url).toMatch(/^https:\/\//);
          expect(item.title ?? '').not.toMatch(/<\/?[a-z][^>]*>/i);
          expect(item.summary ?? '').not.toMatch(/<\/?[a-z][^>]*>/i);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('plain-text helpers', () => {
  it('shortens at a word boundary with "…" and never beyond the limit', () => {
    expect(truncateAtWord('one two three four', 12)).toBe('one two…');
    expect(truncateAtWord('short', 12)).toBe('short');
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 300 }), (text, max) => {
        const out = truncateAtWord(text, max);
        expect(out.length).toBeLessThanOrEqual(Math.max(max, 1));
        if (text.length > max) expect(out.endsWith('…')).toBe(true);
      }),
    );
  });

  it('drops script and style content and keeps paragraphs', () => {
    expect(htmlToText('<style>p{}</style><p>a &amp; b</p><p>c<br>d</p><script>x()</script>')).toBe('a & b\nc\nd');
  });
});

describe('the demo feed does not depend on today', () => {
  const demo = readFileSync('public/demo-feed.json', 'utf8');
  const currentAt = (now: Date) => {
    const feed = ok(parseFeedDocument(rebaseDemoFeed(demo, now)));
    return feed.items.filter((item) => isCurrent(item, now)).map((item) => item.id);
  };

  it('shows the same suggestions two years from now as on the day it was written for', () => {
    const written = currentAt(new Date('2026-11-26T10:00:00Z'));
    expect(written.length).toBeGreaterThanOrEqual(10);
    expect(currentAt(new Date('2028-11-26T10:00:00Z'))).toEqual(written);
    expect(currentAt(new Date('2031-06-30T23:00:00Z'))).toEqual(written);
  });
});
