/**
 * The worker's answer for a LinkedIn comment box (issue 28): whether it gets help at all (the one
 * decision, lib/shared/settings/composer-help.ts `commentHelp`: the person's switch and reminder consent,
 * the feed's switches, the organization's `commentHelperAllowed`), and what "who answers
 * criticism" and the comment's draft checks need from the feed: the organization (name, LinkedIn
 * page, web domains), the criticism contact, the guideline parameters and the talking points. Nothing about the
 * person or the comment is asked for or kept.
 */
import { getDb } from '../db';
import { DEFAULT_GUIDELINE_PARAMS, type GuidelineParams, type Policy } from '../../shared/guidelines/types';
import { commentHelpItem, consentItem } from '../../shared/settings';
import { ALL_SWITCHES_ON, commentHelp, type CommentHelp } from '../../shared/settings/composer-help';
import { readManagedPolicy } from '../../shared/settings/managed';
import { toFeatures, toOrganization, toPolicy, toRules } from '../../shared/feed/normalize';
import { readCurrentFeed } from './sync';
import { toTalkingPoints } from '../../shared/feed/talking-points';
import type { Organization, TalkingPoint } from '../../shared/feed/types';

export interface CommentData {
  help: CommentHelp;
  organization: Organization | null;
  criticismContact: Policy['criticismContact'];
  rules: GuidelineParams;
  /** The feed's talking points (issue 27), as the popup reads them from the feed's envelope. */
  talkingPoints: TalkingPoint[];
}

const NO_HELP: CommentHelp = { on: false, checks: false };

/** What a comment box gets; `decideOnly` skips the feed (for the injection's yes/no). */
export async function commentData(decideOnly = false): Promise<CommentData> {
  const [consent, commentSwitch, managed] = await Promise.all([
    consentItem.getValue(),
    commentHelpItem.getValue(),
    readManagedPolicy(),
  ]);
  const empty = { organization: null, criticismContact: null, rules: DEFAULT_GUIDELINE_PARAMS, talkingPoints: [] };
  // Reminders off by the organization switch this help off too, as they do the composer's.
  const offByOrganization = managed.off.commentHelper || managed.off.reminders;
  const consented = commentHelp(consent, commentSwitch, ALL_SWITCHES_ON, offByOrganization);
  if (!consented.on || decideOnly) return { help: consented.on ? consented : NO_HELP, ...empty };
  // A database that cannot be read still gets the built-in checks (no organization: no notice).
  const feed = await readCurrentFeed({ db: getDb() }).catch(() => null);
  if (!feed) return { help: consented, ...empty };
  const help = commentHelp(consent, commentSwitch, toFeatures(feed), offByOrganization);
  return {
    help,
    organization: toOrganization(feed),
    criticismContact: toPolicy(feed)?.criticismContact ?? null,
    rules: toRules(feed),
    talkingPoints: help.on ? toTalkingPoints(feed.envelope._advocacy) : [],
  };
}
