/** The Feed studio's pure logic: serialisation, undo history, template, import, checks, preview, publish. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { JOURNAL_KEY, journalDraft, loadDraft, saveDraft } from '@/lib/pages/studio/autosave';
import { formatPath, validateFeed } from '@/lib/shared/feed/validate';
import { POLICY_TOPICS } from '@/lib/shared/guidelines/types';
import { BUILT_IN_REMINDERS } from '@/lib/shared/guidelines/reminders';
import { checkFeed, checkFeedSliced, SIMILAR_VARIANTS } from '@/lib/pages/studio/checks';
import { fetchFeed } from '@/lib/shared/feed/fetch';
import { commit, createHistory, HISTORY_LIMIT, redo, undo } from '@/lib/pages/studio/history';
import { importItems } from '@/lib/pages/studio/import-items';
import { getIn, pathKey, setIn, type JsonObject, type StudioFeed } from '@/lib/pages/studio/path';
import { previewFeed, previewItem, previewText } from '@/lib/pages/studio/preview';
import { CHROME_STORE_UPDATE_URL, EDGE_STORE_UPDATE_URL, GECKO_ID, policySnippets } from '@/lib/pages/studio/publish';
import { parseXml } from '@rgrove/parse-xml';
import { canonical, openFeedText, serializeFeed } from '@/lib/pages/studio/serialize';
import { duplicateItem, newFeedTemplate, newItem } from '@/lib/pages/studio/template';
import { textSimilarity } from '@/lib/shared/text/similarity';
import { composeInsertText } from '@/lib/shared/panel/post-text';
import { studio as studioDa } from '@/lib/pages/i18n/locales/da/studio';
import { studio as studioEn } from '@/lib/pages/i18n/locales/en/studio';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = readFileSync(resolve(ROOT, 'public/demo-feed.json'), 'utf8');
const NEWSROOM = readFileSync(resolve(ROOT, 'tests/fixtures/newsroom-feed.json'), 'utf8');
const NOW = Date.parse('2026-12-01T12:00:00Z');

/** A valid feed with one item, to vary in each test. */
function feedWith(item: JsonObject, advocacy: JsonObject = {}): StudioFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'News',
    _advocacy: { organization: { name: 'Havbro Vind' }, ...advocacy },
    items: [item],
  };
}

const GOOD_ITEM: JsonObject = {
  id: 'crane',
  url: 'https://news.havbro.example/crane',
  _advocacy: {
    campaign: 'crane-2026',
    variants: [
      { language: 'da', text: 'Vores nye elektriske havnekran i Grenaa løfter vinger uden diesel.' },
      { language: 'en', text: 'Our new electric harbour crane lifts blades without diesel.' },
    ],
  },
};

function problemsAt(feed: StudioFeed, path: string) {
  return checkFeed(feed, NOW).byPath.get(path) ?? [];
}

describe('feed.json serialisation', () => {
  it('is byte-identical after opening and saving again (the demo feed and any re-ordered copy of it)', () => {
    const opened = openFeedText(DEMO);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const once = serializeFeed(opened.feed);
    const again = openFeedText(once);
    expect(again.ok && serializeFeed(again.feed)).toBe(once);
    // Key order in the source does not matter: a reversed copy gives the same bytes.
    const reverse = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverse)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reverse(v)]),
            )
          : value;
    const reversed = openFeedText(JSON.stringify(reverse(JSON.parse(DEMO))));
    expect(reversed.ok && serializeFeed(reversed.feed)).toBe(once);
    // And nothing the feed says is lost: the extension reads the same feed.
    const before = validateFeed(JSON.parse(DEMO));
    const after = validateFeed(JSON.parse(once));
    expect(after).toEqual(before);
  });

  it('writes a fixed layout: JSON Feed keys first, two spaces, one final newline, no empty fields', () => {
    const text = serializeFeed({
      items: [{ _advocacy: { audiences: [] }, title: '', id: 'a' }],
      title: 'T',
      version: 'v',
    });
    expect(text).toBe('{\n  "version": "v",\n  "title": "T",\n  "items": [\n    {\n      "id": "a"\n    }\n  ]\n}\n');
    // Switched-off features are kept (false is a value, not an empty field).
    expect(serializeFeed(feedWith(GOOD_ITEM, { features: { panel: false } }))).toContain('"panel": false');
  });

  it('is idempotent for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const once = canonical({ items: [], extra: value });
        expect(canonical(once)).toEqual(once);
      }),
    );
  });

  it('says plainly when a file is not a feed, and keeps invalid fields of one that is', () => {
    expect(openFeedText('{nope')).toMatchObject({ ok: false, problem: 'json' });
    expect(openFeedText('[1,2]')).toMatchObject({ ok: false, problem: 'not-feed' });
    expect(openFeedText('{"title":"x"}')).toMatchObject({ ok: false, problem: 'not-feed' });
    const opened = openFeedText('{"version":"nope","items":[{"id":"a","url":"http://insecure"}]}');
    expect(opened.ok && opened.feed.items[0]!.url).toBe('http://insecure');
  });
});

describe('undo history', () => {
  it('undoes and redoes every step; typing in one field within a second is one step', () => {
    let history = createHistory('a');
    history = commit(history, 'ab', 'title', 1000);
    history = commit(history, 'abc', 'title', 1500);
    history = commit(history, 'abc!', 'summary', 1600);
    expect(history.past).toEqual(['a', 'abc']);
    history = undo(history);
    expect(history.present).toBe('abc');
    history = undo(history);
    expect(history.present).toBe('a');
    expect(undo(history)).toBe(history);
    history = redo(redo(history));
    expect(history.present).toBe('abc!');
    // Typing again later in the same field is a new step; a new change clears redo.
    history = commit(undo(history), 'abcd', 'title', 5000);
    expect(history.future).toEqual([]);
    expect(commit(history, 'abcde', 'title', 7000).past.at(-1)).toBe('abcd');
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let history = createHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 50; i++) history = commit(history, i);
    expect(history.past).toHaveLength(HISTORY_LIMIT);
  });
});

describe('paths', () => {
  it('sets immutably, creates what is missing and removes emptied keys', () => {
    const feed = feedWith(GOOD_ITEM);
    const next = setIn(feed, ['items', 0, '_advocacy', 'campaign'], undefined);
    expect(getIn(next, ['items', 0, '_advocacy', 'campaign'])).toBeUndefined();
    expect('campaign' in (next.items[0]!._advocacy as JsonObject)).toBe(false);
    expect(getIn(feed, ['items', 0, '_advocacy', 'campaign'])).toBe('crane-2026');
    expect(next._advocacy).toBe(feed._advocacy);
    const created = setIn(feed, ['_advocacy', 'rules', 'confidential_terms'], ['Project X']);
    expect(getIn(created, ['_advocacy', 'rules', 'confidential_terms'])).toEqual(['Project X']);
  });

  it('names a field as the extension’s own validation does (the studio keeps its own copy, without zod)', () => {
    expect(pathKey(['items', 3, '_advocacy', 'variants', 0, 'text'])).toBe('items[3]._advocacy.variants[0].text');
    expect(pathKey([])).toBe('(feed)');
    expect(pathKey([2, 'id'])).toBe('[2].id');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.nat())), (path) => {
        expect(pathKey(path)).toBe(formatPath(path));
      }),
    );
  });
});

describe('the template', () => {
  it('holds the five reminder topics with the built-in Danish and English texts, and asks for the name', () => {
    const feed = newFeedTemplate();
    const reminders = getIn(feed, ['_advocacy', 'policy', 'reminders']) as { topic: string; text: object }[];
    expect(reminders.map((r) => r.topic)).toEqual([...POLICY_TOPICS]);
    expect(reminders.map((r) => r.text)).toEqual(BUILT_IN_REMINDERS.map((r) => r.text));
    const checks = checkFeed(feed, NOW);
    expect(checks.problems.filter((p) => p.severity === 'error').map((p) => [p.path, p.key])).toEqual([
      ['_advocacy.organization.name', 'empty'],
    ]);
    const named = setIn(feed, ['_advocacy', 'organization', 'name'], 'Havbro Vind');
    expect(checkFeed(named, NOW).errors).toBe(0);
    // The extension refuses a feed with nothing to suggest: with one item, the file is a valid feed.
    expect(validateFeed(JSON.parse(serializeFeed(named))).ok).toBe(false);
    const withItem = setIn(
      named,
      ['items'],
      [
        {
          ...newItem(new Set(), new Date(NOW)),
          title: 'Our new harbour crane',
          url: 'https://www.havbro.example/crane',
        },
      ],
    );
    expect(validateFeed(JSON.parse(serializeFeed(withItem))).ok).toBe(true);
  });

  it('gives new and duplicated items ids of their own', () => {
    const first = newItem(new Set(), new Date(NOW));
    const second = newItem(new Set([first.id as string]), new Date(NOW));
    expect(second.id).not.toBe(first.id);
    const copy = duplicateItem(GOOD_ITEM, new Set(['crane', 'crane-copy']));
    expect(copy.id).toBe('crane-copy-2');
    expect(copy._advocacy).toEqual(GOOD_ITEM._advocacy);
    expect(copy._advocacy).not.toBe(GOOD_ITEM._advocacy);
  });
});

describe('import from a feed address', () => {
  it('takes the newsroom items that are not there yet, with the newsroom’s language', () => {
    const feed = newFeedTemplate();
    const result = importItems(NEWSROOM, feed);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.items.map((item) => item.title)).toEqual([
      'Havbro Vind installs its first electric harbour crane in Grenaa',
      'Twelve new apprentices start at the blade workshop',
    ]);
    expect(result.items.every((item) => item.language === 'en')).toBe(true);
    const again = importItems(NEWSROOM, { ...feed, items: result.items });
    expect(again).toMatchObject({ ok: true, items: [], alreadyThere: 2 });
  });

  it('reads the same newsroom from RSS 2.0 (the format most newsrooms publish)', () => {
    const rss = readFileSync(resolve(ROOT, 'tests/fixtures/newsroom.rss'), 'utf8');
    const result = importItems(rss, newFeedTemplate());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.items.map((item) => item.title)).toEqual([
      'Havbro Vind installs its first electric harbour crane in Grenaa',
      'Twelve new apprentices start at the blade workshop',
    ]);
    // Plain text, never markup, and the link a person would share is https.
    expect(result.items.every((item) => typeof item.summary === 'string' && !/[<>]/.test(item.summary))).toBe(true);
    expect(result.items.every((item) => typeof item.url === 'string' && item.url.startsWith('https://'))).toBe(true);
  });

  it('says what is wrong with what it cannot read', () => {
    const empty = importItems(
      '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
      newFeedTemplate(),
    );
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.problems.join(' ')).toMatch(/item/i);
    const bad = importItems('{"version":"x","items":[]}', newFeedTemplate());
    expect(bad.ok).toBe(false);
  });
});

describe('checks while editing', () => {
  it('has nothing to say about a complete item', () => {
    expect(checkFeed(feedWith(GOOD_ITEM), NOW).problems).toEqual([]);
  });

  it('reports schema errors at their field, in the keys the form translates', () => {
    const item = { ...GOOD_ITEM, url: 'http://news.havbro.example/crane', _advocacy: { campaign: 'crane 2026' } };
    const feed = feedWith(item);
    expect(problemsAt(feed, 'items[0].url').map((p) => [p.severity, p.key])).toContainEqual(['error', 'https']);
    expect(problemsAt(feed, 'items[0]._advocacy.campaign').map((p) => p.key)).toEqual(['slug']);
    // The item without any text at all.
    expect(problemsAt(feedWith({ id: 'x' }), 'items[0]').map((p) => p.key)).toContain('needsContent');
    // An item the extension would skip (no https link, no suggested text) cannot be downloaded.
    const withoutLink = { id: 'crane', title: 'Our new harbour crane', _advocacy: { campaign: 'crane-2026' } };
    expect(problemsAt(feedWith(withoutLink), 'items[0].url').map((p) => [p.severity, p.key])).toEqual([
      ['error', 'needsLink'],
    ]);
    expect(validateFeed(JSON.parse(serializeFeed(feedWith(withoutLink)))).ok).toBe(false);
    // A post without a link is fine when the feed wrote its text (the extension keeps it too).
    const { url: _url, ...ownText } = GOOD_ITEM;
    expect(problemsAt(feedWith(ownText), 'items[0].url')).toEqual([]);
    expect(validateFeed(JSON.parse(serializeFeed(feedWith(ownText)))).ok).toBe(true);
    const duplicate: StudioFeed = { ...feed, items: [GOOD_ITEM, GOOD_ITEM] };
    expect(problemsAt(duplicate, 'items[1].id').map((p) => p.key)).toEqual(['duplicateId']);
  });

  it('warns when two variants are so alike that colleagues would post near-identical words', () => {
    const a = 'Vi åbner i dag vores nye kontor i Esbjerg med plads til halvtreds kolleger og et stort værksted.';
    const b = 'Vi åbner i dag vores nye kontor i Esbjerg med plads til halvtreds kolleger og et stort lager.';
    expect(textSimilarity(a, b)).toBeGreaterThanOrEqual(SIMILAR_VARIANTS);
    const variants = [
      { language: 'da', text: a },
      { language: 'da', text: b },
      { language: 'en', text: 'Our new office in Esbjerg opens today.' },
    ];
    const feed = feedWith({ ...GOOD_ITEM, _advocacy: { campaign: 'x', variants } });
    const [warning] = problemsAt(feed, 'items[0]._advocacy.variants[1].text');
    expect(warning).toMatchObject({ severity: 'warning', key: 'similarVariants', values: { other: 1 } });
    // Different texts are fine.
    const apart = feedWith({ ...GOOD_ITEM, _advocacy: { campaign: 'x', variants: [variants[0]!, variants[2]!] } });
    expect(checkFeed(apart, NOW).warnings).toBe(0);
  });

  it('warns about a variant with a confidential term, a missing language, a past expiry and a link without campaign', () => {
    const feed = feedWith(
      {
        id: 'n',
        url: 'https://news.havbro.example/n',
        _advocacy: {
          expires: '2026-11-30T00:00:00Z',
          variants: [{ language: 'en', text: 'A first look at Project Tern.' }],
        },
      },
      { rules: { confidential_terms: ['Project Tern'] } },
    );
    const result = checkFeed(feed, NOW);
    expect(result.errors).toBe(0);
    expect(result.problems.map((p) => [p.path, p.key])).toEqual(
      expect.arrayContaining([
        ['items[0]._advocacy.variants[0].text', 'confidential'],
        ['items[0]', 'noDanish'],
        ['items[0]._advocacy.expires', 'expired'],
        ['items[0].url', 'noCampaign'],
      ]),
    );
    expect(result.problems.find((p) => p.key === 'confidential')!.values.term).toBe('Project Tern');
    // A feed-wide campaign counts for the link.
    const withCampaign = setIn(feed, ['_advocacy', 'utm', 'campaign'], 'winter');
    expect(checkFeed(withCampaign, NOW).problems.map((p) => p.key)).not.toContain('noCampaign');
    expect(result.perItem).toEqual([[0, result.warnings]]);
  });

  it('gives the same result in slices that yield to the page, and stops when a newer change came', async () => {
    const feed: StudioFeed = {
      ...feedWith(GOOD_ITEM),
      items: Array.from({ length: 60 }, (_, i) => ({ ...GOOD_ITEM, id: `i${i % 50}` })),
    };
    let yields = 0;
    const sliced = await checkFeedSliced(feed, new AbortController().signal, async () => void yields++, 0, NOW);
    expect(sliced).toEqual(checkFeed(feed, NOW));
    expect(yields).toBeGreaterThan(0);
    const controller = new AbortController();
    controller.abort();
    expect(await checkFeedSliced(feed, controller.signal, async () => undefined, 0, NOW)).toBeNull();
  });

  it('re-checks an edited item, and items whose feed-level rules changed', () => {
    const feed = feedWith(GOOD_ITEM);
    expect(checkFeed(feed, NOW).warnings).toBe(0);
    const edited = setIn(feed, ['items', 0, '_advocacy', 'campaign'], undefined);
    expect(checkFeed(edited, NOW).problems.map((p) => p.key)).toEqual(['noCampaign']);
    const ruled = setIn(feed, ['_advocacy', 'rules', 'confidential_terms'], ['Grenaa']);
    expect(checkFeed(ruled, NOW).problems.map((p) => p.key)).toEqual(['confidential']);
  });
});

describe('preview', () => {
  it('builds the same text Insert puts into the composer, with the campaign link, and finds the fold', () => {
    const feed = feedWith(GOOD_ITEM, { utm: { source: 'linkedin', medium: 'employee-advocacy' } });
    const preview = previewItem(feed, previewFeed(feed), feed.items[0]!, 'da')!;
    expect(preview.suggestion.trackedUrl).toBe(
      'https://news.havbro.example/crane?utm_source=linkedin&utm_medium=employee-advocacy&utm_campaign=crane-2026',
    );
    const long = `${preview.suggestion.variants[0]!.text} ${'Holdet har arbejdet på det i to år, og i dag kører den første løft. '.repeat(3)}`;
    const text = composeInsertText(long, preview.suggestion.trackedUrl, []);
    expect(text).toContain('utm_campaign=crane-2026');
    const { fold, findings } = previewText(text, preview, 'da');
    expect(fold).not.toBeNull();
    expect(findings.map((f) => f.kind)).toContain('fold');
    expect(previewText('Kort.', preview, 'da').fold).toBeNull();
    expect(previewItem(feed, previewFeed(feed), { id: 'x' }, 'da')).toBeNull();
  });
});

describe('how to publish', () => {
  // Issue 29: the snippets became whole policies (install + values); the old test checked the
  // values part only, which each file below still holds.
  const ID = 'abcdefghijklmnopabcdefghijklmnop';
  const FEED = 'https://www.example.com/feed.json';

  it('gives whole policies from the stores: installed for everyone, with the feed address', () => {
    const snippets = policySnippets({ chromeId: ID, geckoId: GECKO_ID, values: { feedUrl: FEED } });
    expect(JSON.parse(snippets.chromeJson)).toEqual({
      ExtensionSettings: { [ID]: { installation_mode: 'force_installed', update_url: CHROME_STORE_UPDATE_URL } },
      '3rdparty': { extensions: { [ID]: { feedUrl: FEED } } },
    });
    expect(JSON.parse(snippets.edgeJson)).toMatchObject({
      ExtensionSettings: { [ID]: { installation_mode: 'force_installed', update_url: EDGE_STORE_UPDATE_URL } },
    });
    expect(JSON.parse(snippets.firefoxPolicies)).toEqual({
      policies: {
        ExtensionSettings: {
          [GECKO_ID]: {
            installation_mode: 'force_installed',
            install_url:
              'https://addons.mozilla.org/firefox/downloads/latest/advocacy-for-linkedin%40advocacy-extension/latest.xpi',
          },
        },
        '3rdparty': { Extensions: { [GECKO_ID]: { feedUrl: FEED } } },
      },
    });
    expect(snippets.chromeRegistry).toContain(
      `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${ID}\\policy]\r\n"feedUrl"="${FEED}"`,
    );
    expect(snippets.chromeRegistry).toContain(
      `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome]\r\n"ExtensionSettings"="{\\"${ID}\\":{\\"installation_mode\\":\\"force_installed\\",\\"update_url\\":\\"${CHROME_STORE_UPDATE_URL}\\"}}"`,
    );
    expect(snippets.edgeRegistry).toContain('Policies\\Microsoft\\Edge\\3rdparty');
    expect(snippets.edgeRegistry).toContain(EDGE_STORE_UPDATE_URL);
    // Every key a policy sets is one the managed schema declares.
    const schema = JSON.parse(readFileSync(resolve(ROOT, 'public/managed_schema.json'), 'utf8')) as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(schema.properties)).toContain('feedUrl');
    // With a collector named in the feed, IT may preset it too (issue 26).
    const withCollector = policySnippets({
      chromeId: 'abcdefghijklmnopabcdefghijklmnop',
      geckoId: GECKO_ID,
      values: { feedUrl: 'https://www.example.com/feed.json', resultsCollector: 'https://results.example.com' },
    });
    expect(JSON.parse(withCollector.chromeJson)['3rdparty'].extensions.abcdefghijklmnopabcdefghijklmnop).toEqual({
      feedUrl: 'https://www.example.com/feed.json',
      resultsCollector: 'https://results.example.com',
    });
    expect(withCollector.chromeRegistry).toContain('"resultsCollector"="https://results.example.com"');
    expect(JSON.parse(withCollector.firefoxPolicies).policies['3rdparty'].Extensions[GECKO_ID].resultsCollector).toBe(
      'https://results.example.com',
    );
    // Issue 26 added `resultsCollector` (where anonymous counts go; it cannot switch anyone's consent on).
    // Issue 29's switches follow the two addresses in the one declaration (lib/shared/settings/managed-keys.ts).
    expect(Object.keys(schema.properties).slice(0, 2)).toEqual(['feedUrl', 'resultsCollector']);
  });

  it('switches features off, installs from the company’s own server, and leaves out what is not set', () => {
    const snippets = policySnippets({
      chromeId: ID,
      edgeId: 'ponmlkjihgfedcbaponmlkjihgfedcba',
      geckoId: GECKO_ID,
      values: { feedUrl: ' ', panelAllowed: false, remindersAllowed: true },
      updateUrl: 'https://intranet.example.com/ext/updates.xml',
      firefoxInstallUrl: 'https://intranet.example.com/ext/advocacy.xpi',
    });
    // `true` is the default (each person decides), so only the switch that turns something off is written.
    expect(JSON.parse(snippets.chromeJson)).toEqual({
      ExtensionSettings: {
        [ID]: { installation_mode: 'force_installed', update_url: 'https://intranet.example.com/ext/updates.xml' },
      },
      '3rdparty': { extensions: { [ID]: { panelAllowed: false } } },
    });
    // A self-hosted package has the Chrome id in Edge too; the Edge id is only for Edge Add-ons.
    expect(Object.keys(JSON.parse(snippets.edgeJson).ExtensionSettings)).toEqual(['ponmlkjihgfedcbaponmlkjihgfedcba']);
    expect(snippets.chromeRegistry).toContain('"panelAllowed"=dword:00000000');
    expect(JSON.parse(snippets.firefoxPolicies).policies.ExtensionSettings[GECKO_ID].install_url).toBe(
      'https://intranet.example.com/ext/advocacy.xpi',
    );
    const bare = policySnippets({ chromeId: ID, geckoId: GECKO_ID, values: {} });
    expect(JSON.parse(bare.chromeJson)).not.toHaveProperty('3rdparty');
    expect(bare.chromeRegistry).not.toContain('3rdparty');
  });

  it('writes macOS configuration profiles that are well-formed property lists', () => {
    const snippets = policySnippets({ chromeId: ID, geckoId: GECKO_ID, values: { feedUrl: `${FEED}?a=1&b=<2>` } });
    for (const [profile, domain] of [
      [snippets.chromeMac, 'com.google.Chrome'],
      [snippets.edgeMac, 'com.microsoft.Edge'],
    ] as const) {
      const doc = parseXml(profile);
      const text = doc.root?.text ?? '';
      expect(text).toContain(`${domain}.extensions.${ID}`);
      expect(text).toContain(`${FEED}?a=1&b=<2>`);
      expect(text).toContain('force_installed');
      // Each payload has its own UUID, the same every time for the same id.
      const uuids = profile.match(/[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-8[0-9A-F]{3}-[0-9A-F]{12}/g) ?? [];
      expect(new Set(uuids).size).toBe(3);
    }
    expect(policySnippets({ chromeId: ID, geckoId: GECKO_ID, values: {} }).chromeMac).toBe(
      policySnippets({ chromeId: ID, geckoId: GECKO_ID, values: {} }).chromeMac,
    );
  });

  it('uses the Firefox id that wxt.config.ts declares', () => {
    expect(readFileSync(resolve(ROOT, 'wxt.config.ts'), 'utf8')).toContain(`GECKO_ID = '${GECKO_ID}'`);
  });
});

describe('reading an address', () => {
  // The studio reads with the extension's one fetcher (lib/shared/feed/fetch.ts, issue 23 item 5): the
  // same https-only request without credentials, and the same problem codes as the worker.
  const respond = (body: string, init: ResponseInit = {}) => (async () => new Response(body, init)) as typeof fetch;
  it('reads https only, without credentials, and names each failure', async () => {
    let seen: RequestInit | undefined;
    const spy = (async (_url: string, init?: RequestInit) => {
      seen = init;
      return new Response('{}');
    }) as typeof fetch;
    expect(await fetchFeed('https://news.example/feed.json', { fetchImpl: spy })).toMatchObject({
      kind: 'ok',
      text: '{}',
    });
    expect(seen).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(await fetchFeed('http://news.example/feed.json', { fetchImpl: spy })).toMatchObject({
      kind: 'error',
      problem: { code: 'address-not-https' },
    });
    expect(await fetchFeed('https://x.example/', { fetchImpl: respond('', { status: 404 }) })).toMatchObject({
      kind: 'error',
      problem: { code: 'http-404' },
    });
    expect(
      await fetchFeed('https://x.example/', { fetchImpl: respond('x'.repeat(2 * 1024 * 1024 + 1)) }),
    ).toMatchObject({
      kind: 'error',
      problem: { code: 'too-large' },
    });
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await fetchFeed('https://x.example/', { fetchImpl: failing })).toMatchObject({
      kind: 'error',
      problem: { code: 'unreachable' },
      network: true,
    });
  });
});

describe('the studio’s strings', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    typeof value === 'string'
      ? [prefix]
      : Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
          keys(child, prefix ? `${prefix}.${key}` : key),
        );
  it('has exactly the same keys in Danish and English, none empty, and every problem key translated', () => {
    expect(keys(studioDa).sort()).toEqual(keys(studioEn).sort());
    for (const strings of [studioDa, studioEn]) {
      for (const key of keys(strings)) {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], strings);
        expect(text, key).not.toBe('');
      }
    }
  });
});

describe('autosave on this device', () => {
  it('writes only the chunks that changed, and reads back exactly what was saved (also the old one-key shape)', async () => {
    const items = Array.from({ length: 120 }, (_, i) => ({ id: `i${i}`, title: `Item ${i}` }));
    const feed: StudioFeed = { ...newFeedTemplate(), items };
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    let saved = await saveDraft(feed, { envelope: null, chunks: [] });
    expect(Object.keys(set.mock.calls[0]![0]).sort()).toEqual([
      'studioDraft',
      'studioDraft:items:0',
      'studioDraft:items:1',
      'studioDraft:items:2',
    ]);
    const edited = setIn(feed, ['items', 70, 'title'], 'Edited');
    saved = await saveDraft(edited, saved);
    expect(Object.keys(set.mock.calls[1]![0]).sort()).toEqual(['studioDraft', 'studioDraft:items:1']);
    expect((await loadDraft())?.draft.feed).toEqual(edited);
    // Fewer items: the chunks beyond are removed.
    await saveDraft({ ...edited, items: edited.items.slice(0, 10) }, saved);
    expect((await fakeBrowser.storage.local.get('studioDraft:items:2'))['studioDraft:items:2']).toBeUndefined();
    expect((await loadDraft())?.draft.feed.items).toHaveLength(10);
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.local.set({ studioDraft: { feed, savedAt: 'then' } });
    expect((await loadDraft())?.draft.feed).toEqual(feed);
    await fakeBrowser.storage.local.set({ studioDraft: { version: 9 } });
    expect(await loadDraft()).toBeNull();
  });

  // Firefox can drop a storage.local write the page starts as it goes away; the journal in
  // localStorage, written synchronously then, carries those last changes to the next start.
  it('brings back changes made just before the page went away, from the journal, and stores them', async () => {
    localStorage.clear();
    const feed: StudioFeed = { ...newFeedTemplate(), items: [{ id: 'a', title: 'Stored' }] };
    await saveDraft(feed, { envelope: null, chunks: [] }, new Date('2026-12-01T10:00:00Z'));
    const typed = setIn(feed, ['items', 0, 'title'], 'Typed just before the reload');
    journalDraft(typed, new Date('2026-12-01T10:00:05Z'));
    const loaded = await loadDraft();
    expect(loaded?.draft.feed).toEqual(typed);
    // Now in storage.local too, and the journal is gone.
    expect(localStorage.getItem(JOURNAL_KEY)).toBeNull();
    localStorage.clear();
    expect((await loadDraft())?.draft.feed).toEqual(typed);
    // The next save, from the restored feed the editor opens, writes only what changed.
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await saveDraft(setIn(loaded!.draft.feed, ['title'], 'Renamed'), loaded!.saved);
    expect(Object.keys(set.mock.calls.at(-1)![0])).toEqual(['studioDraft']);
    set.mockRestore();
  });

  it('drops a journal older than the stored draft, a broken one, and the journal of a deleted draft', async () => {
    localStorage.clear();
    const feed: StudioFeed = { ...newFeedTemplate(), items: [{ id: 'a', title: 'Newer, stored' }] };
    journalDraft(setIn(feed, ['items', 0, 'title'], 'Older'), new Date('2026-12-01T09:00:00Z'));
    await saveDraft(feed, { envelope: null, chunks: [] }, new Date('2026-12-01T10:00:00Z'));
    expect((await loadDraft())?.draft.feed).toEqual(feed);
    expect(localStorage.getItem(JOURNAL_KEY)).toBeNull();
    localStorage.setItem(JOURNAL_KEY, '{"feed": {"items": "not a list"}, "savedAt": "2099-01-01T00:00:00Z"}');
    expect((await loadDraft())?.draft.feed).toEqual(feed);
    localStorage.setItem(JOURNAL_KEY, 'not json');
    expect((await loadDraft())?.draft.feed).toEqual(feed);
    journalDraft(feed, new Date('2099-01-01T00:00:00Z'));
    await saveDraft(null, { envelope: null, chunks: [[]] });
    expect(localStorage.getItem(JOURNAL_KEY)).toBeNull();
    expect(await loadDraft()).toBeNull();
  });
});
