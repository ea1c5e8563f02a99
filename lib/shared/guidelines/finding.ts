/**
 * What a guideline rule reports, and what the panel gives it to check against. Spans are
 * UTF-16 offsets into the draft string as given (JavaScript string indices).
 */
import type { Span } from './match';

export type { Span } from './match';

/** Every rule kind, one file each in ./rules (tests/unit/guideline-rules.test.ts holds them equal). */
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
