/**
 * "How to publish": the managed-policy snippets IT pastes to preset the feed address for
 * everyone (the key is `feedUrl`, as in public/managed_schema.json and lib/settings/managed.ts).
 */

/** The Firefox add-on id (wxt.config.ts, browser_specific_settings.gecko.id; a test keeps them equal). */
export const GECKO_ID = 'advocacy-for-linkedin@advocacy-extension';

export interface PolicySnippets {
  chromeJson: string;
  chromeRegistry: string;
  edgeRegistry: string;
  firefoxPolicies: string;
}

function regString(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/**
 * `resultsCollector` (issue 26), when the feed names one: IT may preset where anonymous counts
 * go; it cannot switch anyone's consent on (no policy key can).
 */
export function policySnippets(
  chromeId: string,
  geckoId: string,
  feedUrl: string,
  resultsCollector: string | null = null,
): PolicySnippets {
  const values = resultsCollector ? { feedUrl, resultsCollector } : { feedUrl };
  const chromeJson = JSON.stringify({ '3rdparty': { extensions: { [chromeId]: values } } }, null, 2);
  const registry = (vendor: string) =>
    [
      'Windows Registry Editor Version 5.00',
      '',
      `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}\\3rdparty\\extensions\\${chromeId}\\policy]`,
      `"feedUrl"="${regString(feedUrl)}"`,
      ...(resultsCollector ? [`"resultsCollector"="${regString(resultsCollector)}"`] : []),
      '',
    ].join('\r\n');
  const firefoxPolicies = JSON.stringify({ policies: { '3rdparty': { Extensions: { [geckoId]: values } } } }, null, 2);
  return {
    chromeJson,
    chromeRegistry: registry('Google\\Chrome'),
    edgeRegistry: registry('Microsoft\\Edge'),
    firefoxPolicies,
  };
}
