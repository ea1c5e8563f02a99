/**
 * Undo history for the studio: every change is one step, except that typing in one field
 * within a second counts as one step (so undo takes back a word, not a letter).
 * Pure; the store keeps one History of the whole document.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** What the last step changed (e.g. a field path), for coalescing typing. */
  lastKey: string | null;
  lastAt: number;
}

/** Steps kept; older ones are dropped (a 500-item feed shares structure, so this stays small). */
export const HISTORY_LIMIT = 200;
export const COALESCE_MS = 1000;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null, lastAt: 0 };
}

/** Records `next` as the new present. Same `key` within COALESCE_MS replaces the last step. */
export function commit<T>(history: History<T>, next: T, key: string | null = null, now = Date.now()): History<T> {
  if (next === history.present) return history;
  const coalesce = key !== null && key === history.lastKey && now - history.lastAt < COALESCE_MS;
  const past = coalesce ? history.past : [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], lastKey: key, lastAt: now };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (history.past.length === 0) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous as T,
    future: [history.present, ...history.future],
    lastKey: null,
    lastAt: 0,
  };
}

export function redo<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history;
  const [next, ...future] = history.future;
  return { past: [...history.past, history.present], present: next as T, future, lastKey: null, lastAt: 0 };
}
