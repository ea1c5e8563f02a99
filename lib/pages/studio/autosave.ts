/**
 * Autosave on this device: the feed being edited lives in the extension's own
 * browser.storage.local (never sent anywhere), written shortly after each change and when
 * the tab is hidden, so closing the tab or the browser loses nothing.
 *
 * Items are stored in chunks of CHUNK items and only changed chunks are written: the store's
 * updates are immutable, so an unchanged chunk has the same item objects, and typing in one
 * item of a 500-item feed writes 50 items, not 500 (a full write costs a long task).
 */
import { declareStored, declareStoredFamily } from '../../shared/settings/declared';
import { getStoredValues, removeStoredValues, setStoredValuesDirect } from '../../shared/settings/direct';
import type { JsonObject, StudioFeed } from './path';

export const CHUNK = 50;
/** Chunks read together with the meta: a feed at the item limit (500) has 10. */
const LIKELY_CHUNKS = 10;

interface DraftMeta {
  version: 2;
  envelope: Omit<StudioFeed, 'items'>;
  chunks: number;
  savedAt: string;
}
/** Version 1: the whole feed under the one key. */
interface DraftVersion1 {
  feed: StudioFeed;
  savedAt: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/** The draft's meta of any stored shape: version 2, version 1 (read as it is), or none. */
function readDraftMeta(value: unknown): DraftMeta | DraftVersion1 | null {
  if (!isObject(value)) return null;
  if ('feed' in value) {
    const feed = value.feed;
    if (!isObject(feed) || !Array.isArray(feed.items)) return null;
    return { feed: feed as StudioFeed, savedAt: typeof value.savedAt === 'string' ? value.savedAt : '' };
  }
  if (value.version !== 2 || !isObject(value.envelope) || typeof value.chunks !== 'number') return null;
  return value as unknown as DraftMeta;
}

/**
 * The draft's declarations (lib/shared/settings/declared.ts): its meta under `studioDraft`, its items
 * in chunks under `studioDraft:items:<n>`. Version 2 is the chunked draft; a version 1 draft (the
 * whole feed under one key) is read as it is and written as version 2 by the next save.
 */
export const STUDIO_DRAFT = declareStored<DraftMeta | DraftVersion1 | null>('local:studioDraft', {
  fallback: null,
  read: readDraftMeta,
  version: 2,
  migrations: { 2: readDraftMeta },
});
export const STUDIO_DRAFT_CHUNKS = declareStoredFamily<JsonObject[]>('local:studioDraft:items:', {
  read: (value) => (Array.isArray(value) ? (value as JsonObject[]) : undefined),
  version: 1,
  migrations: {},
});
export const DRAFT_KEY = STUDIO_DRAFT.name;
const chunkKey = (index: number) => STUDIO_DRAFT_CHUNKS.nameOf(index);
const chunkKeys = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => chunkKey(from + i));

export interface StudioDraft {
  feed: StudioFeed;
  savedAt: string;
}

/** What was written last, to write only what changed. */
export interface SavedState {
  envelope: Omit<StudioFeed, 'items'> | null;
  chunks: JsonObject[][];
}

function chunksOf(items: JsonObject[]): JsonObject[][] {
  const chunks: JsonObject[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) chunks.push(items.slice(i, i + CHUNK));
  return chunks;
}

const sameChunk = (a: JsonObject[] | undefined, b: JsonObject[]) =>
  !!a && a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * Firefox runs browser.storage.local in the page's own process and can drop a write the page
 * starts as it goes away (a reload, a closed tab: "Promise rejected after context unloaded"),
 * so the changes not yet stored are also kept, synchronously, in the page's localStorage when
 * it is hidden or left. The next start stores them properly (loadDraft) and clears the copy.
 */
export const JOURNAL_KEY = 'studioDraft:journal';

export function journalDraft(feed: StudioFeed, now = new Date()): void {
  try {
    localStorage.setItem(JOURNAL_KEY, JSON.stringify({ feed, savedAt: now.toISOString() }));
  } catch {
    // No room (a feed near the 2 MB limit in a full localStorage): the storage.local write stands alone.
  }
}

function readJournal(): StudioDraft | null {
  try {
    const value = JSON.parse(localStorage.getItem(JOURNAL_KEY) ?? 'null') as Partial<StudioDraft> | null;
    if (!value?.feed || !Array.isArray(value.feed.items) || typeof value.savedAt !== 'string') return null;
    return { feed: value.feed, savedAt: value.savedAt };
  } catch {
    return null;
  }
}

function clearJournal(): void {
  try {
    localStorage.removeItem(JOURNAL_KEY);
  } catch {
    // Nothing to clear.
  }
}

/**
 * The last draft: the one in storage.local, or the page's journal when it is newer (then it is
 * written to storage.local first). A stored draft of any older or wrong shape reads as
 * "no draft" rather than breaking the page (R10).
 */
export async function loadDraft(): Promise<{ draft: StudioDraft; saved: SavedState } | null> {
  const stored = await loadStoredDraft();
  const journal = readJournal();
  if (!journal || (stored && stored.draft.savedAt >= journal.savedAt)) {
    if (journal) clearJournal();
    return stored;
  }
  try {
    const saved = await saveDraft(
      journal.feed,
      stored?.saved ?? { envelope: null, chunks: [] },
      new Date(journal.savedAt),
    );
    clearJournal();
    return { draft: journal, saved };
  } catch {
    // storage.local refused it: keep the journal for the next start, and edit from it now.
    return { draft: journal, saved: stored?.saved ?? { envelope: null, chunks: [] } };
  }
}

async function loadStoredDraft(): Promise<{ draft: StudioDraft; saved: SavedState } | null> {
  try {
    // The meta and the chunks a full feed has (500 items) in one read: a second round trip
    // delayed the studio's first render.
    const first = await getStoredValues(STUDIO_DRAFT.area, [DRAFT_KEY, ...chunkKeys(0, LIKELY_CHUNKS)]);
    const meta = STUDIO_DRAFT.read(first[DRAFT_KEY]);
    if (!meta) return null;
    if ('feed' in meta) {
      // Version 1: the whole feed under one key.
      return { draft: meta, saved: { envelope: null, chunks: [] } };
    }
    const keys = chunkKeys(0, Math.min(meta.chunks, 100));
    const rest = keys.slice(LIKELY_CHUNKS);
    const stored = rest.length ? { ...first, ...(await getStoredValues(STUDIO_DRAFT.area, rest)) } : first;
    const chunks = keys.map((key) => STUDIO_DRAFT_CHUNKS.read(stored[key]) ?? []);
    const feed = { ...meta.envelope, items: chunks.flat() } as StudioFeed;
    return { draft: { feed, savedAt: meta.savedAt }, saved: { envelope: meta.envelope, chunks } };
  } catch {
    return null;
  }
}

/** Writes the feed (only the chunks that changed since `saved`); returns what is stored now. */
export async function saveDraft(feed: StudioFeed | null, saved: SavedState, now = new Date()): Promise<SavedState> {
  if (!feed) {
    clearJournal();
    const keys = [DRAFT_KEY, ...saved.chunks.map((_, i) => chunkKey(i))];
    await removeStoredValues(STUDIO_DRAFT.area, keys);
    return { envelope: null, chunks: [] };
  }
  const { items, ...envelope } = feed;
  const chunks = chunksOf(items);
  const writes: Partial<Record<ReturnType<typeof chunkKey>, unknown>> = {};
  chunks.forEach((chunk, i) => {
    if (!sameChunk(saved.chunks[i], chunk)) writes[chunkKey(i)] = chunk;
  });
  const meta: DraftMeta = { version: 2, envelope, chunks: chunks.length, savedAt: now.toISOString() };
  writes[DRAFT_KEY] = meta;
  // One set: the meta and its chunks land together.
  await setStoredValuesDirect(STUDIO_DRAFT.area, writes);
  const stale = saved.chunks.slice(chunks.length).map((_, i) => chunkKey(chunks.length + i));
  if (stale.length) await removeStoredValues(STUDIO_DRAFT.area, stale);
  return { envelope, chunks };
}
