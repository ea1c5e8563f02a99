import { useId, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { useStudioT } from './i18n';
import {
  MANAGED_KEYS,
  MANAGED_SETTINGS,
  type ManagedKey,
  type ManagedSwitchKey,
} from '@/lib/shared/settings/managed-keys';
import { GECKO_ID, policySnippets, type PolicySnippets, type PolicyValues } from '@/lib/pages/studio/publish';
import { useStudioValue } from '@/stores/studio';

function isFirefox(): boolean {
  return browser.runtime.getURL('/').startsWith('moz-extension:');
}

const SWITCH_KEYS = MANAGED_KEYS.filter(
  (key): key is ManagedSwitchKey => MANAGED_SETTINGS[key].kind === 'allow-switch',
);

/** The files IT gets, in the order shown, each with where it goes. */
const FILES = [
  ['chromeJson', 'chrome-json'],
  ['edgeJson', 'edge-json'],
  ['chromeRegistry', 'chrome-registry'],
  ['edgeRegistry', 'edge-registry'],
  ['chromeMac', 'chrome-mac'],
  ['edgeMac', 'edge-mac'],
  ['firefox', 'firefox-policies'],
] as const;

/** How to put feed.json online, and the whole policies that install and set the extension for everyone. */
export function PublishHelp() {
  const { t } = useStudioT();
  const id = useId();
  const feedUrl = useStudioValue(['feed_url']);
  const [url, setUrl] = useState(typeof feedUrl === 'string' ? feedUrl : 'https://www.example.com/advocacy/feed.json');
  const [off, setOff] = useState<Partial<Record<ManagedKey, boolean>>>({});
  const [ownServer, setOwnServer] = useState(false);
  const [updateUrl, setUpdateUrl] = useState('https://www.example.com/advocacy/updates.xml');
  const [xpiUrl, setXpiUrl] = useState('https://www.example.com/advocacy/advocacy.xpi');
  const firefox = isFirefox();
  // This browser's own id; in Firefox the Chrome id is the one the Chrome Web Store gives.
  const [chromeId, setChromeId] = useState(firefox ? t('publish.chromeIdPlaceholder') : browser.runtime.id);
  const [edgeId, setEdgeId] = useState('');
  const geckoId = firefox ? browser.runtime.id : GECKO_ID;
  // The feed's results collector (issue 26), when it names one: IT may preset where anonymous
  // counts go; no policy key can switch anyone's consent on.
  const collector = useStudioValue(['_advocacy', 'results', 'collector']);
  const resultsCollector = typeof collector === 'string' && collector ? collector : null;
  const snippets = useMemo(() => {
    const values: PolicyValues = { feedUrl: url };
    if (resultsCollector) values.resultsCollector = resultsCollector;
    for (const key of SWITCH_KEYS) if (off[key]) values[key] = false;
    return policySnippets({
      chromeId,
      edgeId,
      geckoId,
      values,
      ...(ownServer ? { updateUrl, firefoxInstallUrl: xpiUrl } : {}),
    });
  }, [chromeId, edgeId, geckoId, url, resultsCollector, off, ownServer, updateUrl, xpiUrl]);
  const text = (file: (typeof FILES)[number][0]): string =>
    snippets[(file === 'firefox' ? 'firefoxPolicies' : file) satisfies keyof PolicySnippets];
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
          <fieldset>
            <legend>{t('publish.switchesLegend')}</legend>
            {SWITCH_KEYS.map((key) => (
              <label key={key} className="check">
                <input
                  type="checkbox"
                  checked={off[key] === true}
                  onChange={(event) => setOff((current) => ({ ...current, [key]: event.target.checked }))}
                />{' '}
                {t(`publish.switchOff.${key}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('publish.sourceLegend')}</legend>
            <label className="check">
              <input type="radio" name={`${id}-source`} checked={!ownServer} onChange={() => setOwnServer(false)} />{' '}
              {t('publish.sourceStore')}
            </label>
            <label className="check">
              <input type="radio" name={`${id}-source`} checked={ownServer} onChange={() => setOwnServer(true)} />{' '}
              {t('publish.sourceOwn')}
            </label>
            <label htmlFor={`${id}-chrome-id`}>{t('publish.chromeIdLabel')}</label>
            <input id={`${id}-chrome-id`} value={chromeId} onChange={(event) => setChromeId(event.target.value)} />
            {ownServer ? (
              <>
                <label htmlFor={`${id}-update`}>{t('publish.updateUrlLabel')}</label>
                <input
                  id={`${id}-update`}
                  type="url"
                  value={updateUrl}
                  onChange={(event) => setUpdateUrl(event.target.value)}
                />
                <label htmlFor={`${id}-xpi`}>{t('publish.xpiUrlLabel')}</label>
                <input id={`${id}-xpi`} type="url" value={xpiUrl} onChange={(event) => setXpiUrl(event.target.value)} />
              </>
            ) : (
              <>
                <label htmlFor={`${id}-edge-id`}>{t('publish.edgeIdLabel')}</label>
                <input id={`${id}-edge-id`} value={edgeId} onChange={(event) => setEdgeId(event.target.value)} />
              </>
            )}
          </fieldset>
          <p className="hint">{t('publish.ids', { chromeId, geckoId })}</p>
          <p className="hint">{t('publish.whole')}</p>
          {FILES.map(([file, testId]) => (
            <div key={file}>
              <h4>{t(`publish.${file}`)}</h4>
              <p className="hint">{t(`publish.${file}Where`)}</p>
              <pre data-testid={testId}>{text(file)}</pre>
            </div>
          ))}
          <p>{t('publish.check')}</p>
        </li>
      </ol>
    </section>
  );
}
