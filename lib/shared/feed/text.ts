/**
 * Plain text out of feed HTML, without a DOM (Chrome's MV3 worker has no DOMParser). The
 * result is only ever shown as text, so this does not need to be a full HTML parser: it drops
 * tags, comments and the content of script/style/template, keeps paragraph breaks, and decodes
 * character references. Hand-rolled because the entity tables of a full decoder (`entities`)
 * cost more in the worker than the whole XML parser; the common named references are here,
 * every numeric one works, and an unknown name stays as written (visible, never markup).
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  euro: '€',
  pound: '£',
  sect: '§',
  para: '¶',
  times: '×',
  divide: '÷',
  shy: '',
  zwj: '\u200d',
  zwnj: '\u200c',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  aring: 'å',
  Aring: 'Å',
  auml: 'ä',
  Auml: 'Ä',
  ouml: 'ö',
  Ouml: 'Ö',
  uuml: 'ü',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  Egrave: 'È',
  ecirc: 'ê',
  aacute: 'á',
  Aacute: 'Á',
  agrave: 'à',
  acirc: 'â',
  iacute: 'í',
  oacute: 'ó',
  Oacute: 'Ó',
  ocirc: 'ô',
  uacute: 'ú',
  ccedil: 'ç',
  Ccedil: 'Ç',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  iexcl: '¡',
  iquest: '¿',
};

/** An HTML named reference (`&nbsp;` or `nbsp`) an XML parser does not know; null when unknown. */
export function resolveHtmlEntity(entity: string): string | null {
  return NAMED[entity.replace(/^&|;$/g, '')] ?? null;
}

function fromCodePoint(code: number): string {
  // Control characters and surrogates are never text a person should see.
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
  if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return '';
  return String.fromCodePoint(code);
}

/** Decodes `&amp;`, `&#8217;`, `&#x2019;` and the common named references. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g,
    (match, dec, hex, name) => {
      if (dec) return fromCodePoint(Number(dec));
      if (hex) return fromCodePoint(parseInt(hex, 16));
      const value = NAMED[name as string];
      return value === undefined ? match : value;
    },
  );
}

const BLOCK =
  /^(?:p|div|br|li|ul|ol|h[1-6]|blockquote|pre|tr|table|section|article|header|footer|figure|figcaption|hr|dd|dt)$/i;

/**
 * HTML to plain text: tags removed, entities decoded, whitespace collapsed, one line per block.
 * `maxChars` bounds the work: only about that much text is needed, so only the start of a long
 * document is read (an unfinished tag at the cut is dropped).
 */
export function htmlToText(html: string, maxChars = Infinity): string {
  const source = html.length > maxChars * 8 ? html.slice(0, maxChars * 8) : html;
  const stripped = source
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|template|noscript|iframe|svg|math)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<\/?([A-Za-z][A-Za-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>?/g, (_tag, name: string) =>
      // Inline elements join their neighbours as a browser shows them ("<b>re</b>port").
      BLOCK.test(name) ? '\n' : '',
    )
    // A stray "<" that does not open a tag stays text; a lone tag start at the end is dropped.
    .replace(/<[!?/][^>]*>?/g, ' ');
  return normalizeSpace(decodeEntities(stripped)).replace(/\n+/g, '\n');
}

/** Collapses runs of spaces, keeps at most one empty line between paragraphs. */
export function normalizeSpace(text: string): string {
  // Each pattern touches only what needs changing (replacing every single space with a space
  // made this the slowest step of reading a 2 MB feed).
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]{2,}|[\t\f\v\u00a0]/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * At most `max` characters, cut at a word boundary with "…" (the ellipsis counts). A single
 * word longer than the limit is cut inside the word. Never splits a surrogate pair.
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  let cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  if (space > max * 0.5) cut = cut.slice(0, space);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}
