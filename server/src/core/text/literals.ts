import { codePointAt, codePointBefore, isAsciiDigit, isAsciiLetter, isChineseOpening, isIdeograph, isTenOrLess } from './chars';

/**
 * Literal runs written inline in Chinese text that keep their ASCII marks, being no Chinese sentence: a spreadsheet
 * formula (`=IF(B2>=60,"合格","不合格")`, or a function named without its `=`: `IF(B2>60,"合格","不合格")`), a file name with an extension (`统计报表(2024版).xlsx`), a Windows or Unix
 * path (`C:\Program Files (x86)\统计直报(新版)\setup.exe`), a compound unit after a quantity (`150L/(人·d)`), a bracket
 * of an arithmetic formula (`综合得分=(技术分+商务分)/2`) and a half-width list of mathematical terms
 * (`n=1, 2, …, 10`, `a₁, a₂, …, aₙ`). GB/T 15834 sets the punctuation of Chinese prose; a formula follows the
 * notation of mathematics or of its program (GB/T 3102.11 signs, half-width brackets), and a name or a path is
 * copied as it is: changing one mark makes it another formula, or a file that does not exist. The text layer
 * (`prose.ts`) marks these runs `literal`, so no prose rule reads or corrects them.
 */

/** A trigger character of some literal: `=` `\` `/` `…` `⋯`, `.` before an ASCII letter, or `(` after a capital (`IF(`). */
const TRIGGER = /[=\\/…⋯]|\.[A-Za-z]|[A-Z]\(/g;

/**
 * Where the next trigger (`TRIGGER`) starts at or after an offset, for lines read in order: the text is searched
 * once, so a line with none costs a comparison.
 */
export class LiteralHints {
  private at = -2;
  constructor(private readonly text: string) {}

  /** Does `[from, to)` hold a trigger? `from` must not decrease between calls. */
  any(from: number, to: number): boolean {
    if (this.at !== -1 && this.at < from) {
      TRIGGER.lastIndex = from;
      const m = TRIGGER.exec(this.text);
      this.at = m === null ? -1 : m.index;
    }
    return this.at !== -1 && this.at < to;
  }
}

/**
 * The literal runs (see the module's comment) on the line `[start, end)` of `text` (UTF-16 offsets, `end` before
 * the line break), as flat pairs `[from0, to0, from1, to1, …]`, possibly overlapping, in no particular order.
 * Nothing is thrown; linear in the line's length but for the bounded back scans of file names (60 units each).
 */
export function literalSpans(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  const line = text.slice(start, end);
  spreadsheetFormulas(line, start, out);
  functionCalls(line, start, out);
  paths(line, start, out);
  fileNames(line, start, out);
  compoundUnits(line, start, out);
  formulaBrackets(line, start, out);
  mathLists(line, start, out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Spreadsheet formulas

/** `=` and a function name (two characters or more) and its `(`: the start of a spreadsheet formula. */
const FORMULA_START = /(?<![=<>!])=\s?[A-Za-z][A-Za-z0-9._]+\(/g;

/** An operator and an operand after a formula's term: a function call's name, a cell or range, a number, a string. */
const FORMULA_TAIL = /\s?(?:<>|[<>]=?|[-+*/^&=])\s?(?:([A-Za-z][A-Za-z0-9._]*)\(|\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\d+(?:\.\d+)?%?|"[^"]*")/y;

/**
 * `=IF(B2>=60,"合格","不合格")`, `=COUNTIF(C2:C50,"合格")/COUNT(C2:C50)`: from `=` through the function's closing
 * bracket (strings skipped, brackets nested) and any operator-and-operand terms after it. An unclosed bracket on the
 * line: no formula.
 */
function spreadsheetFormulas(line: string, base: number, out: number[]): void {
  if (!line.includes('=')) return;
  FORMULA_START.lastIndex = 0;
  for (let m = FORMULA_START.exec(line); m !== null; m = FORMULA_START.exec(line)) {
    let close = closeOf(line, m.index + m[0].length - 1);
    if (close < 0) continue;
    let to = close + 1;
    for (;;) {
      FORMULA_TAIL.lastIndex = to;
      const t = FORMULA_TAIL.exec(line);
      if (t === null) break;
      if (t[1] === undefined) {
        to = FORMULA_TAIL.lastIndex;
        continue;
      }
      close = closeOf(line, FORMULA_TAIL.lastIndex - 1);
      if (close < 0) break;
      to = close + 1;
    }
    out.push(base + m.index, base + to);
    FORMULA_START.lastIndex = to;
  }
}

/** A spreadsheet function's name in capitals and its `(`, not inside a word: `IF(`, `SUM(`, `COUNTIF(`, `T.TEST(`. */
const FUNCTION_CALL = /(?<![A-Za-z0-9_.$])[A-Z][A-Z0-9.]{1,14}\(/g;

/** A cell or range reference among a function's arguments: `B2`, `$C$50`, `A1:A10`. */
const CELL = /(?<![A-Za-z0-9_$])\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}(?![A-Za-z0-9_])/;

/**
 * A spreadsheet function named in running text without its `=`: `会使用SUM(A1:A10)和IF(B2>60,"合格","不合格")公式`.
 * The call counts as a formula only when its arguments hold a cell reference (`CELL`): `GDP(2024)`, `ISO(9001)` and
 * `第三级(S3A3G3)` are no calls of a spreadsheet. From the name through its closing bracket (strings skipped); not
 * inside a formula `spreadsheetFormulas` found (its pairs are the first of `out`).
 */
function functionCalls(line: string, base: number, out: number[]): void {
  // The formulas with `=` found so far (`out`, from `spreadsheetFormulas`) hold their own calls.
  const formulas = out.length;
  FUNCTION_CALL.lastIndex = 0;
  next: for (let m = FUNCTION_CALL.exec(line); m !== null; m = FUNCTION_CALL.exec(line)) {
    for (let k = 0; k < formulas; k += 2) {
      if (base + m.index >= out[k] && base + m.index < out[k + 1]) {
        FUNCTION_CALL.lastIndex = out[k + 1] - base;
        continue next;
      }
    }
    const open = m.index + m[0].length - 1;
    const close = closeOf(line, open);
    if (close < 0) continue;
    if (!CELL.test(line.slice(open + 1, close))) continue;
    out.push(base + m.index, base + close + 1);
    FUNCTION_CALL.lastIndex = close + 1;
  }
}

/** The `)` closing the `(` at `open` in `s` (nested brackets counted, `"…"` strings skipped), or -1. */
function closeOf(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      const q = s.indexOf('"', i + 1);
      if (q < 0) return -1;
      i = q;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// File names and paths

/** File extensions a document names: office, text, data, archive, image, audio, video and program files. */
const EXTENSION =
  /\.(?:xlsx|xlsm|xls|et|ett|docx|docm|doc|wps|wpt|pptx|ppt|dps|pdf|ofd|ceb|txt|rtf|odt|ods|odp|csv|json|xml|html?|md|zip|rar|7z|tar|gz|iso|jpe?g|png|gif|bmp|tiff?|svg|mp[34]|avi|mov|wmv|wav|exe|msi|apk|bat|dwg|dxf|shp)(?![A-Za-z0-9])/giy;

/** What a file name cannot run back over: white space, quotes, angle and book-title marks, sentence marks, slashes. */
const NAME_STOP = new Set([...' \t\u3000“”"‘’\'`《》〈〉「」『』<>|*?，。；：、！？,;:!/\\']);

/** How far back (UTF-16 units) from its extension a file name is read. */
const NAME_MAX = 60;

/**
 * `统计报表(2024版).xlsx`: a name and a known extension (`EXTENSION`): from the extension back to white space, a quote,
 * a sentence mark, a slash or an opening bracket the name does not close (`附件(统计报表.xlsx)` starts at `统`), at most
 * `NAME_MAX` units back.
 */
function fileNames(line: string, base: number, out: number[]): void {
  for (let dot = line.indexOf('.'); dot >= 0; dot = line.indexOf('.', dot + 1)) {
    EXTENSION.lastIndex = dot;
    if (!EXTENSION.test(line)) continue;
    const to = EXTENSION.lastIndex;
    let from = dot;
    let closes = 0;
    while (from > 0 && dot - from < NAME_MAX) {
      const c = line[from - 1];
      if (NAME_STOP.has(c)) break;
      if (c === ')' || c === '）') closes++;
      else if (c === '(' || c === '（') {
        if (closes === 0) break;
        closes--;
      }
      from--;
    }
    if (from < dot) out.push(base + from, base + to);
  }
}

/** Characters no Windows path holds (`< > : " | ? *`), and the Chinese marks that end a path written in a sentence. */
const PATH_STOP = new Set([...'<>:"|?*\t，。；：、！？“”‘’《》【】']);

/**
 * `C:\Program Files (x86)\统计直报(新版)\setup.exe`, `\\server\share\a.docx`, `/usr/local/bin`, `~/data/表(1).csv`:
 * a path runs through its folders (spaces included, each closed by a slash) and its last part, which ends at a space,
 * after a known extension (`EXTENSION`) or before trailing `. , ; !`. A Windows path starts at a drive letter (`C:\`)
 * or `\\`; a Unix one at `/`, `~/` or `./` after no letter, digit or closing bracket (`km/h`, `1/2`, `GB/T` and
 * `和/或` are no paths), with an ASCII character after the `/` and two parts at least.
 */
function paths(line: string, base: number, out: number[]): void {
  if (!line.includes('\\') && !line.includes('/')) return;
  const re = /(?<![A-Za-z0-9])[A-Za-z]:\\|(?<![\\A-Za-z0-9])\\\\[A-Za-z0-9]|(?<![A-Za-z0-9)\]）._~/:-])(?:~|\.{1,2})?\/[A-Za-z0-9._~-]/g;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    const windows = m[0].includes('\\');
    const sep = windows ? '\\' : '/';
    let i = m.index + m[0].length - (windows && m[0].endsWith('\\') ? 0 : 1);
    let parts = 0;
    let to = i;
    // Folders: runs closed by the separator (spaces allowed inside).
    for (;;) {
      let j = i;
      while (j < line.length && line[j] !== sep && !PATH_STOP.has(line[j]) && (windows || line[j] !== ' ')) j++;
      if (j < line.length && line[j] === sep && j > i) {
        parts++;
        i = j + 1;
        to = i;
        continue;
      }
      if (j < line.length && line[j] === sep) {
        i = j + 1;
        to = i;
        continue;
      }
      // The last part: to a space, after a known extension, without trailing sentence marks.
      let k = i;
      while (k < j && line[k] !== ' ' && line[k] !== '\u3000') k++;
      for (let d = line.indexOf('.', i); d >= 0 && d < k; d = line.indexOf('.', d + 1)) {
        EXTENSION.lastIndex = d;
        if (EXTENSION.test(line)) {
          k = EXTENSION.lastIndex;
          break;
        }
      }
      while (k > i && '.,;!'.includes(line[k - 1])) k--;
      if (k > i) {
        parts++;
        to = k;
      }
      break;
    }
    if (parts >= 2 || (windows && parts >= 1)) out.push(base + m.index, base + to);
    re.lastIndex = Math.max(re.lastIndex, to);
  }
}

// ---------------------------------------------------------------------------------------------
// Units and formulas

/**
 * A compound unit's denominator in brackets, with a product dot inside: `L/(人·d)`, `kg/(m²·a)`, `m³/(h·m²)`, after
 * a number or a unit symbol; the unit symbol before it is taken too.
 */
const COMPOUND_UNIT = /[A-Za-zμ°℃%²³0-9.]*(?<=[0-9A-Za-zμ℃%²³])\/\((?=[^()\s]{0,12}[·⋅•])[A-Za-z0-9²³·⋅•\p{Script=Han}]{1,12}\)/gu;

function compoundUnits(line: string, base: number, out: number[]): void {
  if (!line.includes('/(')) return;
  COMPOUND_UNIT.lastIndex = 0;
  for (let m = COMPOUND_UNIT.exec(line); m !== null; m = COMPOUND_UNIT.exec(line)) out.push(base + m.index, base + m.index + m[0].length);
}

/**
 * A half-width bracket of an arithmetic formula: its content holds an operator between two terms and no sentence
 * mark (`技术分+商务分`, `本年值-上年值`), and `=` or an operator stands right before it (`=(`, `×(`) or a division
 * or product right after it (`)/2`, `)×100%`): `综合得分=(技术分+商务分)/2`, `增幅=(本年值-上年值)/上年值`. The
 * brackets are the formula's (GB/T 3102.11), whatever words its terms are; the bracket and its operators are marked.
 * `项目(一期+二期)建设` (no operator outside) is a bracket of a sentence.
 */
const FORMULA_BRACKET = /([=+×÷/]\s?)?\(([^()，。；：、！？,;:!?“”"`]{1,40})\)(\s?(?:[/×÷]|[+-](?=\s?[\d(])))?/g;

/** An operator between two terms (spaces allowed around it); a hyphen between Latin letters (`web-residue`) is none. */
const OPERATION = /[^\s+\-×÷*/]\s?[+×÷*/]\s?[^\s+\-×÷*/]|(?![A-Za-z]-[A-Za-z])[^\s+\-×÷*/]\s?-\s?[^\s+\-×÷*/]/;

function formulaBrackets(line: string, base: number, out: number[]): void {
  if (!line.includes('(')) return;
  FORMULA_BRACKET.lastIndex = 0;
  for (let m = FORMULA_BRACKET.exec(line); m !== null; m = FORMULA_BRACKET.exec(line)) {
    if ((m[1] === undefined && m[3] === undefined) || !OPERATION.test(m[2])) {
      // The next bracket may start inside this match's tail.
      FORMULA_BRACKET.lastIndex = m.index + 1;
      continue;
    }
    out.push(base + m.index, base + m.index + m[0].length);
  }
}

/** A term of a mathematical list: Latin letters and digits, with subscripts, superscripts and primes. */
const TERM = "[A-Za-z0-9\\u2080-\\u209c\\u2070-\\u207f\\u1d62-\\u1d6a¹²³_^'.]+";

/** An ellipsis standing for the terms left out: `…` `⋯` `...` `……`. */
const DOTS = '(?:…{1,2}|⋯{1,2}|\\.{3,6})';

/** Terms separated by half-width commas, with an ellipsis among them: `1, 2, …, 10`, `a₁, a₂, …, aₙ`. */
const MATH_LIST = new RegExp(`(=\\s?)?(?:${TERM}|${DOTS})(?:,\\s?(?:${TERM}|${DOTS}))+`, 'g');

/** An item that is an ellipsis. */
const DOTS_ITEM = new RegExp(`^${DOTS}$`);

/**
 * `n=1, 2, …, 10`, `a₁, a₂, …, aₙ`: a half-width list of mathematical terms with an ellipsis (`DOTS`) among them
 * and two terms at least, after `=` or with a Latin letter in it. `第1, 2, …条` (numbers in a sentence, no `=`) is
 * Chinese text with half-width commas, and stays prose.
 */
function mathLists(line: string, base: number, out: number[]): void {
  if (!line.includes(',') || !(line.includes('…') || line.includes('⋯') || line.includes('...'))) return;
  MATH_LIST.lastIndex = 0;
  for (let m = MATH_LIST.exec(line); m !== null; m = MATH_LIST.exec(line)) {
    const items = m[0].slice(m[1]?.length ?? 0).split(/,\s?/);
    const dots = items.filter((x) => DOTS_ITEM.test(x)).length;
    if (dots === 0 || items.length - dots < 2) continue;
    if (m[1] === undefined && !/[A-Za-z]/.test(m[0])) continue;
    out.push(base + m.index + (m[1]?.length ?? 0), base + m.index + m[0].length);
  }
}

/**
 * A whole number, written with thousands separators (`1,200`, `3,400,000`: one to three digits, then groups of three
 * after a comma) or without (`12`, `2024`).
 */
const NUM = '(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)';

/** Whole numbers (`NUM`) and ellipses (`DOTS`) separated by half-width commas (a space may follow each), a number first. */
const NUMBER_LIST = new RegExp(`${NUM}(?:, ?(?:${NUM}|${DOTS}))+`, 'g');

/** One item of a `NUMBER_LIST` match, tried at an offset: a number, or an ellipsis (group 1). */
const LIST_ITEM = new RegExp(`${NUM}|(${DOTS})`, 'y');

/** A comma right before three digits and no fourth, with no space between: maybe a thousands separator. */
const GROUPING = /,\d{3}(?!\d)/;

/**
 * A list of whole numbers written with half-width commas in a Chinese sentence (see `chineseNumberLists`). Offsets
 * are UTF-16, in the whole text.
 */
export interface NumberList {
  /** The list's first digit. */
  readonly start: number;
  /** The offset after its last digit. */
  readonly end: number;
  /**
   * - `ellipsis`: numbers and an ellipsis between two of them, no thousands separator (`第1, 2, …, 5条`): Chinese text,
   *   every comma `，` and the ellipsis `……` (GB/T 15834), safely;
   * - `grouped`: the same with thousands separators, or what may be one (`共1,200,…,3,400元`): the numbers keep their
   *   commas, and the commas between the items (`commas`) and the ellipsis are only offered, together (a comma right
   *   before three digits may also separate two items: `1,200` may be `1, 200`);
   * - `plain`: numbers alone, no ellipsis and no comma right before three digits (`第1, 2, 5条`): 并列 numbers, the
   *   commas become 顿号 `、` (GB/T 15834 §4.5).
   */
  readonly kind: 'ellipsis' | 'grouped' | 'plain';
  /** The commas between its items, in order (a comma inside a number, `1,200`, is none). */
  readonly commas: readonly number[];
}

/**
 * The lists of whole numbers with half-width commas set in Chinese text on the line `[start, end)` of `text`
 * (UTF-16 offsets, `end` before the line break), sorted, disjoint (see `NumberList` for the kinds). A list runs from
 * its first digit to its last: an ellipsis ending it (`第1, 2, …条`) is no part of it, and it has two numbers at
 * least.
 * - With an ellipsis (`ellipsis`, `grouped`): the ellipsis between two numbers, the list set in a Chinese sentence (an
 *   ideograph, or a Chinese mark other than `…` `⋯`, right before or right after it) and not after `=`, a Latin
 *   letter, a digit or `.` (`n=1, 2, …, 10` is a mathematical list, `mathLists`). `punctuation-width` and
 *   `punctuation-ellipsis` correct such a list together in one pass: `第1，2，……，5条`.
 * - Without (`plain`): an ideograph right before it and an ideograph or a Chinese mark (not an opening one, not an
 *   ellipsis) right after it (`第1, 2, 5条`, `附件1, 2。`); coordinates (`（1, 2）`, `(1, 2)`), formulas (`n=1, 2`),
 *   English runs (`items 1, 2 and 5`), decimals (`1.5, 2`), `5%, 10%` and `1, 2G` are none.
 * Most lines have no half-width comma after a digit: they cost a scan for one, no slice.
 */
export function chineseNumberLists(text: string, start: number, end: number): NumberList[] {
  const out: NumberList[] = [];
  let comma = start;
  for (;;) {
    while (comma < end && text.charCodeAt(comma) !== 0x2c) comma++;
    if (comma === end) return out;
    const d = text.charCodeAt(comma - 1);
    if (comma > start && d >= 0x30 && d <= 0x39) break;
    comma++;
  }
  const line = text.slice(start, end);
  // From the first digit of the number before that comma (the lines before it hold no list).
  let from = comma - start - 1;
  while (from > 0 && isAsciiDigit(line.charCodeAt(from - 1))) from--;
  NUMBER_LIST.lastIndex = from;
  for (let m = NUMBER_LIST.exec(line); m !== null; m = NUMBER_LIST.exec(line)) {
    // The items and the commas between them, up to the last number: an ellipsis ending the list (and its comma) is
    // no part of it.
    const commas: number[] = [];
    let numbers = 0;
    let dots = 0;
    let dotsBetween = 0;
    let to = m.index;
    const stop = m.index + m[0].length;
    for (let i = m.index; ; ) {
      LIST_ITEM.lastIndex = i;
      const item = LIST_ITEM.exec(line);
      if (item === null) break;
      i = LIST_ITEM.lastIndex;
      if (item[1] === undefined) {
        numbers++;
        to = i;
        dotsBetween = dots;
      } else dots++;
      if (i >= stop || line.charCodeAt(i) !== 0x2c) break;
      commas.push(start + i);
      i += line.charCodeAt(i + 1) === 0x20 ? 2 : 1;
    }
    while (commas.length > 0 && commas[commas.length - 1] >= start + to) commas.pop();
    if (numbers < 2) continue;
    const s = line.slice(m.index, to);
    const before = m.index > 0 ? codePointBefore(line, m.index) : -1;
    const after = to < line.length ? codePointAt(line, to) : -1;
    if (dotsBetween > 0) {
      if (before === 0x3d || before === 0x2e || isAsciiDigit(before) || isAsciiLetter(before)) continue;
      if (!chineseSide(before) && !chineseSide(after)) continue;
      out.push({ start: start + m.index, end: start + to, kind: GROUPING.test(s) ? 'grouped' : 'ellipsis', commas });
    } else {
      if (GROUPING.test(s) || !isIdeograph(before) || !chineseSide(after) || isChineseOpening(after)) continue;
      out.push({ start: start + m.index, end: start + to, kind: 'plain', commas });
    }
  }
  return out;
}

/** `第` and Chinese numerals 一 to 十 separated by half-width commas (`第二,三`, `第十一, 十二`). */
const ORDINAL_LIST = /第[一二三四五六七八九十]+(?:, ?[一二三四五六七八九十]+)+/g;

/**
 * The 并列 ordinals in Chinese numerals written with half-width commas after `第` on the line `[start, end)` of
 * `text` (`第二,三产业`, `第一,二季度`, `第三, 四条`): the writer's `,` stands for the 顿号 of `第一、二季度`
 * (GB/T 15834 §4.5), as in `第1, 2条` (`chineseNumberLists`). As `plain` lists (from the first numeral, after `第`,
 * to the last; UTF-16 offsets in the whole text), sorted, disjoint; an ideograph or a Chinese mark (not an opening
 * one) must follow. `第三,四川省` reads the same way, so a caller fixing two numerals only offers the fix.
 * Most lines have no comma right after a numeral: they cost a scan for one, no slice.
 */
export function chineseOrdinalLists(text: string, start: number, end: number): NumberList[] {
  let comma = start + 1;
  while (comma < end && !(text.charCodeAt(comma) === 0x2c && isTenOrLess(text.charCodeAt(comma - 1)))) comma++;
  if (comma >= end) return [];
  const out: NumberList[] = [];
  const line = text.slice(start, end);
  ORDINAL_LIST.lastIndex = 0;
  for (let m = ORDINAL_LIST.exec(line); m !== null; m = ORDINAL_LIST.exec(line)) {
    const to = m.index + m[0].length;
    const after = to < line.length ? codePointAt(line, to) : -1;
    if (!chineseSide(after) || isChineseOpening(after)) continue;
    const commas: number[] = [];
    for (let i = m.index; i < to; i++) if (line.charCodeAt(i) === 0x2c) commas.push(start + i);
    out.push({ start: start + m.index + 1, end: start + to, kind: 'plain', commas });
  }
  return out;
}

/** An ideograph or a Chinese mark other than the ellipsis: the side of a number list set in Chinese text. */
function chineseSide(c: number): boolean {
  return c !== -1 && c !== 0x2026 && c !== 0x22ef && /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u201c-\u201d\u2014]|[\u{20000}-\u{2fa1f}]/u.test(String.fromCodePoint(c));
}

/**
 * The list of `lists` (as `chineseNumberLists` returns them: sorted, disjoint) that holds offset `i`, from its first
 * digit to its last, or undefined. A binary search: a long line holds thousands of lists.
 */
export function numberListAt(lists: readonly NumberList[], i: number): NumberList | undefined {
  let lo = 0;
  let hi = lists.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = lists[mid];
    if (i < l.start) hi = mid - 1;
    else if (i >= l.end) lo = mid + 1;
    else return l;
  }
  return undefined;
}
