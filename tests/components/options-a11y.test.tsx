/** Accessibility of the options page: a name on every control, AA contrast of the palette. */
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '@/components/options/OptionsApp';
import { send } from '@/lib/shared/messaging/send';
import { useOptionsStore } from '@/stores/options';
import { contrast, readTokens } from '../helpers/color-tokens';
import { renderIn } from '../helpers/render';

vi.mock('@/lib/shared/messaging/send', () => ({ send: vi.fn() }));

describe('options accessibility', () => {
  beforeEach(() => {
    useOptionsStore.setState(useOptionsStore.getInitialState(), true);
    vi.mocked(send).mockResolvedValue({
      ok: true,
      data: {
        shareCount: 0,
        firstAt: null,
        lastAt: null,
        audiences: ['pilot'],
        organization: null,
        highlights: [],
        items: [],
      },
    } as never);
  });

  it.each(['en', 'da'] as const)('names every control (%s)', async (language) => {
    renderIn(language, <OptionsApp />);
    await screen.findAllByRole('switch');
    const roles = ['button', 'switch', 'checkbox', 'radio', 'textbox', 'combobox', 'link'] as const;
    let total = 0;
    for (const role of roles) {
      const all = screen.queryAllByRole(role);
      total += all.length;
      // Every control of the role has a non-empty accessible name.
      expect(screen.queryAllByRole(role, { name: /\S/ }), role).toHaveLength(all.length);
    }
    expect(total).toBeGreaterThan(15);
  });

  // The palette is the tokens of components/tokens.css (issue 30), light and dark: the card is
  // --bg, and the white text on accent and danger buttons is --on-accent / --on-danger.
  it.each(['light', 'dark'] as const)(
    'meets WCAG AA contrast in the %s theme: text 4.5:1, switch track and focus ring 3:1',
    (theme) => {
      const v = readTokens()[theme];
      const text: [string, string][] = [
        [v.fg!, v.page!],
        [v.fg!, v.bg!],
        [v.muted!, v.bg!],
        [v.muted!, v.page!],
        [v.accent!, v.bg!],
        [v['on-accent']!, v.accent!],
        [v.danger!, v.bg!],
        [v['on-danger']!, v.danger!],
        [v.ok!, v.bg!],
        [v['warning-fg']!, v['warning-bg']!],
      ];
      for (const [fg, bg] of text) expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      for (const [fg, bg] of [
        [v['switch-off']!, v.bg!],
        [v.accent!, v.page!],
      ] as const)
        expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
    },
  );
});
