/**
 * Issue 24: real Danish newsrooms. Character sets (BOM → Content-Type charset → XML declaration,
 * the same in the worker's fetch, the studio and feed:check), the feed's own language, RSS 1.0,
 * and finding the feed from a homepage.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFeedCommand as checkFeed } from '@/lib/node/feed/cli';
import { decodeFeedBytes } from '@/lib/shared/feed/decode';
import { discoverFeeds, looksLikeHtml } from '@/lib/shared/feed/discover';
import { fetchFeed } from '@/lib/shared/feed/fetch';
import { testFeedUrl } from '@/lib/worker/feed/handlers';
import { parseFeedDocument } from '@/lib/shared/feed/validate';
import { fillFromNewsroom, importItems } from '@/lib/pages/studio/import-items';
import { newFeedTemplate } from '@/lib/pages/studio/template';

const fixture = (name: string) => readFileSync(`tests/fixtures/feeds/${name}`);
const text = (result: ReturnType<typeof decodeFeedBytes>) =>
  result.ok ? result.text : `(failed: ${result.problem.code})`;
const encode1252 = (value: string) =>
  Uint8Array.from(
    [...value].map((char) => ({ '€': 0x80, '“': 0x93, '”': 0x94, '–': 0x96 })[char] ?? char.charCodeAt(0)),
  );

function serve(body: Uint8Array | string, contentType: string): typeof fetch {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return async () => new Response(copy, { headers: { 'content-type': contentType } });
}

describe('decoding a feed', () => {
  it('reads the XML declaration: ISO-8859-1 (Søndergård, not S�nderg�rd)', () => {
    const result = decodeFeedBytes(fixture('rss-latin1-newsroom.xml'));
    expect(result).toMatchObject({ ok: true, encoding: 'windows-1252' });
    expect(text(result)).toContain('<title>Søndergård Rådgivning</title>');
    expect(text(result)).not.toContain('\uFFFD');
  });

  it('reads Windows-1252’s curly quotes, dashes and euro sign (0x80–0x9F)', () => {
    const result = text(decodeFeedBytes(fixture('rss-windows1252.xml')));
    expect(result).toContain('“Vi bygger 200 boliger” – Fjordbyg vinder udbud');
    expect(result).toContain('310 mio. €');
  });

  it('reads ISO-8859-15 with its euro sign, and UTF-16 by its byte-order mark', () => {
    const latin9 = Uint8Array.from(
      [...'<?xml version="1.0" encoding="ISO-8859-15"?><a>'].map((c) => c.charCodeAt(0)).concat([0xa4, 0xe6]),
    );
    expect(text(decodeFeedBytes(latin9))).toContain('<a>€æ');
    expect(text(decodeFeedBytes(fixture('atom-utf16.xml')))).toContain('<title>Ny kaj i Frederikshavn åbner</title>');
    const be = new Uint8Array([0xfe, 0xff, 0, 0x3c, 0, 0x61, 0, 0xe6, 0, 0x3e]);
    expect(text(decodeFeedBytes(be))).toBe('<aæ>');
  });

  it('puts the BOM before the Content-Type, and the Content-Type before the declaration', () => {
    const utf8 = new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><t>Søndergård</t>');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(text(decodeFeedBytes(withBom, 'text/xml; charset=iso-8859-1'))).toContain('<t>Søndergård</t>');
    expect(text(decodeFeedBytes(utf8, 'application/rss+xml; charset="UTF-8"'))).toContain('<t>Søndergård</t>');
    const latin1 = encode1252('<?xml version="1.0" encoding="UTF-8"?><t>S\u00f8nderg\u00e5rd</t>');
    expect(text(decodeFeedBytes(latin1, 'text/xml; charset=ISO-8859-1'))).toContain('<t>Søndergård</t>');
  });

  it('reads JSON as UTF-8 whatever the header says, and tolerates a BOM', () => {
    const json = new TextEncoder().encode('{"title":"Søndergård"}');
    expect(text(decodeFeedBytes(json, 'application/json; charset=iso-8859-1'))).toBe('{"title":"Søndergård"}');
    expect(text(decodeFeedBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...json])))).toBe('{"title":"Søndergård"}');
  });

  it('names an encoding it cannot read, and refuses bytes that are not what the feed declares', () => {
    const koi8 = new TextEncoder().encode('<?xml version="1.0" encoding="KOI8-R"?><rss/>');
    expect(decodeFeedBytes(koi8)).toEqual({
      ok: false,
      problem: { code: 'encoding-unsupported', params: { encoding: 'koi8-r' } },
    });
    expect(decodeFeedBytes(koi8, 'text/xml; charset=shift_jis')).toMatchObject({
      ok: false,
      problem: { params: { encoding: 'shift_jis' } },
    });
    const lying = encode1252('<?xml version="1.0" encoding="UTF-8"?><t>S\u00f8nderg\u00e5rd</t>');
    expect(decodeFeedBytes(lying)).toMatchObject({ ok: false, problem: { code: 'encoding-invalid' } });
  });

  it('reads undeclared bytes as UTF-8, and as Windows-1252 only when they are not UTF-8', () => {
    expect(text(decodeFeedBytes(new TextEncoder().encode('<rss>Århus</rss>')))).toBe('<rss>Århus</rss>');
    expect(text(decodeFeedBytes(encode1252('<rss>\u00c5rhus – €</rss>')))).toBe('<rss>Århus – €</rss>');
  });
});

describe('the one fetcher decodes as it reads', () => {
  it('decodes a Latin-1 download by its XML declaration, and by a charset the server sends', async () => {
    const outcome = await fetchFeed('https://www.sondergaard-raadgivning.example/feed.rss', {
      fetchImpl: serve(fixture('rss-latin1-newsroom.xml'), 'application/rss+xml'),
    });
    expect(outcome).toMatchObject({ kind: 'ok', encoding: 'windows-1252' });
    if (outcome.kind === 'ok') expect(outcome.text).toContain('Søndergård Rådgivning');
    const declared = await fetchFeed('https://x.example/feed.rss', {
      fetchImpl: serve(
        encode1252('<rss><channel><title>S\u00f8ndergård</title></channel></rss>'),
        'text/xml; charset=windows-1252',
      ),
    });
    if (declared.kind === 'ok') expect(declared.text).toContain('Søndergård');
    else expect.fail(JSON.stringify(declared));
  });

  it('is a clear error for a character set it cannot read', async () => {
    const outcome = await fetchFeed('https://x.example/feed.rss', {
      fetchImpl: serve('<rss/>', 'application/rss+xml; charset=big5'),
    });
    expect(outcome).toMatchObject({
      kind: 'error',
      problem: { code: 'encoding-unsupported', params: { encoding: 'big5' } },
    });
  });

  it('finds the feeds of a homepage when asked (options, studio), and refuses a page otherwise (the sync)', async () => {
    const page = serve(fixture('newsroom-home.html'), 'text/html');
    const found = await fetchFeed('https://www.sondergaard-raadgivning.example/', { fetchImpl: page, discover: true });
    expect(found).toMatchObject({ kind: 'page' });
    if (found.kind === 'page') expect(found.feeds[0]!.title).toBe('Søndergård Rådgivning » Nyheder');
    expect(await fetchFeed('https://www.sondergaard-raadgivning.example/', { fetchImpl: page })).toMatchObject({
      kind: 'error',
      problem: { code: 'web-page' },
    });
  });
});

describe('“Test and save” in the worker', () => {
  it('answers a homepage with its feeds, a page without one with a code, a feed with codes', async () => {
    const home = await testFeedUrl(
      'https://www.sondergaard-raadgivning.example/',
      serve(fixture('newsroom-home.html'), 'text/html'),
    );
    expect(home).toMatchObject({ ok: false, pageUrl: 'https://www.sondergaard-raadgivning.example/', problems: [] });
    expect(home.discovered?.map((feed) => feed.format)).toEqual(['RSS', 'Atom', 'JSON Feed']);
    const bare = await testFeedUrl('https://fjordbyg.example/', serve(fixture('home-without-feed.html'), 'text/html'));
    expect(bare).toMatchObject({ ok: false, discovered: [], problems: [{ code: 'no-feed-on-page' }] });
    const feed = await testFeedUrl(
      'https://x.example/feed.rss',
      serve(fixture('rss-latin1-newsroom.xml'), 'application/rss+xml'),
    );
    expect(feed).toMatchObject({
      ok: true,
      title: 'Søndergård Rådgivning',
      itemCount: 3,
      languages: ['da'],
      problems: [],
    });
  });
});

describe('finding the feed from a homepage', () => {
  it('lists the alternate RSS, Atom and JSON Feed links, resolved, in order, once each, https only', () => {
    const html = text(decodeFeedBytes(fixture('newsroom-home.html'), 'text/html'));
    expect(discoverFeeds(html, 'https://www.sondergaard-raadgivning.example/om-os')).toEqual([
      {
        url: 'https://www.sondergaard-raadgivning.example/nyheder/feed.rss',
        title: 'Søndergård Rådgivning » Nyheder',
        format: 'RSS',
      },
      {
        url: 'https://www.sondergaard-raadgivning.example/presse/atom.xml',
        title: 'Pressemeddelelser',
        format: 'Atom',
      },
      {
        url: 'https://www.sondergaard-raadgivning.example/nyheder/feed.json',
        title: 'Nyheder (JSON)',
        format: 'JSON Feed',
      },
    ]);
  });

  it('finds nothing on a page without feed links, and tells a page from a feed', () => {
    const html = readFileSync('tests/fixtures/feeds/home-without-feed.html', 'utf8');
    expect(discoverFeeds(html, 'https://fjordbyg.example/')).toEqual([]);
    expect(looksLikeHtml(html)).toBe(true);
    expect(looksLikeHtml(readFileSync('tests/fixtures/feeds/rss-newsroom.xml', 'utf8'))).toBe(false);
  });
});

describe('the feed’s own language and RSS 1.0', () => {
  it('gives items the feed’s language: RSS language (da-dk), Atom xml:lang on the feed or the entry', () => {
    const rss = parseFeedDocument(text(decodeFeedBytes(fixture('rss-latin1-newsroom.xml'))));
    expect(rss.ok && rss.feed.items.map((item) => item.language)).toEqual(['da-dk', 'da-dk', 'da-dk']);
    const atom = parseFeedDocument(text(decodeFeedBytes(fixture('atom-utf16.xml'))));
    expect(atom.ok && atom.feed.items.map((item) => item.language)).toEqual(['da', 'en']);
    const json = parseFeedDocument(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Nyheder',
        language: 'da-DK',
        items: [
          { id: '1', url: 'https://x.example/1', title: 'Et' },
          { id: '2', url: 'https://x.example/2', title: 'Two', language: 'en' },
        ],
      }),
    );
    expect(json.ok && json.feed.items.map((item) => item.language)).toEqual(['da-DK', 'en']);
  });

  it('reads RSS 1.0 (RDF) like the other formats', () => {
    const result = parseFeedDocument(fixture('rss-1.0-rdf.xml').toString('utf8'));
    expect(result).toMatchObject({ ok: true, format: 'RSS 1.0' });
    if (!result.ok) return;
    expect(result.feed.envelope).toMatchObject({ title: 'Kommunens nyheder', language: 'da' });
    expect(result.feed.items.map((item) => [item.id, item.url, item.language, item.date_published])).toEqual([
      [
        'https://kommune.example/nyheder/cykelsti',
        'https://kommune.example/nyheder/cykelsti',
        'da',
        '2026-11-23T08:00:00.000Z',
      ],
      [
        'https://kommune.example/nyheder/bibliotek',
        'https://kommune.example/nyheder/bibliotek',
        'da',
        '2026-11-21T13:00:00.000Z',
      ],
    ]);
    expect(result.feed.items[0]!.tags).toEqual(['Trafik']);
  });
});

describe('feed:check', () => {
  it('reads a Latin-1 file and states its language', async () => {
    const { code, lines } = await checkFeed('tests/fixtures/feeds/rss-latin1-newsroom.xml');
    expect(code).toBe(0);
    expect(lines[0]).toBe('ok: RSS 2.0, 3 items — "Søndergård Rådgivning" (plain feed, no _advocacy)');
    expect(lines).toContain('languages: da');
  });

  it('reads UTF-16 and RSS 1.0 files', async () => {
    expect((await checkFeed('tests/fixtures/feeds/atom-utf16.xml')).lines).toContain('languages: da, en');
    expect((await checkFeed('tests/fixtures/feeds/rss-1.0-rdf.xml')).lines[0]).toMatch(/^ok: RSS 1\.0, 2 items/);
  });
});

describe('the studio’s import fills what the newsroom says', () => {
  it('takes the organization’s name, website and language, and keeps what the team wrote', () => {
    const source = text(decodeFeedBytes(fixture('rss-latin1-newsroom.xml')));
    const result = importItems(source, newFeedTemplate());
    expect(result).toMatchObject({
      ok: true,
      facts: { name: 'Søndergård Rådgivning', website: 'https://www.sondergaard-raadgivning.example/', language: 'da' },
    });
    if (!result.ok) return;
    expect(result.items.map((item) => item.language)).toEqual(['da', 'da', 'da']);
    const filled = fillFromNewsroom(newFeedTemplate(), result.facts);
    expect(filled).toMatchObject({
      home_page_url: 'https://www.sondergaard-raadgivning.example/',
      language: 'da',
      _advocacy: { organization: { name: 'Søndergård Rådgivning', domains: ['sondergaard-raadgivning.example'] } },
    });
    const named = { ...newFeedTemplate(), language: 'en', _advocacy: { organization: { name: 'Søndergård A/S' } } };
    expect(fillFromNewsroom(named, result.facts)).toMatchObject({
      language: 'en',
      _advocacy: { organization: { name: 'Søndergård A/S' } },
    });
  });
});
