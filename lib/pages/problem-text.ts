/**
 * A feed problem in the person's language, for the options page, the popup and the studio (the
 * worker and feed:check never need the Danish texts, so they are not in lib/shared/feed/problems.ts).
 */
import { problems as da } from './i18n/locales/da/problems';
import { problems as en } from '../shared/i18n/locales/en/problems';
import { fieldInWords, renderProblem, type FeedProblem, type ProblemTexts } from '../shared/feed/problems';

const TEXTS: Record<'da' | 'en', ProblemTexts> = { da, en };

/** The problem in Danish or English, its field named in words ("Feed settings → Organization → Name"). */
export function problemText(problem: FeedProblem, language: 'da' | 'en'): string {
  return renderProblem(problem, TEXTS[language]);
}

/** A field of the feed in words, in Danish or English. */
export function fieldText(path: readonly (string | number)[], language: 'da' | 'en'): string {
  return fieldInWords(path, TEXTS[language]);
}
