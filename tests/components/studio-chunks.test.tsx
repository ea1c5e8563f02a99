/**
 * The Feed studio when its deferred chunks cannot be read (an update replaced the extension's
 * files while the page was open): it says so in plain words, the download stays blocked, and
 * the rest of the studio keeps working with the draft.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it, vi } from 'vitest';
import { StudioRoot } from '@/components/studio/StudioRoot';
import { useStudioStore } from '@/stores/studio';

vi.mock('@/lib/pages/studio/checks', () => {
  throw new TypeError('Failed to fetch dynamically imported module: chunks/checks.js');
});
vi.mock('@/components/studio/Preview', () => {
  throw new TypeError('Failed to fetch dynamically imported module: chunks/Preview.js');
});

beforeEach(() => {
  useStudioStore.setState(useStudioStore.getInitialState(), true);
  // React reports the error the boundary caught; expected here, so kept out of the output.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  return () => vi.restoreAllMocks();
});

it('says when the checks and the preview cannot load, keeps the download blocked, and keeps editing', async () => {
  const user = userEvent.setup();
  render(<StudioRoot language="en" />);
  await user.click(await screen.findByRole('button', { name: 'New feed from the template' }));
  await user.click(screen.getByRole('button', { name: 'Add an item' }));

  expect(await screen.findByText(/The checks could not load, so the download waits\./)).toBeInTheDocument();
  expect(screen.queryByText('Checking…')).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Download feed.json' })).toBeDisabled();
  expect(await screen.findByRole('alert')).toHaveTextContent('The preview could not load. Reload this page');

  // The page is still there: the item's form edits the draft.
  await user.type(screen.getByLabelText('Headline (as in the newsroom)'), 'Crane');
  expect(useStudioStore.getState().history!.present.items[0]!.title).toBe('Crane');
  expect(screen.getByRole('heading', { name: 'Feed studio' })).toBeInTheDocument();
});

it('speaks Danish about it too', async () => {
  const user = userEvent.setup();
  render(<StudioRoot language="da" />);
  await user.click(await screen.findByRole('button', { name: 'Nyt feed fra skabelonen' }));
  expect(await screen.findByText(/Tjekket af feedet kunne ikke indlæses/)).toBeInTheDocument();
});
