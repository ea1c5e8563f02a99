/**
 * The colour tokens of components/tokens.css, read as the browser does: each
 * `--name: light-dark(<light>, <dark>)` gives a light and a dark value (a plain value is both,
 * `var(--other)` is the other token's). And WCAG 2 contrast, to check pairs of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const TOKENS_FILE = 'components/tokens.css';

export type Theme = 'light' | 'dark';
export type Tokens = Record<Theme, Record<string, string>>;

/** Splits `a, b` at the top-level comma (not the commas inside `rgb(…)`). */
function splitTopLevel(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i += 1) {
    const c = value[i];
    if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === ',' && depth === 0) {
      parts.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(value.slice(start).trim());
  return parts;
}

/** Every token of tokens.css, in both themes. */
export function readTokens(root = process.cwd()): Tokens {
  const css = readFileSync(join(root, TOKENS_FILE), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const tokens: Tokens = { light: {}, dark: {} };
  for (const [, name, raw] of css.matchAll(/--([a-z0-9-]+):\s*([^;]+);/gi)) {
    const value = raw!.trim();
    const pair = /^light-dark\((.*)\)$/s.exec(value);
    const [light, dark] = pair ? splitTopLevel(pair[1]!) : [value, value];
    tokens.light[name!] = light!;
    tokens.dark[name!] = dark!;
  }
  for (const theme of ['light', 'dark'] as const) {
    for (const [name, value] of Object.entries(tokens[theme])) {
      const alias = /^var\(--([a-z0-9-]+)\)$/i.exec(value);
      if (alias) tokens[theme][name] = tokens[theme][alias[1]!]!;
    }
  }
  return tokens;
}

/** [r, g, b] (0–255) of `#rgb`, `#rrggbb` or `rgb(r g b)` / `rgb(r, g, b)`. */
export function parseColor(value: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(value.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`not a colour this helper reads: ${value}`);
}

function luminance(color: string): number {
  const [r, g, b] = parseColor(color).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two opaque colours (1–21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
