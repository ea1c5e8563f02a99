/**
 * Enterprise policy (managed storage): IT can preset and lock the feed URL.
 * `managed` is read-only for the extension and absent on most machines; any failure
 * means "nothing set by the organization".
 */
import { browser } from 'wxt/browser';

export interface ManagedPolicy {
  feedUrl: string | null;
}

export async function readManagedPolicy(): Promise<ManagedPolicy> {
  try {
    const values = await browser.storage.managed.get('feedUrl');
    const feedUrl = typeof values.feedUrl === 'string' && values.feedUrl.startsWith('https://') ? values.feedUrl : null;
    return { feedUrl };
  } catch {
    return { feedUrl: null };
  }
}
