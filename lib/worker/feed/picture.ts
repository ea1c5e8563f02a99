/**
 * "Copy picture" (issue 27): an item's image, read by the worker and handed to the panel as PNG
 * for the clipboard. Readable means the worker's own request succeeds: from an origin the
 * extension has host permission for (the feed's own origin, granted when the feed was saved) or
 * served with CORS; anything else fails as the browser refuses it, and the panel shows no
 * button. The request is the same for everyone (constraint 7): GET, no credentials, no referrer,
 * no identifying query, time- and size-capped. The panel names a suggestion by id; the address
 * is taken from the stored feed, never from the page.
 */
import type { PictureResult } from '../../shared/feed/types';

export type { PictureResult } from '../../shared/feed/types';

export const PICTURE_TIMEOUT_MS = 10_000;
/** The largest picture read (bytes as served). */
export const PICTURE_MAX_BYTES = 8 * 1024 * 1024;
/** The longest side of the PNG handed to the clipboard (a larger picture is scaled down). */
export const PICTURE_MAX_SIDE = 2048;
/** Pictures checked per sync, in the order the cards are shown (the rest get no "Copy picture"). */
export const PICTURE_CHECK_MAX = 30;
/** How long one picture's check may take at sync time (the feed waits for the checks to be stored). */
export const PICTURE_CHECK_TIMEOUT_MS = 5_000;
/** Checks at once. */
const PICTURE_CHECK_PARALLEL = 6;

/** Raster types the worker can decode into a PNG (SVG cannot be decoded without a document). */
const RASTER = /^image\/(png|jpe?g|gif|webp|avif|bmp)$/;

type Fetch = typeof fetch;

function httpsOnly(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

async function request(url: string, fetchImpl: Fetch, signal: AbortSignal): Promise<Response | null> {
  try {
    const response = await fetchImpl(url, {
      method: 'GET',
      mode: 'cors',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      signal,
    });
    if (!response.ok || !httpsOnly(response.url || url)) return null;
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const length = Number(response.headers.get('content-length') ?? 0);
    if (!RASTER.test(type) || length > PICTURE_MAX_BYTES) {
      void response.body?.cancel().catch(() => undefined);
      return null;
    }
    return response;
  } catch {
    // CORS refused, no permission, offline, timed out: not readable.
    return null;
  }
}

/** Whether the picture can be read (the headers only; the body is not downloaded). */
export async function pictureReadable(
  url: string | undefined,
  fetchImpl: Fetch = fetch,
  timeoutMs = PICTURE_TIMEOUT_MS,
): Promise<boolean> {
  const https = httpsOnly(url);
  if (!https) return false;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await request(https, fetchImpl, controller.signal);
    if (!response) return false;
    void response.body?.cancel().catch(() => undefined);
    return true;
  } finally {
    clearTimeout(timer);
  }
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}

/** The picture's bytes as a PNG (decoded and re-encoded unless it is a PNG small enough already). */
async function toPng(blob: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(blob);
  try {
    const scale = Math.min(1, PICTURE_MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    if (blob.type === 'image/png' && scale === 1) return blob;
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0, width, height);
    return await canvas.convertToBlob({ type: 'image/png' });
  } finally {
    bitmap.close();
  }
}

/** The picture as a base64 PNG (what the panel puts on the clipboard), or why not. */
export async function pictureAsPng(url: string | undefined, fetchImpl: Fetch = fetch): Promise<PictureResult> {
  const https = httpsOnly(url);
  if (!https) return { ok: false, reason: 'none' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), PICTURE_TIMEOUT_MS);
  try {
    const response = await request(https, fetchImpl, controller.signal);
    if (!response) return { ok: false, reason: 'unreadable' };
    let blob: Blob;
    try {
      blob = await response.blob();
    } catch {
      return { ok: false, reason: 'unreadable' };
    }
    if (blob.size > PICTURE_MAX_BYTES) return { ok: false, reason: 'unreadable' };
    try {
      const png = await toPng(blob);
      return { ok: true, png: base64(new Uint8Array(await png.arrayBuffer())) };
    } catch {
      return { ok: false, reason: 'undecodable' };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The image of each named item (ids the feed does not have, or items without one, are left out). */
export function imagesOf(
  items: readonly { id: string; image?: string | null }[],
  ids: readonly string[],
): Map<string, string> {
  const wanted = new Set(ids);
  const out = new Map<string, string>();
  for (const item of items) if (wanted.has(item.id) && item.image) out.set(item.id, item.image);
  return out;
}

/**
 * The ids of the items whose picture was found readable when the feed was stored (`readable`:
 * `StoredFeedMeta.readablePictures`): those cards get "Copy picture". Read from the database only,
 * in the panel-data answer, so opening a composer sends no request anywhere.
 */
export function copyablePictures(
  items: readonly { id: string; image?: string | null }[],
  readable: readonly string[] | undefined,
): string[] {
  const urls = new Set(readable);
  return items.filter((item) => !!item.image && urls.has(item.image)).map((item) => item.id);
}

/**
 * Which of a feed's pictures the worker can read, checked once when the feed is stored (the first
 * `PICTURE_CHECK_MAX` distinct addresses, in the order given): the same requests for everyone, at
 * sync time, so opening a composer sends nothing anywhere.
 */
export async function readablePictures(
  urls: readonly (string | null | undefined)[],
  fetchImpl: Fetch = fetch,
): Promise<string[]> {
  const distinct = [...new Set(urls.filter((url): url is string => !!httpsOnly(url ?? undefined)))].slice(
    0,
    PICTURE_CHECK_MAX,
  );
  const readable = new Set<string>();
  let next = 0;
  const worker = async () => {
    while (next < distinct.length) {
      const url = distinct[next++]!;
      if (await pictureReadable(url, fetchImpl, PICTURE_CHECK_TIMEOUT_MS)) readable.add(url);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PICTURE_CHECK_PARALLEL, distinct.length) }, worker));
  return distinct.filter((url) => readable.has(url));
}
