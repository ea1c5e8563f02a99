import { act, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftFindings, ReminderCard, useDraftChecks } from '@/components/guidelines';
import { checkDraft, type CheckContext } from '@/lib/shared/guidelines/checks';
import { DEFAULT_GUIDELINE_PARAMS, type Policy } from '@/lib/shared/guidelines/types';
import { renderIn } from '../helpers/render';

const policy: Policy = {
  url: 'https://nordvind.example/politik',
  purpose: null,
  reminders: [
    {
      id: 'r1',
      topic: 'positive',
      text: { da: 'Skriv om det, der gør dig stolt.', en: 'Write about what makes you proud.' },
    },
  ],
  criticismContact: { name: 'Nordvind Kommunikation', contact: 'presse@nordvind.example' },
};
const params = {
  ...DEFAULT_GUIDELINE_PARAMS,
  confidentialTerms: ['Blåhval'],
  mentionTerms: ['Nordvind'],
  disclosurePhrases: ['#ansat'],
};
const context: CheckContext = { language: 'da', suggestions: [] };

describe('ReminderCard', () => {
  it('shows one reminder, the policy link and who handles criticism, and can be dismissed', async () => {
    const onDismiss = vi.fn();
    renderIn('da', <ReminderCard policy={policy} onDismiss={onDismiss} />);
    expect(screen.getByText('Skriv om det, der gør dig stolt.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Læs hele politikken' })).toHaveAttribute(
      'href',
      'https://nordvind.example/politik',
    );
    expect(screen.getByText(/Nordvind Kommunikation tager sig af den: presse@nordvind.example/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Skjul påmindelse' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('uses a built-in reminder without a policy, and never links to a non-https policy', () => {
    const { rerender } = renderIn('en', <ReminderCard policy={null} onDismiss={() => undefined} />);
    expect(screen.getByText(/Share what you find interesting yourself/)).toBeInTheDocument();
    rerender(<ReminderCard policy={{ ...policy, url: 'javascript:alert(1)' }} onDismiss={() => undefined} />);
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('DraftFindings', () => {
  it('lists findings with severity in words, and a fix button that hands over the finding', async () => {
    const findings = checkDraft('Nyt om Blåhval hos Nordvind', params, context);
    const onFix = vi.fn();
    renderIn('da', <DraftFindings findings={findings} onFix={onFix} />);
    expect(screen.getAllByText(/Vær opmærksom/)).toHaveLength(2);
    expect(screen.getByText(/“Blåhval” står på listen/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Tilføj “#ansat”' }));
    expect(onFix).toHaveBeenCalledWith(findings.find((f) => f.kind === 'disclosure'));
    expect(screen.getByText(/du bestemmer selv/)).toBeInTheDocument();
  });

  it('shows the criticism contact with a criticism finding, and nothing when all is well', () => {
    const findings = checkDraft('Jeg forstår din klage over Nordvind #ansat', params, context);
    const { container, rerender } = renderIn(
      'en',
      <DraftFindings findings={findings} onFix={() => undefined} criticismContact={policy.criticismContact} />,
    );
    expect(screen.getByText(/Nordvind Kommunikation handles criticism: presse@nordvind.example/)).toBeInTheDocument();
    rerender(<DraftFindings findings={[]} onFix={() => undefined} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('useDraftChecks', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('checks only after typing pauses for at least 150 ms', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ draft }) => useDraftChecks(draft, params, context), {
      initialProps: { draft: '' },
    });
    for (const draft of ['B', 'Bl', 'Blåhval', 'Blåhval i dag']) {
      rerender({ draft });
      act(() => {
        vi.advanceTimersByTime(100);
      });
      expect(result.current).toEqual([]);
    }
    // 149 ms after the last change: still nothing computed.
    act(() => {
      vi.advanceTimersByTime(49);
    });
    expect(result.current).toEqual([]);
    act(() => {
      vi.advanceTimersByTime(51);
    });
    expect(result.current.map((f) => f.kind)).toEqual(['confidential']);
    rerender({ draft: 'Alt i orden' });
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(result.current.map((f) => f.kind)).toEqual(['confidential']);
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(result.current).toEqual([]);
  });

  it('keeps the same findings array when nothing changed (no render loop with fresh objects)', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(
      ({ n }) => useDraftChecks('Blåhval', { ...params }, { ...context, suggestions: [String(n)] }),
      {
        initialProps: { n: 1 },
      },
    );
    act(() => {
      vi.advanceTimersByTime(300);
    });
    const first = result.current;
    rerender({ n: 2 });
    act(() => {
      vi.advanceTimersByTime(300);
    });
    expect(result.current).toBe(first);
  });
});

describe('GuidelinesSection', () => {
  it('shows the opening’s reminder and live findings; a fix goes to the caller', async () => {
    const { GuidelinesSection } = await import('@/components/guidelines');
    const onFix = vi.fn();
    renderIn(
      'en',
      <GuidelinesSection
        draft="News about Blåhval"
        policy={policy}
        params={params}
        context={{ language: 'en', suggestions: [] }}
        reminder={policy.reminders[0]!}
        checksEnabled
        onFix={onFix}
      />,
    );
    expect(await screen.findByText('Write about what makes you proud.')).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Remove it' }, { timeout: 1000 }));
    expect(onFix).toHaveBeenCalledWith(expect.objectContaining({ kind: 'confidential' }));
    await userEvent.click(screen.getByRole('button', { name: 'Hide reminder' }));
    expect(screen.queryByText('Write about what makes you proud.')).toBeNull();
  });

  it('shows nothing when reminders and checks are off', async () => {
    const { GuidelinesSection } = await import('@/components/guidelines');
    const { container } = renderIn(
      'en',
      <GuidelinesSection
        draft="News about Blåhval"
        policy={policy}
        params={params}
        context={{ language: 'en', suggestions: [] }}
        reminder={null}
        checksEnabled={false}
        onFix={() => undefined}
      />,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(container).toBeEmptyDOMElement();
  });
});
