/**
 * The panel wears LinkedIn's own theme (issue 30): read from where each layout marks it on the
 * model page (tests/fixtures/linkedin.html, ?theme= in the browser), followed while the panel is
 * open, and let go of when it closes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { composerSession } from '@/lib/shared/linkedin/bridge';
import { linkedInTheme } from '@/lib/shared/linkedin/selectors';
import { followLinkedInTheme } from '@/lib/injected/theme';
import { loadModelPage, markTheme, type Layout, type LinkedInTheme } from '../fixtures/model-page';

/** The microtask in which a MutationObserver's callback runs. */
const observed = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("LinkedIn's theme", () => {
  beforeEach(() => loadModelPage());

  const cases: [Layout, LinkedInTheme, 'dark' | 'light' | null][] = [
    ['v1', 'dark', 'dark'],
    ['v1', 'light', 'light'],
    ['v1', 'system', null],
    ['v2', 'dark', 'dark'],
    ['v2', 'light', 'light'],
    ['v2', 'system', null],
    ['v3', 'dark', 'dark'],
    ['v3', 'light', 'light'],
    ['v3', 'system', null],
  ];
  it.each(cases)('%s set to %s: the panel is %s (null: the system decides)', (layout, theme, expected) => {
    loadModelPage({ theme: { layout, theme } });
    expect(linkedInTheme()).toBe(expected);
  });

  it('without any sign (an unknown page), says nothing: the system decides', () => {
    expect(linkedInTheme()).toBeNull();
  });

  it("V3's <body> wins over the outlet's class when they disagree (the SDUI app's own switch)", () => {
    markTheme('v2', 'light');
    document.body.setAttribute('data-color-scheme', 'dark');
    expect(linkedInTheme()).toBe('dark');
  });

  it('V1: a dark Ember page keeps theme--mercado, and is still dark', () => {
    loadModelPage({ theme: { layout: 'v1', theme: 'dark' } });
    expect(document.documentElement.classList.contains('theme--mercado')).toBe(true);
    expect(linkedInTheme()).toBe('dark');
  });
});

describe('the panel follows the theme while the composer is open', () => {
  let container: HTMLElement;
  beforeEach(() => {
    loadModelPage({ theme: { layout: 'v3', theme: 'light' } });
    container = document.createElement('div');
    composerSession().setState(composerSession().getInitialState(), true);
    composerSession().getState().opened();
  });

  it('starts in LinkedIn’s theme, before anything is rendered', () => {
    const controller = new AbortController();
    followLinkedInTheme(container, controller.signal);
    expect(container.getAttribute('data-theme')).toBe('light');
    controller.abort();
  });

  it('follows a switch to dark and back, on V3, V2 and V1, and to the system', async () => {
    const controller = new AbortController();
    followLinkedInTheme(container, controller.signal);
    document.body.setAttribute('data-color-scheme', 'dark');
    await observed();
    expect(container.getAttribute('data-theme')).toBe('dark');
    document.body.setAttribute('data-color-scheme', 'light');
    await observed();
    expect(container.getAttribute('data-theme')).toBe('light');

    // LinkedIn switches to "follow the system": the sign goes, and so does ours.
    document.body.removeAttribute('data-color-scheme');
    document.getElementById('interop-outlet')!.className = 'theme--system';
    await observed();
    expect(container.hasAttribute('data-theme')).toBe(false);

    document.getElementById('interop-outlet')!.className = 'theme--dark';
    await observed();
    expect(container.getAttribute('data-theme')).toBe('dark');

    document.getElementById('interop-outlet')!.className = '';
    document.documentElement.className = 'theme theme--mercado';
    await observed();
    expect(container.getAttribute('data-theme')).toBe('light');
    document.documentElement.classList.add('theme--dark');
    await observed();
    expect(container.getAttribute('data-theme')).toBe('dark');
    controller.abort();
  });

  it('stops following when the panel is removed', async () => {
    const controller = new AbortController();
    followLinkedInTheme(container, controller.signal);
    controller.abort();
    document.body.setAttribute('data-color-scheme', 'dark');
    await observed();
    expect(container.getAttribute('data-theme')).toBe('light');
    // Nor does a composer opened later bring it back: the panel is gone.
    composerSession().getState().closed();
    composerSession().getState().opened();
    expect(container.getAttribute('data-theme')).toBe('light');
  });

  it('rests while the composer is closed, and reads the theme again if the same panel sees it open again', async () => {
    const controller = new AbortController();
    followLinkedInTheme(container, controller.signal);
    composerSession().getState().closed();
    document.body.setAttribute('data-color-scheme', 'dark');
    await observed();
    expect(container.getAttribute('data-theme'), 'no observer while closed').toBe('light');
    composerSession().getState().opened();
    expect(container.getAttribute('data-theme'), 'read again when the composer opens').toBe('dark');
    document.body.setAttribute('data-color-scheme', 'light');
    await observed();
    expect(container.getAttribute('data-theme'), 'followed again while open').toBe('light');
    controller.abort();
  });

  it('watches only the elements that carry the sign, not the page: a post added changes nothing', async () => {
    const controller = new AbortController();
    followLinkedInTheme(container, controller.signal);
    let writes = 0;
    new MutationObserver((records) => (writes += records.length)).observe(container, { attributes: true });
    const feed = document.querySelector('[data-testid="mainFeed"]')!;
    const post = document.createElement('div');
    post.className = 'theme--dark';
    feed.append(post);
    document.body.setAttribute('data-rehydrated', 'false');
    await observed();
    expect(writes).toBe(0);
    expect(container.getAttribute('data-theme')).toBe('light');
    controller.abort();
  });

  it('does nothing for a panel already removed', () => {
    const controller = new AbortController();
    controller.abort();
    followLinkedInTheme(container, controller.signal);
    expect(container.hasAttribute('data-theme')).toBe(false);
  });
});
