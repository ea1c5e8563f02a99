import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The privacy policy shipped as privacy.html must keep matching what a share event stores
// (lib/worker/db/types.ts). A new field fails here until the policy (both languages) describes it.
const root = resolve(import.meta.dirname, '../..');
const types = readFileSync(join(root, 'lib/worker/db/types.ts'), 'utf8');
// Whitespace-normalised: Prettier rewraps the HTML.
const policy = readFileSync(join(root, 'entrypoints/privacy/index.html'), 'utf8').replace(/\s+/g, ' ');
const [english = '', danish = ''] = policy.split('<section id="da"');

/** How each stored field is described in the policy (English, Danish). */
const DESCRIBED: Record<string, [RegExp, RegExp]> = {
  id: [/an identifier/, /et id/],
  at: [/the time/, /tidspunktet/],
  kind: [/post, repost or a page you shared yourself/, /opslag, genpostering eller en side, du selv har delt/],
  suggestionId: [/which suggestion it came from/, /hvilket forslag det kom fra/],
  suggestionTitle: [/its id and title/, /id og titel/],
  campaign: [/campaign/, /kampagnen/],
  language: [/the language/, /sproget/],
  changedRatio: [/how much you changed the suggested text/, /hvor meget du ændrede den foreslåede tekst/],
  postUrl: [/link to your post/, /linket til dit opslag/],
  sourceUrl: [/source link/, /kildelink/],
};

function shareEventFields(): string[] {
  const body = /export interface ShareEvent \{([\s\S]*?)\n\}/.exec(types)?.[1] ?? '';
  return [...body.matchAll(/^\s+(\w+)\??:/gm)].map((match) => match[1]!);
}

describe('privacy policy page', () => {
  it('finds the share event fields it has to describe', () => {
    expect(shareEventFields()).toContain('changedRatio');
  });

  it.each(shareEventFields())('describes the stored share field "%s" in English and Danish', (field) => {
    const described = DESCRIBED[field];
    expect(described, `describe "${field}" in entrypoints/privacy/index.html and add it here`).toBeDefined();
    expect(english).toMatch(described![0]);
    expect(danish).toMatch(described![1]);
  });

  it('says in both languages that the post text is never stored and nothing goes to the employer', () => {
    expect(english).toMatch(/text of your post is never stored/);
    expect(danish).toMatch(/Teksten i dit opslag gemmes aldrig/);
    expect(english).toMatch(/employer receives nothing/);
    expect(danish).toMatch(/arbejdsgiver får intet/);
  });

  it('runs no script and loads nothing', () => {
    expect(policy).not.toMatch(/<script|<link|<img|<iframe/i);
  });
});
