import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext as WhatWxtBuilds } from 'wxt/utils/content-script-context';
import { ContentScriptContext } from '../../lib/shared/linkedin/script-context';

/** Everything a page script could notice: events on its document and window, and postMessage. */
function pageSpy() {
  const seen: string[] = [];
  const documentDispatch = vi.spyOn(document, 'dispatchEvent').mockImplementation(function (this: Document, event) {
    seen.push(`document:${event.type}`);
    return true;
  });
  const windowDispatch = vi.spyOn(window, 'dispatchEvent').mockImplementation((event) => {
    seen.push(`window:${event.type}`);
    return true;
  });
  const post = vi.spyOn(window, 'postMessage').mockImplementation(() => seen.push('postMessage'));
  return { seen, restore: () => [documentDispatch, windowDispatch, post].forEach((spy) => spy.mockRestore()) };
}

const started: ContentScriptContext[] = [];
const start = (name: string) => {
  const ctx = new ContentScriptContext(name);
  started.push(ctx);
  return ctx;
};
afterEach(() => {
  started.splice(0).forEach((ctx) => ctx.notifyInvalidated());
});

describe('the private content-script context', () => {
  it('is what WXT’s generated content-script entry builds (wxt.config.ts alias)', () => {
    expect(WhatWxtBuilds).toBe(ContentScriptContext);
  });

  it('announces nothing on the page when a script starts', () => {
    const spy = pageSpy();
    start('linkedin');
    start('composer-panel');
    spy.restore();
    expect(spy.seen).toEqual([]);
  });

  it('cannot be stopped by anything the page dispatches, WXT’s start-up event included', () => {
    const ctx = start('linkedin');
    const name = `${fakeBrowser.runtime.id}:linkedin:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'linkedin', messageId: 'forged' } }));
    window.postMessage({ type: name, contentScriptName: 'linkedin', messageId: 'forged' }, '*');
    window.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'linkedin', messageId: 'forged' } }));
    expect(ctx.isValid).toBe(true);
  });

  it('a newer instance of the same script stops the older one (same isolated world), others keep running', () => {
    const watcher = start('linkedin');
    const panel = start('composer-panel');
    const stopped = vi.fn();
    watcher.onInvalidated(stopped);
    const newer = start('linkedin');
    expect(watcher.isInvalid).toBe(true);
    expect(stopped).toHaveBeenCalledTimes(1);
    expect(newer.isValid).toBe(true);
    expect(panel.isValid).toBe(true);
  });

  it('an orphan of an updated extension stops at the person’s next key or pointer press', () => {
    const ctx = start('linkedin');
    const stopped = vi.fn();
    ctx.onInvalidated(stopped);
    const id = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(stopped).toHaveBeenCalledTimes(1);
    id.mockRestore();
  });

  it('refuses WXT’s page-visible location events', () => {
    const ctx = start('linkedin');
    expect(() => ctx.addEventListener(window, 'wxt:locationchange', () => {})).toThrow(/visible to the page/);
  });

  it('removes its timers and listeners when stopped', () => {
    vi.useFakeTimers();
    const ctx = start('linkedin');
    const timer = vi.fn();
    const listener = vi.fn();
    ctx.setTimeout(timer, 100);
    ctx.setInterval(timer, 50);
    ctx.addEventListener(document, 'click', listener);
    ctx.notifyInvalidated();
    vi.advanceTimersByTime(500);
    document.body.click();
    vi.useRealTimers();
    expect(timer).not.toHaveBeenCalled();
    expect(listener).not.toHaveBeenCalled();
  });
});
