/**
 * The README's selector table is true (in the manner of Refined GitHub's selector tests): every
 * alternative of the launcher, composer, editor and theme selectors is listed, in order, with
 * exactly the fixtures of the LinkedIn model page it matches — so an alternative nobody can show
 * on a layout, or a table row that no longer holds, fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deepQueryAll } from '@/lib/shared/linkedin/dom';
import { SELECTOR_GROUPS, THEME_SELECTORS } from '@/lib/shared/linkedin/selectors';
import { SELECTOR_FIXTURES, showFixture, type SelectorFixture } from '../fixtures/model-page';

const TABLE_GROUPS = ['launcher', 'composer', 'editor', 'theme', 'comment'] as const;
// LinkedIn's theme is read by the panel only, so it is not among the layout signals' groups.
const GROUPS: Record<(typeof TABLE_GROUPS)[number], readonly string[]> = {
  ...SELECTOR_GROUPS,
  theme: THEME_SELECTORS.map(({ selector }) => selector),
};

interface Row {
  group: string;
  selector: string;
  layouts: string;
  fixtures: string[];
}

function readmeTable(): Row[] {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('<!-- selector-table:start -->');
  const end = readme.indexOf('<!-- selector-table:end -->');
  expect(start, 'the README has a selector table between its markers').toBeGreaterThan(-1);
  return readme
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(group|-)/.test(line))
    .map((line) => {
      const cells = line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim());
      const [group = '', selector = '', layouts = '', fixtures = ''] = cells;
      return {
        group,
        selector: selector.replace(/^`|`$/g, ''),
        layouts,
        fixtures: fixtures === '—' ? [] : fixtures.split(',').map((name) => name.trim().replace(/^`|`$/g, '')),
      };
    });
}

/** Which fixtures a selector matches (inside the fixture only, not the page's decoys). */
function matchingFixtures(selector: string, group: string): string[] {
  const kinds =
    group === 'launcher'
      ? ['sharebox-', 'thought-starter']
      : group === 'theme'
        ? ['theme-']
        : group === 'comment'
          ? ['comment-']
          : ['composer-'];
  return SELECTOR_FIXTURES.filter((name) => kinds.some((kind) => name.startsWith(kind))).filter(
    (name: SelectorFixture) => {
      const { roots } = showFixture(name);
      return roots.some((root) => {
        const scope = root.getRootNode() as ParentNode;
        return deepQueryAll(selector, scope).some((element) => element === root || root.contains(element));
      });
    },
  );
}

describe('the README selector table', () => {
  const rows = readmeTable();

  it('lists every launcher, composer, editor, theme and comment-box alternative, in the order they are tried', () => {
    const expected = TABLE_GROUPS.flatMap((group) => GROUPS[group].map((selector) => `${group} ${selector}`));
    expect(rows.map(({ group, selector }) => `${group} ${selector}`)).toEqual(expected);
  });

  it('names only fixtures that exist, and a layout for every row', () => {
    for (const row of rows) {
      for (const name of row.fixtures) expect(SELECTOR_FIXTURES as readonly string[]).toContain(name);
      expect(row.layouts.length, row.selector).toBeGreaterThan(0);
    }
  });

  it.each(rows.map((row) => [row.group, row.selector, row] as const))(
    '%s `%s` matches exactly the fixtures listed',
    (group, selector, row) => {
      expect(matchingFixtures(selector, group)).toEqual(row.fixtures);
    },
  );

  it('every alternative matches at least one fixture, except the last-resort dialog fallbacks', () => {
    const unmatched = rows.filter((row) => row.fixtures.length === 0).map((row) => row.selector);
    expect(unmatched).toEqual([]);
  });
});

// Prints the table from the fixtures (for writing the README): PRINT_SELECTOR_TABLE=1.
if (process.env.PRINT_SELECTOR_TABLE) {
  it('prints', () => {
    for (const group of TABLE_GROUPS)
      for (const selector of GROUPS[group])
        console.log(`| ${group} | \`${selector}\` | ? | ${matchingFixtures(selector, group).join(', ') || '—'} |`);
  });
}
