/**
 * Issue 28: LinkedIn's comment boxes are recognised on V1, V2 and V3 (and an unknown one fails
 * closed), and "who answers criticism" shows for complaints about the organization only — in
 * Danish and English, not for a neutral post about it, nor for criticism of another company.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { checkDraft } from '@/lib/shared/guidelines/checks';
import { criticismTrigger, mentionsOrganization } from '@/lib/injected/criticism-trigger';
import { DEFAULT_GUIDELINE_PARAMS, type GuidelineParams } from '@/lib/shared/guidelines/types';
import {
  commentBoxFor,
  findComposer,
  looksLikeUnknownCommentBox,
  threadKey,
  threadLinks,
  threadText,
} from '@/lib/shared/linkedin/selectors';
import { COMMENT_THREADS, loadCommentThread, loadModelPage, type CommentThread } from '../fixtures/model-page';

describe('comment boxes (lib/shared/linkedin/selectors.ts)', () => {
  beforeEach(() => document.body.replaceChildren());

  it.each([
    ['v1', 'V1'],
    ['v2', 'V2'],
    ['v3', 'V3'],
  ] as const)('recognises the %s comment box from a press inside its editor', (layout, name) => {
    const { editor, box, post } = loadCommentThread({ layout });
    // The person's press lands on the paragraph inside the editor.
    const found = commentBoxFor(editor.querySelector('p')!);
    expect(found?.editor).toBe(editor);
    expect(found?.layout).toBe(name);
    expect(found?.post).toBe(post);
    expect(found?.box === box || box.contains(found!.box)).toBe(true);
    expect(threadKey(post)).toMatch(/7101/);
  });

  it('reads the thread the person answers, not the comment being written', () => {
    const { editor, post } = loadCommentThread({ layout: 'v3', thread: 'critical' });
    editor.querySelector('p')!.textContent = 'my draft words';
    const text = threadText(post, editor);
    expect(text).toContain('Unacceptable service');
    expect(text).not.toContain('my draft words');
    expect(threadLinks(post)).toContain('https://www.linkedin.com/in/angry-customer-demo/');
  });

  it('fails closed on an unknown comment box, and says it looks like one (health counter)', () => {
    const { editor } = loadCommentThread({ layout: 'unknown' });
    expect(commentBoxFor(editor)).toBeNull();
    expect(looksLikeUnknownCommentBox(editor)).toBe(true);
  });

  it('is neither the post composer nor the messaging box', () => {
    loadModelPage();
    const messaging = document.querySelector('[aria-label="Write a message…"]')!;
    expect(commentBoxFor(messaging)).toBeNull();
    expect(looksLikeUnknownCommentBox(messaging)).toBe(false);
    const { editor } = loadCommentThread({ layout: 'v3' });
    expect(commentBoxFor(editor)).not.toBeNull();
    // A comment box never makes the watcher think a composer is open.
    expect(findComposer()).toBeNull();
  });

  it('is not recognised from a press outside any editor (the Comment button, the post text)', () => {
    const { post } = loadCommentThread({ layout: 'v3' });
    expect(commentBoxFor(post.querySelector('[data-fixture-comment]')!)).toBeNull();
    expect(commentBoxFor(post.querySelector('[data-fixture-text]')!)).toBeNull();
  });
});

const ORGANIZATION = {
  name: 'Nordvind Energi',
  linkedinUrl: 'https://www.linkedin.com/company/nordvind-energi-demo/',
  domains: ['nordvind.example'],
};
const PARAMS = { organization: ORGANIZATION, mentionTerms: ['Nordvind Energi'], criticismKeywords: { da: [], en: [] } };

function trigger(thread: string, draft = '', links: string[] = []): boolean {
  return criticismTrigger({ thread, draft, links }, PARAMS);
}

describe('"who answers criticism" (lib/injected/criticism-trigger.ts)', () => {
  it.each(['critical', 'critical-da'] as CommentThread[])('shows for a complaint about the organization (%s)', (t) => {
    expect(trigger(COMMENT_THREADS[t])).toBe(true);
  });

  it('stays away for a neutral post about the organization', () => {
    expect(trigger(COMMENT_THREADS.neutral)).toBe(false);
    expect(trigger(COMMENT_THREADS.neutral, 'Congratulations, great news for Esbjerg!')).toBe(false);
  });

  it('stays away for criticism of another company', () => {
    expect(trigger(COMMENT_THREADS.other)).toBe(false);
    expect(trigger(COMMENT_THREADS.other, 'Sorry to hear that, hope they fix it.')).toBe(false);
  });

  it('shows when the draft brings the organization into a complaint (English and Danish)', () => {
    expect(trigger(COMMENT_THREADS.other, 'Nordvind Energi was just as bad, a disappointing service.')).toBe(true);
    expect(trigger('Tre dage uden strøm.', 'Jeg er også skuffet over Nordvind Energi.')).toBe(true);
  });

  it('knows the organization by its LinkedIn page and its web domains, not only its name', () => {
    expect(trigger('They still owe me a refund.', '', ['https://www.linkedin.com/company/nordvind-energi-demo/'])).toBe(
      true,
    );
    expect(trigger('Skriv til kundeservice@nordvind.example, jeg er utilfreds.')).toBe(true);
    expect(trigger('See https://www.nordvind.example/status: terrible service today.')).toBe(true);
    // Another company's domain that merely ends the same way is not the organization's.
    expect(trigger('Terrible service from notnordvind.example today.')).toBe(false);
    expect(mentionsOrganization('nothing here', ['https://www.linkedin.com/company/other-co/'], PARAMS)).toBe(false);
  });

  it("uses the feed's own criticism keywords too", () => {
    const params = { ...PARAMS, criticismKeywords: { da: ['strømsvigt'], en: ['outage'] } };
    expect(criticismTrigger({ thread: 'Another outage at Nordvind Energi.', draft: '', links: [] }, params)).toBe(true);
    expect(criticismTrigger({ thread: 'Another outage at Nordvind Energi.', draft: '', links: [] }, PARAMS)).toBe(
      false,
    );
  });

  it('says nothing without an organization', () => {
    expect(
      criticismTrigger(
        { thread: COMMENT_THREADS.critical, draft: '', links: [] },
        { organization: null, mentionTerms: [], criticismKeywords: { da: [], en: [] } },
      ),
    ).toBe(false);
  });
});

describe('draft checks in a comment: the rules that fit a comment, from the same rule files', () => {
  const params: GuidelineParams = {
    ...DEFAULT_GUIDELINE_PARAMS,
    confidentialTerms: ['Project Falcon'],
    mentionTerms: ['Nordvind Energi', 'VindPro'],
  };
  const long = `${'Our new VindPro turbine is great and quiet. '.repeat(8)}#a #b #c #d #e #f #g`;

  it('keeps confidential terms, disclosure, shouting and styled letters', () => {
    const kinds = (text: string) => checkDraft(text, params, { language: 'en', suggestions: [] }, undefined, 'comment');
    expect(kinds('Project Falcon ships soon').map((f) => f.kind)).toContain('confidential');
    expect(kinds('VindPro is the best turbine').map((f) => f.kind)).toContain('disclosure');
    expect(kinds('THIS IS THE BEST TURBINE EVER MADE BY ANYONE').map((f) => f.kind)).toContain('shouting');
    expect(kinds('𝗕𝗲𝘀𝘁 turbine').map((f) => f.kind)).toContain('styled-letters');
  });

  it('switches the post-only rules (the fold, hashtags, length) off, which the composer still runs', () => {
    const context = { language: 'en' as const, suggestions: [] };
    const composer = checkDraft(long, params, context).map((f) => f.kind);
    const comment = checkDraft(long, params, context, undefined, 'comment').map((f) => f.kind);
    expect(composer).toEqual(expect.arrayContaining(['fold', 'hashtags']));
    expect(comment).not.toContain('fold');
    expect(comment).not.toContain('hashtags');
    expect(comment).toContain('disclosure');
  });
});

describe('the layout report includes comment boxes', () => {
  it('counts our comment rows and the comment-like editors, and still accepts signals kept before issue 28', async () => {
    const { layoutSignals } = await import('@/lib/shared/linkedin/selectors');
    const { layoutSignalsSchema } = await import('@/lib/worker/health/report');
    loadCommentThread({ layout: 'v3' });
    const signals = layoutSignals();
    expect(Object.keys(signals.matches.comment)).toContain(
      '[componentkey^="commentBox-"] [contenteditable=true][role=textbox]',
    );
    expect(signals.markers.commentLikeEditors).toBe(1);
    expect(layoutSignalsSchema.safeParse(signals).success).toBe(true);
    loadCommentThread({ layout: 'unknown' });
    const unknown = layoutSignals();
    expect(unknown.matches.comment).toEqual({});
    expect(unknown.markers.commentLikeEditors).toBe(1);
    // A report kept by an older build (no comment rows, no marker) still reads.
    const { comment: _comment, ...older } = signals.matches;
    const { commentLikeEditors: _count, ...olderMarkers } = signals.markers;
    const read = layoutSignalsSchema.safeParse({ ...signals, matches: older, markers: olderMarkers });
    expect(read.success && read.data.matches.comment).toEqual({});
  });
});
