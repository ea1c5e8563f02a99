/** Meta-test: every LinkedIn feature file is registered, with an id equal to its file name. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { features } from '@/lib/linkedin/features';

describe('LinkedIn features', () => {
  it('registers every file in lib/linkedin/features, named after it', () => {
    const files = readdirSync('lib/linkedin/features')
      .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();
    expect(features.map((feature) => feature.id).sort()).toEqual(files);
  });
});
