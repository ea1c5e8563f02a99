/** Reposts count only when they share the organization's own posts (issue 5). */
import type { AdvocacyDb } from '../db';
import type { Organization } from '../../shared/feed/types';
import { recordShare, type RecordStatus } from './record';

export interface RepostAuthor {
  authorName: string | null;
  authorUrl: string | null;
}

function slugOf(url: string | null): string | null {
  const match = url?.match(/\/company\/([^/?#]+)/i);
  return match ? decodeURIComponent(match[1]!).toLowerCase() : null;
}

/** Same company page (by its /company/<slug>/), or the same display name, case-insensitive. */
export function matchesOrganization(organization: Organization | null, author: RepostAuthor): boolean {
  if (!organization) return false;
  const orgSlug = slugOf(organization.linkedinUrl);
  const authorSlug = slugOf(author.authorUrl);
  if (orgSlug && authorSlug) return orgSlug === authorSlug;
  const name = author.authorName?.trim().toLocaleLowerCase();
  return !!name && name === organization.name.trim().toLocaleLowerCase();
}

export async function recordRepost(
  db: AdvocacyDb,
  organization: Organization | null,
  repost: RepostAuthor & { id: string; at: string; postUrl: string | null },
): Promise<RecordStatus | 'not-organization'> {
  if (!matchesOrganization(organization, repost)) return 'not-organization';
  return recordShare(db, {
    id: repost.id,
    at: repost.at,
    kind: 'repost',
    suggestionId: null,
    suggestionTitle: null,
    campaign: null,
    language: null,
    changedRatio: null,
    postUrl: repost.postUrl,
    sourceUrl: null,
  });
}
