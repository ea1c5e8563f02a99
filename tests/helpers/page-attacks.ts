/**
 * What a LinkedIn page script can do to read the composer panel's words without knowing anything
 * (issue 31), the same in Chromium and Firefox. Runs in the page's own realm (a plain page
 * script: no extension world, no test privilege), given words that are on screen in the panel
 * and nowhere in LinkedIn's page, and a point inside the panel. It answers with every text the
 * attacks got hold of, which `windowFind` searches said "found", and where an attack reached a
 * node inside a shadow root. Plain JS in a string, as FIND in panel-query.ts.
 *
 * The attacks: `window.find` as a guessing oracle and to put the selection into the panel, then
 * `Selection.modify` (move and extend by character, word, line, paragraph, document boundary,
 * both directions) and `toString()`; the Selection's ranges (`getRangeAt`, `getComposedRanges`),
 * Range APIs over the whole body and the panel's host; select-all (`selectAllChildren`,
 * `execCommand('selectAll')`) and `execCommand('copy')` with the page's own copy listener;
 * `caretPositionFromPoint` / `caretRangeFromPoint` over the panel; the host's own text.
 */
export const PAGE_ATTACKS = `(args) => {
  const { needles, point } = args;
  const texts = [];
  const inside = [];
  const found = [];
  const sel = getSelection();
  const host = document.elementFromPoint(point.x, point.y);
  const rootOf = (node) => (node && node.getRootNode ? node.getRootNode() : null);
  const note = (attack, text) => { if (text) texts.push({ attack, text: String(text) }); };
  const noteNode = (attack, node) => {
    if (!node) return;
    const root = rootOf(node);
    if (root !== document) {
      // Where the page got to, and what it can now read there (getRootNode() reaches everything).
      const where = root && root.host ? root.host.nodeName + (root.host === host ? ' (the panel)' : '') : String(root && root.nodeName);
      const markup = node.nodeType === 1 ? node.outerHTML : node.nodeType === 3 ? node.data : '';
      inside.push(attack + ': ' + node.nodeName + ' in ' + where + ' ' + markup.slice(0, 80));
    }
    if (node.nodeType === 3) note(attack, node.data);
  };
  const noteRange = (attack, range) => {
    if (!range) return;
    note(attack, range.toString());
    noteNode(attack + ' start', range.startContainer);
    noteNode(attack + ' end', range.endContainer);
    try { note(attack + ' contents', range.cloneContents().textContent); } catch {}
  };
  const noteSelection = (attack) => {
    note(attack, sel.toString());
    noteNode(attack + ' anchor', sel.anchorNode);
    noteNode(attack + ' focus', sel.focusNode);
    for (let i = 0; i < sel.rangeCount; i += 1) noteRange(attack + ' range', sel.getRangeAt(i));
    try { for (const r of sel.getComposedRanges ? sel.getComposedRanges() : []) { noteNode(attack + ' composed', r.startContainer); noteNode(attack + ' composed', r.endContainer); } } catch {}
  };
  // The selection just before the panel's host (the issue's first step), or just after it.
  const before = () => { sel.removeAllRanges(); const r = document.createRange(); r.setStartBefore(host); r.collapse(true); sel.addRange(r); };
  const after = () => { sel.removeAllRanges(); const r = document.createRange(); r.setStartAfter(host); r.collapse(true); sel.addRange(r); };
  const start = () => { sel.removeAllRanges(); const r = document.createRange(); r.setStart(document.body, 0); r.collapse(true); sel.addRange(r); };

  // 1. window.find: as an oracle (is this word anywhere?) and as the way into the panel.
  for (const needle of needles) {
    for (const place of [before, start, after]) {
      place();
      let hit = false;
      try { hit = window.find(needle, false, false, true, false, false, false); } catch {}
      if (hit) { found.push(needle); noteSelection('find ' + needle); break; }
    }
  }
  for (const letter of ['e', 'a', 'o', 's', 't']) {
    for (const place of [before, after]) {
      place();
      try { window.find(letter, false, place === after, false, false, false, false); } catch {}
      noteSelection('find ' + letter);
      for (const dir of ['forward', 'backward']) {
        try { sel.modify('extend', dir, 'documentboundary'); } catch {}
        noteSelection('find ' + letter + ' + extend ' + dir + ' to the document boundary');
      }
    }
  }

  // 2. Walking the selection from beside the host, without find.
  for (const [place, dir] of [[before, 'forward'], [after, 'backward']]) {
    for (const unit of ['character', 'word', 'line', 'paragraph', 'sentence', 'lineboundary', 'documentboundary']) {
      for (const alter of ['move', 'extend']) {
        place();
        try {
          for (let i = 0; i < 40; i += 1) sel.modify(alter, dir, unit);
          if (alter === 'move') for (let i = 0; i < 40; i += 1) sel.modify('extend', dir, unit);
        } catch {}
        noteSelection('modify ' + alter + ' ' + dir + ' ' + unit);
      }
    }
  }

  // 3. Select-all, and copy with the page's own listener.
  sel.selectAllChildren(document.body);
  noteSelection('selectAllChildren(body)');
  try { sel.selectAllChildren(host); noteSelection('selectAllChildren(host)'); } catch {}
  document.execCommand('selectAll');
  noteSelection("execCommand('selectAll')");
  const onCopy = (event) => {
    note('copy listener: selection', getSelection().toString());
    try { for (const type of event.clipboardData.types) note('copy listener: ' + type, event.clipboardData.getData(type)); } catch {}
  };
  document.addEventListener('copy', onCopy, true);
  window.addEventListener('copy', onCopy, false);
  document.execCommand('copy');
  before();
  try { window.find('e'); sel.modify('extend', 'forward', 'documentboundary'); } catch {}
  document.execCommand('copy');
  document.removeEventListener('copy', onCopy, true);
  window.removeEventListener('copy', onCopy, false);

  // 4. Range APIs.
  const body = document.createRange(); body.selectNodeContents(document.body); noteRange('range over body', body);
  const around = document.createRange(); around.selectNode(host); noteRange('range around host', around);
  note('body innerText', document.body.innerText);
  note('body textContent', document.body.textContent);
  note('host innerText', host.innerText);
  note('host textContent', host.textContent);
  note('host markup', host.outerHTML);
  try { note('host getHTML', host.getHTML({ serializableShadowRoots: true, shadowRoots: [] })); } catch {}

  // 5. The caret APIs over the panel.
  const box = host.getBoundingClientRect();
  for (let y = Math.max(box.top, 0) + 3; y < Math.min(box.bottom, innerHeight); y += 7) {
    for (let x = box.left + 3; x < box.right; x += 11) {
      try { const p = document.caretPositionFromPoint && document.caretPositionFromPoint(x, y); if (p) noteNode('caretPositionFromPoint', p.offsetNode); } catch {}
      try { const r = document.caretRangeFromPoint && document.caretRangeFromPoint(x, y); if (r) noteRange('caretRangeFromPoint', r); } catch {}
    }
  }
  sel.removeAllRanges();
  return { found, inside: [...new Set(inside)], texts, hostTag: host.tagName };
}`;

/** What PAGE_ATTACKS answers. */
export interface AttackResult {
  found: string[];
  inside: string[];
  texts: { attack: string; text: string }[];
  hostTag: string;
}

/** The expression to evaluate in the page (Playwright and puppeteer both evaluate strings). */
export function pageAttack(needles: string[], point: { x: number; y: number }): string {
  return `(${PAGE_ATTACKS})(${JSON.stringify({ needles, point })})`;
}

/** Each attack whose text holds one of the needles, with the needle (what the page learned). */
export function leaks(result: AttackResult, needles: string[]): string[] {
  const lower = needles.map((needle) => needle.toLowerCase());
  return result.texts.flatMap(({ attack, text }) => {
    const hit = lower.find((needle) => text.toLowerCase().includes(needle));
    return hit ? [`${attack}: "${hit}"`] : [];
  });
}

/**
 * Words of the panel's text that a page could not have known: at least six letters, and nowhere
 * in LinkedIn's page itself (its own text says nothing about us).
 */
export function secretWords(panelTexts: string[], pageText: string): string[] {
  const page = pageText.toLowerCase();
  const words = panelTexts.flatMap((text) => text.match(/[\p{L}@.]{6,}/gu) ?? []);
  return [...new Set(words.map((word) => word.replace(/\.+$/, '')))].filter(
    (word) => word.length >= 6 && !page.includes(word.toLowerCase()),
  );
}
