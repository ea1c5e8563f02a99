/** Guideline UI for the composer panel (mount inside the panel; no shadow-root knowledge). */
export { DraftFindings, type DraftFindingsProps } from './DraftFindings';
export { ReminderCard, type ReminderCardProps } from './ReminderCard';
export { DRAFT_CHECK_DELAY_MS, useDraftChecks } from './use-draft-checks';
export { GuidelinesSection, type GuidelinesSectionProps } from './GuidelinesSection';
