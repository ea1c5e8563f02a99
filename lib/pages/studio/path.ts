import { formatPath } from '../../shared/feed/path-text';
import type { FeedInput } from '../../shared/feed/schema';

/**
 * The studio edits the feed as plain JSON (the very shape it downloads), addressed by paths
 * like ['items', 3, '_advocacy', 'variants', 0, 'text']. Updates are immutable so the undo
 * history can keep every version cheaply (unchanged branches are shared).
 */
export type Path = readonly (string | number)[];
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
export type JsonObject = { [key: string]: Json | undefined };

/**
 * Every path into the feed the schema allows (lib/shared/feed/schema.ts, the one definition), the
 * empty path and every prefix included: the studio's fields take these, so a misspelled or
 * removed field fails `tsc`. Array entries are addressed by number.
 */
export type PathsOf<T> = readonly [] | SubPaths<NonNullable<T>>;
type SubPaths<T> = T extends readonly (infer Entry)[]
  ? readonly [number, ...PathsOf<Entry>]
  : T extends object
    ? { [K in keyof T & string]-?: readonly [K, ...PathsOf<T[K]>] }[keyof T & string]
    : never;

/** A path to a field of feed.json. */
export type FeedPath = PathsOf<FeedInput>;

/** A feed as the studio holds it: a JSON Feed object, possibly invalid while being edited. */
export interface StudioFeed extends JsonObject {
  items: JsonObject[];
}

/** `items[3]._advocacy.title`: the path text the feed's own checks print (lib/shared/feed/path-text). */
export function pathKey(path: Path): string {
  return formatPath(path);
}

/** The value at `path`, or undefined. */
export function getIn(value: unknown, path: Path): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/**
 * A copy of `root` with `value` at `path` (objects and arrays created on the way). Setting
 * `undefined` removes an object key, so emptied fields leave nothing behind in the file.
 */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const base: unknown = root;
  const child =
    base !== null && typeof base === 'object' ? (base as Record<string | number, unknown>)[head] : undefined;
  const next = setIn(child, rest, value);
  if (typeof head === 'number') {
    const array = Array.isArray(base) ? [...(base as unknown[])] : [];
    array[head] = next;
    return array as T;
  }
  const object = { ...(base !== null && typeof base === 'object' && !Array.isArray(base) ? base : {}) } as Record<
    string,
    unknown
  >;
  if (next === undefined) delete object[head];
  else object[head] = next;
  return object as T;
}

/** A string or number as text, anything else as '' (fields being edited can hold anything). */
export function fieldText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** A path text back to its parts: `items[3]._advocacy.title` → ['items', 3, '_advocacy', 'title']; '(feed)' → []. */
export function pathFromKey(key: string): (string | number)[] {
  if (key === '(feed)') return [];
  const parts: (string | number)[] = [];
  for (const match of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    parts.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  return parts;
}
