/**
 * Tiny readers that turn whatever storage holds into the typed shape, with defaults: a field
 * that is missing or of the wrong type gets its default, a bad list entry is dropped, and a
 * reader never throws (R10). Hand-written instead of zod because the always-on LinkedIn
 * watcher reads settings too and must stay small (P1).
 */
export type Reader<T> = (value: unknown) => T;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object read field by field; anything else gives every field's default. */
export function object<T>(fields: { [K in keyof T]: Reader<T[K]> }): Reader<T> {
  return (value) => {
    const source = isRecord(value) ? value : {};
    const out = {} as T;
    for (const key of Object.keys(fields) as (keyof T)[]) out[key] = fields[key](source[key as string]);
    return out;
  };
}

export function oneOf<T extends string>(values: readonly T[], fallback: T): Reader<T> {
  return (value) => (values.includes(value as T) ? (value as T) : fallback);
}

export function bool(fallback: boolean): Reader<boolean> {
  return (value) => (typeof value === 'boolean' ? value : fallback);
}

/** A whole number, held within min..max; not a number at all gives the fallback. */
export function intIn(min: number, max: number, fallback: number): Reader<number> {
  return (value) =>
    typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;
}

/** A string of at most `max` characters, else null. */
export function textOrNull(max: number): Reader<string | null> {
  return (value) => (typeof value === 'string' && value.length <= max ? value : null);
}

/** An ISO time (anything Date.parse reads), else null. */
export const timeOrNull: Reader<string | null> = (value) =>
  typeof value === 'string' && value.length <= 40 && Number.isFinite(Date.parse(value)) ? value : null;

/** A list of the entries `entry` accepts (it returns undefined for a bad one), the last `max` kept. */
export function listOf<T>(entry: (value: unknown) => T | undefined, max: number): Reader<T[]> {
  return (value) => {
    if (!Array.isArray(value)) return [];
    const out: T[] = [];
    for (const item of value.slice(-max)) {
      const read = entry(item);
      if (read !== undefined) out.push(read);
    }
    return out;
  };
}

/** One of `values` as a list entry (undefined otherwise). */
export function entryOf<T extends string>(values: readonly T[]): (value: unknown) => T | undefined {
  return (value) => (values.includes(value as T) ? (value as T) : undefined);
}
