/**
 * The Feed studio's programme results (issue 26): the feed's `_advocacy.results` form, and the
 * Results tab reading the collector with the token, drawing each range, saying "too few
 * reports", and turning a figure into a highlight of the feed in one click.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StudioRoot } from '@/components/studio/StudioRoot';
import { getIn } from '@/lib/pages/studio/path';
import { recentPeriods } from '@/lib/pages/studio/results';
import { RESULTS_TOKEN_KEY } from '@/lib/shared/studio/results-token';
import { useStudioStore } from '@/stores/studio';

const feed = () => useStudioStore.getState().history!.present;
const PERIOD = recentPeriods(new Date())[0]!;

beforeEach(() => {
  useStudioStore.setState(useStudioStore.getInitialState(), true);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function startFromTemplate() {
  const user = userEvent.setup();
  render(<StudioRoot language="en" />);
  await user.click(await screen.findByRole('button', { name: 'New feed from the template' }));
  return user;
}

function collectorAnswer(body: unknown, status = 200) {
  const fetchMock = vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('programme results in the Feed studio', { timeout: 30_000 }, () => {
  it('edits _advocacy.results in Feed settings, and a feed without it has none', async () => {
    const user = await startFromTemplate();
    expect(getIn(feed(), ['_advocacy', 'results'])).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Feed settings' }));
    const group = screen.getByRole('group', { name: 'Programme results' });
    fireEvent.change(within(group).getByLabelText('Collector address'), {
      target: { value: 'https://results.example.com' },
    });
    fireEvent.change(within(group).getByLabelText('Fewest reports for a figure'), { target: { value: '30' } });
    expect(getIn(feed(), ['_advocacy', 'results'])).toMatchObject({
      collector: 'https://results.example.com',
      min_reports: 30,
    });
  });

  it('asks for a collector first', async () => {
    const user = await startFromTemplate();
    await user.click(screen.getByRole('button', { name: 'Results' }));
    expect(screen.getByText(/Name a collector under Feed settings/)).toBeInTheDocument();
  });

  it('reads the results with the token, draws each range, says too few, and makes a highlight', async () => {
    const user = await startFromTemplate();
    useStudioStore
      .getState()
      .setField(['_advocacy', 'results'], { collector: 'https://results.example.com/', min_reports: 25 });
    const fetchMock = collectorAnswer({
      period: PERIOD,
      min_reports: 25,
      questions: [
        { question: 'campaign:green-energy', n: 12, too_few: true },
        { question: 'any', n: 100, estimate: 24.6, low: 18.2, high: 31.4 },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Results' }));
    await user.type(screen.getByLabelText('Results token'), 'secret-token-0123456789');
    expect(screen.getByText('Kept only while this page is open.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show results' }));

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`https://results.example.com/results?period=${PERIOD}&min=25`);
    expect(init).toMatchObject({ credentials: 'omit', headers: { authorization: 'Bearer secret-token-0123456789' } });
    // Not kept: nothing in storage.
    expect((await fakeBrowser.storage.local.get(RESULTS_TOKEN_KEY))[RESULTS_TOKEN_KEY]).toBeUndefined();

    const anything = (await screen.findByRole('heading', { name: 'Shared anything' })).closest('li')!;
    expect(
      within(anything).getByText(/^Between 18 % and 31 % of the colleagues who count shared in /),
    ).toBeInTheDocument();
    const bar = within(anything).getByRole('img', { name: 'Range 18 % to 31 %, best estimate 25 %' });
    const range = within(bar).getByTestId('interval-range');
    expect(range.getAttribute('x')).toBe('18');
    expect(range.getAttribute('width')).toBe('13');
    const campaign = screen.getByRole('heading', { name: 'Campaign green-energy' }).closest('li')!;
    expect(within(campaign).getByText(/Too few reports \(12; a figure needs at least 25\)/)).toBeInTheDocument();
    expect(within(campaign).queryByRole('img')).toBeNull();
    expect(within(campaign).queryByRole('button')).toBeNull();

    await user.click(within(anything).getByRole('button', { name: 'Add as a highlight of the feed' }));
    const highlights = getIn(feed(), ['_advocacy', 'highlights']) as {
      id: string;
      kind: string;
      text: { en: string; da: string };
    }[];
    expect(highlights.at(-1)).toMatchObject({ id: `results-${PERIOD}-anything`, kind: 'success' });
    expect(highlights.at(-1)!.text.en).toMatch(
      /^Between 18 % and 31 % of the colleagues who count shared something in /,
    );
    expect(highlights.at(-1)!.text.da).toMatch(/^Mellem 18 % og 31 % af de kolleger, der tæller med/);
    expect(within(anything).getByRole('status')).toHaveTextContent('Added to the feed’s highlights');
    // Undo takes it out again, like every studio change.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(
      ((getIn(feed(), ['_advocacy', 'highlights']) ?? []) as unknown[]).some((h) =>
        (h as { id: string }).id.startsWith('results-'),
      ),
    ).toBe(false);
  });

  it('keeps the token on this device only when asked, and forgets it on request', async () => {
    const user = await startFromTemplate();
    useStudioStore.getState().setField(['_advocacy', 'results'], { collector: 'https://results.example.com' });
    collectorAnswer({ error: 'a valid bearer token is required' }, 401);
    await user.click(screen.getByRole('button', { name: 'Results' }));
    await user.type(screen.getByLabelText('Results token'), 'wrong-token-0123456789');
    await user.click(screen.getByRole('checkbox', { name: 'Keep it on this device' }));
    expect(screen.getByText(/Kept in this browser’s extension storage until you forget it/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show results' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The collector refused the token.');
    await waitFor(async () =>
      expect((await fakeBrowser.storage.local.get(RESULTS_TOKEN_KEY))[RESULTS_TOKEN_KEY]).toBe(
        'wrong-token-0123456789',
      ),
    );
    await user.click(await screen.findByRole('button', { name: 'Forget the token' }));
    await waitFor(async () =>
      expect((await fakeBrowser.storage.local.get(RESULTS_TOKEN_KEY))[RESULTS_TOKEN_KEY]).toBeUndefined(),
    );
    expect(screen.getByLabelText('Results token')).toHaveValue('');
  });
});
