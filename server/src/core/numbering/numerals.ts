/** Chinese numerals, circled numbers and their values (1..999 for ordinals). */

const DIGITS = '〇一二三四五六七八九';

function digitOf(ch: string): number {
  return DIGITS.indexOf(ch);
}

/**
 * Value of a Chinese numeral ordinal (1..999), or 0: 一, 十, 十二, 二十三, 一百, 一百零一, 一百一十,
 * 二百三十四. Forms that are not ordinals (`一一`, `十十`, `二〇`, `百`) give 0.
 */
export function parseChineseNumeral(s: string): number {
  if (s.length === 0 || s.length > 5) return 0;
  const hundred = s.indexOf('百');
  if (hundred >= 0) {
    if (hundred !== 1) return 0;
    const h = digitOf(s[0]);
    if (h <= 0) return 0;
    const rest = s.slice(2);
    if (rest === '') return h * 100;
    // 一百零五: 零 before a single digit; 一百一十, 一百二十三: the tens written with their digit.
    if ((rest[0] === '零' || rest[0] === '〇') && rest.length === 2) {
      const u = digitOf(rest[1]);
      return u > 0 ? h * 100 + u : 0;
    }
    if (rest.length >= 2 && rest[1] === '十' && digitOf(rest[0]) > 0) {
      const t = belowHundred(rest, true);
      return t > 0 ? h * 100 + t : 0;
    }
    return 0;
  }
  if (s.length > 3) return 0;
  return belowHundred(s, false);
}

/** 1..99 written as 一, 十, 十二, 二十, 二十三 (also 一十二, used after 百), or 0. */
function belowHundred(s: string, afterHundred: boolean): number {
  const d = digitOf;
  if (s.length === 1) {
    if (s === '十') return 10;
    const v = d(s);
    return v > 0 ? v : 0;
  }
  const ten = s.indexOf('十');
  if (ten < 0 || s.length > 3) return 0;
  const head = s.slice(0, ten);
  const tail = s.slice(ten + 1);
  const tens = head === '' && !afterHundred ? 1 : head.length === 1 && d(head) > (afterHundred ? 0 : 1) ? d(head) : 0;
  if (tens === 0) return 0;
  if (tail === '') return tens * 10;
  if (tail.length !== 1 || d(tail) <= 0) return 0;
  return tens * 10 + d(tail);
}

/**
 * The Chinese numeral for 1..999 (一, 十, 十一, 二十一, 一百, 一百零一, 一百一十, 九百九十九); other
 * values (0, negatives, fractions, 1000 and above) come back as Arabic digits.
 */
export function toChineseNumeral(n: number): string {
  if (n <= 0 || n >= 1000 || !Number.isInteger(n)) return String(n);
  if (n < 10) return DIGITS[n];
  if (n < 100) {
    const t = Math.floor(n / 10);
    const u = n % 10;
    return (t === 1 ? '' : DIGITS[t]) + '十' + (u ? DIGITS[u] : '');
  }
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (r === 0) return `${DIGITS[h]}百`;
  if (r < 10) return `${DIGITS[h]}百零${DIGITS[r]}`;
  const t = Math.floor(r / 10);
  const u = r % 10;
  return `${DIGITS[h]}百${DIGITS[t]}十${u ? DIGITS[u] : ''}`;
}

/** The largest ordinal value a Chinese numeral marker is written for (九百九十九). */
export const MAX_CN_ORDINAL = 999;

/** A regular-expression character class body matching Chinese ordinal numerals. */
export const CN_NUMERAL_CHARS = '一二三四五六七八九十';

/** Characters of a Chinese ordinal marker up to 九百九十九 (百 and 零 only inside a numeral). */
export const CN_ORDINAL_CHARS = '一二三四五六七八九十百零';

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
