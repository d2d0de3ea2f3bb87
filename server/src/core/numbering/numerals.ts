/** Chinese numerals, circled numbers and their values (1..99 for ordinals). */

const DIGITS = '〇一二三四五六七八九';

function digitOf(ch: string): number {
  return DIGITS.indexOf(ch);
}

/** Value of a Chinese numeral ordinal such as 一, 十, 十二, 二十, 二十三 (1..99), or 0. */
export function parseChineseNumeral(s: string): number {
  if (s.length === 0 || s.length > 3) return 0;
  const d = digitOf;
  if (s.length === 1) {
    if (s === '十') return 10;
    const v = d(s);
    return v > 0 ? v : 0;
  }
  const ten = s.indexOf('十');
  if (ten < 0) return 0;
  const head = s.slice(0, ten);
  const tail = s.slice(ten + 1);
  const tens = head === '' ? 1 : head.length === 1 && d(head) > 1 ? d(head) : 0;
  if (tens === 0) return 0;
  if (tail === '') return tens * 10;
  if (tail.length !== 1 || d(tail) <= 0) return 0;
  return tens * 10 + d(tail);
}

/** The Chinese numeral for 1..99 (一, 十, 十一, 二十, 二十一). */
export function toChineseNumeral(n: number): string {
  if (n <= 0 || n >= 100 || !Number.isInteger(n)) return String(n);
  if (n < 10) return DIGITS[n];
  const t = Math.floor(n / 10);
  const u = n % 10;
  return (t === 1 ? '' : DIGITS[t]) + '十' + (u ? DIGITS[u] : '');
}

/** A regular-expression character class body matching Chinese ordinal numerals. */
export const CN_NUMERAL_CHARS = '一二三四五六七八九十';

const CIRCLED_1_20 = 0x2460; // ① .. ⑳
const CIRCLED_21_35 = 0x3251; // ㉑ .. ㉟
const CIRCLED_36_50 = 0x32b1; // ㊱ .. ㊿

/** Value of a circled number ①..㊿, or 0. */
export function parseCircled(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= CIRCLED_1_20 && c < CIRCLED_1_20 + 20) return c - CIRCLED_1_20 + 1;
  if (c >= CIRCLED_21_35 && c < CIRCLED_21_35 + 15) return c - CIRCLED_21_35 + 21;
  if (c >= CIRCLED_36_50 && c < CIRCLED_36_50 + 15) return c - CIRCLED_36_50 + 36;
  return 0;
}

/** The circled number for 1..50, else `(n)`. */
export function toCircled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCharCode(CIRCLED_1_20 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCharCode(CIRCLED_21_35 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCharCode(CIRCLED_36_50 + n - 36);
  return `（${n}）`;
}

/** Full-width digits ０-９ to ASCII. */
export function normalizeDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
