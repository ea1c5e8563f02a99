/**
 * Campaign-level tracking links. The values are the same for every employee (source,
 * medium, campaign) — never anything that identifies a person (architecture, constraint 7).
 */
export interface CampaignUtm {
  source: string;
  medium: string;
  campaign: string | null;
}

/** Adds utm_source/utm_medium/utm_campaign to an https link, keeping its other parameters. */
export function withCampaignUtm(url: string, utm: CampaignUtm): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.protocol !== 'https:') return url;
  parsed.searchParams.set('utm_source', utm.source);
  parsed.searchParams.set('utm_medium', utm.medium);
  if (utm.campaign) parsed.searchParams.set('utm_campaign', utm.campaign);
  return parsed.toString();
}

/** True when the link already carries campaign tracking. */
export function hasCampaignUtm(url: string): boolean {
  try {
    const params = new URL(url).searchParams;
    return params.has('utm_source') || params.has('utm_campaign');
  } catch {
    return false;
  }
}
