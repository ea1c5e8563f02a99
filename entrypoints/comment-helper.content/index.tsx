import { startTransition } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CommentHelper } from '@/components/comments/CommentHelper';
import { I18nProvider } from '@/components/I18nProvider';
import { PaintedText } from '@/components/painted-text';
import type { CommentData } from '@/lib/worker/feed/comment-data';
import { COMMENT_HELPER_MOUNTED_KEY, getBridge } from '@/lib/shared/linkedin/bridge';
import { threadKey, threadLinks, threadText, type CommentBox } from '@/lib/shared/linkedin/selectors';
import { send } from '@/lib/shared/messaging/send';
import { commentDraft, followCommentBox } from '@/lib/injected/follow-comment-box';
import { followLinkedInTheme } from '@/lib/injected/theme';
import { commentHelpItem, consentItem } from '@/lib/shared/settings';
import { commentConsented } from '@/lib/shared/settings/composer-help';
import css from '@/components/comments/comment-helper.css?inline';

const MOUNTED = Symbol.for(COMMENT_HELPER_MOUNTED_KEY);
type ContentScriptContext = Parameters<typeof createShadowRootUi>[0];
type Flagged = typeof globalThis & { [MOUNTED]?: boolean };

/** Threads whose "who answers criticism" was shown on this page: once per thread. */
const shownThreads = new Set<string>();
const shownPosts = new WeakSet<Element>();

// Issue 28. Injected by the background (scripting.executeScript) only when the comment help is
// on (the person's switch with the reminder consent, the organization's policy), after the
// watcher saw the person's own press or key in a comment box. Never in the manifest. One helper
// per comment box the person writes in: a fresh host, closed shadow root and React root each
// time, all released when they stop writing there.
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main(ctx) {
    const flagged = globalThis as Flagged;
    if (flagged[MOUNTED]) return 'already-open';
    flagged[MOUNTED] = true;
    const bridge = getBridge();
    const life = new AbortController();
    let current: { editor: HTMLElement; opening: AbortController } | null = null;
    const stop = () => {
      if (life.signal.aborted) return;
      life.abort();
      current?.opening.abort();
      current = null;
      if (bridge.onComment === open) bridge.onComment = null;
      flagged[MOUNTED] = false;
    };
    ctx.onInvalidated(stop);
    // Withdrawn live: the switch or the reminder consent off removes the helper at once.
    const recheck = async () => {
      const [consent, commentSwitch] = await Promise.all([consentItem.getValue(), commentHelpItem.getValue()]);
      if (!commentConsented(consent, commentSwitch)) stop();
    };
    const unwatch = [consentItem.watch(() => void recheck()), commentHelpItem.watch(() => void recheck())];
    life.signal.addEventListener('abort', () => unwatch.forEach((off) => off()), { once: true });

    function open() {
      if (life.signal.aborted) return;
      const comment = bridge.comment;
      if (!comment?.editor.isConnected) return;
      if (current?.editor === comment.editor && !current.opening.signal.aborted) return;
      current?.opening.abort();
      const opening = new AbortController();
      life.signal.addEventListener('abort', () => opening.abort(), { once: true });
      current = { editor: comment.editor, opening };
      opening.signal.addEventListener(
        'abort',
        () => {
          if (current?.opening === opening) current = null;
          // The person may come back to this box: it is new to the watcher again.
          if (bridge.comment?.editor === comment.editor) bridge.comment = null;
        },
        { once: true },
      );
      void mountHelper(ctx, comment, opening);
    }
    bridge.onComment = open;
    open();
    return 'injected';
  },
});

async function mountHelper(ctx: ContentScriptContext, comment: CommentBox, opening: AbortController): Promise<void> {
  const signal = opening.signal;
  const answer = await send('comment:data', {});
  if (signal.aborted || ctx.isInvalid) return;
  const data: CommentData | null = answer.ok ? answer.data : null;
  if (!data?.help.on) return opening.abort();
  // The thread is read once, on this device, for the criticism notice; the comment only while written.
  const post = comment.post;
  const key = post ? threadKey(post) : null;
  const thread = post ? threadText(post, comment.editor) : '';
  const links = post ? threadLinks(post) : [];
  const shownBefore = () => (key ? shownThreads.has(key) : false) || (post ? shownPosts.has(post) : false);
  const markShown = () => {
    if (key) shownThreads.add(key);
    if (post) shownPosts.add(post);
  };
  const criticismShownBefore = shownBefore();
  let draft = commentDraft(comment.editor);
  let root: Root | null = null;
  const render = () =>
    root?.render(
      <I18nProvider>
        <PaintedText>
          <CommentHelper
            data={data}
            thread={thread}
            links={links}
            draft={draft}
            criticismShownBefore={criticismShownBefore}
            onCriticismShown={markShown}
            onClose={() => opening.abort()}
          />
        </PaintedText>
      </I18nProvider>,
    );
  const ui = await createShadowRootUi<Root>(scopedContext(ctx, signal), {
    name: 'div',
    position: 'inline',
    // Right after the comment box in the page's order, so Tab from its buttons reaches the helper;
    // fixed in place (lib/injected/follow-comment-box.ts), so nothing of LinkedIn's moves.
    anchor: comment.box.isConnected ? comment.box : 'body',
    append: comment.box.isConnected ? 'after' : 'last',
    css,
    mode: 'closed',
    inheritStyles: true,
    onMount(container) {
      followLinkedInTheme(container, signal);
      const created = createRoot(container.appendChild(document.createElement('div')));
      root = created;
      startTransition(render);
      return created;
    },
    onRemove(mounted) {
      const bridge = getBridge();
      if (bridge.commentRoot === ui.shadow) bridge.commentRoot = null;
      mounted?.unmount();
      root = null;
    },
  });
  if (signal.aborted || ctx.isInvalid) return;
  ui.shadowHost.style.display = 'none';
  ui.mount();
  getBridge().commentRoot = ui.shadow;
  signal.addEventListener('abort', () => ui.remove(), { once: true });
  // The draft, while the person writes it (debounced by the checks, P4); gone with this opening.
  comment.editor.addEventListener(
    'input',
    () => {
      draft = commentDraft(comment.editor);
      render();
    },
    { signal },
  );
  followCommentBox(ui.shadowHost, comment, signal, () => opening.abort());
}

/** The script's context for one opening: its invalidation callback leaves with the opening. */
function scopedContext(ctx: ContentScriptContext, signal: AbortSignal): ContentScriptContext {
  const scoped: ContentScriptContext = Object.create(ctx);
  scoped.onInvalidated = (cb: () => void) => {
    const off = ctx.onInvalidated(cb);
    signal.addEventListener('abort', off, { once: true });
    return off;
  };
  return scoped;
}
