/**
 * Every selector alternative against the LinkedIn model page (tests/fixtures/linkedin.html):
 * the composer templates there are the very markup the e2e tests open in Chromium.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  COMPOSER_SELECTORS,
  composerLayout,
  EDITOR_SELECTORS,
  findComposer,
  findEditor,
  findPostButton,
  isInstantRepostItem,
  launcherFor,
  postAuthor,
  postRootFor,
  readToasts,
  repostButtonFor,
  safeLinkedInUrl,
} from '@/lib/shared/linkedin/selectors';
import { deepQueryAll } from '@/lib/shared/linkedin/dom';
import { loadModelPage as loadPage, openComposer as open } from '../fixtures/model-page';

describe('LinkedIn selectors on the model page', () => {
  beforeEach(() => {
    loadPage();
  });

  it('finds no composer among the decoys: hidden video.js dialog, closed dialog, comment editor, messaging overlay', () => {
    expect(findComposer()).toBeNull();
    // The decoys are really there…
    expect(document.querySelectorAll('[role=dialog], dialog').length).toBeGreaterThanOrEqual(3);
    expect(document.querySelector('[aria-label="Text editor for creating comment"]')).not.toBeNull();
  });

  it.each([
    ['v1', 'V1'],
    ['v2', 'V2'],
    ['v3', 'V3'],
  ] as const)('finds the %s composer, its editor and its Post button (not "Post to Anyone")', (layout, name) => {
    open(layout);
    const composer = findComposer();
    expect(composer).not.toBeNull();
    expect(composerLayout(composer!)).toBe(name);
    expect(findEditor(composer!)?.getAttribute('aria-label')).toBe('Text editor for creating content');
    expect(findPostButton(composer!)?.textContent?.trim()).toBe('Post');
  });

  it('does not take the V3 loading placeholder for the composer', () => {
    const placeholder = document.createElement('dialog');
    placeholder.setAttribute('data-testid', 'dialog');
    placeholder.setAttribute('open', '');
    placeholder.textContent = 'Loading…';
    document.body.append(placeholder);
    expect(findComposer()).toBeNull();
  });

  it('does not recognise an unknown layout (fails closed)', () => {
    open('unknown');
    expect(findComposer()).toBeNull();
  });

  it('exercises every composer and editor alternative on some layout', () => {
    const used = new Set<string>();
    for (const layout of ['v1', 'v2', 'v3'] as const) {
      loadPage();
      const composer = open(layout);
      const root = composer.getRootNode() as ParentNode;
      for (const selector of COMPOSER_SELECTORS) if (deepQueryAll(selector, root).length) used.add(selector);
      for (const selector of EDITOR_SELECTORS) if (deepQueryAll(selector, composer).length) used.add(selector);
    }
    const unused = [...COMPOSER_SELECTORS, ...EDITOR_SELECTORS].filter((selector) => !used.has(selector));
    expect(unused).toEqual([]);
  });

  it('reads success and failure toasts and keeps only LinkedIn post links', () => {
    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.textContent = 'Post successful. ';
    const link = document.createElement('a');
    link.href = 'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000001/?trk=x';
    link.textContent = 'View post';
    alert.append(link);
    const ember = document.createElement('li');
    ember.className = 'artdeco-toast-item';
    ember.setAttribute('data-test-artdeco-toast-item-type', 'error');
    ember.textContent = 'Sorry, your post was not published. Please try again.';
    document.getElementById('sdui-toasts')!.append(alert);
    document.querySelector('.artdeco-toasts_toasts')!.append(ember);
    const readings = readToasts().map(({ kind, postUrl }) => ({ kind, postUrl }));
    expect(readings).toEqual(
      expect.arrayContaining([
        { kind: 'failure', postUrl: null },
        { kind: 'post-success', postUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000001/' },
      ]),
    );
    expect(safeLinkedInUrl('https://evil.example/feed/update/urn:li:activity:1/')).toBeNull();
  });

  it('finds the launcher, the Repost button, the instant-repost menu item and the post author', () => {
    expect(launcherFor(document.querySelector('#start-post p')!)).not.toBeNull();
    const [company, colleague] = [...document.querySelectorAll('[data-fixture-post-root]')];
    const repostIcon = company!.querySelector('svg#repost-small')!;
    expect(repostButtonFor(repostIcon)?.getAttribute('aria-label')).toBe('Repost');
    expect(isInstantRepostItem(company!.querySelector('[data-fixture-repost-now]')!)).toBe(true);
    expect(isInstantRepostItem(company!.querySelector('[data-fixture-repost-thoughts]')!)).toBe(false);
    expect(postRootFor(repostIcon)).toBe(company);
    expect(postAuthor(company!)).toEqual({
      name: 'Nordvind Energi',
      url: 'https://www.linkedin.com/company/nordvind-energi-demo/',
    });
    expect(postAuthor(colleague!).name).toBe('Jane Colleague');
  });
});
