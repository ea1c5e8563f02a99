/**
 * The panel's guideline actions are the person's alone (S7): LinkedIn's page shares the DOM and
 * can dispatch clicks of its own (the browser marks them untrusted). A page's click on "Fix" must
 * not rewrite the person's draft, a click on "Hide reminder" must not hide it, and a click on the
 * policy link must not follow it — as for every other panel action (panel-composer.test.tsx).
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/I18nProvider';
import { PanelGuidelines } from '@/components/panel/PanelGuidelines';
import { composerSession } from '@/lib/linkedin/bridge';
import { reminderStateItem } from '@/lib/guidelines/reminder-state';
import { DEFAULT_GUIDELINE_PARAMS } from '@/lib/guidelines/types';
import { consentItem, POLICY_VERSION, preferencesItem } from '@/lib/settings';
import { panelData } from './panel-fixtures';

/** happy-dom has no `isTrusted`: user-event stands for the person; `trusted = false` for the page. */
let trusted = true;
Object.defineProperty(Event.prototype, 'isTrusted', { configurable: true, get: () => trusted });

const data = panelData({
  policy: {
    url: 'https://nordvind.example/politik',
    purpose: null,
    reminders: [
      { id: 'r1', topic: 'positive', text: { da: 'Skriv om det, du er stolt af.', en: 'Write what makes you proud.' } },
    ],
    criticismContact: null,
  },
  rules: { ...DEFAULT_GUIDELINE_PARAMS, confidentialTerms: ['Blåhval'] },
});

function renderGuidelines(replaceDraft: (text: string) => Promise<boolean>) {
  return render(
    <I18nProvider language="en">
      <PanelGuidelines
        data={data}
        dataSettled
        draftText="News about Blåhval"
        replaceDraft={replaceDraft}
        onReminderDecided={() => undefined}
      />
    </I18nProvider>,
  );
}

beforeEach(async () => {
  trusted = true;
  composerSession().setState(composerSession().getInitialState(), true);
  const yes = { granted: true, at: '2026-11-01T00:00:00Z', policyVersion: POLICY_VERSION };
  await consentItem.setValue({ panel: yes, reminders: yes, recordShares: yes });
});

describe('the panel’s guideline actions', () => {
  it('ignore a page script’s clicks on Fix, Hide reminder and the policy link; the person’s own clicks work', async () => {
    const user = userEvent.setup();
    const replaceDraft = vi.fn(async (_text: string) => true);
    renderGuidelines(replaceDraft);
    const fix = await screen.findByRole('button', { name: 'Remove it' }, { timeout: 1000 });
    const hide = screen.getByRole('button', { name: 'Hide reminder' });
    const link = screen.getByRole('link', { name: /policy/i });

    trusted = false; // LinkedIn's page script clicks from here on
    await user.click(fix);
    await user.click(hide);
    const followed = link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(replaceDraft).not.toHaveBeenCalled();
    expect(screen.getByText('Write what makes you proud.')).toBeInTheDocument();
    expect(followed).toBe(false); // the link's default (opening it) was prevented

    trusted = true; // the person
    await user.click(fix);
    expect(replaceDraft).toHaveBeenCalledOnce();
    expect(replaceDraft.mock.calls[0]![0]).not.toContain('Blåhval');
    // Not prevented by us (the document listener, after React's, stops happy-dom from navigating).
    let prevented: boolean | null = null;
    const observe = (event: Event) => {
      prevented = event.defaultPrevented;
      event.preventDefault();
    };
    document.addEventListener('click', observe, { once: true });
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(prevented).toBe(false);
    await user.click(hide);
    expect(screen.queryByText('Write what makes you proud.')).toBeNull();
  });
});

describe('the panel’s reminder', () => {
  const panel = (props: { data: typeof data | null; dataSettled: boolean; onReminderDecided: () => void }) => (
    <I18nProvider language="en">
      <PanelGuidelines {...props} draftText="" replaceDraft={async () => true} />
    </I18nProvider>
  );

  it('is the company’s own, taken once the panel data is in, and says when it is decided', async () => {
    await preferencesItem.setValue({ ...(await preferencesItem.getValue()), reminderFrequency: 'always' });
    const decided = vi.fn();
    const view = render(panel({ data: null, dataSettled: false, onReminderDecided: decided }));
    // Consent and preferences are read, the feed is not answered yet: no reminder is taken.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByText(/remind/i)).toBeNull();
    expect(decided).not.toHaveBeenCalled();

    view.rerender(panel({ data, dataSettled: true, onReminderDecided: decided }));
    expect(await screen.findByText('Write what makes you proud.')).toBeInTheDocument();
    // Not the built-in text the extension falls back to without a feed policy.
    expect(screen.queryByText(/Your professional view is what your network values/)).toBeNull();
    expect(decided).toHaveBeenCalledOnce();
  });

  it('keeps the reminder of this opening when the panel data is asked again (Retry)', async () => {
    await preferencesItem.setValue({ ...(await preferencesItem.getValue()), reminderFrequency: 'always' });
    await reminderStateItem.removeValue();
    const decided = vi.fn();
    // The feed could not be read: the built-in reminder.
    const view = render(panel({ data: null, dataSettled: true, onReminderDecided: decided }));
    expect(await screen.findByRole('button', { name: 'Hide reminder' })).toBeInTheDocument();
    view.rerender(panel({ data: null, dataSettled: false, onReminderDecided: decided })); // Retry…
    view.rerender(panel({ data, dataSettled: true, onReminderDecided: decided })); // …answered
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByRole('button', { name: 'Hide reminder' })).toBeInTheDocument();
    expect((await reminderStateItem.getValue()).shownCount).toBe(1);
  });

  it('honours the person’s frequency: "never" shows none, and the cards need not wait', async () => {
    await preferencesItem.setValue({ ...(await preferencesItem.getValue()), reminderFrequency: 'never' });
    const decided = vi.fn();
    render(panel({ data, dataSettled: true, onReminderDecided: decided }));
    await waitFor(() => expect(decided).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText('Write what makes you proud.')).toBeNull();
  });
});
