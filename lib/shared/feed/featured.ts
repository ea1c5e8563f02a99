/**
 * Featured items: the communications team can mark an item `_advocacy.featured`; it is shown
 * first in the panel and the popup ("Featured by <organization>") for as long as it is current
 * (expired items are filtered out before, so "featured" ends with the item's `expires`).
 * Pure and stable: items keep their order within the featured and the other group.
 */

/** Comparator: featured items before the others, otherwise equal (Array.prototype.sort is stable). */
export function byFeatured(a: { featured?: boolean }, b: { featured?: boolean }): number {
  return Number(b.featured === true) - Number(a.featured === true);
}

/** A copy with the featured items first, each group in its existing order. */
export function featuredFirst<T extends { featured?: boolean }>(items: readonly T[]): T[] {
  return [...items].sort(byFeatured);
}

/** The featured items of a list that is already current (not expired), in order. */
export function featuredOnly<T extends { featured?: boolean }>(items: readonly T[]): T[] {
  return items.filter((item) => item.featured === true);
}
