/**
 * A self-hosted Chromium package with a fixed id (issue 29, tests/tools/crx.ts): the id comes
 * from the company's key, the same in the signed .crx, its updates.xml and the manifest's `key`.
 * The key here is a throwaway one made for the test. tests/e2e/policy.e2e.ts installs such a
 * package through Chromium's policy engine.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extensionId, manifestKey, packCrx } from '../tools/crx';
import { checkManifest } from '../tools/manifest-check';
import { manifestFor } from '../helpers/manifest';

let dir = '';
let keyPath = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'advocacy-crx-'));
  keyPath = join(dir, 'company.pem');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(keyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }));
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('a package with the company’s own id', () => {
  it('signs a CRX3 whose id is the key’s, and an updates.xml that points at it', async () => {
    const extensionDir = join(dir, 'ext');
    mkdirSync(extensionDir);
    writeFileSync(
      join(extensionDir, 'manifest.json'),
      JSON.stringify({ manifest_version: 3, name: 'x', version: '1.2.3' }),
    );
    const result = await packCrx({
      extensionDir,
      keyPath,
      crxUrl: 'https://intranet.example.com/ext/advocacy.crx',
      crxPath: join(dir, 'advocacy.crx'),
      updatesPath: join(dir, 'updates.xml'),
    });
    const id = extensionId(readFileSync(keyPath, 'utf8'));
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(result).toEqual({ id, version: '1.2.3' });
    const crx = readFileSync(join(dir, 'advocacy.crx'));
    expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    const updates = readFileSync(join(dir, 'updates.xml'), 'utf8');
    expect(updates).toContain(`<app appid="${id}">`);
    expect(updates).toContain('codebase="https://intranet.example.com/ext/advocacy.crx" version="1.2.3"');
  });

  it('refuses a missing key instead of making a new one (a new key is a new id)', async () => {
    await expect(
      packCrx({
        extensionDir: dir,
        keyPath: join(dir, 'missing.pem'),
        crxUrl: 'https://x.example/a.crx',
        crxPath: join(dir, 'a.crx'),
        updatesPath: join(dir, 'u.xml'),
      }),
    ).rejects.toThrow('does not exist');
  });

  it('puts the public key into the Chrome manifest only when the key is given at build time', () => {
    expect(manifestFor('chrome')).not.toHaveProperty('key');
    vi.stubEnv('ADVOCACY_CRX_KEY', keyPath);
    const manifest = manifestFor('chrome');
    expect(manifest.key).toBe(manifestKey(readFileSync(keyPath, 'utf8')));
    expect(manifestFor('firefox')).not.toHaveProperty('key');
    // The manifest check lets a key through (it grants nothing) but nothing else new.
    expect(checkManifest({ ...manifest, version: '1' }, 'chrome').filter((p) => p.includes('key'))).toEqual([]);
    expect(checkManifest({ ...manifest, key: 'not base64!' }, 'chrome')).toContain('key must be a base64 public key');
  });
});
