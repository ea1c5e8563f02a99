/**
 * Typed sending. Imports only types from the protocol (erased at build time), so any
 * context — including the LinkedIn watcher — can use it without bundling zod.
 */
import { browser } from 'wxt/browser';
import type { MessageName, RequestOf, ResponseOf, Result } from '../../worker/messaging/protocol';

/** Send a message to the background and get its typed result; never throws. */
export async function send<N extends MessageName>(type: N, payload: RequestOf<N>): Promise<Result<ResponseOf<N>>> {
  try {
    const response: unknown = await browser.runtime.sendMessage({ type, payload });
    if (response && typeof response === 'object' && 'ok' in response) return response as Result<ResponseOf<N>>;
    return { ok: false, error: { code: 'unreachable', message: 'The extension did not answer.' } };
  } catch (error) {
    // The background may be restarting or the extension was updated under this page.
    return {
      ok: false,
      error: { code: 'unreachable', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
