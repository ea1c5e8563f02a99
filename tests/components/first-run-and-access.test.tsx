/**
 * A fast first run (P9) and withdrawn LinkedIn access, in the options page and the popup:
 * the consent switches never wait for managed storage (only the feed source does, and says
 * so), and a withdrawn host permission is told with one button that asks for it again.
 */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { PopupApp } from '@/components/popup/PopupApp';
import { SiteAccessNotice } from '@/components/SiteAccessNotice';
import { useOptionsStore } from '@/stores/options';
import { usePopupStore } from '@/stores/popup';
import { renderIn } from '../helpers/render';

vi.mock('@/lib/shared/messaging/send', () => ({
  send: vi.fn(async () => ({ ok: false, error: { code: 'unknown-message', message: 'Unknown message type.' } })),
}));

type Listener = () => void;

/** The browser's permissions for LinkedIn, which the test can withdraw and grant like a person. */
function permissions(initial: boolean) {
  let granted = initial;
  const listeners = new Set<Listener>();
  const event = {
    addListener: (listener: Listener) => listeners.add(listener),
    removeListener: (listener: Listener) => listeners.delete(listener),
  };
  const contains = vi.fn(
    async (query: { origins?: string[] }) =>
      granted && JSON.stringify(query.origins) === JSON.stringify(['https://www.linkedin.com/*']),
  );
  const request = vi.fn(async (_query: { origins?: string[] }) => true);
  Object.assign(fakeBrowser.permissions, { contains, request, onAdded: event, onRemoved: event });
  return {
    request,
    set(next: boolean) {
      granted = next;
      act(() => listeners.forEach((listener) => listener()));
    },
  };
}

beforeEach(() => {
  useOptionsStore.setState(useOptionsStore.getInitialState(), true);
  usePopupStore.setState(usePopupStore.getInitialState(), true);
  location.hash = '';
});

describe('a fast first run (P9)', () => {
  it('shows the consent switches while managed storage has not answered; only the feed source waits', async () => {
    permissions(true);
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    Object.assign(fakeBrowser.storage.managed, {
      get: vi.fn(() => new Promise<Record<string, unknown>>((resolve) => (answer = resolve))),
    });
    renderIn('en', <OptionsApp />);
    expect(await screen.findAllByRole('switch')).toHaveLength(3);
    expect(screen.getByText("Checking your organization's settings…")).toBeVisible();
    expect(screen.queryByLabelText('Feed URL')).toBeNull();

    answer({ feedUrl: 'https://intranet.example.com/feed.json' });
    const field = await screen.findByLabelText('Feed URL');
    await waitFor(() => expect(field).toHaveValue('https://intranet.example.com/feed.json'));
    expect(field).toHaveAttribute('readonly');
    expect(screen.queryByText("Checking your organization's settings…")).toBeNull();
  });

  it('does the same on the onboarding, and says it in Danish', async () => {
    permissions(true);
    Object.assign(fakeBrowser.storage.managed, { get: vi.fn(() => new Promise(() => undefined)) });
    location.hash = '#onboarding';
    renderIn('da', <OptionsApp />);
    expect(await screen.findAllByRole('switch')).toHaveLength(3);
    expect(screen.getByRole('heading', { level: 1 })).toBeVisible();
  });

  it('says it in Danish on the settings page', async () => {
    permissions(true);
    Object.assign(fakeBrowser.storage.managed, { get: vi.fn(() => new Promise(() => undefined)) });
    renderIn('da', <OptionsApp />);
    expect(await screen.findByText('Tjekker din organisations indstillinger…')).toBeVisible();
    // The three consents, "Also help in comment boxes" under the reminders (issue 28), and the
    // toolbar badge's switch (the last two drawn once their own settings are read: under a full
    // suite's load that came a moment after the heading).
    await waitFor(() => expect(screen.getAllByRole('switch')).toHaveLength(5));
  });
});

describe('withdrawn LinkedIn access', () => {
  it('says nothing while access is on', async () => {
    permissions(true);
    renderIn('en', <SiteAccessNotice look="options" />);
    await act(async () => undefined);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tells the person on the options page and asks again from one click; goes away once granted', async () => {
    const user = userEvent.setup();
    const access = permissions(false);
    renderIn('en', <OptionsApp />);
    expect(await screen.findByRole('alert')).toHaveTextContent('LinkedIn access is off');
    await user.click(screen.getByRole('button', { name: 'Allow LinkedIn access' }));
    expect(access.request).toHaveBeenCalledWith({ origins: ['https://www.linkedin.com/*'] });
    access.set(true);
    await waitFor(() => expect(screen.queryByText('LinkedIn access is off')).toBeNull());
    // Withdrawn again (about:addons, site access): told again, live.
    access.set(false);
    expect(await screen.findByText('LinkedIn access is off')).toBeVisible();
  });

  it('tells the person in the popup, in Danish, and says so when the browser refuses', async () => {
    const user = userEvent.setup();
    const access = permissions(false);
    access.request.mockImplementation(async () => false);
    renderIn('da', <PopupApp />);
    expect(await screen.findByText('Adgang til LinkedIn er slået fra')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Giv adgang til LinkedIn' }));
    expect(
      await screen.findByText(
        'Adgangen blev ikke givet. Du kan også slå den til i browserens indstillinger for denne udvidelse.',
      ),
    ).toBeVisible();
    expect(screen.getAllByRole('button', { name: 'Giv adgang til LinkedIn' })).toHaveLength(1);
  });
});
