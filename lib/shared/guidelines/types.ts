/**
 * Parameters of the guideline rules. The rule *kinds* are fixed in code (lib/shared/guidelines/rules);
 * the feed only supplies these values (architecture, constraint 6). Plain types, no zod:
 * lib/shared/feed's schema validates them and lib/shared/feed/normalize.ts (toRules) makes this shape, once,
 * in the background; the rules trust what is documented here.
 */
export interface GuidelineParams {
  /** Project code names, unreleased figures, customer names: never in a public post. */
  confidentialTerms: string[];
  /** Names of the organization and its products: a mention calls for disclosure. */
  mentionTerms: string[];
  /** Phrases or hashtags that disclose the connection (e.g. "#ansat", "I work at Contoso"). */
  disclosurePhrases: string[];
  /** The organization's web domains, lower case without "www." (links to them should carry the campaign UTM). */
  trackedDomains: string[];
  /** Campaign-level UTM values, identical for every employee: never a person id. */
  utm: { source: string; medium: string; campaign: string | null };
  /** 0.5..1, a draft at least this similar to a suggestion reads as an ad (default 0.9). */
  similarityThreshold: number;
  /** Most hashtags the company advises, a whole number 0..30 (default 5). */
  maxHashtags: number;
  /** Words suggesting the draft answers a complaint about the company, per language. */
  criticismKeywords: { da: string[]; en: string[] };
}

export const DEFAULT_GUIDELINE_PARAMS: GuidelineParams = {
  confidentialTerms: [],
  mentionTerms: [],
  disclosurePhrases: [],
  trackedDomains: [],
  utm: { source: 'linkedin', medium: 'employee-advocacy', campaign: null },
  similarityThreshold: 0.9,
  maxHashtags: 5,
  criticismKeywords: { da: [], en: [] },
};

/** The five topics of a written social-media policy (the five topics in the README). */
export const POLICY_TOPICS = ['purpose', 'positive', 'criticism', 'private-person', 'common-sense'] as const;
export type PolicyTopic = (typeof POLICY_TOPICS)[number];

/** Text in Danish and/or English; at least one is present. */
export interface Localized {
  da?: string;
  en?: string;
}

export interface PolicyReminder {
  id: string;
  topic: PolicyTopic;
  text: Localized;
}

/** The company's social-media policy as the panel needs it. */
export interface Policy {
  url: string | null;
  purpose: Localized | null;
  reminders: PolicyReminder[];
  /** Who answers criticism on the company's behalf. */
  criticismContact: { name: string; contact: string } | null;
}
