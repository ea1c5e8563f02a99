import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TalkingPoints } from '@/components/popup/TalkingPoints';
import type { FeedOverview, TalkingPoint, Tip } from '@/lib/shared/feed/types';
import { tipOfTheDay } from '@/lib/shared/feed/popup-equipment';
import { DEFAULT_PREFERENCES, preferencesItem, type ReminderFrequency } from '@/lib/shared/settings';
import type { Loadable } from '@/stores/popup';
import { renderIn } from '../helpers/render';

const points: TalkingPoint[] = [
  {
    id: 'harbour',
    question: { en: 'Why build the hub at the harbour?', da: 'Hvorfor bygge centret ved havnen?' },
    answer: {
      en: 'The harbour already has the grid connection, so no new lines cross the fields.',
      da: 'Havnen har allerede nettilslutningen, så der skal ikke nye ledninger over markerne.',
    },
    url: 'https://contoso.example/harbour',
    topics: ['grid'],
    campaigns: ['harbour-hub'],
  },
  {
    id: 'jobs',
    question: { en: 'Are you hiring?', da: 'Ansætter I?' },
    answer: { en: 'Yes: 40 technicians in Esbjerg this year.', da: 'Ja: 40 teknikere i Esbjerg i år.' },
    url: null,
    topics: ['hiring'],
    campaigns: [],
  },
  {
    id: 'birds',
    question: { en: 'What about the birds?' },
    answer: { en: 'The turbines stop during the spring migration nights.' },
    url: null,
    topics: ['nature'],
    campaigns: [],
  },
];

const tips: Tip[] = [
  {
    id: 'tip-1',
    text: { en: 'A picture of your own beats a stock photo.', da: 'Et eget billede slår et stockfoto.' },
    url: null,
    subject: 'pictures',
  },
  {
    id: 'tip-2',
    text: { en: 'Answer comments within a day.', da: 'Svar på kommentarer inden for et døgn.' },
    url: null,
    subject: 'comments',
  },
];

function overviewWith(data: Partial<FeedOverview> = {}): Loadable<FeedOverview> {
  return {
    state: 'ready',
    data: {
      organization: { name: 'Contoso', linkedinUrl: null, domains: [] },
      highlights: [],
      items: [],
      audiences: [],
      talkingPoints: points,
      tips,
      ...data,
    },
  };
}

async function withFrequency(reminderFrequency: ReminderFrequency) {
  await preferencesItem.setValue({ ...DEFAULT_PREFERENCES, reminderFrequency });
}

describe('the popup’s talking points', () => {
  it('lists every talking point and filters them by question, answer and topic as the person types', async () => {
    const user = userEvent.setup();
    renderIn('en', <TalkingPoints overview={overviewWith()} />);
    const section = await screen.findByRole('region', { name: 'Talking points' });
    const search = within(section).getByRole('searchbox', { name: 'Search the talking points' });
    expect(within(section).getAllByRole('listitem')).toHaveLength(3);

    await user.type(search, 'grid connection');
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(1));
    expect(within(section).getByText('Why build the hub at the harbour?')).toBeVisible();
    expect(within(section).getByText('1 talking point')).toBeVisible();

    await user.clear(search);
    await user.type(search, 'HIRING');
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(1));
    expect(within(section).getByText('Are you hiring?')).toBeVisible();

    await user.clear(search);
    await user.type(search, 'submarine');
    await waitFor(() => expect(within(section).queryAllByRole('listitem')).toHaveLength(0));
    expect(within(section).getByText('No talking point matches “submarine”.')).toBeVisible();
  });

  it('searches in the language shown: Danish words find the Danish answer', async () => {
    const user = userEvent.setup();
    renderIn('da', <TalkingPoints overview={overviewWith()} />);
    const section = await screen.findByRole('region', { name: 'Talepunkter' });
    await user.type(within(section).getByRole('searchbox', { name: 'Søg i talepunkterne' }), 'markerne');
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(1));
    expect(within(section).getByText('Hvorfor bygge centret ved havnen?')).toBeVisible();
  });

  it('Copy puts the answer and its link on the clipboard, and says so', async () => {
    const user = userEvent.setup();
    renderIn('en', <TalkingPoints overview={overviewWith()} />);
    await user.click(
      await screen.findByRole('button', { name: 'Copy the answer to “Why build the hub at the harbour?”' }),
    );
    expect(await navigator.clipboard.readText()).toBe(
      'The harbour already has the grid connection, so no new lines cross the fields.\nhttps://contoso.example/harbour',
    );
    expect(await screen.findByText('The answer is copied. Make it your own before you use it.')).toBeVisible();
  });

  it('offers the text to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
      configurable: true,
    });
    renderIn('en', <TalkingPoints overview={overviewWith()} />);
    await user.click(await screen.findByRole('button', { name: 'Copy the answer to “Are you hiring?”' }));
    expect(await screen.findByRole('textbox')).toHaveValue('Yes: 40 technicians in Esbjerg this year.');
  });

  it('shows today’s tip, the same on every opening of the day', async () => {
    await withFrequency('daily');
    const today = tipOfTheDay(tips, 'daily')!;
    const first = renderIn('en', <TalkingPoints overview={overviewWith()} />);
    expect(await screen.findByRole('complementary', { name: /Tip of the day/ })).toHaveTextContent(today.text.en!);
    first.unmount();
    renderIn('en', <TalkingPoints overview={overviewWith()} />);
    expect(await screen.findByRole('complementary', { name: /Tip of the day/ })).toHaveTextContent(today.text.en!);
  });

  it('shows no tip when the person chose "never" for reminders, but keeps the talking points', async () => {
    await withFrequency('never');
    renderIn('en', <TalkingPoints overview={overviewWith()} />);
    expect(await screen.findByRole('region', { name: 'Talking points' })).toBeVisible();
    // Wait for the stored preference to be read (the section renders before it).
    await waitFor(async () => expect((await preferencesItem.getValue()).reminderFrequency).toBe('never'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(screen.queryByText(tips[0]!.text.en!)).toBeNull();
    expect(screen.queryByText(tips[1]!.text.en!)).toBeNull();
  });

  it('shows nothing when the feed has neither talking points nor tips', async () => {
    const { container } = renderIn('en', <TalkingPoints overview={overviewWith({ talkingPoints: [], tips: [] })} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container).toBeEmptyDOMElement();
  });
});
