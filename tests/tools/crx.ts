/**
 * A Chromium package with a fixed id, for a company that hosts the extension itself (issue 29).
 * The id comes from a private key kept outside the repository and given at build time:
 *
 *   ADVOCACY_CRX_KEY=/secure/advocacy.pem ADVOCACY_CRX_URL=https://intranet.example.com/ext/advocacy.crx npm run zip
 *
 * writes, next to the store zips, `.output/advocacy-extension-<version>-chrome.crx` (CRX3, signed
 * with that key by the `crx3` package) and `.output/updates.xml` (the update manifest that names
 * the .crx's address). With the key set, wxt.config.ts also puts the public key into the built
 * manifest (`key`), so an unpacked build has the same id. Without it nothing here runs and the
 * store packages are exactly as before. Make a key once with
 *   openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out advocacy.pem
 * and keep it like any signing key: whoever has it can publish updates under the same id.
 */
import { createHash, createPublicKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const crx3 = require('crx3') as (
  files: string[],
  options: { keyPath: string; crxPath: string; xmlPath: string; crxURL: string },
) => Promise<{ appId: string }>;

/** The manifest's `key`: the public key (SPKI, DER) in base64. */
export function manifestKey(pem: string): string {
  return createPublicKey(pem).export({ type: 'spki', format: 'der' }).toString('base64');
}

/** Chromium's id for a key: the first 16 bytes of SHA-256 of the public key, as letters a–p. */
export function extensionId(pem: string): string {
  const hash = createHash('sha256')
    .update(Buffer.from(manifestKey(pem), 'base64'))
    .digest('hex');
  return [...hash.slice(0, 32)].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export interface CrxOptions {
  /** A built Chrome extension (its manifest.json inside). */
  extensionDir: string;
  /** The private key (PEM); it must exist: a missing key is an error, never a new id. */
  keyPath: string;
  /** Where the .crx will be served from (written into updates.xml). */
  crxUrl: string;
  crxPath: string;
  updatesPath: string;
}

/** Packs and signs the extension; returns its id and version. */
export async function packCrx(options: CrxOptions): Promise<{ id: string; version: string }> {
  if (!existsSync(options.keyPath)) throw new Error(`The key ${options.keyPath} does not exist.`);
  const manifestPath = join(options.extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No built extension in ${options.extensionDir}: npm run build first.`);
  const version = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string }).version;
  const info = await crx3([manifestPath], {
    keyPath: options.keyPath,
    crxPath: options.crxPath,
    xmlPath: options.updatesPath,
    crxURL: options.crxUrl,
  });
  const id = extensionId(readFileSync(options.keyPath, 'utf8'));
  if (info.appId !== id) throw new Error(`The package's id ${info.appId} is not the key's ${id}.`);
  return { id, version };
}

if (process.argv[1]?.endsWith('crx.ts')) {
  const keyPath = process.env.ADVOCACY_CRX_KEY;
  if (!keyPath) {
    console.log('crx: ADVOCACY_CRX_KEY is not set, so only the store packages were made.');
  } else {
    const crxUrl = process.env.ADVOCACY_CRX_URL;
    if (!crxUrl?.startsWith('https://')) {
      console.error('crx: set ADVOCACY_CRX_URL to the https:// address the .crx will be served from.');
      process.exit(1);
    }
    const out = resolve('.output');
    const version = (JSON.parse(readFileSync(join(out, 'chrome-mv3', 'manifest.json'), 'utf8')) as { version: string })
      .version;
    const result = await packCrx({
      extensionDir: join(out, 'chrome-mv3'),
      keyPath: resolve(keyPath),
      crxUrl,
      crxPath: join(out, `advocacy-extension-${version}-chrome.crx`),
      updatesPath: join(out, 'updates.xml'),
    });
    console.log(`crx: .output/advocacy-extension-${version}-chrome.crx and .output/updates.xml, id ${result.id}`);
  }
}
