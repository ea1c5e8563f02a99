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
import { composerSession } from '@/lib/shared/linkedin/bridge';
import { reminderStateItem } from '@/lib/shared/guidelines/reminder-state';
import { DEFAULT_GUIDELINE_PARAMS } from '@/lib/shared/guidelines/types';
import { consentItem, POLICY_VERSION, preferencesItem } from '@/lib/shared/settings';
import type { PanelData } from '@/lib/shared/feed/types';
import { panelData, withDecision } from './panel-fixtures';

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

async function renderGuidelines(replaceDraft: (text: string) => Promise<boolean>) {
  // The worker's answer: what this composer gets and its reminder, from the stored consent.
  const answered = await withDecision(data);
  return render(
    <I18nProvider language="en">
      <PanelGuidelines data={answered} draftText="News about Blåhval" replaceDraft={replaceDraft} />
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
    await renderGuidelines(replaceDraft);
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
  const panel = (answered: PanelData | null) => (
    <I18nProvider language="en">
      <PanelGuidelines data={answered} draftText="" replaceDraft={async () => true} />
    </I18nProvider>
  );

  it('is the company’s own, chosen by the worker, and moves the rotation on once it is shown', async () => {
    await preferencesItem.setValue({ ...(await preferencesItem.getValue()), reminderFrequency: 'always' });
    await reminderStateItem.removeValue();
    const view = render(panel(null));
    // The panel data is not answered yet: no reminder is shown or taken.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByText(/remind/i)).toBeNull();
    expect((await reminderStateItem.getValue()).shownCount).toBe(0);

    view.rerender(panel(await withDecision(data)));
    expect(await screen.findByText('Write what makes you proud.')).toBeInTheDocument();
    // Not the built-in text the extension falls back to without a feed policy.
    expect(screen.queryByText(/Your professional view is what your network values/)).toBeNull();
    await waitFor(async () => expect((await reminderStateItem.getValue()).shownCount).toBe(1));
  });

  it('keeps the reminder of this opening when the panel data is asked again (Retry)', async () => {
    await preferencesItem.setValue({ ...(await preferencesItem.getValue()), reminderFrequency: 'always' });
    await reminderStateItem.removeValue();
    // The feed could not be read: the built-in reminder, and the cards say why.
    const unreadable = await withDecision(
      panelData({ policy: null, suggestions: [], unavailable: 'Database blocked' }),
    );
    const view = render(panel(unreadable));
    expect(await screen.findByText(/Your professional view is what your network values/)).toBeInTheDocument();
    await waitFor(async () => expect((await reminderStateItem.getValue()).shownCount).toBe(1));
    view.rerender(panel(await withDecision(data))); // Retry, answered
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByText(/Your professional view is what your network values/)).toBeInTheDocument();
    expect(screen.queryByText('Write what makes you proud.')).toBeNull();
    expect((await reminderStateItem.getValue()).shownCount).toBe(1);
  });

  it('honours the person’s frequency: "never" shows none', async () => {
    await preferencesItem.setValue({ ...(await preferencesItem.getValue()), reminderFrequency: 'never' });
    render(panel(await withDecision(data)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText('Write what makes you proud.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Hide reminder' })).toBeNull();
  });

  it('shows neither reminder nor checks when the feed switches them off', async () => {
    await preferencesItem.setValue({ ...(await preferencesItem.getValue()), reminderFrequency: 'always' });
    const off = await withDecision({ ...data, features: { panel: true, reminders: false, draftChecks: false } });
    expect(off.help).toMatchObject({ reminders: false, checks: false });
    const { container } = render(
      <I18nProvider language="en">
        <PanelGuidelines data={off} draftText="News about Blåhval" replaceDraft={async () => true} />
      </I18nProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(container).toBeEmptyDOMElement();
  });
});
