import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';

/**
 * The Firefox add-on id: it names the project, and is kept forever once on AMO (updates,
 * storage and the person's permissions hang on it). Email-like, as Mozilla asks, without
 * borrowing a domain nobody of us owns (example.org was a placeholder).
 */
export const GECKO_ID = 'advocacy-for-linkedin@advocacy-extension';

/**
 * A company that hosts the extension itself builds with its own private key (kept outside the
 * repository): ADVOCACY_CRX_KEY=<path to the .pem>. The public key goes into the Chrome
 * manifest as `key`, which fixes the id (tests/tools/crx.ts packs the signed .crx). Store
 * builds are made without it and have no `key`.
 */
function manifestKeyFromEnv(): string | null {
  const path = process.env.ADVOCACY_CRX_KEY;
  if (!path) return null;
  return createPublicKey(readFileSync(path, 'utf8')).export({ type: 'spki', format: 'der' }).toString('base64');
}

// The manifest is the privacy promise in code: every permission here is one a reviewer
// (and the person) can read. tests/unit/manifest.test.ts fails on any widening.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifestVersion: 3,
  // WXT's content-script context announces every start with a CustomEvent on LinkedIn's
  // `document` and lets any such event stop the script: the page could see who opted in and
  // switch the watcher off. Ours is private to the extension's isolated world (see the file).
  alias: { 'wxt/utils/content-script-context': 'lib/shared/linkedin/script-context.ts' },
  zip: {
    // The Firefox sources zip ignores .gitignore: keep test output and local state out of it.
    excludeSources: [
      '.output/**',
      'test-results/**',
      'bench-results/**',
      'tests/e2e/.artifacts/**',
      'coverage/**',
      '**/*.log',
      '.wxt/**',
    ],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: "Share this page" / "Suggest this page" read the current tab's address and
    // title only after the person clicked the toolbar icon (no install warning; manifest check).
    permissions: ['storage', 'alarms', 'scripting', 'activeTab'],
    // A shortcut that opens the popup; people can change it in the browser's shortcut settings.
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenPopup__',
      },
    },
    host_permissions: ['https://www.linkedin.com/*'],
    // A company's feed lives on its own origin; the options page asks for exactly that
    // origin at runtime when the server does not send CORS headers.
    optional_host_permissions: ['https://*/*', 'http://localhost/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions is understood from Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // Enterprise IT can preset and lock the feed URL (Chrome policy for extensions).
          // Firefox reads managed storage from enterprise policies without a schema key.
          storage: { managed_schema: 'managed_schema.json' },
          ...(manifestKeyFromEnv() ? { key: manifestKeyFromEnv() } : {}),
        }),
  }),
});
