/**
 * Dark mode (issue 30): one set of colour tokens, components/tokens.css, for the panel and every
 * page. No colour is written anywhere else (a hard-coded white would glare in dark mode), and
 * every pair of tokens that the stylesheets put text on meets WCAG AA in both themes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast, readTokens, TOKENS_FILE, type Theme } from '../helpers/color-tokens';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(css|tsx?|html)$/.test(name) ? [path] : [];
  });
}

/** Where the surfaces' look is written: stylesheets, components, pages. */
const UI_FILES = [...files('components'), ...files('entrypoints')].filter((file) => file !== TOKENS_FILE);

const HEX = /(?<![\w&])#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})(?![\w-])/gi;
const COLOR_FUNCTION = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|light-dark)\(/gi;
const COLOR_DECLARATION =
  /(?:^|[{;\s])(?:color|background(?:-color)?|border(?:-[a-z-]+)?|outline(?:-color)?|fill|stroke|box-shadow|accent-color|caret-color)\s*:\s*([^;}]*)/gi;
const NAMED = /\b(?:white|black|red|green|blue|gr[ae]y|silver|yellow|orange|navy|maroon)\b/i;

/** The colour literals of a file's text, with their line numbers. */
function colourLiterals(text: string): string[] {
  const found: string[] = [];
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  for (const match of [...text.matchAll(HEX), ...text.matchAll(COLOR_FUNCTION)]) {
    found.push(`line ${lineOf(match.index)}: ${match[0]}`);
  }
  for (const match of text.matchAll(COLOR_DECLARATION)) {
    if (NAMED.test(match[1]!)) found.push(`line ${lineOf(match.index)}: ${match[0].trim()}`);
  }
  return found;
}

describe('colour tokens', () => {
  it('finds a hard-coded colour where there is one (the check itself)', () => {
    expect(colourLiterals('.a {\n  color: #fff;\n}')).toEqual(['line 2: #fff']);
    expect(colourLiterals('.a { box-shadow: 0 0 4px rgb(0 0 0 / 0.2); }')).toHaveLength(1);
    expect(colourLiterals("<div style={{ background: 'white' }} />")).toHaveLength(1);
    expect(colourLiterals('<a href="#en">English</a> &#8217; .x { white-space: nowrap; color: var(--fg) }')).toEqual(
      [],
    );
  });

  it('are the only colours in the components, stylesheets and pages', () => {
    expect(UI_FILES.length).toBeGreaterThan(50);
    const literals = Object.fromEntries(
      UI_FILES.map((file) => [file, colourLiterals(readFileSync(file, 'utf8'))] as const).filter(
        ([, found]) => found.length > 0,
      ),
    );
    expect(literals, 'use a token of components/tokens.css (add one there if none fits)').toEqual({});
  });

  it('are used by name only: every var(--x) colour in the stylesheets is a token that exists', () => {
    const tokens = readTokens();
    const names = new Set([...Object.keys(tokens.light), 'advocacy-font', 'w', 'mh']);
    const unknown = UI_FILES.filter((file) => file.endsWith('.css') || file.endsWith('.html')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/var\(--([a-z0-9-]+)/gi)]
        .map((match) => match[1]!)
        .filter((name) => !names.has(name) && !name.startsWith('fx-'))
        .map((name) => `${file}: --${name}`),
    );
    expect(unknown).toEqual([]);
  });

  it('give every token a light and a dark value that differ where the surface does', () => {
    const { light, dark } = readTokens();
    expect(Object.keys(dark)).toEqual(Object.keys(light));
    for (const name of ['fg', 'muted', 'accent', 'bg', 'page', 'surface-2', 'line']) {
      expect(dark[name], name).not.toBe(light[name]);
    }
  });

  // Text on surfaces, as the stylesheets pair them (WCAG 2.2 AA 1.4.3: 4.5:1).
  const TEXT: [string, string][] = [
    ['fg', 'bg'],
    ['fg', 'page'],
    ['fg', 'surface-2'],
    ['fg', 'selected-bg'],
    ['fg', 'ok-bg'],
    ['fg', 'warning-bg'],
    ['muted', 'bg'],
    ['muted', 'page'],
    ['muted', 'surface-2'],
    ['muted', 'selected-bg'],
    ['accent', 'bg'],
    ['accent', 'page'],
    ['accent', 'surface-2'],
    ['accent', 'selected-bg'],
    ['on-accent', 'accent'],
    ['danger', 'bg'],
    ['danger', 'page'],
    ['on-danger', 'danger'],
    ['danger-fg', 'bg'],
    ['danger-fg', 'danger-bg'],
    ['warning-fg', 'bg'],
    ['warning-fg', 'warning-bg'],
    ['caution', 'bg'],
    ['ok', 'bg'],
    ['ok', 'ok-bg'],
  ];
  // Controls, focus rings and meaningful graphics against what is next to them (1.4.11: 3:1).
  const NON_TEXT: [string, string][] = [
    ['border', 'bg'],
    ['switch-off', 'bg'],
    ['switch-off', 'page'],
    ['accent', 'page'],
    ['heads-up', 'bg'],
    ['muted', 'bg'],
  ];

  it.each(['light', 'dark'] as Theme[])('meet WCAG AA in the %s theme: text 4.5:1, controls 3:1', (theme) => {
    const tokens = readTokens()[theme];
    for (const [fg, bg] of TEXT) {
      expect(contrast(tokens[fg]!, tokens[bg]!), `--${fg} on --${bg} (${theme})`).toBeGreaterThanOrEqual(4.5);
    }
    for (const [fg, bg] of NON_TEXT) {
      expect(contrast(tokens[fg]!, tokens[bg]!), `--${fg} on --${bg} (${theme})`).toBeGreaterThanOrEqual(3);
    }
  });
});
