/**
 * Feed bytes to text, the same way for the worker's sync, the studio's import and feed:check
 * (file and address). Older Danish newsroom systems publish RSS in ISO-8859-1 or Windows-1252
 * and say so in the XML declaration; reading every feed as UTF-8 turned "Søndergård" into
 * "S�nderg�rd". The order, as XML 1.0 (appendix F) and every feed reader use it:
 *
 *   1. the byte-order mark (UTF-8, UTF-16 LE, UTF-16 BE);
 *   2. the `charset` of the Content-Type header;
 *   3. the XML declaration's `encoding` (or, for an HTML page, its `<meta charset>`);
 *   4. UTF-8, and when those bytes are not UTF-8 and nothing declared it, Windows-1252.
 *
 * JSON is UTF-8 (RFC 8259): a JSON document is read as UTF-8 whatever the header says, and a
 * BOM is tolerated. Character sets read: UTF-8, UTF-16 LE/BE, ISO-8859-1, ISO-8859-15 and
 * Windows-1252; any other is a clear error naming it ("encoding-unsupported"), and bytes that are
 * not what the feed declares are an error too ("encoding-invalid"), never replacement characters.
 *
 * ISO-8859-1 is decoded as Windows-1252, as the WHATWG Encoding standard (and so `TextDecoder`,
 * in browsers and Node) does for the label "iso-8859-1": the two differ only in 0x80–0x9F, which
 * in ISO-8859-1 are invisible control codes and in practice are Windows-1252's € “ ” – …, written
 * by systems that call their Windows-1252 text ISO-8859-1. No zod, no DOM: it runs in the worker.
 *
 * The two single-byte sets are decoded by our own tables, not `TextDecoder`: Node 20's
 * `TextDecoder('windows-1252')` drops the bytes 0x80–0x9F (measured: [0x96, 0xE6] gave "æ", not
 * "–æ"), which would lose exactly the curly quotes, dashes and € such feeds hold.
 */
import { problem, type FeedProblem } from './problems';

/** The labels we read, to the `TextDecoder` label (WHATWG names). */
const ENCODINGS: Readonly<Record<string, string>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'iso-8859-1': 'windows-1252',
  iso8859_1: 'windows-1252',
  'iso_8859-1': 'windows-1252',
  'iso-ir-100': 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  l1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  'iso-8859-15': 'iso-8859-15',
  'iso_8859-15': 'iso-8859-15',
  iso885915: 'iso-8859-15',
  latin9: 'iso-8859-15',
  'latin-9': 'iso-8859-15',
  l9: 'iso-8859-15',
};

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; problem: FeedProblem };

/** The `charset` parameter of a Content-Type header, lower case, or null. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return match ? match[2]!.toLowerCase() : null;
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The first bytes as ASCII, for the declaration (every encoding we read keeps ASCII there, UTF-16 aside). */
function asciiHead(bytes: Uint8Array, length = 1024): string {
  let out = '';
  const end = Math.min(bytes.length, length);
  for (let i = 0; i < end; i += 1) out += String.fromCharCode(bytes[i]! < 0x80 ? bytes[i]! : 0x3f);
  return out;
}

/** UTF-16 without a BOM, recognised by its `<?` (XML 1.0 appendix F). */
function utf16WithoutBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) return 'utf-16be';
  return null;
}

/** The encoding an XML declaration or an HTML page's meta tag names, lower case, or null. */
export function declaredEncoding(head: string): string | null {
  const xml = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1]!.trim().toLowerCase();
  const meta =
    /<meta\s[^>]*?charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ??
    /<meta\s[^>]*?content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head);
  return meta ? meta[1]!.trim().toLowerCase() : null;
}

function startsLikeJson(bytes: Uint8Array, from: number): boolean {
  for (let i = from; i < Math.min(bytes.length, from + 1024); i += 1) {
    const byte = bytes[i]!;
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
    return byte === 0x7b || byte === 0x5b;
  }
  return false;
}

/** A name people recognise ("ISO-8859-1", "Windows-1252") for the messages. */
function displayName(label: string): string {
  return label
    .toUpperCase()
    .replace(/^WINDOWS/, 'Windows')
    .slice(0, 40);
}

/** Windows-1252's 0x80–0x9F (WHATWG index; the five unassigned bytes keep their C1 code point). */
const WINDOWS_1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** ISO-8859-15's eight differences from ISO-8859-1 (€ Š š Ž ž Œ œ Ÿ). */
const LATIN_9: Readonly<Record<number, number>> = {
  0xa4: 0x20ac,
  0xa6: 0x160,
  0xa8: 0x161,
  0xb4: 0x17d,
  0xb8: 0x17e,
  0xbc: 0x152,
  0xbd: 0x153,
  0xbe: 0x178,
};

/** Byte → UTF-16 code unit, per single-byte set (built once per call: 256 entries). */
function tableFor(latin9: boolean): Uint16Array {
  const table = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte += 1) {
    table[byte] = latin9 ? (LATIN_9[byte] ?? byte) : byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_C1[byte - 0x80]! : byte;
  }
  return table;
}

/** A single-byte set through a table into UTF-16, decoded at once (2 MB in a few ms). */
function singleByte(bytes: Uint8Array, latin9: boolean): string {
  const table = tableFor(latin9);
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 1) units[i] = table[bytes[i]!]!;
  return new TextDecoder('utf-16le').decode(units);
}

function decodeWith(label: string, bytes: Uint8Array): string | null {
  if (label === 'windows-1252' || label === 'iso-8859-15') return singleByte(bytes, label === 'iso-8859-15');
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a feed (or, with `html`, a web page searched for its feed links). Never throws.
 */
export function decodeFeedBytes(input: Uint8Array | ArrayBuffer, contentType: string | null = null): DecodeResult {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const bom = bomOf(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  let label: string | null = null;
  let declared: string | null = null;
  if (bom) label = bom.encoding;
  else if (startsLikeJson(bytes, 0)) label = 'utf-8';
  else {
    declared = charsetOf(contentType) ?? utf16WithoutBom(bytes) ?? declaredEncoding(asciiHead(bytes));
    if (declared) {
      label = ENCODINGS[declared] ?? null;
      if (!label) return { ok: false, problem: problem('encoding-unsupported', { encoding: declared.slice(0, 40) }) };
    }
  }
  if (label) {
    const text = decodeWith(label, body);
    if (text !== null) return { ok: true, text, encoding: label };
    return { ok: false, problem: problem('encoding-invalid', { encoding: displayName(declared ?? label) }) };
  }
  // Nothing declared: UTF-8 when the bytes are UTF-8, else the Windows-1252 of older systems.
  const text = decodeWith('utf-8', body);
  if (text !== null) return { ok: true, text, encoding: 'utf-8' };
  return { ok: true, text: singleByte(body, false), encoding: 'windows-1252' };
}
