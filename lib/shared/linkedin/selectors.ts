/**
 * The one place that knows LinkedIn's DOM. Alternatives are tried in order; each names the
 * layout it is for (V1 legacy Ember/Quill, V2 Quill share box in #interop-outlet's shadow
 * root, V3 native <dialog> + Tiptap) and is exercised by a fixture in tests/fixtures.
 * Evidence: README, LinkedIn's page §3, modeled in tests/fixtures. Prefer role/aria/componentkey/data-testid/
 * svg ids over classes; aria-labels are localized (English and Danish here).
 * Nothing is cached; every lookup fails closed (null).
 */
import { closestDeep, deepQueryAll, isVisible, searchScopes, elementText } from './dom';

/** The composer dialog itself. */
export const COMPOSER_SELECTORS = [
  'dialog[open]:has([data-sdui-screen*="sharing.ShareCompose"])', // V3 (LinkedIn's page §3.2, NV/CP)
  'dialog[open]:has([componentkey="ShareBox_textEditor"])', // V3, screen attribute missing
  '[data-test-modal-id="sharebox"] [role=dialog]', // V2 (in #interop-outlet shadow root) and late V1
  '[role=dialog].share-box-v2__modal', // V1/V2 Ember modal class
  '[role=dialog][aria-labelledby="share-to-linkedin-modal__header"]', // V1 legacy label
  '[role=dialog]:has(.share-creation-state__text-editor)', // V1 legacy wrapper
] as const;

/** The post editor, searched inside a composer only. */
export const EDITOR_SELECTORS = [
  '[componentkey="ShareBox_textEditor"][contenteditable=true]', // V3 Tiptap/ProseMirror
  '[data-test-ql-editor-contenteditable=true]', // V2/V1 Quill
  '.share-creation-state__text-editor .ql-editor[contenteditable=true]', // V1
  '.ql-editor[contenteditable=true]', // V1/V2 fallback
  '[contenteditable=true][role=textbox]', // generic (company-page composer, CO)
] as const;

/** Editors that are not the post editor (comment, message, reply boxes reuse Tiptap). */
const NOT_A_POST_EDITOR = /comment|message|reply|kommentar|besked|svar/i;

/** The last resort for a composer: any open dialog around a post editor (V3 native, V1/V2 role). */
const ANY_DIALOG_SELECTORS = ['dialog[open]', '[role=dialog]'] as const;
const ANY_DIALOG = ANY_DIALOG_SELECTORS.join(', ');

function isPostEditor(candidate: Element): boolean {
  return isVisible(candidate) && !NOT_A_POST_EDITOR.test(candidate.getAttribute('aria-label') ?? '');
}

export function findEditor(composer: Element): HTMLElement | null {
  const scopes = searchScopes(composer);
  for (const selector of EDITOR_SELECTORS) {
    const editor = deepQueryAll<HTMLElement>(selector, composer, scopes).find(isPostEditor);
    if (editor) return editor;
  }
  return null;
}

/**
 * The fallback, searched from the editors outward: a page has a handful of editors but may have
 * thousands of role=dialog nodes (hover cards, pickers, or a page that wants to slow us down —
 * issue 14: +1.4 s of script per 5 s when every dialog was checked for an editor).
 */
function dialogAroundPostEditor(root: ParentNode, scopes: ParentNode[]): Element | null {
  for (const selector of EDITOR_SELECTORS) {
    for (const editor of deepQueryAll(selector, root, scopes)) {
      if (!isPostEditor(editor)) continue;
      const dialog = closestDeep(editor, ANY_DIALOG);
      if (!dialog || (root !== document && !(root as Node).contains(dialog))) continue;
      if (isVisible(dialog) && findEditor(dialog)) return dialog;
    }
  }
  return null;
}

/** The open, visible post composer, or null. Ignores decoys (hidden dialogs, comment boxes). */
export function findComposer(root: ParentNode = document): Element | null {
  const scopes = searchScopes(root);
  for (const selector of COMPOSER_SELECTORS) {
    const match = deepQueryAll(selector, root, scopes).find(
      (candidate) => isVisible(candidate) && findEditor(candidate),
    );
    if (match) return match;
  }
  return dialogAroundPostEditor(root, scopes);
}

/**
 * A cheap pre-check run on every page change: could a composer be on screen at all? Light-DOM
 * open dialogs (V1, V3) or a filled #interop-outlet shadow root (V2). A false "yes" only costs
 * one deep search; a composer in some other shadow root is still found when the person opens it
 * (the watcher searches deeply for a few seconds after "Start a post" or a share-box URL).
 */
export function mayHoldComposer(): boolean {
  if (document.querySelector(DIALOG_LIKE)) return true;
  return !!interopShadowRoot()?.firstElementChild;
}

/**
 * Dialogs as LinkedIn renders composers: an open native <dialog> (V3) or role=dialog (V1/V2) —
 * not the video.js dialogs every video post brings (README, LinkedIn's page §3): hidden ones
 * (aria-hidden="true", fixture video-sdui-2026) and the error display that is *not* hidden
 * from assistive technology (aria-hidden="false", fixture video-ember-2025). Every video.js
 * ModalDialog carries its class vjs-modal-dialog (video.js's own name, not one of LinkedIn's
 * hashed classes). A <dialog> added closed and opened later is caught by the open-dialog check below.
 */
const DIALOG_LIKE = 'dialog[open], [role=dialog]:not([aria-hidden="true"]):not(.vjs-modal-dialog)';

/**
 * Run per added node by the page observer: could this node bring a composer? Looks only at the
 * node's own subtree (cheap for a feed post), never at the document.
 */
export function addsPossibleComposer(node: Node): boolean {
  return node instanceof Element && (node.matches(DIALOG_LIKE) || node.querySelector(DIALOG_LIKE) !== null);
}

/**
 * Run once per coalesced window on the (few) nodes `addsPossibleComposer` let through: is a
 * dialog among them on screen? Hidden ones (hover cards, pickers; a page may add thousands)
 * cannot be a composer, so they are no reason to search the page (issue 14, Why 12).
 */
export function showsDialog(node: Node): boolean {
  if (!(node instanceof Element) || !node.isConnected) return false;
  if (node.matches(DIALOG_LIKE)) return isVisible(node);
  const inside = node.querySelectorAll(DIALOG_LIKE);
  for (let i = 0; i < inside.length && i < 8; i += 1) if (isVisible(inside[i]!)) return true;
  return inside.length > 8; // more than we look at: search rather than miss one
}

/**
 * The cheap pre-check after page changes the observer reported: an open native dialog (a live
 * collection, no query), a dialog-like node just added, or a filled V2 share-box host.
 */
export function mayHoldComposerAfter(change: { dialogAdded: boolean }): boolean {
  if (change.dialogAdded) return true;
  for (const dialog of document.getElementsByTagName('dialog')) if (dialog.open) return true;
  return !!interopShadowRoot()?.firstElementChild;
}

/** The open shadow root LinkedIn's V2 share box renders into (#interop-outlet), if attached. */
export function interopShadowRoot(): ShadowRoot | null {
  return document.getElementById('interop-outlet')?.shadowRoot ?? null;
}

/** Tiptap/ProseMirror post editor (V3): accepts a synthetic paste, unlike LinkedIn's Quill. */
export function isProseMirrorEditor(editor: Element): boolean {
  return editor.matches('.ProseMirror, [componentkey="ShareBox_textEditor"]');
}

/** The first few posts of the feed (SDUI list items, legacy data-urn posts). */
export function topFeedPosts(count = 5): Element[] {
  return deepQueryAll('[data-testid="mainFeed"] [role=listitem], .feed-shared-update-v2[data-urn]').slice(0, count);
}

/** Which layout a composer belongs to, for health reports and tests. */
export function composerLayout(composer: Element): 'V1' | 'V2' | 'V3' | 'unknown' {
  if (composer instanceof HTMLDialogElement) return 'V3';
  const root = composer.getRootNode();
  if (root instanceof ShadowRoot && root.host.id === 'interop-outlet') return 'V2';
  if (composer.closest('#artdeco-modal-outlet') || composer.matches('.share-box-v2__modal')) return 'V1';
  return 'unknown';
}

/** "Post" in the languages we support; the audience button "Post to Anyone" is not it. */
const POST_LABELS = ['post', 'slå op', 'opslå', 'del', 'publicer'];

/** LinkedIn's own Post button inside a composer (we never click it; we only watch it). */
export function findPostButton(composer: Element): HTMLButtonElement | null {
  const ember = deepQueryAll<HTMLButtonElement>('button.share-actions__primary-action', composer).find(isVisible); // V1/V2
  if (ember) return ember;
  const buttons = deepQueryAll<HTMLButtonElement>('button', composer).filter(isVisible);
  const labelled = buttons.find((button) => {
    const label = (button.getAttribute('aria-label') ?? elementText(button)).toLowerCase();
    return POST_LABELS.includes(label);
  });
  if (labelled) return labelled;
  // V3: the footer's submit control is the dialog's only text-only button (CP).
  const textOnly = buttons.filter((button) => !button.querySelector('svg') && elementText(button));
  return textOnly.at(-1) ?? null;
}

/** Toast containers in light DOM and shadow roots (V1 Ember toasts, V2/V3 role=alert/status). */
export const TOAST_SELECTORS = [
  '[data-test-artdeco-toast-item-type]', // V1/V2 Ember toast item
  '.artdeco-toast-item', // V1
  '[role=alert]', // V3 (PA)
  '[role=status]', // V3, also LinkedIn's global a11y live region (filtered by text)
] as const;

const SUCCESS_TEXT = /post successful|opslaget (er|blev) (delt|slået op|offentliggjort)|dit opslag er (delt|slået op)/i;
const REPOST_SUCCESS_TEXT = /repost(ed)? successful|reposted|genopslået|delt igen|gendelt/i;
const FAILURE_TEXT = /not published|sorry|failed|ikke (delt|slået op|offentliggjort)|desværre|mislykkedes/i;

export interface ToastReading {
  kind: 'post-success' | 'repost-success' | 'failure';
  postUrl: string | null;
  element: Element;
}

/** Reads every visible toast: success (with the "View post" link) or failure. */
export function readToasts(root: ParentNode = document): ToastReading[] {
  const seen = new Set<Element>();
  const readings: ToastReading[] = [];
  const scopes = searchScopes(root);
  for (const selector of TOAST_SELECTORS) {
    for (const element of deepQueryAll(selector, root, scopes)) {
      if (seen.has(element) || !isVisible(element)) continue;
      seen.add(element);
      const text = elementText(element);
      const type = element.getAttribute('data-test-artdeco-toast-item-type');
      const link = element.querySelector<HTMLAnchorElement>('a[href*="/feed/update/urn:li:"], a[href*="/posts/"]');
      const postUrl = link ? safeLinkedInUrl(link.href) : null;
      if (type === 'error' || FAILURE_TEXT.test(text)) readings.push({ kind: 'failure', postUrl: null, element });
      else if (REPOST_SUCCESS_TEXT.test(text)) readings.push({ kind: 'repost-success', postUrl, element });
      else if (type === 'success' || SUCCESS_TEXT.test(text)) readings.push({ kind: 'post-success', postUrl, element });
    }
  }
  return readings;
}

/** Keeps only https links on www.linkedin.com. */
export function safeLinkedInUrl(href: string): string | null {
  try {
    const url = new URL(href, 'https://www.linkedin.com/');
    return url.protocol === 'https:' && url.hostname === 'www.linkedin.com' ? `${url.origin}${url.pathname}` : null;
  } catch {
    return null;
  }
}

/**
 * "Start a post" launchers, recognised by label, by where they sit (structure) and by role —
 * LinkedIn localizes the label and hashes its classes. Fixtures: the sharebox-* templates of
 * tests/fixtures/linkedin.html; the README's selector table lists which one each matches.
 */
export const LAUNCHER_SELECTORS = [
  // V2 2026-06 div[role=button] > div[aria-label]; new layout 2026-03 a > div[aria-label];
  // the thought-starter card's button (sharebox-sdui-button, sharebox-sdui-link, thought-starter).
  '[aria-label="Start a post" i]',
  '[aria-label="Start et opslag" i]', // the same in LinkedIn's Danish interface (sharebox-sdui-link-da)
  // New layout 2026-03: the share box is a link, in every language (sharebox-sdui-link[-da], thought-starter).
  'a[href*="/preload/sharebox"]',
  // V2 2026-06: the role=button beside the share-box avatar, in every language (sharebox-sdui-button).
  '[componentkey="shareboxProfilePictureComponentRef"] ~ [role=button]',
  // V1 Ember 2025: hashed class instead of share-box-feed-entry__trigger, no aria-label, the words
  // in a <strong>; the button of the share box's top bar (sharebox-ember-2025[-da]).
  '.share-box-feed-entry__top-bar > button',
  'button.share-box-feed-entry__trigger', // V1 Ember until 2024 (sharebox-ember-legacy)
] as const;

/** The launcher's accessible name in the interfaces we support (English, Danish). */
const LAUNCHER_NAMES = /^(start a post|start et opslag|opret et opslag)$/i;

/** Something a person activates — a button, a link, a menu item, a focusable widget. Only those
 * can open a composer; a click on text or empty space cannot. */
export const CONTROL_SELECTOR =
  'button, a[href], [role=button], [role=link], [role=menuitem], [role=option], [tabindex]';

export function isControl(target: Element): boolean {
  return closestDeep(target, CONTROL_SELECTOR) !== null;
}

/** The launcher a click landed in, if any (clicks are the person's own). */
export function launcherFor(target: Element): Element | null {
  for (const selector of LAUNCHER_SELECTORS) {
    const hit = closestDeep(target, selector);
    if (hit) return hit;
  }
  // By role and name, whatever its classes and place: a button or link whose own words are
  // "Start a post" (V1 Ember 2025 has them only as text, in a <strong>).
  const control = closestDeep(target, 'button, a[href], [role=button], [role=link]');
  const name = control && (control.getAttribute('aria-label') || elementText(control));
  return name && LAUNCHER_NAMES.test(name.trim()) ? control : null;
}

/** Repost buttons of feed posts: svg icon ids are not localized, so they come first. */
export const REPOST_BUTTON_SELECTORS = [
  'button:has(svg[id^="repost"])', // V2/V3 SDUI (NH, CP)
  'button:has(svg[data-test-icon^="repost"])', // V1 icon
  'button[aria-label="Repost" i]', // SDUI English label
  'button[aria-label="Genopslå" i]',
  'button.social-reshare-button', // V1 legacy
] as const;

export function repostButtonFor(target: Element): Element | null {
  for (const selector of REPOST_BUTTON_SELECTORS) {
    const hit = closestDeep(target, selector);
    if (hit) return hit;
  }
  return null;
}

/** Menu item "Repost" (instant repost), not "Repost with your thoughts" (opens a composer). */
export function isInstantRepostItem(target: Element): boolean {
  const item = closestDeep(
    target,
    '[role=menuitem], [role=menu] [role=button], [role=menu] button, .social-reshare-button__sharing-as-is-dropdown-item',
  );
  if (!item) return false;
  if (item.matches('.social-reshare-button__sharing-as-is-dropdown-item')) return true;
  const text = elementText(item).toLowerCase();
  return /^(repost|genopslå|del igen)\b/.test(text) && !/thoughts|tanker|kommentar/.test(text);
}

/** The post root around an element: SDUI list item or legacy data-urn container. */
export function postRootFor(target: Element): Element | null {
  return closestDeep(
    target,
    '[data-testid="mainFeed"] [role=listitem], [role=listitem][componentkey], .feed-shared-update-v2[data-urn], [data-urn]',
  );
}

/** The author of a post (name and profile/company link), from stable hooks. */
export function postAuthor(post: Element): { name: string | null; url: string | null } {
  const control = post.querySelector('button[aria-label^="Open control menu for post by "]');
  const fromControl = control?.getAttribute('aria-label')?.replace('Open control menu for post by ', '').trim() || null;
  const link = post.querySelector<HTMLAnchorElement>('a[href*="/company/"], a[href*="/in/"]');
  const legacyName = post.querySelector(
    '.update-components-actor__title span[aria-hidden="true"], .update-components-actor__name',
  );
  return {
    name: fromControl ?? (legacyName ? elementText(legacyName) : null),
    url: link ? safeLinkedInUrl(link.href) : null,
  };
}

/**
 * Comment boxes (issue 28): the editor a person writes a comment in, below a post. Recognised
 * only from the person's own trusted press or key in it (lib/watcher/comment-box.ts), never by
 * watching the feed. Evidence (the project's DOM notes §3.3, shared/linkedin/raw/ sdui-2026-06 pages):
 * - V3 (SDUI, 2026-08 on): a Tiptap/ProseMirror editor inside the comment box's
 *   `componentkey="commentBox-<urn>"` container ("LinkedIn reuses TipTap for posts, comments and
 *   messages. The wrapper alone is insufficient." — hence the container, not the wrapper).
 * - V2 (the SDUI feed beside the V2 share box, 2026-06): the same Tiptap wrapper without the
 *   container; only the editor's aria-label ("Text editor for creating comment") says it is one.
 * - V1 (Ember/voyager-web): a Quill editor inside `.comments-comment-box`
 *   (`.comments-comment-box__form … .comments-comment-texteditor … .ql-editor`).
 * Modeled in tests/fixtures/linkedin-comments.html (comment-v1|v2|v3); the README's selector
 * table lists which fixture each alternative matches. Anything else is no comment box: fail closed.
 */
export const COMMENT_EDITOR_SELECTORS = [
  '[componentkey^="commentBox-"] [contenteditable=true][role=textbox]', // V3 Tiptap/ProseMirror
  // V2 (2026-06), its label in English or Danish.
  '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable=true]:is([aria-label*="comment" i], [aria-label*="kommentar" i])',
  '.comments-comment-box .ql-editor[contenteditable=true]', // V1 Quill
] as const;

/** The comment box around a comment editor (its container, with LinkedIn's own Comment button). */
const COMMENT_BOX_CONTAINERS = '[componentkey^="commentBox-"], .comments-comment-box, form';

/** An editable that calls itself a comment editor, whatever its layout (for the health counter). */
const COMMENT_LIKE = /comment|kommentar/i;

export type CommentLayout = 'V1' | 'V2' | 'V3';

export interface CommentBox {
  editor: HTMLElement;
  /** The comment box's container (editor, LinkedIn's buttons): the helper never covers it. */
  box: Element;
  /** The post the comment answers (its text is the thread's), or null when none is found. */
  post: Element | null;
  layout: CommentLayout;
}

/**
 * The comment box a trusted event happened in (`target`: the event's composed path's first
 * element), or null. Looks only upward from the target: no search of the page.
 */
export function commentBoxFor(target: Element): CommentBox | null {
  const editable = closestDeep(target, '[contenteditable=true]');
  if (!editable) return null;
  for (const [index, selector] of COMMENT_EDITOR_SELECTORS.entries()) {
    if (!editable.matches(selector) || !isVisible(editable)) continue;
    const layout: CommentLayout = index === 0 ? 'V3' : index === COMMENT_EDITOR_SELECTORS.length - 1 ? 'V1' : 'V2';
    const box =
      closestDeep(editable, '[componentkey^="commentBox-"], .comments-comment-box') ??
      closestDeep(editable, COMMENT_BOX_CONTAINERS) ??
      editable;
    return { editor: editable as HTMLElement, box, post: postRootFor(editable), layout };
  }
  return null;
}

/**
 * The person typed or pressed in an editable that looks like a comment editor but matches none
 * of ours: LinkedIn changed its comment box (the health counter's "comment box not recognised").
 */
export function looksLikeUnknownCommentBox(target: Element): boolean {
  const editable = closestDeep(target, '[contenteditable=true]');
  if (!editable || commentBoxFor(target)) return false;
  const label = `${editable.getAttribute('aria-label') ?? ''} ${editable.getAttribute('data-placeholder') ?? ''}`;
  return COMMENT_LIKE.test(label);
}

/** Where a post's own words are (V3/V2 SDUI, V1 Ember), and the words of its visible comments. */
export const POST_TEXT_SELECTORS = [
  '[data-testid="expandable-text-box"]', // V2/V3 SDUI post commentary and comments (raw/sdui-2026-06)
  '.update-components-text', // V1 post commentary
  '.comments-comment-item__main-content', // V1 comments
] as const;

/** The thread's text (the post and the comments on screen), bounded; never the comment being written. */
export function threadText(post: Element, exclude?: Element, max = 4000): string {
  const parts: string[] = [];
  let length = 0;
  for (const element of post.querySelectorAll(POST_TEXT_SELECTORS.join(', '))) {
    if (exclude && (element.contains(exclude) || exclude.contains(element))) continue;
    const text = elementText(element);
    if (!text) continue;
    parts.push(text);
    length += text.length + 1;
    if (length >= max) break;
  }
  return parts.join('\n').slice(0, max);
}

/** The links in a post (its author's page, links in its text), as absolute https addresses. */
export function threadLinks(post: Element, max = 40): string[] {
  const links: string[] = [];
  for (const anchor of post.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (links.length >= max) break;
    if (anchor.href.startsWith('https://')) links.push(anchor.href);
  }
  return links;
}

/** A stable name for a thread (the post's urn or componentkey), for "once per thread". */
export function threadKey(post: Element): string | null {
  return post.getAttribute('data-urn') ?? post.getAttribute('componentkey') ?? null;
}

/**
 * LinkedIn's own theme, so the panel beside its composer matches it (issue 30). Each layout marks
 * it on a different element; the alternatives are tried in order, the first that matches says
 * `dark`, `light` or `system` (LinkedIn follows the system: so do we). No match: no sign, and the
 * panel follows the system's `prefers-color-scheme` (components/tokens.css).
 * Evidence:
 * - V3 (the SDUI app): `<body data-color-scheme="light|dark">`; LinkedIn's stylesheet holds its
 *   dark tokens under `[data-color-scheme="dark"]` (theBGuy/DarkModeLinkedIn, README and
 *   content.js, 2026: "357 dark token declarations", the extension flips this one attribute).
 * - V2: the share box's host `#interop-outlet` carries the Ember theme class: `theme--light` in
 *   shared/linkedin/raw/sdui-2026-06_interop-outlet_and_iframe.html (and the 2026-03 page in
 *   shared/real-world/linkedin/); LinkedIn's bundle names the three
 *   `{light:"theme--light", dark:"theme--dark", system:"theme--system"}` (quoted by
 *   theBGuy/DarkModeLinkedIn).
 * - V1 (Ember/voyager-web): the same classes on `<html>`; a light page is
 *   `<html class="theme theme--mercado app-loader--default artdeco">` (page dumps in public
 *   scraper repositories), dark adds `theme--dark` and `theme--mercado-dark`
 *   (diegofrr/likedin theme.js; dark-mode userscripts match `html.theme--mercado-dark, html.theme--dark`).
 * Modeled in the model page with ?theme= (tests/fixtures/linkedin.html); the README's selector
 * table lists which fixture each alternative matches.
 */
export const THEME_SELECTORS = [
  { selector: 'body[data-color-scheme="dark"]', theme: 'dark' }, // V3
  { selector: 'body[data-color-scheme="light"]', theme: 'light' }, // V3
  { selector: '#interop-outlet.theme--dark', theme: 'dark' }, // V2
  { selector: '#interop-outlet.theme--system', theme: 'system' }, // V2
  { selector: '#interop-outlet.theme--light', theme: 'light' }, // V2 (raw/sdui-2026-06)
  { selector: 'html.theme--dark', theme: 'dark' }, // V1
  { selector: 'html.theme--mercado-dark', theme: 'dark' }, // V1
  { selector: 'html.theme--system', theme: 'system' }, // V1
  { selector: 'html.theme--mercado', theme: 'light' }, // V1 2025: light has no theme--light
] as const;

/** The attributes the theme alternatives read, for an attribute observer on their holders. */
export const THEME_ATTRIBUTES = ['class', 'data-color-scheme'] as const;

/**
 * The few elements that carry LinkedIn's theme (<html>, <body>, V2's #interop-outlet): each
 * alternative is checked with `matches` on these, never with a search of the page.
 */
export function themeSignHolders(root: Document = document): Element[] {
  const holders: (Element | null)[] = [root.documentElement, root.body, root.getElementById('interop-outlet')];
  return holders.filter((element): element is Element => element !== null);
}

/** LinkedIn's theme: `dark` or `light`, or null where it shows none or follows the system. */
export function linkedInTheme(root: Document = document): 'dark' | 'light' | null {
  const holders = themeSignHolders(root);
  for (const { selector, theme } of THEME_SELECTORS) {
    if (holders.some((element) => element.matches(selector))) return theme === 'system' ? null : theme;
  }
  return null;
}

/**
 * What a developer needs to see when LinkedIn changed its page, and nothing about the person:
 * which of our selector alternatives match (how many, how many visible), a few layout markers,
 * and the shapes of `componentkey` values. Run only in the runtime-injected layout-signals
 * script (when a composer was not recognised, an insert failed, or the person asks for a
 * report) — never by the always-on watcher. The background validates the result
 * (lib/worker/health/report.ts): keys are our own selectors, values are numbers, and componentkey
 * shapes have ids and digits replaced.
 */
export interface LayoutSignals {
  /** The page's <html lang> (LinkedIn's interface language), normalized, or null. */
  pageLanguage: string | null;
  /** Per selector group, per alternative that matched: [found, visible]. */
  matches: Record<SelectorGroup, Partial<Record<string, [number, number]>>>;
  markers: {
    interopOutlet: boolean;
    interopShadowRoot: boolean;
    openDialogs: number;
    roleDialogs: number;
    qlEditors: number;
    contentEditables: number;
    mainFeed: boolean;
    artdecoModalOutlet: boolean;
    rehydrated: boolean;
    /** Editables that call themselves comment editors (aria-label), recognised by us or not (issue 28). */
    commentLikeEditors: number;
    /** The layout of the composer we recognise right now, if any. */
    composer: 'V1' | 'V2' | 'V3' | 'unknown' | null;
  };
  /** componentkey shapes and how often each occurs (most frequent first, at most 40). */
  componentKeys: [string, number][];
}

export const SELECTOR_GROUPS = {
  launcher: LAUNCHER_SELECTORS,
  composer: [...COMPOSER_SELECTORS, ...ANY_DIALOG_SELECTORS],
  editor: EDITOR_SELECTORS,
  repost: REPOST_BUTTON_SELECTORS,
  comment: COMMENT_EDITOR_SELECTORS,
} as const;
export type SelectorGroup = keyof typeof SELECTOR_GROUPS;

/** componentkey values LinkedIn uses as names (README, LinkedIn's page §3): reported as they are. */
const KNOWN_COMPONENT_KEYS = new Set([
  'ShareBox_textEditor',
  'shareboxProfilePictureComponentRef',
  'draft-text-replaceable-component',
  'container-update-list_mainFeed-lazy-container',
]);

/**
 * A componentkey value with its ids taken out (urns, uuids, digit runs), or null when what is
 * left does not look like a code identifier (it could be a name or a profile slug).
 */
export function componentKeyShape(value: string): string | null {
  if (KNOWN_COMPONENT_KEYS.has(value)) return value;
  const shape = value
    .replace(/urn:li:[A-Za-z_]+:[A-Za-z0-9_-]+/g, '<urn>')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>')
    .replace(/[0-9]+/g, '#');
  if (shape.length > 64 || !/^[A-Za-z<>#_:-]+$/.test(shape)) return null;
  if (/^(<uuid>|<urn>|#|-)+$/.test(shape)) return shape;
  // What is left besides the ids must look like a code identifier — an underscore or a camelCase
  // hump; a profile slug ("jane-doe-4a7b19" → "jane-doe-#a#b#") has neither.
  return /_|[a-z][A-Z]/.test(shape.replace(/<uuid>|<urn>|#/g, '')) ? shape : null;
}

/** Gathers the layout signals of the current page (see LayoutSignals). */
export function layoutSignals(root: Document = document): LayoutSignals {
  const scopes = searchScopes(root);
  const matches = {} as LayoutSignals['matches'];
  for (const [group, selectors] of Object.entries(SELECTOR_GROUPS) as [SelectorGroup, readonly string[]][]) {
    matches[group] = {};
    for (const selector of selectors) {
      const found = deepQueryAll(selector, root, scopes);
      if (found.length) matches[group][selector] = [found.length, found.filter(isVisible).length];
    }
  }
  const count = (selector: string) => deepQueryAll(selector, root, scopes).length;
  const keys = new Map<string, number>();
  for (const element of deepQueryAll('[componentkey]', root, scopes)) {
    const shape = componentKeyShape(element.getAttribute('componentkey') ?? '');
    if (shape) keys.set(shape, (keys.get(shape) ?? 0) + 1);
  }
  const lang = root.documentElement.lang.trim();
  const composer = findComposer(root);
  return {
    pageLanguage: /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(lang) ? lang : null,
    matches,
    markers: {
      interopOutlet: root.getElementById('interop-outlet') !== null,
      interopShadowRoot: interopShadowRoot() !== null,
      openDialogs: count('dialog[open]'),
      roleDialogs: count('[role=dialog]'),
      qlEditors: count('.ql-editor'),
      contentEditables: count('[contenteditable]:not([contenteditable="false"])'),
      commentLikeEditors: count(
        '[contenteditable=true][aria-label*="comment" i], [contenteditable=true][aria-label*="kommentar" i]',
      ),
      mainFeed: count('[data-testid="mainFeed"]') > 0,
      artdecoModalOutlet: root.getElementById('artdeco-modal-outlet') !== null,
      rehydrated: root.body?.getAttribute('data-rehydrated') === 'true',
      composer: composer ? composerLayout(composer) : null,
    },
    componentKeys: [...keys].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 40),
  };
}
