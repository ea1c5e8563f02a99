/**
 * The one place that knows LinkedIn's DOM. Every lookup goes through here.
 * (Foundation version: extended by the composer issue with all three layouts and decoys.)
 */
export function findComposer(root: ParentNode): Element | null {
  return root.querySelector(
    'dialog[open]:has([componentkey="ShareBox_textEditor"]), [data-test-modal-id="sharebox"] [role=dialog]',
  );
}

/** The post editor inside a composer. */
export function findEditor(composer: Element): HTMLElement | null {
  return composer.querySelector<HTMLElement>(
    '[componentkey="ShareBox_textEditor"][contenteditable=true], [data-test-ql-editor-contenteditable=true]',
  );
}
