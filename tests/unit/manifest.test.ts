import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type ManifestFn = (env: {
  browser: string;
  manifestVersion: number;
  mode: string;
  command: string;
}) => Record<string, unknown>;

function manifestFor(browser: string) {
  const manifest = config.manifest as ManifestFn;
  return manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
}

describe('manifest', () => {
  it.each(['chrome', 'firefox'])('asks %s for the minimum: storage, alarms, scripting and LinkedIn', (browser) => {
    const manifest = manifestFor(browser);
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'scripting']);
    expect(manifest.host_permissions).toEqual(['https://www.linkedin.com/*']);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('declares for Firefox that no data is collected', () => {
    const gecko = (manifestFor('firefox').browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toBeTruthy();
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('managed storage', () => {
  it('lets Chrome policies preset the feed URL through a shipped schema', () => {
    const manifest = manifestFor('chrome');
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
    const schema = JSON.parse(readFileSync(join(process.cwd(), 'public/managed_schema.json'), 'utf8'));
    expect(schema.type).toBe('object');
    expect(schema.properties.feedUrl.type).toBe('string');
  });

  it('adds no storage key to the Firefox manifest (Firefox has no managed_schema)', () => {
    expect(manifestFor('firefox').storage).toBeUndefined();
  });
});
