/**
 * "Copy a report for the developers": built from a LinkedIn page full of personal data (names,
 * post texts, profile links, ids, a draft in an unrecognised composer), the report tells how the
 * page is built and holds none of that data. The background's schema drops anything else.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildReport,
  componentKeyShapeIsSafe,
  describeBrowser,
  layoutSignalsSchema,
  pageKind,
  reportText,
  toMinute,
} from '@/lib/worker/health/report';
import { componentKeyShape, layoutSignals } from '@/lib/shared/linkedin/selectors';
import { loadModelPage, openComposer } from '../fixtures/model-page';

const PERSONAL = {
  names: ['Birgitte Kjærsgaard-Holm', 'Mads Østergaard', 'Jane Colleague'],
  slugs: ['birgitte-kjaersgaard-holm-4a7b19', 'mads-oestergaard', 'jane-colleague'],
  posts: [
    'Stolt over at være en del af holdet bag vores nye fabrik i Herning',
    'Looking for a new role in offshore wind, DM me',
  ],
  draft: 'Confidential: Project Falcon acquisition closes Friday',
  ids: ['7401234567890123456', '7409876543210987654', '1ccb193a-a8b6-4da6-bf5b-446135920363', 'ember9412'],
};

/** A feed post by a person, as LinkedIn's SDUI feed renders it, with everything identifying. */
function personalPost(index: number): HTMLElement {
  const name = PERSONAL.names[index % PERSONAL.names.length]!;
  const slug = PERSONAL.slugs[index % PERSONAL.slugs.length]!;
  const id = PERSONAL.ids[index % 2]!;
  const item = document.createElement('div');
  item.setAttribute('role', 'listitem');
  item.setAttribute('componentkey', `expandedurn${id}FeedType_MAIN_FEED_RELEVANCE`);
  item.setAttribute('data-urn', `urn:li:activity:${id}`);
  item.id = PERSONAL.ids[3]!;
  const author = document.createElement('a');
  author.href = `https://www.linkedin.com/in/${slug}/`;
  author.setAttribute('componentkey', `profile-card-${slug}`);
  author.setAttribute('aria-label', `View ${name}’s profile`);
  const photo = document.createElement('img');
  photo.alt = `Visit profile for ${name}`;
  author.append(photo, name);
  const menu = document.createElement('button');
  menu.setAttribute('aria-label', `Open control menu for post by ${name}`);
  const text = document.createElement('span');
  text.setAttribute('data-testid', 'expandable-text-box');
  text.setAttribute('componentkey', PERSONAL.ids[2]!);
  text.textContent = PERSONAL.posts[index % PERSONAL.posts.length]!;
  const repost = document.createElement('button');
  repost.setAttribute('aria-label', 'Repost');
  item.append(author, menu, text, repost);
  return item;
}

describe('the developer report', () => {
  beforeEach(() => {
    loadModelPage({ sharebox: 'sdui-link', videos: 2 });
    const feed = document.querySelector('[data-testid="mainFeed"]')!;
    for (let i = 0; i < 12; i += 1) feed.append(personalPost(i));
    document.title = `(3) ${PERSONAL.names[0]} | LinkedIn`;
    // The composer LinkedIn shipped tomorrow, which we do not recognise, with the person's draft.
    const composer = openComposer('unknown');
    composer.querySelector('[contenteditable]')!.textContent = PERSONAL.draft;
    composer.setAttribute('aria-label', `${PERSONAL.names[1]} is writing`);
  });

  function report() {
    const signals = layoutSignalsSchema.parse(layoutSignals());
    const at = toMinute(new Date('2026-12-01T20:15:42.123Z'));
    return buildReport({
      extensionVersion: '0.1.0',
      browser: describeBrowser(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
      ),
      extensionLanguage: 'da',
      browserLanguage: 'da-DK',
      // The watcher's own detail is the page path, which can be a profile: it must not travel.
      health: {
        counts: { 'composer-not-found': 3, 'composer-found': 14, 'insert-ok': 2 },
        last: { event: 'composer-not-found', at: '2026-12-01T20:15:40.000Z', detail: `/in/${PERSONAL.slugs[0]}/` },
      },
      atFailure: {
        trigger: 'composer-not-found',
        at,
        page: pageKind(`https://www.linkedin.com/in/${PERSONAL.slugs[0]}/`),
        signals,
      },
      now: { trigger: 'on-request', at, page: pageKind('https://www.linkedin.com/feed/'), signals },
    });
  }

  it('holds no post text, names, profile links or ids from the page', () => {
    const text = reportText(report());
    for (const secret of [...PERSONAL.names, ...PERSONAL.slugs, ...PERSONAL.posts, PERSONAL.draft, ...PERSONAL.ids]) {
      expect(text).not.toContain(secret);
    }
    for (const word of ['Birgitte', 'Mads', 'Jane', 'Falcon', 'Herning', 'offshore', 'me-the-reader']) {
      expect(text.toLowerCase()).not.toContain(word.toLowerCase());
    }
    expect(text).not.toMatch(/\/in\/|urn:li:|linkedin\.com\/(in|feed|posts)/);
    expect(text).not.toMatch(/\d{5,}/); // no activity ids, member ids or ember ids
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // no uuids
  });

  it('tells the developers how the page is built', () => {
    const built = report();
    const signals = built.signalsAtFailure!.signals;
    expect(built).toMatchObject({
      extensionVersion: '0.1.0',
      browser: 'Chrome 156.0.0.0',
      extensionLanguage: 'da',
      browserLanguage: 'da-DK',
      linkedInLanguage: 'en',
      health: { counts: { 'composer-not-found': 3, 'composer-found': 14, 'insert-ok': 2, 'insert-failed': 0 } },
    });
    expect(built.health.last).toEqual({ event: 'composer-not-found', at: '2026-12-01T20:15' });
    expect(built.signalsAtFailure!.page).toBe('other');
    expect(built.signalsNow!.page).toBe('feed');
    // Which alternatives matched, and how many.
    expect(signals.matches.launcher['[aria-label="Start a post" i]']).toEqual([2, 2]);
    expect(signals.matches.launcher['a[href*="/preload/sharebox"]']![0]).toBeGreaterThanOrEqual(4);
    expect(signals.matches.repost['button[aria-label="Repost" i]']![0]).toBeGreaterThanOrEqual(12);
    expect(signals.matches.composer['[role=dialog]']![0]).toBeGreaterThan(0); // messaging overlay, video.js
    expect(signals.markers).toMatchObject({
      interopOutlet: true,
      interopShadowRoot: false,
      openDialogs: 0,
      qlEditors: 0,
      mainFeed: true,
      rehydrated: true,
      composer: null, // the unknown composer is not recognised: that is what the report is about
    });
    expect(signals.markers.contentEditables).toBeGreaterThanOrEqual(3); // comment, messaging, the unknown composer
    // componentkey shapes: LinkedIn's own names kept, ids replaced, profile slugs dropped.
    const keys = Object.fromEntries(signals.componentKeys);
    expect(keys['draft-text-replaceable-component']).toBeGreaterThan(0);
    expect(keys['expandedurn#FeedType_MAIN_FEED_RELEVANCE']).toBe(14); // 12 posts here + 2 of the model page
    expect(keys['<uuid>']).toBeGreaterThanOrEqual(12);
    expect(Object.keys(keys).some((key) => key.startsWith('profile-card'))).toBe(false);
    expect(componentKeyShape('profile-card-birgitte-kjaersgaard-holm-4a7b19')).toBeNull();
  });

  it('reads the V2 share box in #interop-outlet’s shadow root when it is there', () => {
    openComposer('v2');
    const signals = layoutSignals();
    expect(signals.markers.interopShadowRoot).toBe(true);
    expect(signals.markers.composer).toBe('V2');
    expect(signals.markers.qlEditors).toBeGreaterThan(0);
    expect(signals.matches.editor['[data-test-ql-editor-contenteditable=true]']).toEqual([1, 1]);
  });

  it('is accepted by the background only in its own shape: no free text, no foreign keys', () => {
    const good = layoutSignals();
    expect(layoutSignalsSchema.safeParse(good).success).toBe(true);
    const tampered = [
      { ...good, postText: PERSONAL.draft },
      { ...good, pageLanguage: PERSONAL.names[0] },
      { ...good, matches: { ...good.matches, launcher: { [`a[href="/in/${PERSONAL.slugs[0]}/"]`]: [1, 1] } } },
      { ...good, componentKeys: [[`profile-card-${PERSONAL.slugs[2]}`, 1]] },
      { ...good, componentKeys: [[`ShareBox_${PERSONAL.ids[0]}`, 1]] },
      { ...good, markers: { ...good.markers, openDialogs: PERSONAL.names[1] } },
    ];
    for (const signals of tampered) expect(layoutSignalsSchema.safeParse(signals).success).toBe(false);
    expect(componentKeyShapeIsSafe('ShareBox_textEditor')).toBe(true);
  });

  it('keeps componentkey names and takes ids out', () => {
    expect(componentKeyShape('ShareBox_textEditor')).toBe('ShareBox_textEditor');
    expect(componentKeyShape('draft-text-replaceable-component')).toBe('draft-text-replaceable-component');
    expect(componentKeyShape('expandedurn7001FeedType_MAIN_FEED_RELEVANCE')).toBe(
      'expandedurn#FeedType_MAIN_FEED_RELEVANCE',
    );
    expect(componentKeyShape('1ccb193a-a8b6-4da6-bf5b-446135920363')).toBe('<uuid>');
    expect(componentKeyShape('jane-colleague')).toBeNull();
    expect(componentKeyShape('Jane Colleague')).toBeNull();
    expect(componentKeyShape('x'.repeat(80))).toBeNull();
  });

  it('names the browser and its version only', () => {
    expect(
      describeBrowser('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0', {
        name: 'Firefox',
        version: '140.12.0',
      }),
    ).toBe('Firefox 140.12.0');
    expect(
      describeBrowser('…', null, [
        { brand: 'Not)A;Brand', version: '8' },
        { brand: 'Chromium', version: '156' },
      ]),
    ).toBe('Chromium 156');
    expect(describeBrowser('… Chrome/156.0.0.0 Safari/537.36 Edg/156.0.0.0')).toBe('Edge 156.0.0.0');
  });
});
