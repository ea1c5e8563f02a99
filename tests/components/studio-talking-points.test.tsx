/** The Feed studio's talking points and tips (issue 27): forms, checks next to the field, attach, preview. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { StudioRoot } from '@/components/studio/StudioRoot';
import { LIMITS } from '@/lib/shared/feed/limits';
import { parseFeedText } from '@/lib/shared/feed/validate';
import { getIn, type JsonObject } from '@/lib/pages/studio/path';
import { serializeFeed } from '@/lib/pages/studio/serialize';
import { newFeedTemplate } from '@/lib/pages/studio/template';
import { useStudioStore } from '@/stores/studio';

beforeEach(() => {
  useStudioStore.setState(useStudioStore.getInitialState(), true);
});

const feed = () => useStudioStore.getState().history!.present;

const harbour = {
  id: 'harbour',
  question: { da: 'Hvorfor ved havnen?', en: 'Why at the harbour?' },
  answer: { da: 'Havnen har allerede nettilslutningen.', en: 'The harbour already has the grid connection.' },
};

/** A feed that downloads as it is (organization named, one shareable item), opened by drop. */
async function openFeed(extra: { talkingPoints?: JsonObject[]; itemPoints?: string[] } = {}) {
  const template = newFeedTemplate();
  const advocacy = template._advocacy as Record<string, unknown>;
  const feedJson = {
    ...template,
    _advocacy: {
      ...advocacy,
      organization: { name: 'Havbro Vind' },
      ...(extra.talkingPoints ? { talking_points: extra.talkingPoints } : {}),
    },
    items: [
      {
        id: 'crane',
        url: 'https://havbro.example/crane',
        title: 'Crane',
        _advocacy: {
          campaign: 'crane',
          variants: [
            { language: 'da', text: 'Vores nye kran er i drift.' },
            { language: 'en', text: 'Our new crane is running.' },
          ],
          ...(extra.itemPoints ? { talking_points: extra.itemPoints } : {}),
        },
      },
    ],
  };
  const user = userEvent.setup();
  render(<StudioRoot language="en" />);
  const zone = await screen.findByTestId('dropzone');
  const file = new File([serializeFeed(feedJson)], 'feed.json', { type: 'application/json' });
  await act(async () => {
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
  });
  await screen.findByRole('heading', { name: 'Item 1: Crane' });
  return user;
}

describe('Feed studio: talking points and tips', { timeout: 60_000 }, () => {
  it('adds a talking point and a tip in forms, with length, language and link checks next to the fields', async () => {
    const user = await openFeed();
    await user.click(screen.getByRole('button', { name: 'Feed settings' }));
    await user.click(screen.getByRole('button', { name: 'Add a talking point' }));
    const point = screen.getByRole('group', { name: 'Talking point 1' });
    expect(getIn(feed(), ['_advocacy', 'talking_points', 0, 'id'])).toBe('talking-point-1');

    const question = within(point).getByRole('group', { name: 'Question' });
    await user.type(within(question).getByLabelText('Danish'), 'Hvorfor ved havnen?');
    // One language only: a warning at the question (colleagues who read English get the Danish one).
    await waitFor(() => expect(question).toHaveTextContent(/Warning: No English text/), { timeout: 10_000 });

    const answer = within(point).getByRole('group', { name: 'Short answer' });
    expect(answer).toHaveTextContent(`At most ${LIMITS.answer} characters per language`);
    const answerDa = within(answer).getByLabelText('Danish');
    fireEvent.change(answerDa, { target: { value: 'a'.repeat(LIMITS.answer + 1) } });
    await waitFor(() =>
      expect(answerDa).toHaveAccessibleDescription(`Error: Too long: at most ${LIMITS.answer} characters.`),
    );
    expect(answerDa).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Download feed.json' })).toBeDisabled();
    fireEvent.change(answerDa, { target: { value: 'Havnen har allerede nettilslutningen.' } });
    await waitFor(() => expect(answerDa).toHaveAttribute('aria-invalid', 'false'));

    const link = within(point).getByLabelText('Link (https)');
    fireEvent.change(link, { target: { value: 'http://havbro.example/havn' } });
    await waitFor(() => expect(link).toHaveAccessibleDescription(/Error: Needs a link that starts with https:\/\//));
    fireEvent.change(link, { target: { value: 'https://havbro.example/havn' } });
    await waitFor(() => expect(link).toHaveAttribute('aria-invalid', 'false'));

    await user.click(screen.getByRole('button', { name: 'Add a tip' }));
    const tip = screen.getByRole('group', { name: 'Tip 1' });
    fireEvent.change(within(within(tip).getByRole('group', { name: 'Tip' })).getByLabelText('English'), {
      target: { value: 'Use a picture of your own.' },
    });
    await user.selectOptions(within(tip).getByLabelText('Subject'), 'Pictures');
    expect(getIn(feed(), ['_advocacy', 'tips'])).toEqual([
      { id: 'tip-1', text: { en: 'Use a picture of your own.' }, subject: 'pictures' },
    ]);
    await waitFor(() => expect(within(tip).getByRole('group', { name: 'Tip' })).toHaveTextContent(/No Danish text/));
    // Warnings do not block: the feed downloads.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Download feed.json' })).toBeEnabled());
  });

  it('attaches a talking point to an item; the preview shows it as the panel will and the file reads back', async () => {
    const user = await openFeed({ talkingPoints: [harbour] });
    const attach = screen.getByRole('group', { name: 'Talking points for this item' });
    const box = within(attach).getByRole('checkbox', { name: /Hvorfor ved havnen\?|Why at the harbour\?/ });
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(box).toBeChecked();
    expect(getIn(feed(), ['items', 0, '_advocacy', 'talking_points'])).toEqual(['harbour']);

    // The preview (Danish by default): "If someone asks…", folded, with the question and answer.
    const card = screen.getByRole('region', { name: 'The suggestion as an employee sees it' });
    await waitFor(() => expect(card.shadowRoot?.querySelector('details.talking-points')).not.toBeNull());
    const details = card.shadowRoot!.querySelector('details.talking-points') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Hvis nogen spørger… (1)');
    expect(details.textContent).toContain('Hvorfor ved havnen?');
    expect(details.textContent).toContain('Havnen har allerede nettilslutningen.');
    await user.click(screen.getByRole('radio', { name: 'a colleague who reads English' }));
    await waitFor(() =>
      expect(card.shadowRoot?.querySelector('details.talking-points summary')?.textContent).toBe(
        'If someone asks… (1)',
      ),
    );

    // The downloaded file holds the id and reads back through the extension's own reader, unchanged.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Download feed.json' })).toBeEnabled());
    const text = serializeFeed(feed());
    expect(text).toContain('"talking_points": [\n          "harbour"\n        ]');
    const read = parseFeedText(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.notes).toEqual([]);
    expect(read.feed.items[0]!._advocacy?.talking_points).toEqual(['harbour']);
    expect(read.feed.envelope._advocacy?.talking_points).toEqual([{ ...harbour, topics: [], campaigns: [] }]);
    expect(serializeFeed(JSON.parse(text))).toBe(text);

    // Unticked, the list leaves the item (nothing empty stays in the file).
    await user.click(box);
    expect(getIn(feed(), ['items', 0, '_advocacy', 'talking_points'])).toBeUndefined();
  });

  it('warns at the id of a second talking point with the same id (the extension keeps only the first)', async () => {
    const user = await openFeed({ talkingPoints: [harbour, { ...harbour, question: { da: 'Igen?', en: 'Again?' } }] });
    await user.click(screen.getByRole('button', { name: 'Feed settings' }));
    const second = within(screen.getByRole('group', { name: 'Talking point 2' })).getByLabelText('Id');
    await waitFor(
      () =>
        expect(second).toHaveAccessibleDescription(
          /Warning: The same id as number 1 above: the extension keeps only the first\./,
        ),
      { timeout: 10_000 },
    );
    expect(
      within(screen.getByRole('group', { name: 'Talking point 1' })).getByLabelText('Id'),
    ).not.toHaveAccessibleDescription(/same id/);
  });

  it('flags an id the item names that the feed lacks, next to it, and lets it be removed', async () => {
    const user = await openFeed({ talkingPoints: [harbour], itemPoints: ['harbour', 'ghost'] });
    const attach = screen.getByRole('group', { name: 'Talking points for this item' });
    const ghost = within(attach).getByRole('checkbox', { name: '“ghost” (not in the feed)' });
    expect(ghost).toBeChecked();
    await waitFor(
      () =>
        expect(attach).toHaveTextContent('Warning: The feed has no talking point "ghost": the extension skips this id'),
      { timeout: 10_000 },
    );
    await user.click(ghost);
    expect(getIn(feed(), ['items', 0, '_advocacy', 'talking_points'])).toEqual(['harbour']);
    await waitFor(() => expect(attach).not.toHaveTextContent('ghost'));
  });
});
