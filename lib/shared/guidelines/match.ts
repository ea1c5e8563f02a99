/**
 * Accent- and case-insensitive whole-word matching with spans in the ORIGINAL text.
 * No regular expression is ever built from feed input (terms come from the feed and may
 * contain any character), so there is nothing to escape and nothing to blow up: matching is
 * plain `indexOf` on a folded copy of the text, with an index map back to the original.
 *
 * Folding: lower case; Danish æ/ø/å → ae/oe/aa (so "Blåhval" ⇄ "blaahval"); ß → ss; other
 * accents stripped (é → e); every run of whitespace → one space.
 */

export interface Span {
  start: number;
  end: number;
}

export interface FoldedText {
  text: string;
  /** For each UTF-16 unit of `text`: start index in the original of the char it came from. */
  starts: number[];
  /** For each UTF-16 unit of `text`: end index (exclusive) in the original. */
  ends: number[];
}

const SPECIAL: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ß: 'ss' };
const foldCache = new Map<string, string>();

function foldChar(char: string): string {
  const cached = foldCache.get(char);
  if (cached !== undefined) return cached;
  const lower = char.toLowerCase();
  let out = '';
  for (const c of lower) out += SPECIAL[c] ?? c.normalize('NFD').replace(/\p{M}/gu, '');
  if (foldCache.size < 5000) foldCache.set(char, out);
  return out;
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a)
  );
}

/** Folds `source` for matching, keeping a map from folded positions to original spans. */
export function foldText(source: string): FoldedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  let lastWasSpace = false;
  while (i < source.length) {
    const code = source.charCodeAt(i);
    if (isSpace(code)) {
      if (lastWasSpace) ends[ends.length - 1] = i + 1;
      else {
        text += ' ';
        starts.push(i);
        ends.push(i + 1);
      }
      lastWasSpace = true;
      i += 1;
      continue;
    }
    lastWasSpace = false;
    if (code < 128) {
      // ASCII fast path: most of a draft.
      text += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : source[i];
      starts.push(i);
      ends.push(i + 1);
      i += 1;
      continue;
    }
    const point = source.codePointAt(i)!;
    const width = point > 0xffff ? 2 : 1;
    const folded = foldChar(source.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    text += folded;
    i += width;
  }
  return { text, starts, ends };
}

/** Folds a term the same way (trimmed). */
export function foldTerm(term: string): string {
  return foldText(term.trim()).text;
}

const WORD = /[\p{L}\p{N}\p{M}_]/u;

/** Is the code point at/ending at `index` of `text` a letter, digit or mark? */
function wordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
  return WORD.test(String.fromCodePoint(text.codePointAt(index)!));
}

function wordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const code = text.charCodeAt(index - 1);
  // A low surrogate: look at the whole pair.
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) return wordCharAt(text, index - 2);
  return wordCharAt(text, index - 1);
}

export interface MatchOptions {
  /** Whole word at the start only (so "klage" also finds "klager"). Default false: both ends. */
  prefix?: boolean;
  /** Stop after this many matches per term. */
  limit?: number;
}

export interface TermMatch {
  term: string;
  span: Span;
}

/**
 * Finds `terms` in the folded text as whole words (like regex \b: the boundary is only
 * required where the term itself starts/ends with a letter or digit, so "#ansat" works).
 */
export function findTerms(folded: FoldedText, terms: readonly string[], options: MatchOptions = {}): TermMatch[] {
  const limit = options.limit ?? 20;
  const matches: TermMatch[] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    if (typeof term !== 'string') continue;
    const needle = foldTerm(term);
    if (!needle || needle === ' ' || seen.has(needle) || needle.length > folded.text.length) continue;
    seen.add(needle);
    const needStart = wordCharAt(needle, 0);
    const needEnd = !options.prefix && wordCharBefore(needle, needle.length);
    let from = 0;
    let count = 0;
    while (count < limit) {
      const at = folded.text.indexOf(needle, from);
      if (at < 0) break;
      const end = at + needle.length;
      from = at + 1;
      if (needStart && wordCharBefore(folded.text, at)) continue;
      if (needEnd && wordCharAt(folded.text, end)) continue;
      // A folded char can expand (å → aa): a match must not start or end inside one.
      if (at > 0 && folded.starts[at] === folded.starts[at - 1]) continue;
      if (end < folded.text.length && folded.starts[end] === folded.starts[end - 1]) continue;
      matches.push({ term, span: { start: folded.starts[at]!, end: folded.ends[end - 1]! } });
      count += 1;
    }
  }
  return matches.sort((a, b) => a.span.start - b.span.start);
}
