import { useId, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { useStudioT } from './i18n';
import { GECKO_ID, policySnippets } from '@/lib/studio/publish';
import { useStudioValue } from '@/stores/studio';

function isFirefox(): boolean {
  return browser.runtime.getURL('/').startsWith('moz-extension:');
}

/** How to put feed.json online and preset it for every employee (managed policy). */
export function PublishHelp() {
  const { t } = useStudioT();
  const id = useId();
  const feedUrl = useStudioValue(['feed_url']);
  const [url, setUrl] = useState(typeof feedUrl === 'string' ? feedUrl : 'https://www.example.com/advocacy/feed.json');
  const firefox = isFirefox();
  // This browser's own id; in Firefox the Chrome id is the one the Chrome Web Store gives.
  const chromeId = firefox ? t('publish.chromeIdPlaceholder') : browser.runtime.id;
  const geckoId = firefox ? browser.runtime.id : GECKO_ID;
  const collector = useStudioValue(['_advocacy', 'results', 'collector']);
  const resultsCollector = typeof collector === 'string' && collector ? collector : null;
  const snippets = useMemo(
    () => policySnippets(chromeId, geckoId, url, resultsCollector),
    [chromeId, geckoId, url, resultsCollector],
  );
  return (
    <section className="editor publish" aria-labelledby="publish-heading">
      <h2 id="publish-heading">{t('publish.heading')}</h2>
      <ol className="steps">
        <li>
          <h3>{t('publish.hostHeading')}</h3>
          <p>{t('publish.host')}</p>
        </li>
        <li>
          <h3>{t('publish.corsHeading')}</h3>
          <p>{t('publish.cors')}</p>
          <pre>Access-Control-Allow-Origin: *</pre>
          <p className="hint">{t('publish.corsWhy')}</p>
        </li>
        <li>
          <h3>{t('publish.cacheHeading')}</h3>
          <p>{t('publish.cache')}</p>
          <pre>
            {
              'ETag: "feed-2026-12-01-1"\nLast-Modified: Tue, 01 Dec 2026 09:00:00 GMT\nContent-Type: application/feed+json'
            }
          </pre>
        </li>
        <li>
          <h3>{t('publish.policyHeading')}</h3>
          <p>{t('publish.policy')}</p>
          <label htmlFor={id}>{t('publish.urlLabel')}</label>
          <input id={id} type="url" value={url} onChange={(event) => setUrl(event.target.value)} />
          <p className="hint">{t('publish.ids', { chromeId, geckoId })}</p>
          <h4>{t('publish.chromeJson')}</h4>
          <pre data-testid="chrome-json">{snippets.chromeJson}</pre>
          <h4>{t('publish.chromeRegistry')}</h4>
          <pre data-testid="chrome-registry">{snippets.chromeRegistry}</pre>
          <h4>{t('publish.edgeRegistry')}</h4>
          <pre>{snippets.edgeRegistry}</pre>
          <h4>{t('publish.firefox')}</h4>
          <pre data-testid="firefox-policies">{snippets.firefoxPolicies}</pre>
        </li>
      </ol>
    </section>
  );
}
