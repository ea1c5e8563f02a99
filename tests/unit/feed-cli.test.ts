/** The feed validator as its users run it: `npm run feed:check -- <file>` (spawned for real). */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'feed-cli-'));
function run(content: string | Buffer, name = 'feed.json'): { code: number; out: string } {
  const file = join(dir, name);
  writeFileSync(file, content);
  const result = spawnSync('node_modules/.bin/tsx', ['lib/node/feed/cli.ts', file], { encoding: 'utf8' });
  return { code: result.status ?? -1, out: `${result.stdout}${result.stderr}` };
}

const item = (id: string, url = `https://news.example.com/${id}`) => ({ id, url, title: `News ${id}` });
const feed = (items: unknown[]) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'News', items });

// Each case spawns a real tsx process (~1 s alone, 3–5 s on a loaded 2-core machine).
describe('npm run feed:check', { timeout: 30_000 }, () => {
  it('summarises the demo feed and exits 0', () => {
    const { code, out } = run(execFileSync('cat', ['public/demo-feed.json']));
    expect(code).toBe(0);
    expect(out).toMatch(/^ok: JSON Feed 1\.1, 13 items — "Nordvind Energi/m);
    expect(out).toMatch(/^languages: da, en$/m);
  });

  it.each([
    ['an empty file', '', 'The feed is empty.'],
    ['not JSON', 'hello', 'not valid JSON'],
    ['a byte-order mark only', '\uFEFF', 'The feed is empty.'],
    [
      'wrong types',
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 5, items: {} }),
      'title: should be a string',
    ],
    ['deeply nested junk', `${'['.repeat(50_000)}${']'.repeat(50_000)}`, 'should be a JSON object'],
  ])('rejects %s with a plain line and no stack trace', (_name, content, message) => {
    const { code, out } = run(content);
    expect(code).toBe(1);
    expect(out).toContain(message);
    expect(out).not.toMatch(/\n\s+at /);
  });

  it('rejects a 50 MB file without reading it all', () => {
    const { code, out } = run(Buffer.alloc(50 * 1024 * 1024, 32), 'huge.json');
    expect(code).toBe(1);
    expect(out).toContain('too large');
  });

  it('warns about skipped items (duplicate ids, javascript: links) with their JSON path', () => {
    const { code, out } = run(feed([item('a'), item('a'), item('b', 'javascript:alert(1)')]));
    expect(code).toBe(0);
    expect(out).toContain('warning: items[1].id: is used by an earlier item');
    expect(out).toContain('warning: items[2].url: must be an https: link');
  });
});
