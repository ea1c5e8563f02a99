/**
 * The background's side of the developer report: signals are taken only from a LinkedIn tab's
 * top frame and only in their own shape; the report is answered from what was kept at the
 * failure and from an open LinkedIn tab, and nothing else.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerReport, gatherSignals, keepFailureSignals } from '@/lib/worker/layout-report';
import { failureSignalsItem } from '@/lib/worker/health/report';
import { recordHealth } from '@/lib/shared/health';
import { layoutSignals } from '@/lib/shared/linkedin/selectors';
import { loadModelPage } from '../fixtures/model-page';

describe('layout signals in the background', () => {
  let execute: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    loadModelPage({ sharebox: 'ember-2025' });
    execute = vi.fn(async () => [{ frameId: 0, result: layoutSignals() }]);
    fakeBrowser.scripting.executeScript = execute as never;
    fakeBrowser.runtime.getManifest = (() => ({ manifest_version: 3, name: 'Advocacy', version: '0.1.0' })) as never;
  });

  it('keeps the signals of the moment a composer was not recognised, from the tab’s top frame', async () => {
    await keepFailureSignals(7, 'https://www.linkedin.com/feed/', 'composer-not-found');
    expect(execute).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [0] },
      files: ['/content-scripts/layout-signals.js'],
    });
    const kept = await failureSignalsItem.getValue();
    expect(kept).toMatchObject({ trigger: 'composer-not-found', page: 'feed' });
    expect(kept!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/); // to the minute
    expect(kept!.signals.matches.launcher['.share-box-feed-entry__top-bar > button']).toEqual([1, 1]);
  });

  it('never injects outside LinkedIn or into the hidden /preload frame', async () => {
    expect(await gatherSignals(7, 'https://evil.example/feed/', 'on-request')).toBeNull();
    expect(await gatherSignals(7, 'https://www.linkedin.com/preload/?_bprMode=vanilla', 'on-request')).toBeNull();
    expect(await gatherSignals(7, null, 'on-request')).toBeNull();
    expect(execute).not.toHaveBeenCalled();
  });

  it('drops an answer that is not in the signals’ shape (a tampered or old script)', async () => {
    execute.mockResolvedValueOnce([{ frameId: 0, result: { ...layoutSignals(), postText: 'My draft' } }]);
    await keepFailureSignals(7, 'https://www.linkedin.com/feed/', 'insert-failed');
    execute.mockRejectedValueOnce(new Error('No tab with id: 7'));
    await keepFailureSignals(7, 'https://www.linkedin.com/feed/', 'insert-failed');
    expect(await failureSignalsItem.getValue()).toBeNull();
  });

  it('answers the report from the kept signals when no LinkedIn tab is open', async () => {
    await recordHealth('composer-not-found', '/in/jane-colleague/');
    await keepFailureSignals(7, 'https://www.linkedin.com/in/jane-colleague/', 'composer-not-found');
    const { text, hasSignals } = await answerReport();
    expect(hasSignals).toBe(true);
    expect(text).toContain('"extensionVersion": "0.1.0"');
    expect(text).toContain('"composer-not-found": 1');
    expect(text).toContain('"page": "other"');
    expect(text).toContain('"signalsNow": null');
    expect(text).not.toContain('jane-colleague');
  });

  it('says it has no signals when nothing was kept and no LinkedIn tab is open', async () => {
    const { text, hasSignals } = await answerReport();
    expect(hasSignals).toBe(false);
    expect(text).toContain('"signalsAtFailure": null');
  });
});
