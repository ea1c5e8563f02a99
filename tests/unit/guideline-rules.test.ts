/**
 * Meta-test: every guideline rule is one file in lib/shared/guidelines/rules, named after its kind,
 * listed in the registry, one of FINDING_KINDS, and has its own tests in tests/unit/guideline-rules.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDING_KINDS } from '@/lib/shared/guidelines/checks';
import { RULES } from '@/lib/shared/guidelines/rules';

const ruleFiles = readdirSync('lib/shared/guidelines/rules')
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
  .map((name) => name.replace(/\.ts$/, ''))
  .sort();

describe('guideline rules', () => {
  it('registers every file in lib/shared/guidelines/rules once, under its file name, and nothing else', () => {
    const kinds = RULES.map((rule) => rule.kind);
    expect([...kinds].sort()).toEqual(ruleFiles);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect([...FINDING_KINDS].sort()).toEqual(ruleFiles);
  });

  it.each(ruleFiles)('%s has its own tests that run checks and look at its findings', (kind) => {
    const path = `tests/unit/guideline-rules/${kind}.test.ts`;
    expect(existsSync(path), path).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/\bit\(/);
    expect(text).toContain('checkDraft(');
    expect(text).toContain(`'${kind}'`);
  });
});
