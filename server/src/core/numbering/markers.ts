/**
 * Line-initial ordinal markers (层次序号): `一、` `（一）` `1.` `（1）` `①` and `第一，`, in their
 * standard and their common mistyped forms. Hand-written scanning, no regular expressions, so a
 * line costs a few character tests.
 */
import type { Marker, MarkerFamily } from '../types';
import { CN_ORDINAL_CHARS, parseChineseNumeral, parseCircled, toChineseNumeral, toCircled } from './numerals';
import { unitTable } from '../text/chars';

/** Structure level of each family (GB/T 9704 §7.3.3; ① below the fourth level; 第一 is no level). */
export const FAMILY_LEVEL: Record<MarkerFamily, number> = {
  cn: 1,
  'cn-paren': 2,
  arabic: 3,
  'arabic-paren': 4,
  circled: 5,
  di: 0,
};

/** The family that sits at a structure level (1..5). */
export const LEVEL_FAMILY: readonly MarkerFamily[] = ['di', 'cn', 'cn-paren', 'arabic', 'arabic-paren', 'circled'];

/**
 * Words that make `一、二` a range or a count (`一、二月份`, `第一、二季度`, `三、四号线`, `一、二级医院`,
 * `十五、十六世纪`) wherever the line goes on: no item title opens with them.
 */
const MEASURE = '月季年日号天周次期批类级等倍成名位轮届世';
/**
 * Classifiers after which `三、四` is a count only in a line that reads as a sentence (`三、四线城市参照执行。`,
 * `二、三产业比重上升。`, `三、四星级酒店`): a heading may be item 三 whose title opens with a count
 * (`三、四项基本原则的学习`, `二、三个务必`).
 */
const COUNT_MEASURE = '个点条项种线星产代档层家所人岁场件台套户栋间门部';

/** 1 for each UTF-16 unit that is a Chinese ordinal numeral (`CN_ORDINAL_CHARS`). */
const CN_TABLE = (() => {
  const t = new Uint8Array(0x10000);
  for (const ch of CN_ORDINAL_CHARS) t[ch.charCodeAt(0)] = 1;
  return t;
})();
function isCn(c: number): boolean {
  return CN_TABLE[c] === 1;
}
function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isWideDigit(c: number): boolean {
  return c >= 0xff10 && c <= 0xff19;
}
function isDigit(c: number): boolean {
  return isAsciiDigit(c) || isWideDigit(c);
}
function digitValue(c: number): number {
  return isAsciiDigit(c) ? c - 0x30 : c - 0xff10;
}
/**
 * Single-character ordinals of the Unicode compatibility blocks, which Word's automatic numbering and
 * some template pages leave behind: `⒈`–`⒛` (U+2488–U+249B, a digit with a full stop: the 3rd level `1.`),
 * `⑴`–`⒇` (U+2474–U+2487: the 4th level `（1）`) and `㈠`–`㈩` (U+3220–U+3229: the 2nd level `（一）`).
 * GB/T 9704 §7.3.3 writes these levels with separate characters; the marker's canonical form says how.
 */
function compatOrdinal(c: number): { family: MarkerFamily; value: number } | undefined {
  if (c >= 0x2488 && c <= 0x249b) return { family: 'arabic', value: c - 0x2487 };
  if (c >= 0x2474 && c <= 0x2487) return { family: 'arabic-paren', value: c - 0x2473 };
  if (c >= 0x3220 && c <= 0x3229) return { family: 'cn-paren', value: c - 0x321f };
  return undefined;
}

/** True when the marker is written as one compatibility character (`⒈` `⑴` `㈠`), see `compatOrdinal`. */
export function isCompatOrdinal(m: Marker): boolean {
  return m.text.length > 0 && compatOrdinal(m.text.charCodeAt(0)) !== undefined;
}

function isCircled(c: number): boolean {
  return (c >= 0x2460 && c <= 0x2473) || (c >= 0x3251 && c <= 0x325f) || (c >= 0x32b1 && c <= 0x32bf);
}

const OPEN_WIDE = 0xff08; // （
const CLOSE_WIDE = 0xff09; // ）
const OPEN = 0x28; // (
const CLOSE = 0x29; // )
const DUNHAO = 0x3001; // 、
const DOT = 0x2e; // .
const WIDE_DOT = 0xff0e; // ．
const COMMA = 0x2c; // ,
const WIDE_COMMA = 0xff0c; // ，
const COLON = 0x3a; // :
const WIDE_COLON = 0xff1a; // ：

/** Render a value in a family, keeping full-width digits when the original used them. */
export function formatMarker(family: MarkerFamily, value: number, wideDigits = false): string {
  switch (family) {
    case 'cn':
      return `${toChineseNumeral(value)}、`;
    case 'cn-paren':
      return `（${toChineseNumeral(value)}）`;
    case 'arabic':
      return `${formatNumeral(family, value, wideDigits)}.`;
    case 'arabic-paren':
      return `（${formatNumeral(family, value, wideDigits)}）`;
    case 'circled':
      return toCircled(value);
    case 'di':
      return `第${toChineseNumeral(value)}，`;
  }
}

function widen(d: string): string {
  return String.fromCharCode(d.charCodeAt(0) + 0xfee0);
}

/** The numeral alone in a family's style (`三`, `3`, `③`), for renumbering in place. */
export function formatNumeral(family: MarkerFamily, value: number, wideDigits = false): string {
  if (family === 'arabic' || family === 'arabic-paren') {
    const s = String(value);
    return wideDigits ? s.replace(/[0-9]/g, widen) : s;
  }
  if (family === 'circled') return toCircled(value);
  return toChineseNumeral(value);
}

/** Where the numeral sits inside a marker token: `[start, end)` offsets, and whether its digits are full width. */
export function numeralSpan(m: Marker): { start: number; end: number; wide: boolean } {
  const t = m.text;
  let i = 0;
  while (i < t.length && (t[i] === '（' || t[i] === '(' || t[i] === '第')) i++;
  let j = i;
  if (m.family === 'circled' || compatOrdinal(t.charCodeAt(i)) !== undefined) j = i + 1;
  else while (j < t.length && (isCn(t.charCodeAt(j)) || isDigit(t.charCodeAt(j)))) j++;
  return { start: m.start + i, end: m.start + j, wide: isWideDigit(t.charCodeAt(i)) };
}

/** True when the marker's digits are full width (`（１）`). */
export function hasWideDigits(m: Marker): boolean {
  return numeralSpan(m).wide;
}

/**
 * Recognise an ordinal marker at `pos` (a line's content start) in `text`, not beyond `end`.
 * Returns undefined for non-markers: `1.5万元`, `2.3%`, `1、2、3`, `第一、二季度`, `一、二月份`, `一是`.
 */
export function parseMarker(text: string, pos: number, end: number): Marker | undefined {
  if (pos >= end) return undefined;
  const c0 = text.charCodeAt(pos);

  // 第一， 第一、 第一：
  if (c0 === 0x7b2c /* 第 */) {
    const n = cnRun(text, pos + 1, end);
    if (n === pos + 1) return undefined;
    const value = parseChineseNumeral(text.slice(pos + 1, n));
    if (value === 0 || n >= end) return undefined;
    const p = text.charCodeAt(n);
    if (p !== WIDE_COMMA && p !== COMMA && p !== DUNHAO && p !== WIDE_COLON && p !== COLON) return undefined;
    if (p === DUNHAO && rangeAfterDunhao(text, n + 1, end, value)) return undefined;
    // 第一、第二季度: a list of ordinals, not a marker.
    if (p === DUNHAO && n + 2 < end && text.charCodeAt(n + 1) === 0x7b2c && isCn(text.charCodeAt(n + 2))) return undefined;
    if ((p === COMMA || p === COLON) && n + 1 < end && isDigit(text.charCodeAt(n + 1))) return undefined;
    return make(text, 'di', value, pos, n + 1, false);
  }

  // 一、 一. 一， 一： and the half-bracketed 一）
  if (isCn(c0)) {
    const n = cnRun(text, pos, end);
    const value = parseChineseNumeral(text.slice(pos, n));
    if (value === 0 || n >= end) return undefined;
    const p = text.charCodeAt(n);
    if (p === DUNHAO) {
      if (rangeAfterDunhao(text, n + 1, end, value)) return undefined;
      return make(text, 'cn', value, pos, n + 1, false);
    }
    // `二 、` `二　、`: a space typed before the 顿号 is part of the token (its fix removes it).
    if ((p === 0x20 || p === 0x3000) && n + 1 < end && text.charCodeAt(n + 1) === DUNHAO) {
      if (rangeAfterDunhao(text, n + 2, end, value)) return undefined;
      return make(text, 'cn', value, pos, n + 2, false);
    }
    if (p === DOT || p === WIDE_DOT || p === COMMA || p === WIDE_COMMA || p === COLON || p === WIDE_COLON) {
      const q = n + 1 < end ? text.charCodeAt(n + 1) : 0;
      if (isDigit(q) || isCn(q) || q === p) return undefined; // 一.5, 一，二，三, 一..
      return make(text, 'cn', value, pos, n + 1, false);
    }
    if (p === CLOSE_WIDE || p === CLOSE) return make(text, 'cn-paren', value, pos, trailing(text, n + 1, end), false);
    return undefined;
  }

  // 1. 1、 1． 1, 1， and 1） 1)
  if (isDigit(c0)) {
    let n = pos;
    let value = 0;
    while (n < end && isDigit(text.charCodeAt(n)) && n - pos < 3) value = value * 10 + digitValue(text.charCodeAt(n++));
    if (n >= end || isDigit(text.charCodeAt(n)) || value === 0 || digitValue(c0) === 0) return undefined;
    const p = text.charCodeAt(n);
    const q = n + 1 < end ? text.charCodeAt(n + 1) : 0;
    if (p === DOT || p === WIDE_DOT || p === DUNHAO || p === COMMA || p === WIDE_COMMA) {
      // 1.5万元 2024.05 1、2、3 1.. — but `1.2025年度工作安排` is item 1 whose title opens with a year.
      if ((isDigit(q) && !yearAt(text, n + 1, end)) || q === p || q === 0x25 /* % */) return undefined;
      return make(text, 'arabic', value, pos, n + 1, isWideDigit(c0));
    }
    if (p === CLOSE_WIDE || p === CLOSE) {
      if (isDigit(q)) return undefined;
      return make(text, 'arabic-paren', value, pos, trailing(text, n + 1, end), isWideDigit(c0));
    }
    return undefined;
  }

  // （一） (一) （1） (1) and mixed brackets
  if (c0 === OPEN_WIDE || c0 === OPEN) {
    const s = pos + 1;
    if (s >= end) return undefined;
    const c1 = text.charCodeAt(s);
    let n = s;
    let family: MarkerFamily;
    let value = 0;
    if (isCn(c1)) {
      n = cnRun(text, s, end);
      value = parseChineseNumeral(text.slice(s, n));
      family = 'cn-paren';
    } else if (isDigit(c1)) {
      while (n < end && isDigit(text.charCodeAt(n)) && n - s < 3) value = value * 10 + digitValue(text.charCodeAt(n++));
      if (digitValue(c1) === 0) return undefined;
      family = 'arabic-paren';
    } else return undefined;
    if (value === 0 || n >= end) return undefined;
    const p = text.charCodeAt(n);
    if (p !== CLOSE_WIDE && p !== CLOSE) return undefined;
    if (family === 'arabic-paren' && isClassName(text, n + 1, end)) return undefined;
    return make(text, family, value, pos, trailing(text, n + 1, end), isWideDigit(c1));
  }

  // ⒈ ⑴ ㈠: one character standing for a whole marker; not ⑴⑵项 (a run of them is a reference).
  const compat = compatOrdinal(c0);
  if (compat !== undefined) {
    if (pos + 1 < end && compatOrdinal(text.charCodeAt(pos + 1)) !== undefined) return undefined;
    return make(text, compat.family, compat.value, pos, trailing(text, pos + 1, end), false);
  }

  // ① ①、 ①.
  if (isCircled(c0)) {
    const q = pos + 1 < end ? text.charCodeAt(pos + 1) : 0;
    if (isCircled(q)) return undefined; // ①②项
    const value = parseCircled(text[pos]);
    return make(text, 'circled', value, pos, trailing(text, pos + 1, end), false);
  }
  return undefined;
}

/**
 * A second ordinal written right after a line-initial marker that ends at `end` (UTF-16 offset; spaces, tabs and
 * U+3000 skipped), on the line that ends at `lineEnd`: a bracketed or circled one (`一.(一)、加强领导`,
 * `一、（一）加强领导`, `1.①`). Two levels' ordinals on one line are a drafting error (GB/T 9704 §7.3.3 gives each
 * level its own ordinal); which one the writer meant is not known. Undefined when none follows.
 */
export function stackedMarker(text: string, end: number, lineEnd: number): Marker | undefined {
  let i = end;
  while (i < lineEnd && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i++;
  const m = parseMarker(text, i, lineEnd);
  return m && (m.family === 'cn-paren' || m.family === 'arabic-paren' || m.family === 'circled') ? m : undefined;
}

/**
 * True when a year written in full starts at `i`: four digits (ASCII or full width) and then 年
 * (`2025年度`). After `1.` it makes the `1.` an ordinal, not the start of a decimal (`1.2025年度名单`).
 */
function yearAt(text: string, i: number, end: number): boolean {
  if (i + 4 >= end) return false;
  for (let k = i; k < i + 4; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return text.charCodeAt(i + 4) === 0x5e74; /* 年 */
}

/** A run of Chinese numeral characters from `i` (at most 5: 九百九十九). */
function cnRun(text: string, i: number, end: number): number {
  let n = i;
  while (n < end && n - i < 6 && isCn(text.charCodeAt(n))) n++;
  return n;
}

/**
 * `一、二月份`, `三、四天`, `一、二、三`: right after the 顿号 comes the next numeral followed by a measure
 * word, or any numeral followed by another 顿号. `一、十四年伟大实践` is a heading: 十四 does not follow 一.
 */
function rangeAfterDunhao(text: string, i: number, end: number, value: number): boolean {
  if (i >= end) return false;
  const c = text.charCodeAt(i);
  // `一、2020年工作回顾` is a heading: Arabic digits after a Chinese ordinal are its title.
  if (!isCn(c)) return false;
  const n = cnRun(text, i, end);
  if (n >= end) return true;
  // `三百、五百元`: amounts, not the ordinal 三百.
  if (value >= 100) return true;
  const after = text.charCodeAt(n);
  if (after === DUNHAO) return true;
  const m = parseChineseNumeral(text.slice(i, n));
  if (m === value + 1) {
    // `七、八两个月`, `三、四至五天`: two numerals of one count.
    if (MEASURE.includes(text[n]) || after === 0x4e24 /* 两 */ || after === 0x81f3 /* 至 */ || after === 0x5230 /* 到 */) return true;
    return COUNT_MEASURE.includes(text[n]) && readsAsSentence(text, n, end);
  }
  // `三、四十年来，…` `五、六百人`: an approximate number (三四十), in a sentence.
  return value < 10 && (m === (value + 1) * 10 || m === (value + 1) * 100) && n - i === 2 && readsAsSentence(text, n, end);
}

/** Clause punctuation that a heading does not hold (a run-in heading ends at its first `。`, after its title). */
const CLAUSE_TABLE = unitTable('，。；！？：,;!?');

/**
 * Does the rest of a line, `[i, end)`, read as a sentence rather than a heading's title: it holds clause
 * punctuation or runs past 30 units (a heading is short).
 */
function readsAsSentence(text: string, i: number, end: number): boolean {
  if (end - i > 30) return true;
  for (let k = i; k < end; k++) if (CLAUSE_TABLE[text.charCodeAt(k)] === 1) return true;
  return false;
}

/** Stray punctuation after a bracketed or circled ordinal (`（一）、` `①.`): part of the token. */
function trailing(text: string, i: number, end: number): number {
  if (i >= end) return i;
  const c = text.charCodeAt(i);
  if (c === DUNHAO || c === WIDE_DOT || c === WIDE_COMMA) return i + 1;
  if (c === DOT && !(i + 1 < end && isDigit(text.charCodeAt(i + 1)))) return i + 1;
  return i;
}

function make(text: string, family: MarkerFamily, value: number, start: number, end: number, wide: boolean): Marker {
  const written = text.slice(start, end);
  const canonical = formatMarker(family, value, wide);
  return { family, level: FAMILY_LEVEL[family], value, start, end, text: written, canonical, wellFormed: written === canonical };
}

/** The marker as written with its numeral replaced by `value` (punctuation kept): `四、` → `三、`. */
export function renumbered(m: Marker, value: number): string {
  // `⒊` holds its punctuation in the character: renumbered, it is written in the standard form (`2.`).
  if (isCompatOrdinal(m)) return formatMarker(m.family, value) + m.text.slice(1);
  const span = numeralSpan(m);
  return m.text.slice(0, span.start - m.start) + formatNumeral(m.family, value, span.wide) + m.text.slice(span.end - m.start);
}

/** Words starting with 班 after an ordinal (`（1）班主任要……`, `（2）班级管理`, `（3）班子成员`): the ordinal's item, not a class. */
const BAN_WORD = '主级子组长次车务前后会';

/**
 * Is the text at `i` (UTF-16 offset, before `end`) the 班 of a school class after its bracketed number (`（3）班王小明同学`,
 * `（3）班、（5）班等班级`): a class name, not an ordinal — 班 not starting a word (`BAN_WORD`) such as 班主任?
 */
function isClassName(text: string, i: number, end: number): boolean {
  if (i >= end || text.charCodeAt(i) !== 0x73ed /* 班 */) return false;
  return i + 1 >= end || !BAN_WORD.includes(text[i + 1]);
}

/** Characters that make a leading number a quantity (`3月份`, `5年来`, `2项`), not a bare ordinal. */
const BARE_STOP = '年月日号时点分秒个万千百亿元岁名人次项件条家所批期届天周倍成位轮级类种层米克吨亩户台辆张份本篇章节部栋座套只斤公里余多楼室车路街村组班队区线版栏行列页卷册集款课季岗元角份股票家床科';

/**
 * A bare Arabic ordinal without its punctuation at `pos` (`1加强理论学习`): one or two digits (not
 * starting with 0) directly followed by a Chinese character that is not a unit or measure word.
 * The marker's `text` is the digits alone and its `canonical` form adds the `.`. Only a candidate:
 * the section tree keeps it when a neighbouring ordinal confirms the run.
 */
export function parseBareMarker(text: string, pos: number, end: number): Marker | undefined {
  let n = pos;
  let value = 0;
  while (n < end && isDigit(text.charCodeAt(n)) && n - pos < 3) value = value * 10 + digitValue(text.charCodeAt(n++));
  if (n === pos || n - pos > 2 || n >= end || digitValue(text.charCodeAt(pos)) === 0) return undefined;
  const c = text.charCodeAt(n);
  if (c < 0x4e00 || c > 0x9fff || BARE_STOP.includes(text[n])) return undefined;
  return make(text, 'arabic', value, pos, n, isWideDigit(text.charCodeAt(pos)));
}

/** Dashes and words that join the two ends of a range of months or years (`4—6月`, `2026-2027年`). */
const RANGE_JOIN = '—–-－~～至到';

/**
 * `N.` at `pos` whose `.` is followed by a date, not by the decimals of a number: a month (`1.3月底前`,
 * `6.7月1日起`), a range of months (`2.4—6月`), a year (`1.2026年`) or a range of years (`8.2026—2027年`).
 * Read context-free these are decimals (`1.3`), so this is only a candidate, like a bare ordinal: the
 * section tree keeps it when a neighbouring Arabic ordinal confirms the run. `1.5万元` is no candidate.
 */
export function parseDateLeadMarker(text: string, pos: number, end: number): Marker | undefined {
  let n = pos;
  let value = 0;
  while (n < end && isDigit(text.charCodeAt(n)) && n - pos < 3) value = value * 10 + digitValue(text.charCodeAt(n++));
  if (n === pos || n - pos > 2 || n + 1 >= end || digitValue(text.charCodeAt(pos)) === 0) return undefined;
  const p = text.charCodeAt(n);
  if (p !== DOT && p !== WIDE_DOT) return undefined;
  return dateAt(text, n + 1, end) ? make(text, 'arabic', value, pos, n + 1, isWideDigit(text.charCodeAt(pos))) : undefined;
}

/** A month (1–12) or a year (4 digits), alone or as a range, followed by 月 or 年, starting at `i`. */
function dateAt(text: string, i: number, end: number): boolean {
  const a = digitRun(text, i, end);
  if (a.end === i) return false;
  let k = a.end;
  let last = a;
  if (k < end && RANGE_JOIN.includes(text[k])) {
    const b = digitRun(text, k + 1, end);
    if (b.end === k + 1 || b.end - (k + 1) !== a.end - i) return false;
    k = b.end;
    last = b;
  }
  if (k >= end) return false;
  const unit = text.charCodeAt(k);
  const len = a.end - i;
  if (unit === 0x6708 /* 月 */) return len <= 2 && a.value >= 1 && a.value <= 12 && last.value >= 1 && last.value <= 12;
  return unit === 0x5e74 /* 年 */ && len === 4;
}

function digitRun(text: string, i: number, end: number): { end: number; value: number } {
  let n = i;
  let value = 0;
  while (n < end && isDigit(text.charCodeAt(n)) && n - i < 5) value = value * 10 + digitValue(text.charCodeAt(n++));
  return { end: n, value };
}

/**
 * The largest value a family can be written with and read back as a marker: 999 for Arabic digits
 * and Chinese numerals (九百九十九), 50 for circled numbers (㊿). A renumbering beyond it is not offered.
 */
export function maxOrdinal(family: MarkerFamily): number {
  return family === 'circled' ? 50 : 999;
}

/** Clause ends after which an ordinal may run in: `……会议名称。2.导言。` */
const RUN_IN_AFTER = '。；;！？!?';
const RUN_IN_AFTER_TABLE = unitTable(RUN_IN_AFTER);

/**
 * Ordinal markers that run in after a sentence inside `[from, to)` (`……会议名称。2.导言。3.议定事项。`):
 * a marker of a structure level (not `第一，`) right after `。` `；` `！` `？` (spaces and U+3000
 * between allowed). In document order. Linear in the span.
 */
export function runInMarkers(text: string, from: number, to: number): Marker[] {
  const out: Marker[] = [];
  for (let i = from; i < to; i++) {
    if (RUN_IN_AFTER_TABLE[text.charCodeAt(i)] !== 1) continue;
    let j = i + 1;
    // Spaces and astral characters (a rare character or an emoji glued on) carry no boundary information.
    while (j < to) {
      const c = text.charCodeAt(j);
      if (c === 0x20 || c === 0x3000) j++;
      else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(j + 1) & 0xfc00) === 0xdc00) j += 2;
      else break;
    }
    if (j >= to) break;
    const c = text.charCodeAt(j);
    if (c === 0x0a || c === 0x0d) continue;
    // A marker is a few characters long: look at most 16 ahead, and not past the line's end.
    let e = j;
    while (e < to && e < j + 16 && text.charCodeAt(e) !== 0x0a && text.charCodeAt(e) !== 0x0d) e++;
    const m = parseMarker(text, j, e);
    if (m && m.level > 0) out.push(m);
  }
  return out;
}

/**
 * A marker renumbered to `value` in its standard form (`(四)` → `（三）`, `４．` → `3.`, `（４）` → `（3）`: digits
 * half width, GB/T 15835), so that one fix leaves a fully correct marker, with nothing for numbering-punctuation
 * to narrow after it; an Arabic ordinal written with `、` keeps it (a tolerated form, its own info-level sub-check).
 */
export function renumberedStandard(m: Marker, value: number): string {
  if (m.family === 'arabic' && m.text.endsWith('、')) return `${formatNumeral('arabic', value)}、`;
  return formatMarker(m.family, value);
}

/**
 * When marker `m` on the line `[lineStart, lineEnd)` is written as a Markdown ordered-list marker (`1.` or `1)`
 * after indentation only, then a space or tab: `1. 人防到位；`), the offset after those spaces; else -1.
 * (CommonMark 5.2: a list item of an ordered list.)
 */
export function listMarkerEnd(text: string, lineStart: number, lineEnd: number, m: Marker): number {
  if (m.family !== 'arabic' && m.family !== 'arabic-paren') return -1;
  const last = text.charCodeAt(m.end - 1);
  if (last !== DOT && last !== CLOSE) return -1;
  for (let i = lineStart; i < m.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return -1;
  }
  let e = m.end;
  while (e < lineEnd && (text.charCodeAt(e) === 0x20 || text.charCodeAt(e) === 0x09)) e++;
  return e > m.end ? e : -1;
}
