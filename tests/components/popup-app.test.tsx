import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/PopupApp';
import type { FeedOverview, FeedStatus } from '@/lib/shared/feed/types';
import type { Language } from '@/lib/shared/i18n';
import type { Result } from '@/lib/worker/messaging/protocol';
import { send } from '@/lib/shared/messaging/send';
import { setConsent } from '@/lib/shared/settings';
import { popupLastOpenedItem } from '@/lib/shared/stats/last-opened';
import type { Stats } from '@/lib/shared/stats/types';
import { usePopupStore } from '@/stores/popup';
import { renderIn } from '../helpers/render';
import { answerMessages, type Answers } from '../helpers/send';

vi.mock('@/lib/shared/messaging/send', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send);

const weeks = Array.from({ length: 12 }, (_, i) => {
  const start = new Date(Date.UTC(2026, 8, 7 + 7 * i)).toISOString().slice(0, 10);
  return { isoYear: 2026, isoWeek: 37 + i, start, count: [0, 1, 2, 0, 1, 3, 1, 0, 2, 1, 2, 1][i]! };
});

function statsWith(overrides: Partial<Stats> = {}): Stats {
  return {
    timeZone: 'Europe/Copenhagen',
    generatedAt: '2026-11-26T12:00:00.000Z',
    thisWeek: 1,
    thisMonth: 5,
    total: 14,
    fromSuggestion: 9,
    madeOwn: 6,
    ownPosts: 4,
    reposts: 1,
    topCampaigns: [
      { name: 'aarhus-office', count: 5 },
      { name: 'graduates-2027', count: 1 },
    ],
    topTopics: [{ name: 'hiring', count: 4 }],
    weeks,
    streak: { weeks: 4, includesThisWeek: true },
    recent: [
      {
        id: 'share_00000001',
        at: '2026-11-24T09:15:00.000Z',
        kind: 'post',
        title: 'We are opening an office in Aarhus',
        campaign: 'aarhus-office',
        postUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:7263/',
        sourceUrl: 'https://contoso.example/news/aarhus',
        madeOwn: true,
      },
      {
        id: 'share_00000002',
        at: '2026-11-18T14:00:00.000Z',
        kind: 'post',
        title: null,
        campaign: null,
        postUrl: null,
        sourceUrl: null,
        madeOwn: false,
      },
    ],
    firstShareAt: '2026-09-08T10:00:00.000Z',
    lastShareAt: '2026-11-24T09:15:00.000Z',
    ...overrides,
  };
}

const okStatus: FeedStatus = {
  source: 'demo',
  url: 'https://contoso.example/feed.json',
  organizationName: 'Contoso',
  itemCount: 6,
  lastAttemptAt: new Date(Date.now() - 5 * 60_000).toISOString(),
  lastSuccessAt: new Date(Date.now() - 5 * 60_000).toISOString(),
  lastError: null,
  skipped: [],
  nextAttemptAt: null,
};

const overview: FeedOverview = {
  organization: { name: 'Contoso', linkedinUrl: null, domains: ['contoso.example'] },
  highlights: [
    {
      id: 'h1',
      kind: 'success',
      title: { en: 'Record applications', da: 'Rekordmange ansøgninger' },
      text: { en: 'Posts by colleagues brought 40 applications.', da: 'Kollegers opslag gav 40 ansøgninger.' },
      url: 'https://contoso.example/stories/1',
      date: '2026-11-01',
    },
    {
      id: 'h2',
      kind: 'lesson',
      title: { en: 'Identical posts fell flat', da: 'Ens opslag faldt til jorden' },
      text: { en: 'Copies of the same text got little reach.', da: 'Kopier af samme tekst fik lille rækkevidde.' },
      url: 'javascript:alert(1)',
      date: '2026-11-10',
    },
  ],
  items: [
    {
      id: 'new-1',
      title: 'Graduate programme opens',
      url: 'https://contoso.example/grads',
      datePublished: '2026-11-25T08:00:00Z',
      campaign: null,
    },
    { id: 'old-1', title: 'Summer party photos', url: null, datePublished: '2026-08-01T08:00:00Z', campaign: null },
  ],
  audiences: [],
};

const fail = (message = 'The feed is not available yet.'): Result<never> => ({
  ok: false,
  error: { code: 'internal', message },
});

function answer(answers: Answers) {
  const defaults: Answers = {
    'stats:get': { ok: true, data: statsWith() },
    'feed:status': { ok: true, data: okStatus },
    'feed:overview': { ok: true, data: overview },
    'health:get': {
      ok: true,
      data: { counts: { 'composer-found': 3 }, last: { event: 'composer-found', at: '2026-11-24T09:00:00Z' } },
    },
    'feed:sync-now': { ok: true, data: okStatus },
  };
  answerMessages(sendMock, { ...defaults, ...answers }, () => fail('unexpected'));
}

function renderPopup(language: Language = 'en') {
  return renderIn(language, <PopupApp />);
}

describe('the popup', () => {
  beforeEach(() => {
    usePopupStore.setState(usePopupStore.getInitialState());
    sendMock.mockReset();
  });

  it('shows this week, this month and all time, and what the person made of the suggestions', async () => {
    answer({});
    renderPopup();
    expect(await screen.findByText('This week')).toBeInTheDocument();
    const tile = (label: string) => screen.getByText(label).parentElement!;
    expect(tile('This week')).toHaveTextContent('1 share');
    expect(tile('This month')).toHaveTextContent('5 shares');
    expect(tile('All time')).toHaveTextContent('14 shares');
    expect(screen.getByText(/9 shares started from a suggestion/)).toBeInTheDocument();
    expect(screen.getByText(/6 of them you rewrote in your own words/)).toBeInTheDocument();
    expect(screen.getByText(/4 posts of your own/)).toBeInTheDocument();
    expect(screen.getByText('aarhus-office')).toBeInTheDocument();
    expect(screen.getByText('hiring')).toBeInTheDocument();
    expect(sendMock).toHaveBeenCalledWith('stats:get', { timeZone: expect.any(String) });
  });

  it('gives the 12-week chart a text alternative and states the streak without a target', async () => {
    answer({});
    renderPopup();
    const table = await screen.findByRole('table', { name: 'Shares per week in the last 12 weeks' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(12);
    expect(within(rows[11]!).getByRole('rowheader')).toHaveTextContent('Week 48');
    expect(rows[11]).toHaveTextContent('1');
    expect(rows[5]).toHaveTextContent(/Week 42.*3/);
    expect(screen.getByTestId('week-chart')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText(/4 weeks in a row with a share/)).toHaveTextContent('There is no target.');
    // The popup's own words about the person's activity never set targets or compare.
    const ownWords = [
      screen.getByRole('heading', { name: 'At a glance' }),
      screen.getByRole('heading', { name: 'The last 12 weeks' }),
    ]
      .map((heading) => heading.parentElement!.textContent)
      .join(' ');
    expect(ownWords).not.toMatch(/behind|goal|colleague|rank|average|should/i);
  });

  it('lists recent shares with safe links that open in a new tab', async () => {
    answer({});
    renderPopup();
    const recent = (await screen.findByRole('heading', { name: 'Recent shares' })).parentElement!;
    const view = within(recent).getByRole('link', { name: 'View post' });
    expect(view).toHaveAttribute('href', 'https://www.linkedin.com/feed/update/urn:li:activity:7263/');
    expect(view).toHaveAttribute('target', '_blank');
    expect(view.getAttribute('rel')).toContain('noopener');
    expect(within(recent).getByRole('link', { name: 'Source' })).toHaveAttribute(
      'href',
      'https://contoso.example/news/aarhus',
    );
    expect(within(recent).getByText('We are opening an office in Aarhus')).toBeInTheDocument();
    expect(within(recent).getByText('Your own post')).toBeInTheDocument();
    expect(within(recent).getByText('24 Nov')).toBeInTheDocument();
  });

  it('shows a new person what to do first instead of zeros', async () => {
    await setConsent('panel', true);
    answer({
      'stats:get': {
        ok: true,
        data: statsWith({
          total: 0,
          thisWeek: 0,
          thisMonth: 0,
          recent: [],
          streak: { weeks: 0, includesThisWeek: false },
        }),
      },
    });
    renderPopup();
    expect(await screen.findByRole('heading', { name: 'Nothing shared yet' })).toBeInTheDocument();
    const steps = screen.getAllByRole('listitem').filter((item) => item.closest('ol'));
    expect(steps[0]).toHaveTextContent('Turn on suggestions in settings. Done');
    expect(steps[1]).not.toHaveTextContent('Done');
    expect(screen.queryByText('This week')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open LinkedIn' })).toHaveAttribute(
      'href',
      'https://www.linkedin.com/feed/',
    );
  });

  it('explains a failed sync in Danish in the Danish popup', async () => {
    answer({
      'feed:status': {
        ok: true,
        data: {
          ...okStatus,
          lastError: { code: 'rejected', details: [{ code: 'no-https-link', params: { count: 3 } }] },
        },
      },
    });
    renderPopup('da');
    expect(
      await screen.findByText(
        /Feedet blev ikke taget i brug, så det sidste gode beholdes: Ingen af de 3 indslag har et https-link\./,
      ),
    ).toBeInTheDocument();
  });

  it('says plainly when the last sync failed, and "Sync now" asks the background to sync', async () => {
    answer({
      'feed:status': {
        ok: true,
        data: { ...okStatus, lastError: { code: 'timeout' } },
      },
    });
    renderPopup();
    expect(
      await screen.findByText('The last sync failed: The feed server did not answer within 20 seconds.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(sendMock).toHaveBeenCalledWith('feed:sync-now', {}));
    expect(await screen.findByText('Feed synced 5 minutes ago')).toBeInTheDocument();
    expect(screen.queryByText(/The last sync failed/)).not.toBeInTheDocument();
  });

  it('still works while the feed is not available, and says so', async () => {
    answer({ 'feed:status': fail(), 'feed:overview': fail() });
    renderPopup();
    expect(await screen.findByText('The feed status is not available right now.')).toBeInTheDocument();
    expect(screen.getByText('The company feed is not available right now.')).toBeInTheDocument();
    expect(screen.getByText('14 shares')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeEnabled();
  });

  it('offers to try again when the figures could not be loaded', async () => {
    answer({ 'stats:get': fail('IndexedDB is not available') });
    renderPopup();
    expect(await screen.findByRole('alert')).toHaveTextContent('Your figures could not be loaded right now.');
    answer({});
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('14 shares')).toBeInTheDocument();
  });

  it('shows the highlights, success and lesson, and what is new since the last opening, then remembers this one', async () => {
    await popupLastOpenedItem.setValue('2026-11-20T00:00:00.000Z');
    answer({});
    renderPopup();
    const news = (await screen.findByRole('heading', { name: 'News from Contoso' })).parentElement!;
    expect(within(news).getByText('Success story')).toBeInTheDocument();
    expect(within(news).getByText('Record applications')).toBeInTheDocument();
    expect(within(news).getByText('What did not work')).toBeInTheDocument();
    expect(within(news).getByText('Identical posts fell flat')).toBeInTheDocument();
    // The lesson's javascript: link is not rendered as a link.
    expect(within(news).getAllByRole('link', { name: 'Read more' })).toHaveLength(1);
    expect(within(news).getByText('1 new suggestion')).toBeInTheDocument();
    expect(within(news).getByRole('link', { name: 'Graduate programme opens' })).toBeInTheDocument();
    expect(within(news).queryByText('Summer party photos')).not.toBeInTheDocument();
    const stored = await popupLastOpenedItem.getValue();
    expect(Date.parse(stored!)).toBeGreaterThan(Date.parse('2026-11-20T00:00:00.000Z'));
  });

  it('does not call everything "new" on the very first opening', async () => {
    answer({});
    renderPopup();
    await screen.findByRole('heading', { name: 'News from Contoso' });
    expect(screen.queryByText('New since you last looked')).not.toBeInTheDocument();
    expect(await popupLastOpenedItem.getValue()).not.toBeNull();
  });

  it('tells the person when LinkedIn’s composer was not recognised lately, and shows the consent switches', async () => {
    await setConsent('recordShares', true);
    answer({
      'health:get': {
        ok: true,
        data: {
          counts: { 'composer-found': 2, 'composer-not-found': 3 },
          last: { event: 'composer-not-found', at: '2026-11-25T10:00:00Z' },
        },
      },
    });
    renderPopup();
    expect(await screen.findByText(/LinkedIn’s composer was not recognised lately/)).toBeInTheDocument();
    const consent = screen.getByRole('heading', { name: 'What you have turned on' }).nextElementSibling as HTMLElement;
    expect(within(consent).getByText('Counting your shares on this device').nextSibling).toHaveTextContent('On');
    expect(within(consent).getByText('Suggestions in the composer').nextSibling).toHaveTextContent('Off');
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await userEvent.click(screen.getByRole('button', { name: 'Change in settings' }));
    expect(open).toHaveBeenCalled();
  });

  it('says so when a share LinkedIn confirmed could not be recorded (never silent)', async () => {
    answer({
      'health:get': {
        ok: true,
        data: {
          counts: { 'composer-found': 2, 'share-refused': 1 },
          last: { event: 'share-refused', at: '2026-11-25T10:00:00Z', detail: 'share:record: invalid-request' },
        },
      },
    });
    renderPopup();
    expect(await screen.findByText(/A post LinkedIn confirmed could not be recorded \(1 time\)/)).toBeInTheDocument();
  });

  it('links to the person’s own SSI with a line on what it is', async () => {
    answer({});
    renderPopup();
    const link = await screen.findByRole('link', { name: 'Your Social Selling Index on LinkedIn' });
    expect(link).toHaveAttribute('href', 'https://www.linkedin.com/sales/ssi');
    expect(screen.getByText(/LinkedIn’s own score/)).toBeInTheDocument();
  });

  it('speaks Danish, with Danish plurals and dates', async () => {
    answer({ 'stats:get': { ok: true, data: statsWith({ thisWeek: 1, thisMonth: 2 }) } });
    renderPopup('da');
    expect(await screen.findByRole('heading', { name: 'Min deling', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Denne uge').parentElement).toHaveTextContent('1 deling');
    expect(screen.getByText('Denne måned').parentElement).toHaveTextContent('2 delinger');
    expect(screen.getByText(/9 delinger tog udgangspunkt i et forslag/)).toBeInTheDocument();
    expect(screen.getByText(/4 uger i træk med en deling/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Delinger pr. uge de seneste 12 uger' })).toBeInTheDocument();
    expect(screen.getByText('24. nov.')).toBeInTheDocument();
    expect(screen.getByText('Feedet blev synkroniseret for 5 minutter siden')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Synkronisér nu' })).toBeInTheDocument();
  });
});
