/**
 * The content of one monthly report (issue 26): the true answers from the person's own share
 * record, the campaign drawn, and the two randomization layers of lib/worker/results/randomize.ts on top.
 */
import {
  CAMPAIGN_ID,
  campaignQuestion,
  periodEnd,
  periodStart,
  QUESTION_ANY,
  type Report,
} from '../../shared/results/report';
import { instantAnswer, permanentAnswer, type Bit } from '../results/randomize';
import type { CountingMemo } from '../../shared/counting/state';

/** What a share record row needs to answer the questions. */
export interface ShareFacts {
  at: string;
  campaign: string | null;
}
/** What a feed item needs to say whether it was current during a period. */
export interface ItemFacts {
  datePublished: string | null;
  expiresAt: string | null;
  campaign: string | null;
}

/** True answers: did the person share anything in the period, and anything of this campaign. */
export function truthsFor(shares: ShareFacts[], period: string, campaign: string): { any: boolean; campaign: boolean } {
  const start = periodStart(period);
  const end = periodEnd(period);
  const inPeriod = shares.filter((share) => {
    const at = Date.parse(share.at);
    return at >= start && at < end;
  });
  return {
    any: inPeriod.length > 0,
    campaign: campaign !== '' && inPeriod.some((share) => share.campaign === campaign),
  };
}

/**
 * The campaigns to count: the feed's `_advocacy.results.campaigns`, or else the campaigns of
 * the items that were current during the period (published before it ended, not expired before
 * it began). The same list for everyone with the same feed, so the campaign drawn says nothing.
 */
export function campaignsFor(period: string, listed: string[] | undefined, items: ItemFacts[]): string[] {
  const valid = (campaign: string) => CAMPAIGN_ID.test(campaign);
  if (listed && listed.length) return [...new Set(listed.filter(valid))].sort();
  const start = periodStart(period);
  const end = periodEnd(period);
  const current = items.filter((item) => {
    const published = item.datePublished ? Date.parse(item.datePublished) : -Infinity;
    const expires = item.expiresAt ? Date.parse(item.expiresAt) : Infinity;
    return published < end && expires >= start;
  });
  return [...new Set(current.flatMap((item) => (item.campaign && valid(item.campaign) ? [item.campaign] : [])))].sort();
}

/** One campaign drawn uniformly at random, or "" when there is none. */
export function drawCampaign(campaigns: string[], random: () => number): string {
  if (!campaigns.length) return '';
  return campaigns[Math.min(campaigns.length - 1, Math.floor(random() * campaigns.length))]!;
}

const memoKey = (question: string, truth: boolean) => `${question}=${truth ? 1 : 0}`;

/**
 * The report's randomized answers. The permanent answer per (question, true answer) comes from
 * the memo or is drawn now and added to it (the caller stores the new memo together with the
 * report, in one write); the instantaneous layer is drawn afresh for every report.
 */
export function randomizedReport(
  period: string,
  campaign: string,
  truths: { any: boolean; campaign: boolean },
  memo: CountingMemo,
  random: () => number,
): { report: Report; memo: CountingMemo } {
  const next: CountingMemo = { ...memo };
  const permanent = (question: string, truth: boolean): Bit => {
    const key = memoKey(question, truth);
    next[key] ??= permanentAnswer(truth, random);
    return next[key];
  };
  // With no campaign to count, the second answer is still a randomized bit (of "no"), so every
  // report has the same shape; the collector counts nothing for it.
  const campaignQuestionId = campaign ? campaignQuestion(campaign) : 'campaign:';
  const report: Report = {
    v: 1,
    period,
    any: instantAnswer(permanent(QUESTION_ANY, truths.any), random),
    campaign,
    campaign_answer: instantAnswer(permanent(campaignQuestionId, truths.campaign), random),
  };
  return { report, memo: next };
}
