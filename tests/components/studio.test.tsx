/** The Feed studio's forms and checks, with plain Testing Library (no browser). */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { StudioRoot } from '@/components/studio/StudioRoot';
import { loadDraft } from '@/lib/pages/studio/autosave';
import { getIn } from '@/lib/pages/studio/path';
import { serializeFeed } from '@/lib/pages/studio/serialize';
import { newFeedTemplate } from '@/lib/pages/studio/template';
import { useStudioStore } from '@/stores/studio';

beforeEach(() => {
  useStudioStore.setState(useStudioStore.getInitialState(), true);
});

async function startFromTemplate(language: 'da' | 'en' = 'en') {
  const user = userEvent.setup();
  render(<StudioRoot language={language} />);
  await user.click(
    await screen.findByRole('button', {
      name: language === 'en' ? 'New feed from the template' : 'Nyt feed fra skabelonen',
    }),
  );
  return user;
}

const feed = () => useStudioStore.getState().history!.present;

// user-event types letter by letter: slower than the default 5 s on a shared 2-core machine.
describe('Feed studio', { timeout: 30_000 }, () => {
  it('starts from the template, says what blocks the download next to the field, and unblocks when fixed', async () => {
    const user = await startFromTemplate();
    const download = screen.getByRole('button', { name: 'Download feed.json' });
    // The first test of the file also waits for the checks' chunk to be transformed (over 1 s when loaded).
    await screen.findByText(/Fix 1 error to download/, undefined, { timeout: 10_000 });
    expect(download).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Feed settings' }));
    const name = screen.getByLabelText('Name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Error: This is empty\./);
    // The template's five reminder topics are there to edit, in Danish and English.
    expect(screen.getAllByRole('group', { name: /^Reminder \d$/ })).toHaveLength(5);
    await user.type(name, 'Havbro Vind');
    await waitFor(() => expect(download).toBeEnabled());
    expect(name).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByText(/Ready to download/)).toBeInTheDocument();
  });

  it('names the blocking field as the person sees it, never as a JSON path, and a click goes to it', async () => {
    await startFromTemplate('da');
    const status = await screen.findByText(/Ret 1 fejl/, undefined, { timeout: 10_000 });
    expect(status.textContent).not.toMatch(/_advocacy|organization\.name/);
    const go = within(status).getByRole('button', { name: 'Feedindstillinger → Organisation → Navn' });
    fireEvent.click(go);
    await waitFor(() => expect(screen.getByLabelText('Navn')).toHaveFocus());
  });

  it('edits an item in forms; every change can be undone and redone, also from the keyboard', async () => {
    const user = await startFromTemplate();
    await user.click(screen.getByRole('button', { name: 'Add an item' }));
    const title = screen.getByLabelText('Headline (as in the newsroom)');
    await user.type(title, 'Crane');
    expect(feed().items[0]!.title).toBe('Crane');
    await user.click(screen.getByRole('button', { name: 'Add a Danish text' }));
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Ny kran');
    expect(getIn(feed(), ['items', 0, '_advocacy', 'variants'])).toEqual([{ language: 'da', text: 'Ny kran' }]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(getIn(feed(), ['items', 0, '_advocacy', 'variants'])).toEqual([{ language: 'da' }]);
    await user.keyboard('{Control>}z{/Control}');
    expect(getIn(feed(), ['items', 0, '_advocacy'])).toBeUndefined();
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(getIn(feed(), ['items', 0, '_advocacy', 'variants'])).toEqual([{ language: 'da' }]);
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(getIn(feed(), ['items', 0, '_advocacy', 'variants'])).toEqual([{ language: 'da', text: 'Ny kran' }]);
  });

  it('reorders, duplicates and deletes items, and undo brings a deleted item back', async () => {
    const user = await startFromTemplate();
    await user.click(screen.getByRole('button', { name: 'Add an item' }));
    await user.type(screen.getByLabelText('Headline (as in the newsroom)'), 'First');
    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    expect(feed().items.map((item) => item.title)).toEqual(['First', 'First']);
    expect(new Set(feed().items.map((item) => item.id)).size).toBe(2);
    await user.clear(screen.getByLabelText('Headline (as in the newsroom)'));
    await user.type(screen.getByLabelText('Headline (as in the newsroom)'), 'Second');
    await user.click(screen.getByRole('button', { name: 'Move up' }));
    expect(feed().items.map((item) => item.title)).toEqual(['Second', 'First']);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(feed().items.map((item) => item.title)).toEqual(['First']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(feed().items.map((item) => item.title)).toEqual(['Second', 'First']);
    const list = screen.getByRole('list', { name: '2 items' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([expect.stringContaining('Second'), expect.stringContaining('First')]);
  });

  it('shows errors and warnings in plain words next to their field', async () => {
    const user = await startFromTemplate();
    await user.click(screen.getByRole('button', { name: 'Add an item' }));
    await user.type(screen.getByLabelText('Link (https)'), 'http://news.example/a');
    await user.type(screen.getByLabelText('Campaign'), 'winter sale');
    await user.type(screen.getByLabelText('Headline (as in the newsroom)'), 'A');
    const link = screen.getByLabelText('Link (https)');
    await waitFor(() => expect(link).toHaveAccessibleDescription(/Error: Needs a link that starts with https:\/\//));
    // Under a full suite's load the checks can run between two fields' typing: wait for the next run.
    await waitFor(() => expect(screen.getByLabelText('Campaign')).toHaveAccessibleDescription(/Only letters, digits/));
    await user.clear(link);
    await user.type(link, 'https://news.example/a');
    await user.clear(screen.getByLabelText('Campaign'));
    await waitFor(() =>
      expect(screen.getByLabelText('Link (https)')).toHaveAccessibleDescription(/Warning: The link has no campaign/),
    );
    // Warnings do not block the download (the organization's name is the only error left).
    expect(screen.getByText(/Fix 1 error to download/)).toBeInTheDocument();
  });

  it('previews the item with the panel’s card and the exact text Insert puts in, campaign link included', async () => {
    const user = await startFromTemplate();
    await user.click(screen.getByRole('button', { name: 'Add an item' }));
    await user.type(screen.getByLabelText('Link (https)'), 'https://news.example/crane');
    await user.type(screen.getByLabelText('Campaign'), 'crane');
    await user.click(screen.getByRole('button', { name: 'Add a Danish text' }));
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Vores nye kran er i drift.');
    const card = screen.getByRole('region', { name: 'The suggestion as an employee sees it' });
    await waitFor(() =>
      expect(card.shadowRoot?.querySelector('.card__text')?.textContent).toBe('Vores nye kran er i drift.'),
    );
    // The card speaks the employee's language (Danish here), as in the panel.
    expect(card.shadowRoot?.querySelector('button')?.textContent).toBe('Indsæt');
    expect(screen.getByTestId('insert-text').dataset.text).toBe(
      'Vores nye kran er i drift.\n\nhttps://news.example/crane?utm_source=linkedin&utm_medium=employee-advocacy&utm_campaign=crane',
    );
    expect(screen.getByText('Short enough: LinkedIn shows all of it.')).toBeInTheDocument();
  });

  it('autosaves on this device and restores the draft when the page opens again', async () => {
    const user = await startFromTemplate();
    await user.click(screen.getByRole('button', { name: 'Add an item' }));
    await user.type(screen.getByLabelText('Headline (as in the newsroom)'), 'Saved?');
    await waitFor(async () => expect((await loadDraft())?.draft.feed.items[0]?.title).toBe('Saved?'));
    // The page closes and opens again: nothing in memory, only what was saved on the device.
    cleanup();
    useStudioStore.setState(useStudioStore.getInitialState(), true);
    render(<StudioRoot language="en" />);
    expect(await screen.findByDisplayValue('Saved?')).toBeInTheDocument();
  });

  it('opens a dropped feed.json, and says plainly when a file is not a feed', async () => {
    render(<StudioRoot language="en" />);
    const zone = await screen.findByTestId('dropzone');
    const bad = new File(['{"title":"no items"}'], 'feed.json', { type: 'application/json' });
    fireEvent.drop(zone, { dataTransfer: { files: [bad] } });
    expect(await screen.findByRole('alert')).toHaveTextContent('This is not a feed');
    const good = { ...newFeedTemplate(), items: [{ id: 'a', title: 'Dropped item' }] };
    const file = new File([serializeFeed(good)], 'feed.json', { type: 'application/json' });
    await act(async () => {
      fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    });
    expect(await screen.findByRole('heading', { name: 'Item 1: Dropped item' })).toBeInTheDocument();
  });

  it('marks an item as featured, and names the communications contact for “Suggest this page”', async () => {
    const user = await startFromTemplate();
    await user.click(screen.getByRole('button', { name: 'Add an item' }));
    const featured = screen.getByRole('checkbox', { name: 'Featured' });
    expect(featured).not.toBeChecked();
    expect(featured).toHaveAccessibleDescription(/Shown first in the panel and the popup/);
    await user.click(featured);
    expect(getIn(feed(), ['items', 0, '_advocacy', 'featured'])).toBe(true);
    // Unmarked, the flag leaves the file (not `false`), and undo brings it back.
    await user.click(featured);
    expect(getIn(feed(), ['items', 0, '_advocacy', 'featured'])).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('checkbox', { name: 'Featured' })).toBeChecked();
    expect(serializeFeed(feed())).toContain('"featured": true');

    await user.click(screen.getByRole('button', { name: 'Feed settings' }));
    await user.type(screen.getByLabelText('Communications contact (name or team)'), 'Newsroom');
    const email = screen.getByLabelText('Their email address');
    expect(email).toHaveAccessibleDescription(/Suggest this page/);
    await user.type(email, 'newsroom');
    await waitFor(() => expect(email).toHaveAccessibleDescription(/Error: Needs an email address/));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    await user.type(email, '@havbro.example');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'false'));
    expect(getIn(feed(), ['_advocacy', 'communications_contact'])).toEqual({
      name: 'Newsroom',
      email: 'newsroom@havbro.example',
    });
  });

  it('shows a 500-item feed a screenful of rows first, every row soon after, and always the open item', async () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ id: `item-${i}`, title: `Story ${i}` }));
    useStudioStore.getState().open({ ...newFeedTemplate(), items }, 449);
    render(<StudioRoot language="en" />);
    expect(await screen.findByRole('heading', { name: 'Item 450: Story 449' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: '500 items' });
    const rows = () => within(list).getAllByRole('listitem').length;
    // Not all 500 in the first commit, but the open item's row is there, marked current.
    expect(rows()).toBeLessThan(500);
    expect(rows()).toBeGreaterThanOrEqual(450);
    expect(within(list).getByRole('button', { current: true })).toHaveTextContent('Story 449');
    await waitFor(() => expect(rows()).toBe(500), { timeout: 10_000 });
    expect(within(list).getAllByRole('button').at(-1)).toHaveTextContent('Story 499');
  });

  it('gives IT whole policies: switches turned off and the company’s own server go into every file', async () => {
    const user = await startFromTemplate();
    await user.click(screen.getByRole('button', { name: 'How to publish' }));
    const chrome = () => JSON.parse(screen.getByTestId('chrome-json').textContent ?? '{}');
    const id = Object.keys(chrome().ExtensionSettings)[0]!;
    expect(chrome().ExtensionSettings[id]).toEqual({
      installation_mode: 'force_installed',
      update_url: 'https://clients2.google.com/service/update2/crx',
    });
    expect(chrome()['3rdparty'].extensions[id]).toEqual({ feedUrl: 'https://www.example.com/advocacy/feed.json' });

    await user.click(screen.getByRole('checkbox', { name: 'The guideline reminders' }));
    await user.click(screen.getByRole('radio', { name: /Our own server/ }));
    const update = screen.getByLabelText('Address of your updates.xml (Chrome and Edge)');
    await user.clear(update);
    await user.type(update, 'https://it.example.com/updates.xml');
    expect(chrome().ExtensionSettings[id].update_url).toBe('https://it.example.com/updates.xml');
    expect(chrome()['3rdparty'].extensions[id]).toEqual({
      feedUrl: 'https://www.example.com/advocacy/feed.json',
      remindersAllowed: false,
    });
    expect(screen.getByTestId('chrome-registry').textContent).toContain('"remindersAllowed"=dword:00000000');
    expect(screen.getByTestId('edge-mac').textContent).toContain('https://it.example.com/updates.xml');
    const firefox = JSON.parse(screen.getByTestId('firefox-policies').textContent ?? '{}');
    expect(Object.values(firefox.policies['3rdparty'].Extensions)).toEqual([
      { feedUrl: 'https://www.example.com/advocacy/feed.json', remindersAllowed: false },
    ]);
    // Where each file goes is said next to it.
    expect(screen.getByText(/\/etc\/opt\/chrome\/policies\/managed\/advocacy.json/)).toBeInTheDocument();
    expect(screen.getByText(/distribution\\policies.json/)).toBeInTheDocument();
  });

  it('speaks Danish', async () => {
    const user = await startFromTemplate('da');
    await user.click(screen.getByRole('button', { name: 'Feedets indstillinger' }));
    await waitFor(() => expect(screen.getByLabelText('Navn')).toHaveAccessibleDescription(/Fejl: Er tomt\./));
    expect(screen.getByLabelText('Deres e-mailadresse')).toHaveAccessibleDescription(/Foreslå denne side/);
    expect(screen.getByLabelText('Kontakt i kommunikation (navn eller team)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opslag' }));
    await user.click(screen.getByRole('button', { name: 'Tilføj et opslag' }));
    expect(screen.getByRole('checkbox', { name: 'Fremhævet' })).toHaveAccessibleDescription(/Vises først i panelet/);
    await user.click(screen.getByRole('button', { name: 'Sådan udgiver du' }));
    expect(screen.getByTestId('firefox-policies').textContent).toContain('advocacy-for-linkedin@advocacy-extension');
  });
});
