/**
 * Character classes shared by the prose rules: CJK ideographs (every extension, astral ones as
 * surrogate pairs), full- and half-width forms, Chinese punctuation and the four kinds of space.
 * Functions taking `(text, offset)` read UTF-16 offsets and treat a surrogate pair as one character.
 */

/** The first half of a surrogate pair (an astral character such as 𠮷 takes two UTF-16 units). */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The second half of a surrogate pair. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * A CJK unified or compatibility ideograph, by code point: the URO (U+4E00–9FFF), Extension A
 * (U+3400–4DBF), compatibility ideographs (U+F900–FAFF), 〇 (U+3007), and planes 2 and 3
 * (Extensions B–I and the compatibility supplement, U+20000–323AF).
 */
export function isIdeograph(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    cp === 0x3007 ||
    (cp >= 0x20000 && cp <= 0x323af)
  );
}

/** The code point starting at `offset` (a whole surrogate pair when one starts there), or -1 outside the text. */
export function codePointAt(text: string, offset: number): number {
  if (offset < 0 || offset >= text.length) return -1;
  return text.codePointAt(offset) as number;
}

/** The code point ending just before `offset` (a whole surrogate pair when one ends there), or -1 at the start. */
export function codePointBefore(text: string, offset: number): number {
  if (offset <= 0 || offset > text.length) return -1;
  const low = text.charCodeAt(offset - 1);
  if (isLowSurrogate(low) && offset >= 2 && isHighSurrogate(text.charCodeAt(offset - 2))) return text.codePointAt(offset - 2) as number;
  return low;
}

/** Is the character starting at `offset` an ideograph? */
export function isIdeographAt(text: string, offset: number): boolean {
  return isIdeograph(codePointAt(text, offset));
}

/** Is the character ending just before `offset` an ideograph? */
export function isIdeographBefore(text: string, offset: number): boolean {
  return isIdeograph(codePointBefore(text, offset));
}

/** Any ideograph in `s`? (Astral ideographs count.) */
export function hasIdeograph(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x3000) continue;
    if (isIdeograph(c)) return true;
    if (isHighSurrogate(c) && isIdeograph(s.codePointAt(i) as number)) return true;
  }
  return false;
}

/**
 * Chinese (full-width) punctuation of GB/T 15834: 。，、；：？！ quotes “”‘’「」『』, brackets （）〔〕【】〖〗
 * 《》〈〉, …, —, ～ and the middle dot ·(U+00B7 is shared with Latin text and is not counted).
 */
export function isChinesePunctuation(c: number): boolean {
  switch (c) {
    case 0x3002: // 。
    case 0xff0c: // ，
    case 0x3001: // 、
    case 0xff1b: // ；
    case 0xff1a: // ：
    case 0xff1f: // ？
    case 0xff01: // ！
    case 0x201c: // “
    case 0x201d: // ”
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0xff08: // （
    case 0xff09: // ）
    case 0x2026: // …
    case 0x2014: // —
    case 0xff5e: // ～
      return true;
    default:
      // 〈〉《》「」『』【】〔〕〖〗 and the rest of the CJK symbols block's brackets.
      return c >= 0x3008 && c <= 0x3017;
  }
}

/** Chinese punctuation that opens: “ ‘ （ 《 〈 「 『 【 〔 〖. */
export function isChineseOpening(c: number): boolean {
  return c === 0x201c || c === 0x2018 || c === 0xff08 || (c >= 0x3008 && c <= 0x3017 && (c & 1) === 0);
}

/** Chinese punctuation that closes: ” ’ ） 》 〉 」 』 】 〕 〗. */
export function isChineseClosing(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0xff09 || (c >= 0x3008 && c <= 0x3017 && (c & 1) === 1);
}

/** ASCII digit 0-9. */
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Full-width digit ０-９ (U+FF10–FF19). */
export function isFullWidthDigit(c: number): boolean {
  return c >= 0xff10 && c <= 0xff19;
}

/** ASCII letter A-Z a-z. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** A full-width form of a printable ASCII character (U+FF01–FF5E). U+3000 is a space, see `spaceKind`. */
export function isFullWidthForm(c: number): boolean {
  return c >= 0xff01 && c <= 0xff5e;
}

/** The ASCII character a full-width form stands for (U+FF01–FF5E → U+0021–007E, U+3000 → space); else `c`. */
export function toHalfWidth(c: number): number {
  if (isFullWidthForm(c)) return c - 0xfee0;
  if (c === 0x3000) return 0x20;
  return c;
}

/** The full-width form of a printable ASCII character (U+0021–007E → U+FF01–FF5E, space → U+3000); else `c`. */
export function toFullWidth(c: number): number {
  if (c >= 0x21 && c <= 0x7e) return c + 0xfee0;
  if (c === 0x20) return 0x3000;
  return c;
}

/**
 * The four kinds of space found in Chinese drafts: the ASCII space, the tab, the ideographic
 * (full-width) space U+3000 used for the two-character paragraph indent, and the no-break space U+00A0
 * that web pages leave behind.
 */
export type SpaceKind = 'space' | 'tab' | 'ideographic' | 'nbsp';

/** Which of the four spaces `c` is, or undefined. */
export function spaceKind(c: number): SpaceKind | undefined {
  switch (c) {
    case 0x20:
      return 'space';
    case 0x09:
      return 'tab';
    case 0x3000:
      return 'ideographic';
    case 0xa0:
      return 'nbsp';
    default:
      return undefined;
  }
}

/** One of the four spaces. */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}

/** Chinese numerals used in counts and ordinals: 〇零一二三四五六七八九十百千万两. */
export const CN_DIGITS = '〇零一二三四五六七八九十百千万两';

/** 一 … 九 → 1 … 9, 〇/零 → 0; -1 for anything else. */
export function cnDigitValue(ch: string): number {
  const i = '〇一二三四五六七八九'.indexOf(ch);
  if (i >= 0) return i;
  return ch === '零' ? 0 : -1;
}

/** An integer 0–99 in Chinese numerals as counted in 公文 (`二十`, `十九`, `二十一`); 100–999 by hundreds. */
export function toChineseNumber(n: number): string {
  const d = '〇一二三四五六七八九';
  if (!Number.isInteger(n) || n < 0 || n >= 1000) return String(n);
  if (n < 10) return d[n];
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  if (n < 100) return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
  const rest = n % 100;
  const head = d[Math.floor(n / 100)] + '百';
  if (rest === 0) return head;
  if (rest < 10) return head + '零' + d[rest];
  return head + (rest < 20 ? '一' : '') + toChineseNumber(rest);
}

/**
 * A membership table for a set of BMP characters, indexed by UTF-16 code unit: `table[code] === 1`
 * when the unit is one of `chars`. For per-character scans, where `chars.includes(text[i])` would
 * build a one-character string at every position. Throws when a character is outside the BMP.
 */
export function unitTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) throw new Error(`unitTable: ${chars} holds an astral character`);
    table[c] = 1;
  }
  return table;
}

/**
 * Is `rest` (the text after a run of leader dots up to the end of its line, line break excluded) the page
 * number of a table-of-contents line (目录: `第一章　总则……………………1`, `前言…………Ⅱ`)? Spaces, then 1–4
 * Arabic digits (half or full width) or Roman numerals (Ⅰ–Ⅻ, or ASCII i v x as in front matter), then spaces.
 */
export function isPageNumberTail(rest: string): boolean {
  return /^[ \t\u3000]*(?:[0-9０-９]{1,4}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]{1,4}|[ivx]{1,5})[ \t\u3000]*\r?$/.test(rest);
}

/** Is UTF-16 code `c` a Chinese numeral 一 to 十? */
export function isTenOrLess(c: number): boolean {
  switch (c) {
    case 0x4e00: // 一
    case 0x4e8c: // 二
    case 0x4e09: // 三
    case 0x56db: // 四
    case 0x4e94: // 五
    case 0x516d: // 六
    case 0x4e03: // 七
    case 0x516b: // 八
    case 0x4e5d: // 九
    case 0x5341: // 十
      return true;
    default:
      return false;
  }
}
