/**
 * The manifest is the privacy promise in code (S1, S4). This checks the BUILT manifests
 * (what a store and a browser actually read), not just wxt.config.ts, and fails on any
 * widening: a new permission, a new host, web-accessible files, a custom CSP, a content
 * script on more pages or in frames.
 *
 * Usage: tsx tests/tools/manifest-check.ts   (after `npm run build && npm run build:firefox`)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ALLOWED = {
  /**
   * `activeTab` (issue 16, "Share this page" / "Suggest this page" in the popup): the popup may
   * read the address and title of the tab the person is on only after they clicked the toolbar
   * icon or its shortcut, for that tab and that time. Browsers show no install warning for it,
   * unlike `tabs` or `<all_urls>`, which are still refused here.
   */
  permissions: ['storage', 'alarms', 'scripting', 'activeTab'],
  hostPermissions: ['https://www.linkedin.com/*'],
  /** Only the patterns the options page uses to ask for the one configured feed origin. */
  optionalHostPermissions: ['https://*/*', 'http://localhost/*'],
  /** The LinkedIn watcher is registered at runtime, after consent (lib/worker/watcher-registration.ts). */
  registeredScriptMatches: ['https://www.linkedin.com/*'],
  /** Every top-level key the manifest may have; anything new must be added here on purpose. */
  keys: [
    'manifest_version',
    'name',
    'description',
    'version',
    'version_name',
    'default_locale',
    'icons',
    'permissions',
    'host_permissions',
    'optional_host_permissions',
    'background',
    'action',
    'options_ui',
    // Enterprise IT presets the feed URL through managed storage (options).
    'storage',
    // One keyboard shortcut that opens the popup (`_execute_action`, issue 16); nothing else.
    'commands',
    'browser_specific_settings',
    // Only in a company's self-hosted build (ADVOCACY_CRX_KEY, issue 29): the public key that fixes the id. It grants nothing.
    'key',
  ],
} as const;

type Manifest = Record<string, unknown>;

const same = (a: readonly unknown[] | undefined, b: readonly unknown[]) =>
  Array.isArray(a) && a.length === b.length && [...a].sort().every((value, i) => value === [...b].sort()[i]);

/** The same promise for the script the background registers at runtime (checked in unit tests). */
export function checkRegisteredScript(script: {
  matches?: readonly string[];
  allFrames?: boolean;
  matchOriginAsFallback?: boolean;
  world?: string;
  css?: readonly string[];
}): string[] {
  const problems: string[] = [];
  if (!same(script.matches, ALLOWED.registeredScriptMatches)) {
    problems.push(`registered script matches ${JSON.stringify(script.matches)}, expected LinkedIn only`);
  }
  if (script.allFrames === true) problems.push('registered script must run in the top frame only (allFrames)');
  if (script.matchOriginAsFallback) problems.push('registered script must not match about:blank');
  if (script.world === 'MAIN') problems.push('registered script must run in the isolated world');
  if (script.css?.length) problems.push('registered script must not inject CSS into LinkedIn');
  return problems;
}

/** Returns every problem found; an empty list means the manifest is as narrow as promised. */
export function checkManifest(manifest: Manifest, browser: 'chrome' | 'firefox'): string[] {
  const problems: string[] = [];
  if (manifest.manifest_version !== 3) problems.push(`manifest_version is ${String(manifest.manifest_version)}, not 3`);
  for (const key of Object.keys(manifest)) {
    if (!(ALLOWED.keys as readonly string[]).includes(key)) problems.push(`unexpected manifest key "${key}"`);
  }
  if (!same(manifest.permissions as string[], ALLOWED.permissions)) {
    problems.push(
      `permissions are ${JSON.stringify(manifest.permissions)}, expected ${JSON.stringify(ALLOWED.permissions)}`,
    );
  }
  if (!same(manifest.host_permissions as string[], ALLOWED.hostPermissions)) {
    problems.push(`host_permissions are ${JSON.stringify(manifest.host_permissions)}, expected LinkedIn only`);
  }
  const optional = (manifest.optional_host_permissions as string[] | undefined) ?? [];
  for (const pattern of optional) {
    if (!(ALLOWED.optionalHostPermissions as readonly string[]).includes(pattern)) {
      problems.push(`optional host permission "${pattern}" is not a feed-origin pattern`);
    }
  }
  if ('optional_permissions' in manifest) problems.push('optional_permissions must not exist');
  if ('web_accessible_resources' in manifest)
    problems.push('web_accessible_resources must not exist (extension probing)');
  if ('content_security_policy' in manifest) problems.push('content_security_policy must stay the default');
  if ('externally_connectable' in manifest) problems.push('externally_connectable must not exist');
  const commands = manifest.commands as Record<string, unknown> | undefined;
  if (commands && Object.keys(commands).some((name) => name !== '_execute_action')) {
    problems.push(
      `commands may only declare _execute_action (open the popup), found ${Object.keys(commands).join(', ')}`,
    );
  }
  if ('key' in manifest && (typeof manifest.key !== 'string' || !/^[A-Za-z0-9+/]+=*$/.test(manifest.key))) {
    problems.push('key must be a base64 public key');
  }
  const storage = manifest.storage as Record<string, unknown> | undefined;
  if (storage && Object.keys(storage).some((key) => key !== 'managed_schema')) {
    problems.push(`storage may only declare managed_schema, found ${Object.keys(storage).join(', ')}`);
  }

  // Nothing runs on any web page by default: the LinkedIn watcher is registered only after the
  // person opts in, the panel is injected only into a tab with an open composer.
  if ('content_scripts' in manifest) {
    problems.push('content_scripts must not be declared: the LinkedIn watcher is registered only after consent');
  }

  const gecko = (manifest.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)?.gecko;
  if (browser === 'firefox') {
    const id = typeof gecko?.id === 'string' ? gecko.id : '';
    if (!id) problems.push('Firefox needs browser_specific_settings.gecko.id');
    else if (!/^[\w.-]+@[\w.-]+$/.test(id)) problems.push(`gecko.id ${id} is not an email-like add-on id`);
    else if (/@(.+\.)?(example\.(org|com|net)|example|test|invalid|localhost)$/i.test(id) || !/advocacy/i.test(id)) {
      problems.push(`gecko.id ${id} must name the project, not a placeholder domain`);
    }
    if (JSON.stringify(gecko?.data_collection_permissions) !== JSON.stringify({ required: ['none'] })) {
      problems.push('Firefox must declare data_collection_permissions { required: ["none"] }');
    }
  } else if (manifest.browser_specific_settings) {
    problems.push('browser_specific_settings belongs to the Firefox build only');
  }
  return problems;
}

function main() {
  const root = resolve(import.meta.dirname, '../..');
  let failed = false;
  for (const browser of ['chrome', 'firefox'] as const) {
    const path = join(root, `.output/${browser}-mv3/manifest.json`);
    if (!existsSync(path)) {
      console.error(`✖ ${path} missing: run \`npm run build${browser === 'firefox' ? ':firefox' : ''}\` first.`);
      failed = true;
      continue;
    }
    const problems = checkManifest(JSON.parse(readFileSync(path, 'utf8')) as Manifest, browser);
    if (problems.length) {
      failed = true;
      console.error(`✖ ${browser} manifest is wider than promised:\n  - ${problems.join('\n  - ')}`);
    } else {
      console.log(`✔ ${browser} manifest: permissions, hosts, no declared content script, CSP and WAR as promised`);
    }
  }
  if (failed) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
