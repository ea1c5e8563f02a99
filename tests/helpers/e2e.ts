/**
 * What the two browser suites share, whichever browser runs them (Chromium: tests/helpers/chromium.ts,
 * Firefox: tests/e2e-firefox/harness.ts): the repository's folders, the LinkedIn-like fixtures
 * and what is served for them, where screenshots go, where Debian installs a browser, and how
 * the share records are read from the extension's own database.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ShareEvent } from '@/lib/worker/db/types';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
/** Screenshots of the browser runs: kept out of git, looked at by people. */
export const ARTIFACTS_DIR = join(ROOT, 'tests/e2e/.artifacts');

/** A file of tests/fixtures, as text. */
export function fixture(name: string): string {
  return readFileSync(join(FIXTURES_DIR, name), 'utf8');
}

/** The content type of a fixture page served as https://www.linkedin.com/… */
export const PAGE_TYPE = 'text/html; charset=utf-8';
/** The content type of a fixture page's own script (`fixtureScript`). */
export const SCRIPT_TYPE = 'text/javascript';

const SCRIPT_PATH = '/__fixtures/';

/**
 * A fixture page's own script, which it loads as https://www.linkedin.com/__fixtures/<name>
 * (the name cut down to a plain file name, so nothing outside tests/fixtures is served);
 * null for any other path.
 */
export function fixtureScript(pathname: string): string | null {
  if (!pathname.startsWith(SCRIPT_PATH)) return null;
  return fixture(pathname.slice(SCRIPT_PATH.length).replace(/[^\w.-]/g, ''));
}

/** Saves a PNG as tests/e2e/.artifacts/<name>.png (`name` may start with a folder) and returns its path. */
export function savePng(name: string, png: Uint8Array): string {
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, png);
  return path;
}

/** The first of `paths` that exists, or a plain error saying how to install the Debian package. */
export function installedBrowser(debianPackage: string, paths: readonly string[]): string {
  const found = paths.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `${debianPackage} not found: install it with \`apt-get install -y ${debianPackage}\` (see .ci/run).`,
    );
  }
  return found;
}

/**
 * Reads the person's share records from the extension's database. Runs inside the browser
 * (Chromium: `worker.evaluate(readShares)`, or `page.evaluate` on an extension page; Firefox:
 * its source in a Marionette script on an extension page), so it is self-contained: no outer
 * names, no inner named functions (tsx would wrap them in a helper the browser lacks).
 */
export const readShares = (): Promise<ShareEvent[]> =>
  new Promise<ShareEvent[]>((resolve, reject) => {
    const open = indexedDB.open('advocacy');
    open.onerror = () => reject(new Error(String(open.error)));
    open.onsuccess = () => {
      const db = open.result;
      // The background may not have created its tables yet: then nothing is recorded.
      if (!db.objectStoreNames.contains('shares')) {
        db.close();
        resolve([]);
        return;
      }
      const request = db.transaction('shares').objectStore('shares').getAll();
      request.onsuccess = () => {
        db.close();
        resolve(request.result as ShareEvent[]);
      };
      request.onerror = () => reject(new Error(String(request.error)));
    };
  });

/**
 * A JSON feed of two items with pictures, for Copy picture in both browsers: `harbour` with the
 * picture the test serves as readable, `elsewhere` with one it serves as unreadable.
 */
export function pictureFeed(readable: string, unreadable: { title: string; image: string }): string {
  const item = (id: string, title: string, image: string, published: string) => ({
    id,
    url: `https://news.example.com/${id}`,
    title,
    summary: `${title}: the story.`,
    image,
    date_published: published,
    language: 'en',
    _advocacy: { variants: [{ language: 'en', text: `${title}. Proud of the team.` }], campaign: 'pictures' },
  });
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Nordvind pictures',
    language: 'en',
    _advocacy: { organization: { name: 'Nordvind Energi' } },
    items: [
      item('harbour', 'Harbour picture', readable, '2026-12-01T08:00:00Z'),
      item('elsewhere', unreadable.title, unreadable.image, '2026-11-30T08:00:00Z'),
    ],
  });
}
