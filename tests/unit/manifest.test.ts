import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WATCHER_REGISTRATION } from '../../lib/worker/watcher-registration';
import { LINKEDIN_ORIGINS } from '../../lib/pages/site-access';
import { checkManifest, checkRegisteredScript } from '../tools/manifest-check';
import { manifestFor } from '../helpers/manifest';

describe('manifest', () => {
  it.each(['chrome', 'firefox'])('asks %s for the minimum: storage, alarms, scripting and LinkedIn', (browser) => {
    const manifest = manifestFor(browser);
    // activeTab (issue 16): the current tab's address only after a click on the toolbar icon; no install warning.
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'scripting', 'activeTab']);
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.host_permissions).toEqual(['https://www.linkedin.com/*']);
    // The access notice of the options page and the popup asks for exactly these.
    expect(manifest.host_permissions).toEqual(LINKEDIN_ORIGINS);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it.each(['chrome', 'firefox'])('gives %s one shortcut, which opens the popup', (browser) => {
    const commands = manifestFor(browser).commands as Record<string, { suggested_key?: { default?: string } }>;
    expect(Object.keys(commands)).toEqual(['_execute_action']);
    expect(commands._execute_action!.suggested_key?.default).toMatch(/^(Alt|Ctrl)\+Shift\+[A-Z]$/);
  });

  it('declares for Firefox that no data is collected', () => {
    const gecko = (manifestFor('firefox').browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toBe('advocacy-for-linkedin@advocacy-extension');
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

// The check that runs on the BUILT manifests in `npm test` (tests/tools/manifest-check.ts):
// here we make sure it really fails on each kind of widening.
describe('built-manifest check', () => {
  const built = (browser: 'chrome' | 'firefox') => ({
    manifest_version: 3,
    name: '__MSG_extName__',
    version: '0.1.0',
    ...manifestFor(browser),
    background: { service_worker: 'background.js' },
  });

  it.each(['chrome', 'firefox'] as const)('accepts what wxt.config.ts declares for %s', (browser) => {
    expect(checkManifest(built(browser), browser)).toEqual([]);
  });

  it('accepts the managed-storage schema enterprise IT uses to preset the feed', () => {
    expect(checkManifest({ ...built('chrome'), storage: { managed_schema: 'managed-schema.json' } }, 'chrome')).toEqual(
      [],
    );
  });

  it.each([
    ['a new permission', { permissions: ['storage', 'alarms', 'scripting', 'activeTab', 'tabs'] }, /permissions/],
    [
      'the tabs permission instead of activeTab',
      { permissions: ['storage', 'alarms', 'scripting', 'tabs'] },
      /permissions/,
    ],
    [
      'a command other than opening the popup',
      { commands: { _execute_action: {}, 'share-now': { suggested_key: { default: 'Alt+S' } } } },
      /commands may only declare _execute_action/,
    ],
    ['all hosts', { host_permissions: ['<all_urls>'] }, /host_permissions/],
    ['a broader optional host', { optional_host_permissions: ['<all_urls>'] }, /optional host permission/],
    ['web-accessible files', { web_accessible_resources: [] }, /web_accessible_resources/],
    ['a custom CSP', { content_security_policy: { extension_pages: "script-src 'self'" } }, /content_security_policy/],
    ['an unknown key', { externally_connectable: { matches: ['https://*/*'] } }, /externally_connectable/],
    [
      'a declared content script (it would run for people who never opted in)',
      { content_scripts: [{ matches: ['https://www.linkedin.com/*'], js: ['content-scripts/linkedin.js'] }] },
      /registered only after consent/,
    ],
  ])('fails on %s', (_label, change, message) => {
    const problems = checkManifest({ ...built('chrome'), ...change }, 'chrome');
    expect(problems.join('\n')).toMatch(message);
  });

  it('fails when Firefox loses its no-data-collection declaration', () => {
    const manifest = built('firefox');
    const problems = checkManifest(
      { ...manifest, browser_specific_settings: { gecko: { id: 'advocacy@x' } } },
      'firefox',
    );
    expect(problems.join('\n')).toMatch(/data_collection_permissions/);
  });

  it.each(['advocacy@example.org', 'advocacy@mail.example.com', 'x@y', 'not an id'])(
    'fails on the Firefox add-on id %s (a placeholder, or not naming the project)',
    (id) => {
      const manifest = built('firefox');
      const settings = (manifest as Record<string, unknown>).browser_specific_settings as {
        gecko: Record<string, unknown>;
      };
      const problems = checkManifest(
        { ...manifest, browser_specific_settings: { ...settings, gecko: { ...settings.gecko, id } } },
        'firefox',
      );
      expect(problems.join('\n')).toMatch(/gecko\.id/);
    },
  );
});

describe('the LinkedIn watcher registered after consent', () => {
  it('runs on LinkedIn only, in the top frame, in the isolated world, without CSS', () => {
    expect(checkRegisteredScript(WATCHER_REGISTRATION)).toEqual([]);
    expect(WATCHER_REGISTRATION.js).toEqual(['/content-scripts/linkedin.js']);
  });

  it.each([
    ['more sites', { matches: ['https://*/*'] }, /LinkedIn only/],
    ['frames', { allFrames: true }, /top frame/],
    ['the page world', { world: 'MAIN' }, /isolated world/],
    ['CSS', { css: ['x.css'] }, /CSS/],
  ])('would be refused on %s', (_label, change, message) => {
    expect(checkRegisteredScript({ ...WATCHER_REGISTRATION, ...change }).join('\n')).toMatch(message);
  });
});
