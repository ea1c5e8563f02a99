/** A link to the organization's site without the campaign UTM (the fix adds the campaign's values). */
import { hasCampaignUtm, withCampaignUtm } from '../../feed/utm';
import type { Finding } from '../finding';
import { MAX_PER_KIND, type GuidelineRule } from '../rule';

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/giu;

/** A link as written, without the sentence punctuation (or closing bracket) after it. */
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

export const tracking: GuidelineRule = {
  kind: 'tracking',
  check({ draft, params }) {
    // Lower-case host names without "www." (lib/shared/feed/normalize.ts, toRules).
    const domains = params.trackedDomains;
    if (domains.length === 0) return [];
    const { utm } = params;
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
      const tracked = withCampaignUtm(absolute, utm);
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
  },
};
