/**
 * How alike two texts are, 0 (nothing shared) to 1 (the same words in the same order).
 * Dice coefficient over word bigrams: cheap (linear), order-aware, tolerant of small edits.
 * The one implementation, shared by the guideline rule "identical copy" (which keeps the
 * bigrams of each suggestion and of the draft, so a run stays within P4) and by the watcher's
 * "how much did the person change the suggestion" (so it stays tiny and dependency-free).
 */
export function normalizeWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}#@]+/u)
    .filter(Boolean);
}

/** A text's word bigrams, counted: what the measure compares. */
export interface WordBigrams {
  counts: Map<string, number>;
  total: number;
}

export function wordBigrams(text: string): WordBigrams {
  const words = normalizeWords(text);
  const counts = new Map<string, number>();
  // A single word still counts as one "bigram" so one-word texts can be compared.
  const grams = words.length === 1 ? [words[0]!] : words.slice(1).map((word, i) => `${words[i]} ${word}`);
  for (const gram of grams) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  return { counts, total: grams.length };
}

/** Dice coefficient of two texts' bigrams (1 when both are empty). */
export function diceSimilarity(a: WordBigrams, b: WordBigrams): number {
  if (a.total === 0 && b.total === 0) return 1;
  if (a.total === 0 || b.total === 0) return 0;
  let shared = 0;
  for (const [gram, count] of b.counts) shared += Math.min(count, a.counts.get(gram) ?? 0);
  return (2 * shared) / (a.total + b.total);
}

export function textSimilarity(a: string, b: string): number {
  return diceSimilarity(wordBigrams(a), wordBigrams(b));
}

/** Share of the draft that is the person's own, relative to the inserted suggestion (0..1). */
export function changedRatio(draft: string, suggestion: string): number {
  return Math.round((1 - textSimilarity(draft, suggestion)) * 100) / 100;
}
