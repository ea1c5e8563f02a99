/**
 * Reading and writing LinkedIn's post editor on all three layouts. Text goes in with execCommand('insertText') after a
 * shadow-aware selection, and is verified by reading it back (architecture, constraint 5).
 */
import { isProseMirrorEditor } from './selectors';

/**
 * The editor's text, one line per block (Quill's innerText would double newlines). Loose
 * text nodes count too: execCommand into a plain contenteditable leaves text beside <div>s.
 */
export function readEditorText(editor: Element): string {
  const lines: string[] = [];
  let current = '';
  for (const node of editor.childNodes) {
    if (node instanceof Element && /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|UL|OL)$/.test(node.tagName)) {
      if (current) lines.push(current);
      current = '';
      lines.push(node.textContent ?? '');
    } else if (node instanceof Element && node.tagName === 'BR') {
      lines.push(current);
      current = '';
    } else {
      current += node.textContent ?? '';
    }
  }
  if (current) lines.push(current);
  return lines.join('\n').trim();
}

function selectionFor(node: Node): Selection | null {
  const root = node.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  // Chrome gives a shadow root its own selection; Firefox does not have getSelection there.
  return (root instanceof ShadowRoot && root.getSelection?.()) || document.getSelection();
}

/**
 * Replaces the editor's content with `text` through the browser's editing path, then waits
 * up to `timeoutMs` for the editor to show it. Returns whether it really landed.
 */
export async function insertText(
  editor: HTMLElement,
  text: string,
  timeoutMs = 2000,
  type: (text: string) => void = typeThroughBrowser,
): Promise<boolean> {
  editor.focus();
  const selection = selectionFor(editor);
  if (!selection) return false;
  const range = document.createRange();
  range.selectNodeContents(editor);
  selection.removeAllRanges();
  selection.addRange(range);
  type(text);
  const expected = normalize(text);
  if (await landed(editor, expected, timeoutMs)) return true;
  // Tiptap/ProseMirror accepts a synthetic paste where execCommand did not land (§4);
  // LinkedIn's Quill ignores synthetic paste, so only try it on ProseMirror editors.
  if (!isProseMirrorEditor(editor)) return false;
  range.selectNodeContents(editor);
  selection.removeAllRanges();
  selection.addRange(range);
  const data = new DataTransfer();
  data.setData('text/plain', text);
  editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  return landed(editor, expected, timeoutMs);
}

/** The browser's own editing path: a trusted `input` in every editor LinkedIn uses. */
function typeThroughBrowser(text: string): void {
  document.execCommand('insertText', false, text);
}

async function landed(editor: Element, expected: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (normalize(readEditorText(editor)) === expected) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return normalize(readEditorText(editor)) === expected;
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
