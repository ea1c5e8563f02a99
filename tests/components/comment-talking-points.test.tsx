/**
 * Issues 27 and 28 together: the comment helper lists the feed's talking points (folded), a search
 * (the popup's matching) narrows them, Copy puts one answer on the clipboard, and only the
 * person's own click counts.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CommentHelper } from '@/components/comments/CommentHelper';
import type { CommentData } from '@/lib/worker/feed/comment-data';
import type { TalkingPoint } from '@/lib/shared/feed/types';
import { DEFAULT_GUIDELINE_PARAMS } from '@/lib/shared/guidelines/types';
import { renderIn } from '../helpers/render';

let trusted = true;
Object.defineProperty(Event.prototype, 'isTrusted', { configurable: true, get: () => trusted });

const points: TalkingPoint[] = [
  {
    id: 'jobs',
    question: { da: 'Hvor mange job skaber servicecentret?', en: 'How many jobs does the hub create?' },
    answer: { da: 'Omkring 60 i 2027.', en: 'About 60 during 2027.' },
    url: 'https://nordvind.example/job',
    topics: ['careers'],
    campaigns: [],
  },
  {
    id: 'greenwashing',
    question: { da: 'Er det ikke bare grønvask?', en: "Isn't this just greenwashing?" },
    answer: { da: 'Vi offentliggør også mål, vi ikke nåede.', en: 'We also publish the targets we missed.' },
    url: null,
    topics: [],
    campaigns: [],
  },
];

const data = (talkingPoints: TalkingPoint[]): CommentData => ({
  help: { on: true, checks: false },
  organization: null,
  criticismContact: null,
  rules: DEFAULT_GUIDELINE_PARAMS,
  talkingPoints,
});

function helper(talkingPoints: TalkingPoint[], copy = vi.fn(async (_text: string) => 'copied' as const)) {
  renderIn(
    'en',
    <CommentHelper
      data={data(talkingPoints)}
      thread=""
      links={[]}
      draft=""
      criticismShownBefore={false}
      onCriticismShown={() => undefined}
      onClose={() => undefined}
      copy={copy}
    />,
  );
  return copy;
}

const questions = () =>
  [...document.querySelectorAll('.talking-point__question')].map((question) => question.textContent);

beforeEach(() => {
  trusted = true;
});

describe('the comment helper’s talking points', () => {
  it('lists them folded, a search narrows them (the popup’s matching, topics too), and says when nothing matches', async () => {
    const user = userEvent.setup();
    helper(points);
    const details = document.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('If someone asks… (2)');
    expect(questions()).toEqual(['How many jobs does the hub create?', "Isn't this just greenwashing?"]);

    const search = screen.getByRole('searchbox', { name: 'Search talking points' });
    await user.type(search, 'careers');
    expect(document.querySelector('details')!.open).toBe(true);
    expect(questions()).toEqual(['How many jobs does the hub create?']);

    await user.clear(search);
    await user.type(search, 'greenwashing targets');
    expect(questions()).toEqual(["Isn't this just greenwashing?"]);

    await user.clear(search);
    await user.type(search, 'parking');
    expect(questions()).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('No talking point matches “parking”.');
  });

  it('Copy copies the answer with its link, only on the person’s own click', async () => {
    const user = userEvent.setup();
    const copy = helper(points);
    await user.click(document.querySelector('summary')!);
    const copyJobs = screen.getByRole('button', { name: 'Copy the answer to “How many jobs does the hub create?”' });
    trusted = false;
    await user.click(copyJobs);
    expect(copy).not.toHaveBeenCalled();
    trusted = true;
    await user.click(copyJobs);
    expect(copy).toHaveBeenCalledWith('About 60 during 2027.\nhttps://nordvind.example/job');
    const item = screen.getAllByRole('listitem')[0]!;
    expect(await within(item).findByText('Copied. Put it in your own words when you answer.')).toBeTruthy();
  });

  it('shows nothing for a feed without talking points and nothing else to say', () => {
    helper([]);
    expect(document.querySelector('.comment-helper')).toBeNull();
  });
});
