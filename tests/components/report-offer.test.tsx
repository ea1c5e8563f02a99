/** Where the layout report goes (issue 24): copy always, a mail draft to the feed's contact, a tracker only when built with one. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ReportOffer, reportMailto } from '@/components/popup/ReportOffer';
import { ISSUE_TRACKER_URL, issueTrackerUrl } from '@/lib/shared/health';
import { send } from '@/lib/shared/messaging/send';
import { renderIn } from '../helpers/render';

vi.mock('@/lib/shared/messaging/send', () => ({ send: vi.fn() }));
vi.mocked(send).mockResolvedValue({
  ok: true,
  data: { text: 'Advocacy for LinkedIn: layout report\n{}', hasSignals: true },
} as never);

async function openReport(props: Parameters<typeof ReportOffer>[0], language: 'da' | 'en' = 'en') {
  renderIn(language, <ReportOffer {...props} />);
  await userEvent.click(
    screen.getByRole('button', {
      name: language === 'en' ? 'Copy a report for the developers' : 'Kopiér en rapport til udviklerne',
    }),
  );
  await screen.findByRole('region');
}

describe('the layout report’s destination', () => {
  it('ships no placeholder address: without a build-time tracker there is no tracker link', async () => {
    expect(ISSUE_TRACKER_URL).toBeNull();
    await openReport({});
    expect(screen.getByRole('button', { name: 'Copy to clipboard' })).toBeVisible();
    expect(screen.queryByRole('link')).toBeNull();
    expect(document.body.textContent).not.toMatch(/example-org|issue tracker/);
  });

  it('opens a mail draft to the feed’s communications contact, with the report in it', async () => {
    await openReport({ contact: { name: 'Kommunikation', email: 'kommunikation@sondergaard.example' } }, 'da');
    const mail = screen.getByRole('link', { name: 'Skriv til Kommunikation' });
    const href = mail.getAttribute('href')!;
    expect(href).toMatch(/^mailto:kommunikation@sondergaard\.example\?subject=/);
    expect(decodeURIComponent(href)).toContain('Advocacy for LinkedIn: layout report');
  });

  it('shows a tracker only when one was set at build time, and only an https one', async () => {
    expect(issueTrackerUrl('https://tracker.example/issues/new')).toBe('https://tracker.example/issues/new');
    expect(issueTrackerUrl('http://tracker.example/')).toBeNull();
    expect(issueTrackerUrl('')).toBeNull();
    await openReport({ tracker: 'https://tracker.example/issues/new' });
    expect(screen.getByRole('link', { name: 'the project’s issue tracker' })).toHaveAttribute(
      'href',
      'https://tracker.example/issues/new',
    );
  });

  it('keeps a long report out of the mail link (mail programs cut long links) and asks to paste it', () => {
    const href = reportMailto('a@b.example', 'Report', 'x'.repeat(5000), 'Paste it here.');
    expect(href.length).toBeLessThan(1800);
    expect(decodeURIComponent(href)).toContain('Paste it here.');
  });
});
