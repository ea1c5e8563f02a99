/**
 * Live draft checks: the guideline rule kinds are fixed here in code; the feed only supplies
 * their parameters (architecture, constraint 6). Pure and framework-free, no zod, and never
 * throws: each rule runs on its own, and a rule that fails is skipped (the others still run).
 * Findings are advice only — nothing here can block posting.
 *
 * All spans are UTF-16 offsets into the draft string as given (JavaScript string indices).
 */
import { hasCampaignUtm, withCampaignUtm } from '../feed/utm';
import { normalizeWords } from '../text/similarity';
import { findTerms, foldText, type FoldedText, type Span } from './match';
import { DEFAULT_GUIDELINE_PARAMS, type GuidelineParams } from './types';

export type { Span } from './match';

export const FINDING_KINDS = [
  'confidential',
  'disclosure',
  'tracking',
  'identical-copy',
  'criticism',
  'too-long',
  'hashtags',
  'shouting',
  'styled-letters',
  'fold',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export type Severity = 'info' | 'heads-up';

/** i18n keys (namespace `guidelines`, under `fix.`) of the fix buttons. */
export type FixLabelKey = 'removeTerm' | 'addDisclosure' | 'addUtm' | 'plainLetters';

export interface FindingFix {
  /** `guidelines:fix.<labelKey>`; interpolate `values` of the finding plus `{ text }`. */
  labelKey: FixLabelKey;
  kind: 'replace-span' | 'append' | 'replace-url';
  /** What goes in. For `append`, without the separating line break (applyFix adds it). */
  text: string;
  /** The range of the draft the fix replaces (for `append`: the empty range at the end). */
  span: Span;
  /** draft.slice(span) when checked; if the draft has changed there since, the fix does nothing. */
  expected: string;
}

export interface Finding {
  /** Stable while the same thing is in the draft (React key). */
  id: string;
  kind: FindingKind;
  severity: Severity;
  /** `guidelines:finding.<messageKey>` with `values` interpolated. Equal to `kind`. */
  messageKey: FindingKind;
  values: Record<string, string | number>;
  /** Where in the draft (UTF-16 offsets), null when the finding is about the whole draft. */
  span: Span | null;
  fix?: FindingFix;
}

export interface CheckContext {
  language: 'da' | 'en';
  /** Texts the panel inserted or suggested (for "identical copy"). */
  suggestions: string[];
  organizationName?: string;
}

/** LinkedIn's limit for a post. */
export const MAX_POST_LENGTH = 3000;
/** Roughly where LinkedIn folds a post behind "…see more" on desktop (and after 3 lines). */
export const FOLD_CHARS = 210;
export const FOLD_LINES = 3;
/** Bounds so a huge feed list or a pasted novel cannot make a run slow. */
const MAX_TERMS = 300;
const MAX_PER_KIND = 10;
const MAX_SUGGESTIONS = 100;

/** Built-in words of a reply to a complaint; matched at word start ("klage" finds "klager"). */
export const DEFAULT_CRITICISM_KEYWORDS = {
  da: [
    'klage',
    'utilfreds',
    'dårlig service',
    'ringe service',
    'skuffet',
    'skuffende',
    'uacceptabel',
    'elendig',
    'pengene tilbage',
    'beklager',
  ],
  en: [
    'complaint',
    'complain',
    'disappointed',
    'disappointing',
    'unacceptable',
    'bad service',
    'poor service',
    'terrible service',
    'refund',
    'sorry to hear',
  ],
} as const;

/** Built-in disclosure (used to recognise one, and as the fix when the feed has none). */
export const DEFAULT_DISCLOSURE_PHRASES = { da: ['#ansat'], en: ['#employee'] } as const;

function strings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const item of value) {
    if (typeof item === 'string' && item.trim()) out.push(item);
    if (out.length >= MAX_TERMS) break;
  }
  return out;
}

interface Input {
  draft: string;
  folded: FoldedText;
  params: GuidelineParams;
  context: CheckContext;
  language: 'da' | 'en';
}

function excerpt(draft: string, span: Span): string {
  const text = draft.slice(span.start, span.end);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

// --- rules -------------------------------------------------------------------------------

function confidential({ draft, folded, params }: Input): Finding[] {
  return findTerms(folded, strings(params.confidentialTerms), { limit: MAX_PER_KIND }).map((match, index) => {
    // Remove the term and one space before it, so no double space is left behind.
    let start = match.span.start;
    if (
      start > 0 &&
      draft[start - 1] === ' ' &&
      (match.span.end === draft.length || /[\s.,;:!?)]/.test(draft[match.span.end]!))
    )
      start -= 1;
    const span = { start, end: match.span.end };
    return {
      id: `confidential:${match.term}:${index}`,
      kind: 'confidential',
      severity: 'heads-up',
      messageKey: 'confidential',
      values: { term: excerpt(draft, match.span) },
      span: match.span,
      fix: {
        labelKey: 'removeTerm',
        kind: 'replace-span',
        text: '',
        span,
        expected: draft.slice(span.start, span.end),
      },
    } satisfies Finding;
  });
}

function mentions(input: Input) {
  const terms = strings(input.params.mentionTerms);
  const name = input.context.organizationName;
  if (typeof name === 'string' && name.trim()) terms.push(name);
  return findTerms(input.folded, terms, { limit: 1 });
}

function disclosure(input: Input): Finding[] {
  const { draft, folded, params, language } = input;
  const found = mentions(input);
  if (found.length === 0) return [];
  const feedPhrases = strings(params.disclosurePhrases);
  const all = [...feedPhrases, ...DEFAULT_DISCLOSURE_PHRASES.da, ...DEFAULT_DISCLOSURE_PHRASES.en];
  if (findTerms(folded, all, { limit: 1 }).length > 0) return [];
  const first = found[0]!;
  const phrase = (feedPhrases[0] ?? DEFAULT_DISCLOSURE_PHRASES[language][0]).trim();
  const end = draft.length;
  return [
    {
      id: 'disclosure',
      kind: 'disclosure',
      severity: 'heads-up',
      messageKey: 'disclosure',
      values: { name: excerpt(draft, first.span), phrase },
      span: first.span,
      fix: { labelKey: 'addDisclosure', kind: 'append', text: phrase, span: { start: end, end }, expected: '' },
    },
  ];
}

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/giu;

function trimUrl(raw: string): string {
  let url = raw;
  while (url.length > 0) {
    const last = url[url.length - 1]!;
    if (/[.,;:!?'"»”’]/.test(last)) url = url.slice(0, -1);
    else if (last === ')' && url.split('(').length <= url.split(')').length - 1) url = url.slice(0, -1);
    else break;
  }
  return url;
}

function domainList(value: unknown): string[] {
  return strings(value)
    .map((domain) =>
      domain
        .trim()
        .toLowerCase()
        .replace(/^[a-z]+:\/\//, '')
        .replace(/[/:?#].*$/, '')
        .replace(/^www\./, ''),
    )
    .filter((domain) => domain.includes('.'));
}

function tracking({ draft, params }: Input): Finding[] {
  const domains = domainList(params.trackedDomains);
  if (domains.length === 0) return [];
  const utm = params.utm && typeof params.utm === 'object' ? params.utm : DEFAULT_GUIDELINE_PARAMS.utm;
  if (typeof utm.source !== 'string' || typeof utm.medium !== 'string') return [];
  const findings: Finding[] = [];
  for (const match of draft.matchAll(URL_PATTERN)) {
    if (findings.length >= MAX_PER_KIND) break;
    const written = trimUrl(match[0]);
    const absolute = /^www\./i.test(written) ? `https://${written}` : written;
    let host: string;
    try {
      const parsed = new URL(absolute);
      if (parsed.protocol !== 'https:') continue;
      host = parsed.hostname.toLowerCase();
    } catch {
      continue;
    }
    if (!domains.some((domain) => host === domain || host.endsWith(`.${domain}`))) continue;
    if (hasCampaignUtm(absolute)) continue;
    const tracked = withCampaignUtm(absolute, {
      source: utm.source,
      medium: utm.medium,
      campaign: typeof utm.campaign === 'string' ? utm.campaign : null,
    });
    if (tracked === absolute) continue;
    const span = { start: match.index, end: match.index + written.length };
    findings.push({
      id: `tracking:${written}`,
      kind: 'tracking',
      severity: 'info',
      messageKey: 'tracking',
      values: { host },
      span,
      fix: { labelKey: 'addUtm', kind: 'replace-url', text: tracked, span, expected: written },
    });
  }
  return findings;
}

interface Grams {
  counts: Map<string, number>;
  total: number;
}

function grams(text: string): Grams {
  const words = normalizeWords(text);
  const counts = new Map<string, number>();
  // Same bigrams as textSimilarity (lib/text/similarity.ts): one word counts as one gram.
  const list = words.length === 1 ? [words[0]!] : words.slice(1).map((word, i) => `${words[i]} ${word}`);
  for (const gram of list) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  return { counts, total: list.length };
}

// Suggestions stay the same while the person types: their grams are computed once.
const suggestionGrams = new Map<string, Grams>();
function gramsOfSuggestion(text: string): Grams {
  let found = suggestionGrams.get(text);
  if (!found) {
    if (suggestionGrams.size >= 200) suggestionGrams.clear();
    found = grams(text);
    suggestionGrams.set(text, found);
  }
  return found;
}

/**
 * textSimilarity (Dice over word bigrams) of the draft to a suggestion, with the draft's
 * grams computed once per run instead of once per suggestion (P4 budget).
 */
export function diceSimilarity(draft: Grams, suggestion: Grams): number {
  if (draft.total === 0 && suggestion.total === 0) return 1;
  if (draft.total === 0 || suggestion.total === 0) return 0;
  let shared = 0;
  for (const [gram, count] of suggestion.counts) shared += Math.min(count, draft.counts.get(gram) ?? 0);
  return (2 * shared) / (draft.total + suggestion.total);
}
export { grams as wordBigrams };

function identicalCopy({ draft, params, context }: Input): Finding[] {
  const raw = params.similarityThreshold;
  const threshold = typeof raw === 'number' && raw > 0 && raw <= 1 ? raw : DEFAULT_GUIDELINE_PARAMS.similarityThreshold;
  const suggestions = Array.isArray(context.suggestions) ? context.suggestions.slice(0, MAX_SUGGESTIONS) : [];
  let best = 0;
  let own: Grams | null = null;
  for (const suggestion of suggestions) {
    if (typeof suggestion !== 'string' || !suggestion.trim()) continue;
    own ??= grams(draft);
    best = Math.max(best, diceSimilarity(own, gramsOfSuggestion(suggestion)));
    if (best >= 1) break;
  }
  if (best < threshold) return [];
  return [
    {
      id: 'identical-copy',
      kind: 'identical-copy',
      severity: 'info',
      messageKey: 'identical-copy',
      values: { percent: Math.round(best * 100) },
      span: null,
    },
  ];
}

function criticism(input: Input): Finding[] {
  const { draft, folded, params } = input;
  const keywords =
    params.criticismKeywords && typeof params.criticismKeywords === 'object' ? params.criticismKeywords : null;
  const terms = [
    ...strings(keywords?.da),
    ...strings(keywords?.en),
    ...DEFAULT_CRITICISM_KEYWORDS.da,
    ...DEFAULT_CRITICISM_KEYWORDS.en,
  ];
  const hit = findTerms(folded, terms, { prefix: true, limit: 1 })[0];
  if (!hit || mentions(input).length === 0) return [];
  return [
    {
      id: 'criticism',
      kind: 'criticism',
      severity: 'heads-up',
      messageKey: 'criticism',
      values: { word: excerpt(draft, hit.span) },
      span: hit.span,
    },
  ];
}

function tooLong({ draft }: Input): Finding[] {
  if (draft.length <= MAX_POST_LENGTH) return [];
  return [
    {
      id: 'too-long',
      kind: 'too-long',
      severity: 'heads-up',
      messageKey: 'too-long',
      values: { count: draft.length, max: MAX_POST_LENGTH, over: draft.length - MAX_POST_LENGTH },
      span: { start: MAX_POST_LENGTH, end: draft.length },
    },
  ];
}

const HASHTAG = /(?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;

function hashtags({ draft, params }: Input): Finding[] {
  const raw = params.maxHashtags;
  const max =
    typeof raw === 'number' && Number.isFinite(raw) && raw >= 0
      ? Math.floor(raw)
      : DEFAULT_GUIDELINE_PARAMS.maxHashtags;
  const tags = [...draft.matchAll(HASHTAG)];
  if (tags.length <= max) return [];
  const first = tags[max]!;
  const last = tags[tags.length - 1]!;
  return [
    {
      id: 'hashtags',
      kind: 'hashtags',
      severity: 'info',
      messageKey: 'hashtags',
      values: { count: tags.length, max },
      span: { start: first.index, end: last.index + last[0].length },
    },
  ];
}

const LETTER_WORD = /[\p{L}\p{M}]+/gu;

function shouting({ draft }: Input): Finding[] {
  const findings: Finding[] = [];
  let runStart = -1;
  let runEnd = -1;
  let runWords = 0;
  const close = () => {
    if (runWords >= 3 && findings.length < MAX_PER_KIND) {
      const span = { start: runStart, end: runEnd };
      findings.push({
        id: `shouting:${runStart}`,
        kind: 'shouting',
        severity: 'info',
        messageKey: 'shouting',
        values: { text: excerpt(draft, span) },
        span,
      });
    }
    runStart = -1;
    runWords = 0;
  };
  for (const match of draft.matchAll(LETTER_WORD)) {
    const word = match[0];
    const upper = word.toUpperCase();
    const caps = word === upper && word !== word.toLowerCase();
    if (!caps) {
      close();
      continue;
    }
    const letters = word.replace(/\p{M}/gu, '').length;
    // A single capital ("I", "A") neither counts nor breaks a run.
    if (letters < 2) continue;
    if (runStart < 0) runStart = match.index;
    runEnd = match.index + word.length;
    runWords += 1;
  }
  close();
  return findings;
}

// Mathematical alphanumerics (𝐛𝐨𝐥𝐝, 𝘪𝘵𝘢𝘭𝘪𝘤…) plus the letterlike ℎ used for italic h.
const STYLED_RUN = /[\u{1D400}-\u{1D7FF}ℎ]+(?:[\s\p{P}\p{N}]+[\u{1D400}-\u{1D7FF}ℎ]+)*/gu;

function styledLetters({ draft }: Input): Finding[] {
  const findings: Finding[] = [];
  for (const match of draft.matchAll(STYLED_RUN)) {
    if (findings.length >= MAX_PER_KIND) break;
    const written = match[0];
    // NFKC maps each styled letter/digit to its plain one (𝐁 → B); unassigned holes stay.
    const plain = written.normalize('NFKC');
    if (plain === written) continue;
    const span = { start: match.index, end: match.index + written.length };
    findings.push({
      id: `styled-letters:${match.index}`,
      kind: 'styled-letters',
      severity: 'info',
      messageKey: 'styled-letters',
      values: { text: excerpt(plain, { start: 0, end: plain.length }) },
      span,
      fix: { labelKey: 'plainLetters', kind: 'replace-span', text: plain, span, expected: written },
    });
  }
  return findings;
}

/** Where LinkedIn's "…see more" fold falls (UTF-16 index), or null when all of it shows. */
export function foldPosition(draft: string): number | null {
  let fold = Math.min(FOLD_CHARS, draft.length);
  let lines = 0;
  for (let i = 0; i < fold; i++) {
    if (draft[i] === '\n' && ++lines >= FOLD_LINES) {
      fold = i;
      break;
    }
  }
  if (!draft.slice(fold).trim()) return null;
  if (fold === FOLD_CHARS) {
    // LinkedIn does not cut inside a word: step back to the last space (within reason).
    const space = draft.lastIndexOf(' ', fold);
    if (space > fold - 30 && space > 0) fold = space;
  }
  const code = draft.charCodeAt(fold - 1);
  if (code >= 0xd800 && code <= 0xdbff) fold -= 1;
  return fold;
}

function fold({ draft }: Input): Finding[] {
  const at = foldPosition(draft);
  if (at === null) return [];
  const visible = draft.slice(0, at).trimEnd();
  const tail = visible.length > 40 ? `…${visible.slice(-40).trimStart()}` : visible;
  return [
    {
      id: 'fold',
      kind: 'fold',
      severity: 'info',
      messageKey: 'fold',
      values: { count: at, tail },
      span: { start: 0, end: at },
    },
  ];
}

const RULES: [string, (input: Input) => Finding[]][] = [
  ['confidential', confidential],
  ['disclosure', disclosure],
  ['criticism', criticism],
  ['too-long', tooLong],
  ['tracking', tracking],
  ['identical-copy', identicalCopy],
  ['hashtags', hashtags],
  ['shouting', shouting],
  ['styled-letters', styledLetters],
  ['fold', fold],
];

/**
 * Checks a draft against the guideline rules. Returns findings, heads-ups first, then by
 * position. Never throws; a failing rule is skipped.
 */
export function checkDraft(
  draft: string,
  params: GuidelineParams,
  context: CheckContext,
  /** Told when a rule failed and was skipped (tests; the panel may count it as health). */
  onRuleError?: (rule: string, error: unknown) => void,
): Finding[] {
  try {
    if (typeof draft !== 'string' || !draft.trim()) return [];
    const safeParams = params && typeof params === 'object' ? params : DEFAULT_GUIDELINE_PARAMS;
    const safeContext = context && typeof context === 'object' ? context : { language: 'en' as const, suggestions: [] };
    const input: Input = {
      draft,
      folded: foldText(draft),
      params: safeParams,
      context: safeContext,
      language: safeContext.language === 'da' ? 'da' : 'en',
    };
    const findings: Finding[] = [];
    for (const [name, rule] of RULES) {
      try {
        findings.push(...rule(input));
      } catch (error) {
        // One broken rule must not take the others (or the composer) down.
        try {
          onRuleError?.(name, error);
        } catch {
          // The reporter itself must not break the checks either.
        }
      }
    }
    const rank = (finding: Finding) => (finding.severity === 'heads-up' ? 0 : 1);
    return findings.sort((a, b) => rank(a) - rank(b) || (a.span?.start ?? -1) - (b.span?.start ?? -1));
  } catch (error) {
    try {
      onRuleError?.('checkDraft', error);
    } catch {
      // Never throw from here.
    }
    return [];
  }
}

/** One text edit: replace draft[start, end) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The minimal edit a finding's fix makes to `draft`, or null when there is no fix or the
 * draft has changed where the fix applies (stale finding). For `append` the text goes at
 * the current end, on a new paragraph.
 */
export function fixEdit(draft: string, finding: Finding): TextEdit | null {
  try {
    const fix = finding?.fix;
    if (!fix || typeof draft !== 'string') return null;
    if (fix.kind === 'append') {
      const separator = draft.trim() === '' ? '' : draft.endsWith('\n') ? '' : '\n\n';
      const start =
        draft.trimEnd().length === draft.length || draft.endsWith('\n') ? draft.length : draft.trimEnd().length;
      return { start, end: draft.length, text: `${separator}${fix.text}` };
    }
    const { start, end } = fix.span;
    if (!(start >= 0 && end >= start && end <= draft.length)) return null;
    if (draft.slice(start, end) !== fix.expected) return null;
    return { start, end, text: fix.text };
  } catch {
    return null;
  }
}

/** The draft with the finding's fix applied (unchanged when there is none or it is stale). */
export function applyFix(draft: string, finding: Finding): string {
  const edit = fixEdit(draft, finding);
  if (!edit) return draft;
  return draft.slice(0, edit.start) + edit.text + draft.slice(edit.end);
}
