/**
 * "Copy picture" in the panel (issue 27): the worker reads the item's picture and hands it over
 * as a PNG (lib/worker/feed/picture.ts); the panel puts it on the clipboard from the person's own click,
 * and the person pastes it into the post themselves (Ctrl+V / ⌘V). The clipboard write starts in
 * the click (a ClipboardItem holding the promised PNG), so the browser counts the click even
 * though the picture arrives a moment later.
 */
import type { PictureResult } from '../shared/feed/types';

export type PictureCopy = 'copied' | 'unreadable' | 'refused';

/** A base64 PNG as a Blob. */
export function pngBlob(base64: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type: 'image/png' });
}

class Unreadable extends Error {}

export interface PictureCopyDeps {
  /** Asks the worker for the picture (send('feed:picture', …)). */
  read: () => Promise<{ ok: true; data: PictureResult } | { ok: false }>;
  clipboard?: Pick<Clipboard, 'write'> | null;
  ClipboardItemImpl?: typeof ClipboardItem | undefined;
}

/** Copies one picture; says in words what went wrong (never fails silently). */
export async function copyPicture({
  read,
  clipboard = navigator.clipboard ?? null,
  ClipboardItemImpl = globalThis.ClipboardItem,
}: PictureCopyDeps): Promise<PictureCopy> {
  const png = read().then((result) => {
    if (!result.ok || !result.data.ok) throw new Unreadable();
    return pngBlob(result.data.png);
  });
  // Observed at once, so a refused clipboard does not leave the promise's rejection unhandled.
  const readable = png.then(
    () => true,
    () => false,
  );
  if (!clipboard?.write || !ClipboardItemImpl) return (await readable) ? 'refused' : 'unreadable';
  try {
    await clipboard.write([new ClipboardItemImpl({ 'image/png': png })]);
    return 'copied';
  } catch {
    return (await readable) ? 'refused' : 'unreadable';
  }
}
