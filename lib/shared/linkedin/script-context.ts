/**
 * Our replacement for WXT's `ContentScriptContext`, for the scripts we run in LinkedIn's tabs
 * (the watcher and the composer panel). wxt.config.ts aliases `wxt/utils/content-script-context`
 * to this file, so WXT's generated entry (`virtual:content-script-isolated-world-entrypoint`)
 * builds this context and hands it to `main(ctx)`.
 *
 * Why: WXT's context announces every start with a `<extension-id>:<script>:wxt:content-script-started`
 * CustomEvent on `document` and stops itself when such an event arrives. The page sees that
 * event (it tells LinkedIn who opted in) and can send it too (one forged copy switched the
 * watcher off). This context says nothing on the page and listens to nothing the page can send.
 *
 * Old instance vs. new instance, without the page's channel:
 * - Same extension run, script injected again (the background re-runs the watcher in open tabs,
 *   the panel is injected once more): both share the extension's isolated world, so a registry on
 *   that world's `globalThis` (invisible to the page) stops the older instance at once.
 * - After an update or reload, the old instance is orphaned: `browser.runtime.id` is gone, it can
 *   no longer message the background or touch extension storage, so it cannot record anything.
 *   The new version is injected into open LinkedIn tabs by the background on update
 *   (lib/worker/watcher-registration.ts); the orphan notices at the person's next key press
 *   or pointer press (cheap capture listeners in the isolated world) and stops all its listeners.
 */
import { browser } from 'wxt/browser';

const REGISTRY = Symbol.for('advocacy.scriptContexts');
type Registry = Map<string, ContentScriptContext>;

function registry(): Registry {
  const slot = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  slot[REGISTRY] ??= new Map();
  return slot[REGISTRY];
}

/** Same surface as WXT's context (main(ctx) keeps working), without the page-visible start-up check. */
export class ContentScriptContext {
  readonly id = Math.random().toString(36).slice(2);
  private readonly abortController = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: object,
  ) {
    const contexts = registry();
    contexts.get(contentScriptName)?.notifyInvalidated();
    contexts.set(contentScriptName, this);
    this.onInvalidated(() => {
      if (contexts.get(contentScriptName) === this) contexts.delete(contentScriptName);
    });
    // An orphan (extension updated or reloaded under this tab) stops at the person's next action.
    if (typeof window !== 'undefined') {
      const check = () => void this.isInvalid;
      const listen = { capture: true, passive: true, signal: this.signal };
      window.addEventListener('pointerdown', check, listen);
      window.addEventListener('keydown', check, listen);
    }
  }

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  /** True once stopped, or once the extension that started us is gone (updated, reloaded, removed). */
  get isInvalid(): boolean {
    if (!this.signal.aborted && !extensionAlive()) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Calls `cb` when this instance stops; returns a function that removes it. */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** A promise that never settles, for code that must not continue once stopped. */
  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => {
      if (!this.signal.aborted) callback(deadline);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /**
   * Listener removed when this instance stops. WXT's `wxt:` events (locationchange) are
   * dispatched on the page's `window`, where LinkedIn can see them: not offered here.
   */
  addEventListener(
    target: EventTarget,
    type: string,
    handler: EventListenerOrEventListenerObject,
    options?: AddEventListenerOptions,
  ): void {
    if (type.startsWith('wxt:')) throw new Error(`"${type}" would be visible to the page: not supported`);
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  /** Stops this instance: aborts the signal, which runs every `onInvalidated` callback. */
  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }
}

function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false; // Firefox throws on a dead extension's objects
  }
}
