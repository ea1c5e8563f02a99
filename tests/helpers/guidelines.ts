/** Shared fixtures of the guideline tests: a fictional company's rule parameters and contexts. */
import type { CheckContext, Finding } from '@/lib/shared/guidelines/checks';
import { DEFAULT_GUIDELINE_PARAMS, type GuidelineParams } from '@/lib/shared/guidelines/types';

export const params: GuidelineParams = {
  ...DEFAULT_GUIDELINE_PARAMS,
  confidentialTerms: ['Projekt Blåhval', 'Blåhval', 'NV-X15', 'Project Sea Eagle'],
  mentionTerms: ['Nordvind', 'Nordvind Energi'],
  disclosurePhrases: ['#ansat', 'I work at Nordvind'],
  trackedDomains: ['nordvind.example'],
  utm: { source: 'linkedin', medium: 'employee-advocacy', campaign: 'vinter-2026' },
};
export const da: CheckContext = { language: 'da', suggestions: [] };
export const en: CheckContext = { language: 'en', suggestions: [] };

export const ofKind = (findings: Finding[], kind: Finding['kind']) =>
  findings.filter((finding) => finding.kind === kind);
export const spanText = (draft: string, finding: Finding) => draft.slice(finding.span!.start, finding.span!.end);
