/** npm run size counts everything a surface loads, the chunks it imports dynamically included. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesOf } from '../tools/size';

describe('the size budgets’ file list', () => {
  it('follows static imports and dynamic ones, in quotes or backquotes (as Rolldown writes them)', () => {
    const out = mkdtempSync(join(tmpdir(), 'size-'));
    mkdirSync(join(out, 'chunks'));
    writeFileSync(join(out, 'page.html'), '<script type="module" src="/chunks/page.js"></script>');
    writeFileSync(
      join(out, 'chunks/page.js'),
      'import{a}from"./base.js";const p=()=>import(`./later.js`),q=()=>import("./other.js");',
    );
    for (const name of ['base', 'later', 'other']) writeFileSync(join(out, `chunks/${name}.js`), 'export{}');
    expect(filesOf(out, 'page.html').sort()).toEqual([
      'chunks/base.js',
      'chunks/later.js',
      'chunks/other.js',
      'chunks/page.js',
      'page.html',
    ]);
  });
});
