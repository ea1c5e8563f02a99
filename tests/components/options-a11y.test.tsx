/** Accessibility of the options page: a name on every control, AA contrast of the palette. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '@/components/options/OptionsApp';
import { send } from '@/lib/messaging/send';
import { useOptionsStore } from '@/stores/options';
import { renderIn } from '../helpers/render';

vi.mock('@/lib/messaging/send', () => ({ send: vi.fn() }));

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
function cssVars(...files: string[]): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const file of files) {
    const text = readFileSync(join(process.cwd(), file), 'utf8');
    for (const [, name, value] of text.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)) vars[name!] = value!;
  }
  return vars;
}

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

  it('meets WCAG AA contrast: text 4.5:1, switch track and focus ring 3:1', () => {
    const v = cssVars('components/base.css', 'components/options/options.css');
    const text: [string, string][] = [
      [v.fg!, v.page!],
      [v.fg!, v.card!],
      [v.muted!, v.card!],
      [v.muted!, v.page!],
      [v.accent!, v.card!],
      ['#ffffff', v.accent!],
      [v.danger!, v.card!],
      ['#ffffff', v.danger!],
      [v.ok!, v.card!],
      [v['warning-fg']!, v['warning-bg']!],
    ];
    for (const [fg, bg] of text) expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    for (const [fg, bg] of [
      [v['switch-off']!, v.card!],
      [v.accent!, v.page!],
    ] as const)
      expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
  });
});
