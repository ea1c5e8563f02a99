import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import type { FeedProblem } from '@/lib/shared/feed/problems';
import type { Language } from '@/lib/shared/i18n';
import { send } from '@/lib/shared/messaging/send';
import { consentItem, feedUrlItem, POLICY_VERSION, preferencesItem, setConsent } from '@/lib/shared/settings';
import { useOptionsStore } from '@/stores/options';
import { renderIn } from '../helpers/render';
import { answerMessages, type Answers } from '../helpers/send';

vi.mock('@/lib/shared/messaging/send', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send);

/** Answers the background would give; anything not listed answers like an unmerged handler. */
function answer(answers: Answers) {
  answerMessages(sendMock, answers);
}

function renderOptions(language: Language = 'en') {
  return renderIn(language, <OptionsApp />);
}

const PANEL = "Show suggested posts in LinkedIn's composer";
const REMINDERS = 'Show guideline reminders while I write';
const RECORD = 'Keep a private record of my shares';

beforeEach(() => {
  useOptionsStore.setState(useOptionsStore.getInitialState(), true);
  location.hash = '';
  answer({ 'data:summary': { ok: true, data: { shareCount: 0, firstAt: null, lastAt: null } } });
});

describe('options: reading the settings', () => {
  it('shares one reading between the page script and the app, and follows storage until both have left', async () => {
    // The page's script starts reading before React renders (entrypoints/options/main.tsx).
    const stopEarly = useOptionsStore.getState().start();
    // Stopped whatever happens: a reading left running would be shared by the next tests.
    onTestFinished(() => stopEarly());
    const view = renderOptions();
    const panel = await screen.findByRole('switch', { name: PANEL });
    expect(panel).toHaveAttribute('aria-checked', 'false');
    // One reading: the background is asked once when the settings are in, not once per caller.
    await waitFor(() => expect(sendMock.mock.calls.filter(([type]) => type === 'data:summary')).toHaveLength(1));
    await setConsent('panel', true);
    await waitFor(() => expect(screen.getByRole('switch', { name: PANEL })).toHaveAttribute('aria-checked', 'true'));

    // The app leaves; the page's reading still follows storage.
    view.unmount();
    await setConsent('panel', false);
    await waitFor(() => expect(useOptionsStore.getState().consent.panel.granted).toBe(false));
    // Both gone: nothing follows any more.
    stopEarly();
    await setConsent('panel', true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(useOptionsStore.getState().consent.panel.granted).toBe(false);
  });
});

describe('options: consent', () => {
  it('offers three labelled switches, all off, that record consent in one click', async () => {
    const user = userEvent.setup();
    renderOptions();
    for (const name of [PANEL, REMINDERS, RECORD]) {
      expect(await screen.findByRole('switch', { name })).toHaveAttribute('aria-checked', 'false');
    }
    await user.click(screen.getByRole('switch', { name: PANEL }));
    await waitFor(() => expect(screen.getByRole('switch', { name: PANEL })).toHaveAttribute('aria-checked', 'true'));
    const consent = await consentItem.getValue();
    expect(consent.panel).toMatchObject({ granted: true, policyVersion: POLICY_VERSION });
    expect(consent.reminders.granted).toBe(false);
    // The date it was given, in the interface language.
    expect(screen.getByText(new RegExp(`On since .* \\(policy version ${POLICY_VERSION}\\)`))).toBeInTheDocument();

    await user.click(screen.getByRole('switch', { name: PANEL }));
    await waitFor(async () => expect((await consentItem.getValue()).panel.granted).toBe(false));
  });

  it('toggles with the keyboard (Space on the focused switch)', async () => {
    const user = userEvent.setup();
    renderOptions();
    const reminders = await screen.findByRole('switch', { name: REMINDERS });
    reminders.focus();
    await user.keyboard(' ');
    await waitFor(async () => expect((await consentItem.getValue()).reminders.granted).toBe(true));
  });

  it('has natural Danish names for the switches', async () => {
    renderOptions('da');
    expect(await screen.findByRole('switch', { name: 'Vis forslag til opslag i LinkedIns opslagsboks' })).toBeVisible();
    expect(screen.getByRole('switch', { name: 'Vis påmindelser om retningslinjerne, mens jeg skriver' })).toBeVisible();
    expect(screen.getByRole('switch', { name: 'Gem en privat oversigt over mine delinger' })).toBeVisible();
  });

  it('asks again when a consent was given under an older policy version', async () => {
    await consentItem.setValue({
      ...(await consentItem.getValue()),
      reminders: { granted: true, at: '2026-01-01T00:00:00.000Z', policyVersion: POLICY_VERSION - 1 },
    });
    renderOptions();
    expect(await screen.findByRole('alert')).toHaveTextContent('We changed what we store — please confirm again');
    expect(screen.getByRole('switch', { name: REMINDERS })).toHaveAttribute('aria-checked', 'false');
  });

  it('offers to delete the stored shares when the record is withdrawn', async () => {
    const user = userEvent.setup();
    await setConsent('recordShares', true);
    let count = 3;
    answer({
      'data:summary': () => ({ ok: true, data: { shareCount: count, firstAt: null, lastAt: null } }),
      'data:delete-shares': () => {
        const deleted = count;
        count = 0;
        return { ok: true, data: { deleted } };
      },
    });
    renderOptions();
    await user.click(await screen.findByRole('switch', { name: RECORD }));
    expect(await screen.findByText(/Also delete the 3 shares already stored/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete my shares' }));
    expect(await screen.findByText('3 shares were deleted.')).toBeInTheDocument();
    expect(sendMock).toHaveBeenCalledWith('data:delete-shares', {});
    expect((await consentItem.getValue()).recordShares.granted).toBe(false);
  });
});

describe('options: onboarding', () => {
  it('explains what it does, stores and never does, then the choices', async () => {
    location.hash = '#onboarding';
    const user = userEvent.setup();
    renderOptions();
    expect(await screen.findByRole('heading', { level: 1, name: /You decide/ })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'What it stores' })).toBeVisible();
    const never = screen.getByRole('region', { name: 'What it never does' });
    expect(within(never).getByText(/Post for you/)).toBeVisible();
    expect(within(never).getByText(/Report to your employer/)).toBeVisible();
    expect(within(never).getByText(/Rank you against colleagues/)).toBeVisible();
    expect(screen.getByRole('switch', { name: PANEL })).toHaveAttribute('aria-checked', 'false');
    await user.click(screen.getByRole('button', { name: 'Done, go to the settings' }));
    expect(await screen.findByRole('heading', { name: 'Your data' })).toBeVisible();
  });
});

describe('options: feed source', () => {
  it('rejects a non-https address in plain words without asking the background', async () => {
    const user = userEvent.setup();
    renderOptions();
    await user.type(await screen.findByLabelText('Feed URL'), 'http://news.example.com/feed.json');
    await user.click(screen.getByRole('button', { name: 'Test and save' }));
    expect(await screen.findByText(/must start with https:\/\//)).toBeVisible();
    expect(sendMock).not.toHaveBeenCalledWith('feed:test-url', expect.anything());
    expect(await feedUrlItem.getValue()).toBeNull();
  });

  it('shows plainly when the background cannot test feeds yet', async () => {
    const user = userEvent.setup();
    renderOptions();
    await user.type(await screen.findByLabelText('Feed URL'), 'https://news.example.com/feed.json');
    await user.click(screen.getByRole('button', { name: 'Test and save' }));
    expect(await screen.findByText('The extension could not test the feed: Unknown message type.')).toBeVisible();
    expect(await feedUrlItem.getValue()).toBeNull();
  });

  it('saves a feed that tests well and says how many items it found', async () => {
    const user = userEvent.setup();
    answer({
      'feed:test-url': {
        ok: true,
        data: {
          ok: true,
          title: 'Acme news',
          itemCount: 12,
          skippedCount: 1,
          languages: ['da', 'en'],
          problems: [{ code: 'https', path: ['items', 3, 'url'] }],
          needsPermission: false,
        },
      },
    });
    renderOptions();
    await user.type(await screen.findByLabelText('Feed URL'), 'https://news.example.com/feed.json');
    await user.click(screen.getByRole('button', { name: 'Test and save' }));
    expect(await screen.findByText('Saved. Found 12 suggestions in “Acme news”.')).toBeVisible();
    expect(screen.getByText('1 item was skipped:')).toBeVisible();
    // Issue 24: the field in words, never the feed's JSON path.
    expect(screen.getByText('Item 4 → Link: must be an https: link')).toBeVisible();
    expect(await feedUrlItem.getValue()).toBe('https://news.example.com/feed.json');

    await user.click(screen.getByRole('button', { name: 'Use the demo feed' }));
    await waitFor(async () => expect(await feedUrlItem.getValue()).toBeNull());
  });

  it('explains what is wrong with a bad feed and keeps the old source', async () => {
    const user = userEvent.setup();
    answer({
      'feed:test-url': {
        ok: true,
        data: {
          ok: false,
          title: null,
          itemCount: 0,
          skippedCount: 0,
          languages: [],
          problems: [{ code: 'version', path: ['version'] }],
          needsPermission: false,
        },
      },
    });
    renderOptions();
    await user.type(await screen.findByLabelText('Feed URL'), 'https://news.example.com/feed.json');
    await user.click(screen.getByRole('button', { name: 'Test and save' }));
    expect(await screen.findByText('Not saved. The feed has a problem:')).toBeVisible();
    expect(screen.getByText(/Format version: must be a JSON Feed version URL/)).toBeVisible();
    expect(await feedUrlItem.getValue()).toBeNull();
  });

  it('asks for the feed origin only, from a button press, when the server sends no CORS', async () => {
    const user = userEvent.setup();
    let tested = 0;
    answer({
      'feed:test-url': () =>
        ++tested === 1
          ? {
              ok: true,
              data: {
                ok: false,
                title: null,
                itemCount: 0,
                skippedCount: 0,
                languages: [],
                problems: [{ code: 'unreachable' }],
                needsPermission: true,
              },
            }
          : {
              ok: true,
              data: {
                ok: true,
                title: 'Acme',
                itemCount: 1,
                skippedCount: 0,
                languages: [],
                problems: [],
                needsPermission: false,
              },
            },
    });
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    renderOptions();
    await user.type(await screen.findByLabelText('Feed URL'), 'https://news.example.com:8443/feed.json');
    await user.click(screen.getByRole('button', { name: 'Test and save' }));
    await user.click(await screen.findByRole('button', { name: 'Allow reading from https://news.example.com:8443' }));
    expect(request).toHaveBeenCalledWith({ origins: ['https://news.example.com/*'] });
    expect(await screen.findByText('Saved. Found 1 suggestion in “Acme”.')).toBeVisible();
    expect(await feedUrlItem.getValue()).toBe('https://news.example.com:8443/feed.json');
  });

  it('finds the feed from the company’s website, lets the person choose, and saves the feed’s address', async () => {
    const user = userEvent.setup();
    const tested: string[] = [];
    const base = { title: null, format: null, itemCount: 0, skippedCount: 0, languages: [], needsPermission: false };
    answer({
      'feed:test-url': (payload: unknown) => {
        const { url } = payload as { url: string };
        tested.push(url);
        return url === 'https://www.sondergaard.example/'
          ? {
              ok: true,
              data: {
                ...base,
                ok: false,
                problems: [],
                pageUrl: 'https://www.sondergaard.example/',
                discovered: [
                  { url: 'https://www.sondergaard.example/nyheder.rss', title: 'Nyheder', format: 'RSS' },
                  { url: 'https://www.sondergaard.example/presse.atom', title: 'Presse', format: 'Atom' },
                ],
              },
            }
          : { ok: true, data: { ...base, ok: true, title: 'Presse', itemCount: 4, problems: [] } };
      },
    });
    renderOptions();
    await user.type(await screen.findByLabelText('Feed URL'), 'https://www.sondergaard.example/');
    await user.click(screen.getByRole('button', { name: 'Test and save' }));
    await user.click(await screen.findByRole('radio', { name: /Presse \(Atom\)/ }));
    await user.click(screen.getByRole('button', { name: 'Use this feed' }));
    expect(await screen.findByText('Saved. Found 4 suggestions in “Presse”.')).toBeVisible();
    expect(
      screen.getByText(
        'Found on www.sondergaard.example. The feed’s own address is saved: https://www.sondergaard.example/presse.atom',
      ),
    ).toBeVisible();
    expect(tested).toEqual(['https://www.sondergaard.example/', 'https://www.sondergaard.example/presse.atom']);
    expect(await feedUrlItem.getValue()).toBe('https://www.sondergaard.example/presse.atom');
  });

  it('says in Danish that a page has no feed, and why a feed was refused', async () => {
    const user = userEvent.setup();
    const base = {
      ok: false,
      title: null,
      format: null,
      itemCount: 0,
      skippedCount: 0,
      languages: [],
      needsPermission: false,
    };
    answer({
      'feed:test-url': (payload: unknown) =>
        (payload as { url: string }).url.endsWith('/')
          ? {
              ok: true,
              data: {
                ...base,
                problems: [{ code: 'no-feed-on-page' }],
                discovered: [],
                pageUrl: 'https://fjordbyg.example/',
              },
            }
          : { ok: true, data: { ...base, problems: [{ code: 'no-https-link', params: { count: 3 } }] } },
    });
    renderOptions('da');
    const field = await screen.findByLabelText('Feed-adresse');
    await user.type(field, 'https://fjordbyg.example/');
    await user.click(screen.getByRole('button', { name: 'Test og gem' }));
    expect(await screen.findByText(/Denne side linker ikke til et feed/)).toBeVisible();
    await user.clear(field);
    await user.type(field, 'https://fjordbyg.example/feed.rss');
    await user.click(screen.getByRole('button', { name: 'Test og gem' }));
    expect(await screen.findByText('Ingen af de 3 indslag har et https-link.')).toBeVisible();
    expect(await feedUrlItem.getValue()).toBeNull();
  });

  it('locks the field when the organization set the feed', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({
      feedUrl: 'https://intranet.example.com/feed.json',
    } as never);
    renderOptions();
    const field = await screen.findByLabelText('Feed URL');
    await waitFor(() => expect(field).toHaveValue('https://intranet.example.com/feed.json'));
    expect(field).toHaveAttribute('readonly');
    expect(screen.getByText('Set by your organization')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Test and save' })).toBeNull();
  });

  it('shows a feature the organization switched off as off, not clickable and explained, and names each value it could not use', async () => {
    const user = userEvent.setup();
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({
      feedUrl: 'http://intranet.example.com/feed.json',
      remindersAllowed: false,
      panelAllowed: 'no',
      colour: 'blue',
    } as never);
    renderOptions();
    const reminders = await screen.findByRole('switch', { name: 'Show guideline reminders while I write' });
    await waitFor(() => expect(reminders).toBeDisabled());
    expect(reminders).toHaveAttribute('aria-checked', 'false');
    expect(screen.getByText(/Your organization has switched this off for everyone/)).toBeVisible();
    await user.click(reminders);
    expect((await consentItem.getValue()).reminders.granted).toBe(false);
    const lines = screen.getByTestId('org-policy-problems');
    expect(lines).toHaveTextContent(
      "Your organization's setting for the feed address (feedUrl) could not be used: the address must start with https://.",
    );
    expect(lines).toHaveTextContent(
      "Your organization's setting for the suggestions panel (panelAllowed) could not be used: it is not the right kind of value.",
    );
    expect(lines).toHaveTextContent(
      "Your organization's setting for “colour” could not be used: this extension has no such setting.",
    );
    // The rest keeps working: the panel is the person's to choose, the feed address theirs to set.
    const panel = screen.getByRole('switch', { name: "Show suggested posts in LinkedIn's composer" });
    expect(panel).toBeEnabled();
    expect(await screen.findByLabelText('Feed URL')).not.toHaveAttribute('readonly');
  });
});

describe('options: audience and language', () => {
  it('offers the feed’s audiences and saves the choice', async () => {
    const user = userEvent.setup();
    answer({
      'feed:overview': {
        ok: true,
        data: { organization: null, highlights: [], items: [], audiences: ['all', 'pilot', 'sales'] },
      },
    });
    renderOptions();
    await user.click(await screen.findByRole('checkbox', { name: 'pilot' }));
    await waitFor(async () => expect((await preferencesItem.getValue()).audiences).toEqual(['pilot']));
    // "all" is for everyone and always shown: not a choice.
    expect(screen.queryByRole('checkbox', { name: 'all' })).toBeNull();
  });

  it('says so when the audiences cannot be loaded', async () => {
    renderOptions();
    expect(await screen.findByText('The groups could not be loaded: Unknown message type.')).toBeVisible();
  });

  it('saves language, reminder frequency, unsuggested posts and the sync period', async () => {
    const user = userEvent.setup();
    renderOptions();
    await user.click(await screen.findByRole('radio', { name: 'Dansk' }));
    await user.click(screen.getByRole('radio', { name: 'Once a day' }));
    await user.click(screen.getByRole('checkbox', { name: 'English' }));
    await user.click(screen.getByRole('checkbox', { name: 'Also record posts I write without a suggestion' }));
    await user.selectOptions(screen.getByLabelText('Check for new suggestions'), 'Every 6 hours');
    await waitFor(async () =>
      expect(await preferencesItem.getValue()).toEqual({
        uiLanguage: 'da',
        suggestionLanguages: ['en'],
        audiences: [],
        reminderFrequency: 'daily',
        recordUnsuggestedPosts: true,
        syncPeriodMinutes: 360,
      }),
    );
  });
});

describe('options: your data', () => {
  it('counts shares with plurals and dates in the chosen language', async () => {
    answer({
      'data:summary': {
        ok: true,
        data: { shareCount: 1, firstAt: '2026-11-02T10:00:00.000Z', lastAt: '2026-11-02T10:00:00.000Z' },
      },
    });
    const { unmount } = renderOptions('da');
    expect(await screen.findByText(/1 deling er gemt på denne enhed\. Fra 2\. nov\. 2026/)).toBeVisible();
    unmount();
    answer({
      'data:summary': {
        ok: true,
        data: { shareCount: 3, firstAt: '2026-11-02T10:00:00.000Z', lastAt: '2026-11-04T10:00:00.000Z' },
      },
    });
    useOptionsStore.setState(useOptionsStore.getInitialState(), true);
    renderOptions('en');
    expect(
      await screen.findByText(/3 shares are recorded on this device\. From 2 Nov 2026 to 4 Nov 2026\./),
    ).toBeVisible();
  });

  it('downloads the JSON export as a file', async () => {
    const user = userEvent.setup();
    answer({
      'data:summary': { ok: true, data: { shareCount: 0, firstAt: null, lastAt: null } },
      'data:export': {
        ok: true,
        data: { exportedAt: '2026-11-05T12:00:00.000Z', shareCount: 2, json: '{"shares":[]}', csv: 'id\r\n' },
      },
    });
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:x';
    });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderOptions();
    await user.click(await screen.findByRole('button', { name: 'Export everything (JSON)' }));
    expect(names).toEqual(['advocacy-export-2026-11-05.json']);
    expect(await created[0]!.text()).toBe('{"shares":[]}');
    expect(await screen.findByText('Exported 2 shares.')).toBeVisible();
  });

  it('deletes everything only after a confirmation, with Cancel focused first', async () => {
    const user = userEvent.setup();
    answer({
      'data:summary': { ok: true, data: { shareCount: 4, firstAt: null, lastAt: null } },
      'data:delete-all': { ok: true, data: { deleted: 4 } },
    });
    renderOptions();
    await user.click(await screen.findByRole('button', { name: 'Delete everything' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete everything?' });
    expect(dialog).toHaveTextContent('This deletes 4 share records');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(sendMock).not.toHaveBeenCalledWith('data:delete-all', {});
    await user.click(within(dialog).getByRole('button', { name: 'Yes, delete everything' }));
    expect(await screen.findByText('Everything was deleted. Every switch is off.')).toBeVisible();
    expect(sendMock).toHaveBeenCalledWith('data:delete-all', {});
    expect(screen.getByRole('button', { name: 'Delete everything' })).toHaveFocus();
  });
});

describe('options: feed status', () => {
  it('shows when the feed was updated and checks again on request', async () => {
    const user = userEvent.setup();
    const status = (lastSuccessAt: string | null, lastError: FeedProblem | null) => ({
      ok: true as const,
      data: {
        source: 'demo' as const,
        url: 'demo',
        organizationName: null,
        itemCount: 5,
        lastAttemptAt: null,
        lastSuccessAt,
        lastError,
        skipped: [],
        nextAttemptAt: null,
      },
    });
    answer({
      'feed:status': status(null, { code: 'http-404' }),
      'feed:sync-now': status('2026-11-26T09:05:00.000Z', null),
    });
    renderOptions();
    expect(
      await screen.findByText('The last update failed: The feed was not found at this address (404).'),
    ).toBeVisible();
    answer({
      'feed:status': status('2026-11-26T09:05:00.000Z', null),
      'feed:sync-now': status('2026-11-26T09:05:00.000Z', null),
    });
    await user.click(screen.getByRole('button', { name: 'Check for new suggestions now' }));
    expect(await screen.findByText(/^Updated 26 Nov 2026, .*: 5 suggestions\.$/)).toBeVisible();
    expect(sendMock).toHaveBeenCalledWith('feed:sync-now', {});
  });
});

describe('options: "Also help in comment boxes" (issue 28)', () => {
  const COMMENTS = 'Also help in comment boxes';

  it('is its own switch under the reminders, off by default, stored with time and policy version, and says it needs the reminders', async () => {
    renderOptions();
    const comments = await screen.findByRole('switch', { name: COMMENTS });
    expect(comments).toHaveAttribute('aria-checked', 'false');
    // Under the reminders: after their switch, before the record's.
    const names = screen.getAllByRole('switch').map((element) => element.getAttribute('aria-labelledby'));
    const order = (name: string) => names.indexOf(screen.getByRole('switch', { name }).getAttribute('aria-labelledby'));
    expect(order(REMINDERS)).toBeLessThan(order(COMMENTS));
    expect(order(COMMENTS)).toBeLessThan(order(RECORD));
    expect(screen.getAllByText(/Works only while “Show guideline reminders while I write” is on/).length).toBe(1);

    await userEvent.click(comments);
    await waitFor(() => expect(screen.getByRole('switch', { name: COMMENTS })).toHaveAttribute('aria-checked', 'true'));
    const stored = (await fakeBrowser.storage.local.get('commentHelp')).commentHelp as Record<string, unknown>;
    expect(stored).toMatchObject({ granted: true, policyVersion: POLICY_VERSION });
    // With the reminders on, the hint goes; withdrawing is one click.
    await setConsent('reminders', true);
    await waitFor(() => expect(screen.queryByText(/Works only while/)).toBeNull());
    await userEvent.click(screen.getByRole('switch', { name: COMMENTS }));
    await waitFor(() =>
      expect(screen.getByRole('switch', { name: COMMENTS })).toHaveAttribute('aria-checked', 'false'),
    );
  });

  it('is in Danish too', async () => {
    renderOptions('da');
    expect(await screen.findByRole('switch', { name: 'Hjælp også i kommentarfelter' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
  });
});
