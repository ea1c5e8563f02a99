/**
 * How alike two texts are, 0 (nothing shared) to 1 (the same words in the same order).
 * Dice coefficient over word bigrams: cheap (linear), order-aware, tolerant of small edits.
 * Shared by the guideline check "identical copy" and by the watcher's "how much did the
 * person change the suggestion" (so it stays tiny and dependency-free).
 */
export function normalizeWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}#@]+/u)
    .filter(Boolean);
}

function bigrams(words: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  // A single word still counts as one "bigram" so one-word texts can be compared.
  const grams = words.length === 1 ? [words[0]!] : words.slice(1).map((word, i) => `${words[i]} ${word}`);
  for (const gram of grams) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  return counts;
}

export function textSimilarity(a: string, b: string): number {
  const left = bigrams(normalizeWords(a));
  const right = bigrams(normalizeWords(b));
  let leftTotal = 0;
  let rightTotal = 0;
  let shared = 0;
  for (const count of left.values()) leftTotal += count;
  for (const [gram, count] of right) {
    rightTotal += count;
    shared += Math.min(count, left.get(gram) ?? 0);
  }
  if (leftTotal === 0 && rightTotal === 0) return 1;
  if (leftTotal === 0 || rightTotal === 0) return 0;
  return (2 * shared) / (leftTotal + rightTotal);
}

/** Share of the draft that is the person's own, relative to the inserted suggestion (0..1). */
export function changedRatio(draft: string, suggestion: string): number {
  return Math.round((1 - textSimilarity(draft, suggestion)) * 100) / 100;
}
