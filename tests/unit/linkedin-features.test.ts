/** Meta-test: every LinkedIn feature file is registered, with an id equal to its file name. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { features } from '@/lib/watcher/features';

describe('LinkedIn features', () => {
  it('registers every file in lib/watcher/features, named after it', () => {
    const files = readdirSync('lib/watcher/features')
      .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();
    expect(features.map((feature) => feature.id).sort()).toEqual(files);
  });
});
