/**
 * The options page's side of "Count my sharing anonymously" (issue 26): the fourth switch is
 * offered only with a collector and the private record, says the real numbers, goes off with
 * the record, and "What was sent" shows every report exactly as it left.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '@/components/options/OptionsApp';
import { countingSentItem, countingStateItem } from '@/lib/shared/counting/state';
import type { Language } from '@/lib/shared/i18n';
import { send } from '@/lib/shared/messaging/send';
import { consentItem, hasConsent, POLICY_VERSION, setConsent } from '@/lib/shared/settings';
import { useOptionsStore } from '@/stores/options';
import { renderIn } from '../helpers/render';
import { answerMessages } from '../helpers/send';

vi.mock('@/lib/shared/messaging/send', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send);

const RECORD = 'Keep a private record of my shares';
const COUNT = 'Count my sharing anonymously for the programme';
const COLLECTOR = { url: 'https://results.example.com/', source: 'feed' as const };

function renderOptions(collector: typeof COLLECTOR | null, language: Language = 'en') {
  answerMessages(sendMock, {
    'data:summary': { ok: true, data: { shareCount: 0, firstAt: null, lastAt: null } },
    'counting:collector': { ok: true, data: collector },
  });
  return renderIn(language, <OptionsApp />);
}

beforeEach(() => {
  useOptionsStore.setState(useOptionsStore.getInitialState(), true);
  location.hash = '';
});

describe('the switch "Count my sharing anonymously"', () => {
  it('is not offered when the feed names no collector, even with the record on', async () => {
    await setConsent('recordShares', true);
    renderOptions(null);
    await screen.findByRole('switch', { name: RECORD });
    await waitFor(() => expect(sendMock).toHaveBeenCalledWith('counting:collector', {}));
    expect(screen.queryByRole('switch', { name: COUNT })).toBeNull();
  });

  it('is offered once the record is on, off by default, with the real numbers in plain words', async () => {
    const user = userEvent.setup();
    renderOptions(COLLECTOR);
    await screen.findByRole('switch', { name: RECORD });
    expect(screen.queryByRole('switch', { name: COUNT })).toBeNull();

    await user.click(screen.getByRole('switch', { name: RECORD }));
    const count = await screen.findByRole('switch', { name: COUNT });
    expect(count).toHaveAttribute('aria-checked', 'false');
    const text = count.closest('.switch-row, div')!.parentElement!.textContent;
    expect(text).toContain('results.example.com');
    expect(text).toContain('1 in 8');
    expect(text).toContain('yes 69 % of the time');
    expect(text).toContain('yes 31 % of the time');
    expect(text).toContain('Once a month');

    await user.click(count);
    await waitFor(async () => expect(hasConsent(await consentItem.getValue(), 'countResults')).toBe(true));
    expect((await consentItem.getValue()).countResults).toMatchObject({ granted: true, policyVersion: POLICY_VERSION });

    // Without the record there is nothing to count: withdrawing it withdraws the count too.
    await user.click(screen.getByRole('switch', { name: RECORD }));
    await waitFor(async () => expect((await consentItem.getValue()).countResults?.granted).toBe(false));
    await waitFor(() => expect(screen.queryByRole('switch', { name: COUNT })).toBeNull());
  });

  it('says the same numbers in Danish', async () => {
    await setConsent('recordShares', true);
    renderOptions(COLLECTOR, 'da');
    const count = await screen.findByRole('switch', { name: 'Tæl mine delinger anonymt med for programmet' });
    const text = count.closest('div')!.parentElement!.textContent;
    expect(text).toContain('1 ud af 8');
    expect(text).toContain('ja 69 % af gangene');
    expect(text).toContain('ja 31 % af gangene');
  });
});

describe('"What was sent"', () => {
  it('says nothing was sent, then lists each report with its time and exact content, and the next one planned', async () => {
    renderOptions(COLLECTOR);
    const section = (await screen.findByRole('heading', { name: 'What was sent' })).closest('section')!;
    expect(within(section).getByText('Nothing has been sent.')).toBeInTheDocument();

    const body = `{"v":1,"period":"2026-11","any":0,"campaign":"green-energy","campaign_answer":1,"pad":"${'0'.repeat(12)}"}`;
    await countingSentItem.setValue([
      { period: '2026-11', sentAt: '2026-12-02T13:14:00.000Z', collector: COLLECTOR.url, body },
    ]);
    await countingStateItem.setValue({
      pending: {
        period: '2026-12',
        sendAt: '2027-01-02T10:00:00.000Z',
        dropAt: '2027-02-01T00:00:00.000Z',
        body: null,
        attempts: 0,
        nextAttemptAt: null,
      },
      lastPeriod: '2026-11',
    });
    expect(await within(section).findByText(body)).toBeInTheDocument();
    expect(within(section).getByText(/the report about November 2026, to results\.example\.com/)).toBeInTheDocument();
    expect(within(section).getByText(/2 December 2026/)).toBeInTheDocument();
    expect(
      within(section).getByText(/The report about December 2026 is planned for 2 January 2027/),
    ).toBeInTheDocument();
    expect(within(section).queryByText('Nothing has been sent.')).toBeNull();
  });
});
