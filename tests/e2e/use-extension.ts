/**
 * The set-up most Chromium e2e files share: a fresh browser with the built extension for every
 * test, closed after it. Its own file so the benchmarks and the demo, which run outside Vitest,
 * can import the harness without Vitest's hooks.
 */
import { afterEach, beforeEach } from 'vitest';
import { launch, type ExtensionSession, type LaunchOptions } from './harness';

/**
 * Call inside a describe. Returns the current test's session: a live view, so read its fields
 * (or pass it on) inside a test, not at the describe's top level.
 */
export function useExtension(options: LaunchOptions = {}): ExtensionSession {
  let current: ExtensionSession | null = null;
  beforeEach(async () => {
    current = await launch(options);
  });
  afterEach(async () => {
    await current?.close();
    current = null;
  });
  return new Proxy({} as ExtensionSession, {
    get(_, key) {
      if (!current) throw new Error('useExtension: the browser runs only inside a test');
      return (current as unknown as Record<PropertyKey, unknown>)[key];
    },
    // updateExtension replaces the worker: on the current session, not on this view.
    set(_, key, value) {
      if (!current) throw new Error('useExtension: the browser runs only inside a test');
      (current as unknown as Record<PropertyKey, unknown>)[key] = value;
      return true;
    },
  });
}
