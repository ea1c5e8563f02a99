/**
 * The composer session and the panel's session logic as plain functions, on the LinkedIn model
 * page in happy-dom: no module mocks. Finding the editor, reading, writing with read-back,
 * inserting (ask first, append, replace), the clipboard fallback, and the one draft reader
 * that runs only while a composer is open.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { composerSession } from '@/lib/shared/linkedin/bridge';
import { insertText } from '@/lib/shared/linkedin/composer';
import { currentEditor, READ_POLL_MS, readDraft, readDraftWhileOpen, writeDraft } from '@/lib/shared/linkedin/draft';
import { createComposerSession } from '@/lib/shared/linkedin/session';
import { composerClaimed, composerOnScreen, eachOpening, followComposer } from '@/lib/injected/follow-composer';
import {
  copyText,
  draftAfterInsert,
  insertRequest,
  insertSuggestion,
  needsConfirmation,
} from '@/lib/shared/panel/insert';
import { loadModelPage, openComposer, type Layout } from '../fixtures/model-page';
import { suggestion } from '../components/panel-fixtures';

/** What execCommand('insertText') does to a fresh selection over the whole editor. */
const typeInto = (editor: HTMLElement) => (text: string) => {
  editor.replaceChildren(
    ...text.split('\n').map((line) => Object.assign(document.createElement('p'), { textContent: line })),
  );
};

beforeEach(() => {
  loadModelPage();
  composerSession().setState(composerSession().getInitialState(), true);
});
afterEach(() => {
  vi.useRealTimers();
});

/** Lets happy-dom's own zero-delay tasks (after DOM changes) run, so only our timers are counted. */
async function settle() {
  await vi.advanceTimersByTimeAsync(0);
}

describe('the composer session', () => {
  it('opens, becomes stable, and forgets the insert and the draft when the composer closes', () => {
    const session = createComposerSession();
    const seen: string[] = [];
    session.subscribe((now, before) => seen.push(`${before.open}/${before.stable} → ${now.open}/${now.stable}`));
    session.getState().opened();
    session.getState().opened(); // idempotent: whoever sees it first says so
    session.getState().setDraft('Hello');
    session.getState().stabilised();
    session.getState().setInserted({
      suggestionId: 's',
      suggestionTitle: 'T',
      campaign: null,
      language: 'en',
      sourceUrl: null,
      insertedText: 'Hello',
    });
    session.getState().closed();
    expect(session.getState()).toMatchObject({ open: false, stable: false, inserted: null, draft: '' });
    expect(seen).toEqual([
      'false/false → true/false',
      'true/false → true/false',
      'true/false → true/true',
      'true/true → true/true',
      'true/true → false/false',
    ]);
  });
});

describe('finding, reading and writing the editor', () => {
  it.each<Layout>(['v1', 'v2', 'v3'])('finds the %s editor and reads its draft line by line', (layout) => {
    expect(currentEditor()).toBeNull();
    expect(readDraft()).toBe('');
    openComposer(layout);
    const editor = currentEditor();
    expect(editor?.isContentEditable || editor?.getAttribute('contenteditable')).toBeTruthy();
    typeInto(editor!)('First line\nSecond line');
    expect(readDraft(editor)).toBe('First line\nSecond line');
  });

  it('says an insert landed only when reading the editor back shows it', async () => {
    openComposer('v3');
    const editor = currentEditor()!;
    await expect(insertText(editor, 'Our news\n\nhttps://x.dk', 100, typeInto(editor))).resolves.toBe(true);
    expect(readDraft(editor)).toBe('Our news\n\nhttps://x.dk');
    // An editor that swallows the text (LinkedIn's framework reverted it) is not claimed as done.
    await expect(insertText(editor, 'Lost words', 100, () => undefined)).resolves.toBe(false);
    await expect(insertText(editor, 'Other', 100, typeInto(editor).bind(null, 'Not it') as never)).resolves.toBe(false);
    await expect(writeDraft('anything', null)).resolves.toBe(false);
  });
});

describe('inserting a suggestion', () => {
  const item = suggestion({
    id: 'wind',
    title: 'Wind farm opens',
    hashtags: ['energy'],
    variants: [
      { id: 'en', language: 'en', angle: null, text: 'Our wind farm is open.' },
      { id: 'da', language: 'da', angle: null, text: 'Vindmølleparken er åben.' },
    ],
  });

  it('builds the text of the chosen version with its campaign link and hashtags', () => {
    const request = insertRequest(item, 'da')!;
    expect(request.variantLanguage).toBe('da');
    expect(request.text).toBe(`Vindmølleparken er åben.\n\n${item.trackedUrl}\n\n#energy`);
    expect(insertRequest(item, 'unknown')!.variantLanguage).toBe('en');
    expect(insertRequest({ ...item, variants: [] }, 'en')).toBeNull();
  });

  it('asks before overwriting the person’s own words, not before replacing its own untouched insert', () => {
    expect(needsConfirmation('', null)).toBe(false);
    expect(needsConfirmation('  My own words ', null)).toBe(true);
    expect(needsConfirmation('Inserted text', ' Inserted text')).toBe(false);
    expect(needsConfirmation('Inserted text, and mine', 'Inserted text')).toBe(true);
    expect(draftAfterInsert(' Mine ', 'Ours', 'append')).toBe('Mine\n\nOurs');
    expect(draftAfterInsert('Mine', 'Ours', 'replace')).toBe('Ours');
    expect(draftAfterInsert('', 'Ours', 'append')).toBe('Ours');
  });

  it('writes below the draft, reads it back and returns what the watcher records', async () => {
    openComposer('v3');
    const editor = currentEditor()!;
    typeInto(editor)('My own words');
    const write = (text: string, target: HTMLElement) => insertText(target, text, 100, typeInto(target));
    const result = await insertSuggestion(insertRequest(item, 'en')!, 'append', editor, write);
    expect(result).toEqual({
      ok: true,
      draft: `My own words\n\nOur wind farm is open.\n\n${item.trackedUrl}\n\n#energy`,
      inserted: {
        suggestionId: 'wind',
        suggestionTitle: 'Wind farm opens',
        campaign: 'spring',
        language: 'en',
        sourceUrl: 'https://example.com/wind',
        insertedText: `Our wind farm is open.\n\n${item.trackedUrl}\n\n#energy`,
      },
    });
    expect(readDraft(editor)).toBe(result.ok && result.draft);
    await expect(insertSuggestion(insertRequest(item, 'en')!, 'replace', null)).resolves.toEqual({
      ok: false,
      reason: 'no-editor',
    });
    const refused = await insertSuggestion(insertRequest(item, 'en')!, 'replace', editor, async () => false);
    expect(refused).toEqual({ ok: false, reason: 'not-verified' });
  });

  it('copies to the clipboard, or says the person must copy by hand when it is refused', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    await expect(copyText('Text', { writeText })).resolves.toBe('copied');
    expect(writeText).toHaveBeenCalledWith('Text');
    await expect(copyText('Text', { writeText: () => Promise.reject(new Error('denied')) })).resolves.toBe('manual');
    await expect(copyText('Text', null)).resolves.toBe('manual');
  });
});

describe('the one draft reader', () => {
  it('keeps the session’s draft current while a composer is open, and nothing runs once it closed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const session = composerSession();
    const watcher = new AbortController();
    const panel = new AbortController();
    readDraftWhileOpen(watcher.signal);
    readDraftWhileOpen(panel.signal); // two scripts ask: one reader
    expect(vi.getTimerCount()).toBe(0); // no composer, nothing runs
    openComposer('v3');
    const editor = currentEditor()!;
    typeInto(editor)('Typed');
    await settle();
    session.getState().opened();
    expect(session.getState().draft).toBe('Typed');
    expect(vi.getTimerCount()).toBe(1); // one poll, not one per script
    typeInto(editor)('Typed more');
    await vi.advanceTimersByTimeAsync(READ_POLL_MS);
    expect(session.getState().draft).toBe('Typed more');
    typeInto(editor)('Typed more, then Post');
    document.dispatchEvent(new Event('pointerdown'));
    expect(session.getState().draft).toBe('Typed more, then Post');
    // LinkedIn removes the composer after Post before the watcher sees it closed: the last
    // draft read stays (it is what gets recorded), not an empty one.
    editor.closest('dialog')!.remove();
    await vi.advanceTimersByTimeAsync(READ_POLL_MS * 2);
    expect(session.getState().draft).toBe('Typed more, then Post');

    session.getState().closed();
    expect(vi.getTimerCount()).toBe(0);
    const read = vi.spyOn(session.getState(), 'setDraft');
    document.dispatchEvent(new Event('pointerdown'));
    document.dispatchEvent(new Event('input'));
    await vi.advanceTimersByTimeAsync(READ_POLL_MS * 3);
    expect(read).not.toHaveBeenCalled();
    panel.abort();
    session.getState().opened();
    expect(vi.getTimerCount()).toBe(1); // the watcher still needs it
    watcher.abort();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('following the composer', () => {
  it('places the host while a composer is open and stops every listener and timer when it closes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const session = composerSession();
    const host = document.createElement('div');
    document.body.append(host);
    const added = vi.spyOn(window, 'addEventListener');
    const controller = new AbortController();
    const docked = vi.fn();
    followComposer(host, controller.signal, docked);
    expect(host.style.display).toBe('none');
    expect(vi.getTimerCount()).toBe(0);
    openComposer('v3');
    await settle();
    session.getState().opened();
    expect(added.mock.calls.map(([type]) => type).sort()).toEqual(['resize', 'scroll']);
    expect(vi.getTimerCount()).toBe(1);
    session.getState().closed();
    expect(host.style.display).toBe('none');
    expect(vi.getTimerCount()).toBe(0);
    const scrolled = vi.fn();
    window.addEventListener('scroll', scrolled, { capture: true });
    added.mockClear();
    window.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(added).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    controller.abort();
  });

  it('waits for a composer (bounded) and says so on the session when it sees one first', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const waiting = composerOnScreen(new AbortController().signal, 1000);
    await vi.advanceTimersByTimeAsync(300);
    const composer = openComposer('v3');
    await vi.advanceTimersByTimeAsync(150);
    await expect(waiting).resolves.toBe(true);
    expect(composerSession().getState().open).toBe(true);
    expect(vi.getTimerCount()).toBe(0);

    composerSession().getState().closed();
    composer.remove();
    const none = composerOnScreen(new AbortController().signal, 1000);
    await vi.advanceTimersByTimeAsync(1200);
    await expect(none).resolves.toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('one panel per composer opening (a workday in one tab, P11)', () => {
  it('starts once per opening the person claimed, ends it when the composer closes, and stops with its signal', () => {
    const session = composerSession();
    const openings: AbortSignal[] = [];
    const life = new AbortController();
    eachOpening(life.signal, (opening) => openings.push(opening));
    expect(openings).toHaveLength(0); // nothing open yet

    session.getState().opened();
    session.getState().stabilised(); // the same opening: no second start
    expect(openings).toHaveLength(1);
    expect(openings[0]!.aborted).toBe(false);
    session.getState().closed();
    expect(openings[0]!.aborted).toBe(true); // everything built for it goes with it

    // An adopted composer (after an update) is not the person's until they claim it.
    session.getState().opened(true);
    expect(openings).toHaveLength(1);
    session.getState().claimed();
    expect(openings).toHaveLength(2);

    // Consent withdrawn or the script replaced: the open one ends, and no later opening starts.
    life.abort();
    expect(openings[1]!.aborted).toBe(true);
    session.getState().closed();
    session.getState().opened();
    expect(openings).toHaveLength(2);
  });

  it('starts at once when a composer is already open', () => {
    composerSession().getState().opened();
    const start = vi.fn();
    eachOpening(new AbortController().signal, start);
    expect(start).toHaveBeenCalledTimes(1);
  });
});

describe('an adopted composer (already open when the watcher started in an open tab)', () => {
  it('stays adopted while it is open and stable, until the person claims it; closing forgets it', () => {
    const session = createComposerSession();
    session.getState().opened(true);
    session.getState().stabilised();
    expect(session.getState()).toMatchObject({ open: true, stable: true, adopted: true });
    session.getState().opened(); // the panel saying "open" again changes nothing
    expect(session.getState().adopted).toBe(true);
    session.getState().claimed();
    expect(session.getState()).toMatchObject({ open: true, stable: true, adopted: false });
    session.getState().closed();
    session.getState().opened();
    expect(session.getState().adopted).toBe(false);
  });

  it('the panel mounts only once the person claimed it, and not at all if it closes first', async () => {
    const session = composerSession();
    session.getState().opened(true);
    const claimed = composerClaimed(new AbortController().signal);
    let settled = false;
    void claimed.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    session.getState().claimed();
    await expect(claimed).resolves.toBe(true);

    session.getState().closed();
    session.getState().opened(true);
    const dismissed = composerClaimed(new AbortController().signal);
    session.getState().closed();
    await expect(dismissed).resolves.toBe(false);

    await expect(composerClaimed(new AbortController().signal)).resolves.toBe(false); // nothing open
    session.getState().opened();
    await expect(composerClaimed(new AbortController().signal)).resolves.toBe(true); // seen opening
  });
});
