/**
 * "Who answers criticism" in a LinkedIn comment box (issue 28): the thread the person comments on,
 * or their draft, names the organization (its name, its LinkedIn page or one of its web domains,
 * from the feed) together with words of complaint (the feed's criticism keywords, or the built-in
 * Danish and English ones). Pure and framework-free; the helper shows the answer once per thread.
 * Nothing here blocks anything: it only decides whether a quiet notice is shown.
 */
import { findTerms, foldText } from '../shared/guidelines/match';
import { DEFAULT_CRITICISM_KEYWORDS } from '../shared/guidelines/rules/criticism';

export interface CriticismOrganization {
  name: string;
  /** The organization's LinkedIn page (https://www.linkedin.com/company/…), if the feed names it. */
  linkedinUrl: string | null;
  /** Its web domains ("nordvind.example"), as the feed gives them. */
  domains: string[];
}

export interface CriticismTriggerInput {
  /** The post and the comments on screen (lib/shared/linkedin/selectors.ts `threadText`). */
  thread: string;
  /** Links in the post: its author's page, links in its text. */
  links: readonly string[];
  /** The comment being written. */
  draft: string;
}

export interface CriticismTriggerParams {
  organization: CriticismOrganization | null;
  /** More names of the organization and its products (the feed's mention terms). */
  mentionTerms: readonly string[];
  criticismKeywords: { da: readonly string[]; en: readonly string[] };
}

/** A domain as people write it: lower case, without a scheme, "www." or a path. */
function bareDomain(domain: string): string {
  return domain
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#].*$/, '');
}

/** The path of a LinkedIn page ("/company/nordvind-energi"), lower case, no trailing slash. */
function linkedInPath(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (!/(^|\.)linkedin\.com$/.test(parsed.hostname)) return null;
    const path = parsed.pathname.toLowerCase().replace(/\/+$/, '');
    return path.length > 1 ? path : null;
  } catch {
    return null;
  }
}

/** Whether `text` or `links` name the organization. */
export function mentionsOrganization(
  text: string,
  links: readonly string[],
  params: Pick<CriticismTriggerParams, 'organization' | 'mentionTerms'>,
): boolean {
  const organization = params.organization;
  const names = [...params.mentionTerms, ...(organization?.name.trim() ? [organization.name.trim()] : [])];
  const folded = foldText(text);
  if (names.length && findTerms(folded, names, { limit: 1 }).length) return true;
  if (!organization) return false;
  const domains = organization.domains.map(bareDomain).filter((domain) => domain.includes('.'));
  const lower = text.toLowerCase();
  // A domain in the words ("write to nordvind.example") or in an address (presse@nordvind.example).
  if (domains.some((domain) => new RegExp(`(^|[^a-z0-9.-]|www\\.)${escape(domain)}($|[^a-z0-9-])`).test(lower))) {
    return true;
  }
  const page = organization.linkedinUrl ? linkedInPath(organization.linkedinUrl) : null;
  for (const link of links) {
    const path = linkedInPath(link);
    if (page && path && (path === page || path.startsWith(`${page}/`))) return true;
    try {
      const host = bareDomain(new URL(link).hostname);
      if (domains.some((domain) => host === domain || host.endsWith(`.${domain}`))) return true;
    } catch {
      // Not a link: nothing to compare.
    }
  }
  if (page && lower.includes(`linkedin.com${page}`)) return true;
  return false;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `text` holds words of complaint (the feed's, or the built-in Danish and English ones). */
export function soundsLikeCriticism(text: string, keywords: CriticismTriggerParams['criticismKeywords']): boolean {
  const terms = [
    ...keywords.da,
    ...keywords.en,
    ...DEFAULT_CRITICISM_KEYWORDS.da,
    ...DEFAULT_CRITICISM_KEYWORDS.en,
    // A few more words of a complaint, seen in the thread rather than in a reply to it.
    ...EXTRA_COMPLAINT_WORDS,
  ];
  return findTerms(foldText(text), terms, { prefix: true, limit: 1 }).length > 0;
}

/** Complaint words that the composer's rule does not need (it looks at a reply, not at the complaint). */
const EXTRA_COMPLAINT_WORDS = [
  'svigt',
  'svindel',
  'snyd',
  'skandale',
  'forkert regning',
  'ingen svarer',
  'aldrig igen',
  'scam',
  'rip-off',
  'ripped off',
  'worst',
  'nobody answers',
  'never again',
  'outrageous',
];

/**
 * Show "who answers criticism" for this thread: the organization is named (in the thread, its
 * links or the draft) and the thread or the draft complains.
 */
export function criticismTrigger(input: CriticismTriggerInput, params: CriticismTriggerParams): boolean {
  const text = `${input.thread}\n${input.draft}`;
  if (!params.organization && params.mentionTerms.length === 0) return false;
  return mentionsOrganization(text, input.links, params) && soundsLikeCriticism(text, params.criticismKeywords);
}
