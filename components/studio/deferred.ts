/**
 * What the studio's first frame does not need comes in chunks of its own (issue 13.6: the
 * first render of a 500-item feed ≤ 300 ms): the checks (the zod schema, the guideline rules,
 * the similarity measure), the newsroom import (the RSS/Atom/JSON Feed parser) and the preview
 * (the panel's card and its stylesheet). Each is fetched once, at its first use or right after
 * the first frame with a feed on screen (`loadDeferredSoon`), whichever comes first. The
 * studio is an extension page, never on LinkedIn: a dynamic import is one more local file.
 */
import { lazy, useEffect, useState } from 'react';

/** Loads once; a failed load is not kept, so the next use tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | null = null;
  return () => {
    if (!promise) {
      promise = load();
      promise.catch(() => (promise = null));
    }
    return promise;
  };
}

export const loadChecks = once(() => import('@/lib/pages/studio/checks'));
export const loadImport = once(() => import('@/lib/pages/studio/import-items'));
const loadPreview = once(() => import('./Preview'));

/** The preview, rendered once its chunk is there (inside a Suspense boundary). */
export const LazyPreview = lazy(() => loadPreview().then((module) => ({ default: module.Preview })));

/**
 * Runs `work` after the next frame is painted: a frame callback runs before the paint, the
 * timeout it starts after it.
 */
export function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** Fetches every deferred chunk after the next paint, so the first use does not wait for it. */
export function loadDeferredSoon(): () => void {
  return afterPaint(() => {
    for (const load of [loadChecks, loadPreview, loadImport]) load().catch(() => undefined);
  });
}

/** False until the frame after the first render is painted (what can follow the first frame waits for it). */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => (painted ? undefined : afterPaint(() => setPainted(true))), [painted]);
  return painted;
}
