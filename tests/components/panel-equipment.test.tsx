/**
 * Issue 27 in the panel's components: "If someone asks…" (folded talking points with Copy, the
 * list reusable with props only), "Copy picture" only on a card whose picture the worker read,
 * with the paste hint or the reason in words, and at most one tip per opening.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ComposerPanel } from '@/components/panel/ComposerPanel';
import { PanelTip } from '@/components/panel/PanelTip';
import { TalkingPointList } from '@/components/talking-points/TalkingPointList';
import { tipStateItem } from '@/lib/shared/feed/tip-choice';
import type { TalkingPoint } from '@/lib/shared/feed/types';
import { composerSession } from '@/lib/shared/linkedin/bridge';
import type { send } from '@/lib/shared/messaging/send';
import { consentItem, POLICY_VERSION } from '@/lib/shared/settings';
import { usePanelStore } from '@/stores/panel';
import { answerMessages } from '../helpers/send';
import { renderIn } from '../helpers/render';
import { panelData, suggestion, withDecision } from './panel-fixtures';

const mocks = vi.hoisted(() => ({ send: vi.fn<typeof send>() }));
vi.mock('@/lib/shared/messaging/send', () => ({ send: mocks.send }));

let trusted = true;
Object.defineProperty(Event.prototype, 'isTrusted', { configurable: true, get: () => trusted });

const points: TalkingPoint[] = [
  {
    id: 'jobs',
    question: { da: 'Hvor mange job?', en: 'How many jobs?' },
    answer: { da: 'Omkring 60.', en: 'About 60, during 2027.' },
    url: 'https://nordvind.example/job',
    topics: [],
    campaigns: [],
  },
  {
    id: 'safety',
    question: { da: 'Hvordan undgår I ulykker?' },
    answer: { da: 'Alle kan stoppe et job.' },
    url: null,
    topics: [],
    campaigns: [],
  },
];

beforeEach(async () => {
  trusted = true;
  vi.clearAllMocks();
  usePanelStore.setState(usePanelStore.getInitialState(), true);
  composerSession().setState(composerSession().getInitialState(), true);
  composerSession().getState().opened();
  const yes = { granted: true, at: '2026-11-01T00:00:00Z', policyVersion: POLICY_VERSION };
  await consentItem.setValue({ panel: yes, reminders: yes, recordShares: yes });
});

describe('If someone asks…', () => {
  it('is folded at first, lists questions and answers in the person’s language (else the other), and Copy copies one answer with its link', async () => {
    const user = userEvent.setup();
    const copy = vi.fn(async (_text: string) => 'copied' as const);
    renderIn('en', <TalkingPointList points={points} language="en" copy={copy} />);
    const details = document.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('If someone asks… (2)');
    await user.click(details.querySelector('summary')!);
    expect(details.open).toBe(true);
    const list = screen.getByRole('list', { name: '2 talking points' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.talking-point__question')!.textContent)).toEqual([
      'How many jobs?',
      'Hvordan undgår I ulykker?',
    ]);
    await user.click(screen.getByRole('button', { name: 'Copy the answer to “How many jobs?”' }));
    expect(copy).toHaveBeenCalledWith('About 60, during 2027.\nhttps://nordvind.example/job');
    expect(await within(items[0]!).findByText('Copied. Put it in your own words when you answer.')).toBeTruthy();
    expect(within(items[0]!).getByRole('link', { name: 'Read more' }).getAttribute('href')).toBe(
      'https://nordvind.example/job',
    );
    expect(within(items[1]!).queryByRole('link')).toBeNull();
  });

  it('shows the answer to select by hand when the clipboard refuses, and ignores a page script’s click', async () => {
    const user = userEvent.setup();
    const copy = vi.fn(async (_text: string) => 'manual' as const);
    renderIn('da', <TalkingPointList points={points} language="da" copy={copy} open accept={() => trusted} />);
    const button = screen.getByRole('button', { name: 'Kopiér svaret på “Hvordan undgår I ulykker?”' });
    trusted = false;
    button.click();
    expect(copy).not.toHaveBeenCalled();
    trusted = true;
    await user.click(button);
    const field = await screen.findByRole('textbox');
    expect((field as HTMLTextAreaElement).value).toBe('Alle kan stoppe et job.');
    expect(screen.getByText('Kopiering blev ikke tilladt. Markér svaret her, og kopiér det:')).toBeTruthy();
  });

  it('shows nothing without talking points', () => {
    const { container } = renderIn('en', <TalkingPointList points={[]} language="en" />);
    expect(container.querySelector('details')).toBeNull();
  });
});

describe('the panel’s cards (issue 27)', () => {
  const data = panelData({
    suggestions: [
      suggestion({
        id: 'with-picture',
        title: 'Harbour',
        image: 'https://news.example.com/h.jpg',
        talkingPoints: ['jobs'],
        datePublished: '2026-11-20T00:00:00Z',
      }),
      suggestion({ id: 'unreadable', title: 'Elsewhere', image: 'https://elsewhere.example/e.jpg' }),
      suggestion({ id: 'plain', title: 'Plain', datePublished: '2026-10-01T00:00:00Z' }),
    ],
    talkingPoints: [points[0]!],
    // The worker read only the harbour picture when the feed was stored.
    copyablePictures: ['with-picture'],
  });

  /** The list's cards (its own items, not the talking points' items inside a card). */
  const cardsIn = (list: HTMLElement) => [...list.querySelectorAll<HTMLElement>(':scope > li')];

  function answer(picture: () => unknown) {
    answerMessages(
      mocks.send,
      {
        'feed:panel-data': async () => ({ ok: true, data: await withDecision(data) }),
        'feed:picture': async () => ({ ok: true, data: picture() }),
      },
      () => ({ ok: true, data: {} }),
    );
  }

  /** Every state of the cards the page went through: each card's title and whether it had the button. */
  function watchCards(): { seen: Set<string>; stop: () => void } {
    const seen = new Set<string>();
    const look = () => {
      for (const card of document.querySelectorAll('ul[aria-label="Suggestions"] > li')) {
        const title = card.querySelector('.card__title')?.textContent;
        seen.add(`${title}: ${card.querySelector('button[aria-label^="Copy the picture"]') ? 'button' : 'none'}`);
      }
    };
    const observer = new MutationObserver(look);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    return {
      seen,
      stop: () => {
        look();
        observer.disconnect();
      },
    };
  }

  it('renders each card with Copy picture from its first frame where the worker read the picture, never elsewhere, with no second message', async () => {
    answer(() => ({ ok: true, png: Buffer.from('png').toString('base64') }));
    const cards = watchCards();
    renderIn('en', <ComposerPanel />);
    const list = await screen.findByRole('list', { name: 'Suggestions' });
    const [harbour, elsewhere, plain] = cardsIn(list);
    // In the same frame as the cards: no waiting for the button.
    expect(within(harbour!).getByRole('button', { name: 'Copy the picture of “Harbour”' })).toBeTruthy();
    expect(within(elsewhere!).queryByRole('button', { name: /picture/ })).toBeNull();
    expect(within(plain!).queryByRole('button', { name: /picture/ })).toBeNull();
    cards.stop();
    // Every state of the page the observer saw: Harbour always with the button, the others never.
    expect([...cards.seen].sort()).toEqual(['Elsewhere: none', 'Harbour: button', 'Plain: none']);
    // One message for the cards and their buttons; nothing asked afterwards.
    expect(mocks.send.mock.calls.map(([type]) => type)).toEqual(['feed:panel-data']);
  });

  it('shows no Copy picture at all when the worker could read none (or before the first sync)', async () => {
    answerMessages(mocks.send, {
      'feed:panel-data': async () => ({ ok: true, data: await withDecision({ ...data, copyablePictures: undefined }) }),
    });
    renderIn('en', <ComposerPanel />);
    const list = await screen.findByRole('list', { name: 'Suggestions' });
    expect(cardsIn(list).map((card) => card.querySelector('.card__title')!.textContent)).toEqual([
      'Harbour',
      'Elsewhere',
      'Plain',
    ]);
    expect(within(list).queryByRole('button', { name: /picture/ })).toBeNull();
  });

  it('lists a card’s talking points under it, and Copy picture says to paste it, or why it could not', async () => {
    const user = userEvent.setup();
    const written: unknown[] = [];
    const write = vi.fn(async (items: { items: Record<string, Promise<Blob>> }[]) => {
      written.push(await items[0]!.items['image/png']);
    });
    vi.stubGlobal(
      'ClipboardItem',
      class {
        constructor(readonly items: Record<string, Promise<Blob>>) {}
      },
    );
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { write, writeText: vi.fn() } });
    answer(() => ({ ok: true, png: Buffer.from('png').toString('base64') }));
    try {
      renderIn('en', <ComposerPanel />);
      const list = await screen.findByRole('list', { name: 'Suggestions' });
      const [harbour, , plain] = cardsIn(list);
      expect(within(harbour!).getByText('If someone asks…')).toBeTruthy();
      expect(within(plain!).queryByText('If someone asks…')).toBeNull();
      const copyPicture = within(harbour!).getByRole('button', { name: 'Copy the picture of “Harbour”' });

      await user.click(copyPicture);
      expect(
        await within(harbour!).findByText('Picture copied. Press Ctrl+V (⌘V on Mac) in the post to add it.'),
      ).toBeTruthy();
      expect(mocks.send).toHaveBeenCalledWith('feed:picture', { id: 'with-picture' });
      expect((written[0] as Blob).type).toBe('image/png');

      // The worker could not read it this time: said in words, not silently.
      answer(() => ({ ok: false, reason: 'unreadable' }));
      write.mockImplementation(async (items) => {
        await items[0]!.items['image/png'];
      });
      await user.click(copyPicture);
      expect(
        await within(harbour!).findByText('The picture could not be copied: it could not be read just now.'),
      ).toBeTruthy();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('the tip', () => {
  it('shows this opening’s tip once, keeps it when the data is asked again, and moves the rotation on once', async () => {
    const tip = {
      id: 't1',
      text: { en: 'Reply within the hour.', da: 'Svar inden for en time.' },
      url: null,
      subject: null,
    };
    const next = { lastShownAt: '2026-11-26T09:00:00.000Z', shownCount: 1 };
    const first = panelData({ tip: { tip, next } });
    const { rerender } = renderIn('en', <PanelTip data={first} />);
    expect(screen.getByTestId('tip').textContent).toBe('Tip Reply within the hour.');
    await waitFor(async () => expect(await tipStateItem.getValue()).toEqual(next));
    const other = { id: 't2', text: { en: 'Another tip.' }, url: null, subject: null };
    rerender(<PanelTip data={panelData({ tip: { tip: other, next: { ...next, shownCount: 2 } } })} />);
    expect(screen.getByTestId('tip').textContent).toBe('Tip Reply within the hour.');
    expect(await tipStateItem.getValue()).toEqual(next);
  });

  it('shows nothing when the worker chose none', () => {
    renderIn('en', <PanelTip data={panelData({ tip: null })} />);
    expect(screen.queryByTestId('tip')).toBeNull();
  });
});
