import { forEachMatchIn } from '../text/scan';
import { msg } from '../messages';
import { codePointBefore, hasIdeograph, isAsciiDigit, isAsciiLetter, isChineseOpening, isIdeograph, markerOffsets, proseOf, spacesBeforeChinese, visibleAt, visibleBefore, isChineseChar, chineseNumberLists, chineseOrdinalLists, numberListAt, type NumberList } from '../text';
import { inSpans, jsonSpans } from '../text/code-spans';
import type { Rule } from '../types';
import { isBibliographyLine } from '../text/bibliography';
import { stackedMarker } from '../numbering/markers';
import { EnglishSentenceFinder } from '../text/script';

/** Every character this rule looks at. */
const CANDIDATE = /[.,;:?!()（）]/g;

const FULL: Record<string, string> = { '.': '。', ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/**
 * Half-width `, ; : ? !` and `( )` in Chinese running text, and `.` ending a Chinese sentence, GB/T 15834 (Chinese text
 * takes the full-width marks). A mark counts as Chinese when the character before it is Chinese (an
 * ideograph or a Chinese mark), or the one after it is and the one before is neither a Latin letter nor
 * a digit, or (`, ; :`) it follows a Latin word set between ideographs (`采用AI,提高效率`; not `Yahoo!`). Brackets are judged as a pair on their line: half-width `( )` whose content holds an
 * ideograph or, between ideographs, only a Latin abbreviation or a number (`世界卫生组织(WHO)专家`), or one half-width
 * half of a pair whose other half is full-width. URLs, code, English runs,
 * `3.14`, `10:30`, formulas such as `(500-100)×0.7%` and line-initial ordinals are left alone. A `.` ending a Markdown
 * heading is deleted rather than made `。` (a heading ends with no mark). A `.` after a percentage in a Chinese sentence
 * (`同比增长6.1%.`) is a full stop; one right between two ideographs (`我完全同意.下面`) is offered as `。` only (see
 * `isSentenceStop`: it may be a watermark dot or a foreign name's 间隔号).
 * A URL runs on through Chinese characters (`https://baike.baidu.com/item/青山县(江西省)`, `?q=青山,政务`) up
 * to a space, a full-width mark or the line's end (see `urlRuns`): nothing in it is reported. In English
 * text with a Chinese gloss (`Wang Ming (王明), Foreign Affairs Office`) a bracket pair with a Latin letter
 * before it and no Chinese after it, and a `,` `;` `:` after that pair or with a space and a Latin letter
 * after it, are English marks. Inline JSON (`{"name":"张三,李四"}`, see `text/code-spans`) is code: left alone.
 * An entry of a reference list in GB/T 7714 style (`[1] 王明. 公文写作教程[M]. 北京: 人民出版社, 2020: 12-15.`, with
 * or without the type code, also wrapped onto the next lines; see `isBibliographyLine`) takes half-width marks by
 * that standard: nothing in it is reported.
 * Integers with half-width commas in a Chinese sentence are read as one list (`chineseNumberLists`): with an ellipsis
 * (`第1, 2, …, 5条`) each comma becomes `，`; without (`第1, 2, 5条`) one finding turns every comma into 顿号 `、`
 * (GB/T 15834 §4.5: 并列 numbers), a suggestion for two numbers (maybe two clauses); numbers with thousands separators
 * (`共1,200,…,3,400元`) keep them, the commas between the items are offered as `，`.
 */
export const punctuationWidth: Rule = {
  meta: {
    id: 'punctuation-width',
    scope: 'paragraph',
    yields: true,
    name: msg('标点全半角', 'Punctuation width'),
    basis: 'GB/T 15834',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      '中文语句中的半角标点“, ; : ? ! ( )”应为全角“，；：？！（）”，句末的“.”应为“。”；网址、代码、数字、英文和算式不动',
      'Half-width , ; : ? ! ( ) in Chinese text should be full-width ，；：？！（）, a sentence-final . should be 。; URLs, code, numbers, English and formulas are left alone',
    ),
    example: { wrong: '会议强调,要加强组织领导(试行)', right: '会议强调，要加强组织领导（试行）' },
  },
  check(ctx) {
    const { source } = ctx;
    const text = source.text;
    const layer = proseOf(ctx);
    const markers = markerOffsets(ctx.sections);
    const report = (start: number, edits: Array<[number, string]>, kind: 'safe' | 'suggestion' = 'safe') => {
      const ch = text[start];
      const full = FULL[ch];
      // `几点: 一是`: the full-width mark carries its own space; the space typed after the half-width one goes.
      const spans = edits.map(([at, to]) => ({ start: at, end: at + 1 + spacesAfterMark(text, layer, at, to, line.end), newText: to }));
      const spaced = spans.some((e) => e.end > e.start + 1);
      ctx.report({
        // (offered: a `.` between two ideographs may end a sentence, or stand for the 间隔号 of a foreign name, `约翰.史密斯`)
        message:
          kind === 'safe'
            ? msg(`中文语句中的半角“${ch}”应为全角“${full}”`, `Half-width "${ch}" in Chinese text should be full-width "${full}"`)
            : msg(`中文语句中的半角“${ch}”：若为句末，应为全角“${full}”（外国人名中的间隔号用“·”）`, `Half-width "${ch}" in Chinese text: if it ends a sentence, use a full-width "${full}" (a foreign name's separator is "·")`),
        start,
        end: start + 1,
        fix: {
          title: spaced
            ? msg(`改为全角“${full}”，删去其后空格`, `Change to full-width "${full}" and delete the space after it`)
            : msg(`改为全角“${full}”`, `Change to full-width "${full}"`),
          edits: spans,
          kind,
        },
      });
    };

    /**
     * A number list read whole (`chineseNumberLists`): one finding on the list, one edit per comma between its items
     * (the space typed after it goes too). `plain` (`第1, 2, 5条`): 并列 numbers take 顿号 (GB/T 15834 §4.5), safely from
     * three numbers on; two (`学校120, 45所…`) may be two clauses, so `、` is offered. `grouped` (`共1,200,…,3,400元`): the
     * commas between the items become `，`, offered (which commas separate thousands is a reading).
     */
    const reportList = (list: NumberList) => {
      const plain = list.kind === 'plain';
      const to = plain ? '、' : '，';
      const edits = list.commas.map((k) => ({ start: k, end: k + (text.charCodeAt(k + 1) === 0x20 && layer.isProse(k + 1) ? 2 : 1), newText: to }));
      // The list as the fix writes it (`1、2、5`), for the fix's title.
      let right = '';
      let at = list.start;
      for (const e of edits) {
        right += text.slice(at, e.start) + to;
        at = e.end;
      }
      right += text.slice(at, list.end);
      ctx.report({
        message: !plain
          ? msg('数字列表中分隔各项的半角“,”应为全角“，”；数中的千分位逗号不变', 'The half-width "," between the items of a number list should be "，"; thousands separators inside a number stay')
          : list.commas.length >= 2
            ? msg('并列的数字之间用顿号“、”，不用半角“,”', 'Numbers in a series in Chinese text are separated by 、, not a half-width ","')
            : msg('半角“,”：并列的数字之间用顿号“、”（若是两个分句，用“，”）', 'Half-width ",": numbers in a series take 、 (two clauses take "，")'),
        start: list.start,
        end: list.end,
        fix: {
          title: plain ? msg(`改为“${right}”`, `Change to "${right}"`) : msg('各项之间改为全角“，”', 'Separate the items with a full-width "，"'),
          edits,
          kind: plain && list.commas.length >= 2 ? 'safe' : 'suggestion',
        },
      });
    };

    // Candidates by one native regex scan; lines are walked alongside (a bracket stack per line).
    const lines = source.lines;
    let li = -1;
    let line = lines[0];
    let prose = false;
    let stack: number[] = [];
    const owned = new Set<number>();
    let runs: number[] = [];
    let code: number[] = [];
    let lists: NumberList[] = [];
    const urls = new UrlFinder(text);
    const english = new EnglishSentenceFinder(text);
    for (const [from, to] of layer.windows) {
      li = -1;
      forEachMatchIn(CANDIDATE, text, from, to, (m) => {
        const i = m.index;
        if (li < 0 || i >= line.next) {
          li = source.lineAt(i).index;
          line = lines[li];
          prose = (line.scope === 'text' || line.scope === 'table' || line.scope === 'quote') && !isBibliographyLine(source, li);
          stack = [];
          runs = prose ? urls.runsOn(line.start, line.end) : [];
          code = prose ? jsonSpans(text, line.start, line.end) : [];
          lists = prose ? withOrdinalLists(chineseNumberLists(text, line.start, line.end), chineseOrdinalLists(text, line.start, line.end)) : [];
        }
        if (!prose) return;
        const { start, end } = line;
        if (runs.length > 0 && inSpans(runs, i)) return;
        if (code.length > 0 && inSpans(code, i)) return;
        const c = text.charCodeAt(i);
        if (c === 0x2e) {
          if (!layer.isProse(i) || markers.has(i)) return;
          const stop = isSentenceStop(text, layer, i, start, end);
          if (stop === false) return;
          // `We will visit 西湖.`: the full stop of an English sentence with a Chinese name in it.
          if (english.has(i, start, end)) return;
          // `## 一、总体要求.`: a Markdown heading ends with no mark at all (GB/T 15834 附录B.4), so the `.` goes.
          if (line.headingLevel > 0 && visibleAt(layer, i + 1, end) === -1) {
            ctx.report({
              message: msg('标题末尾不加标点，应删去半角“.”', 'A heading ends without punctuation: delete the "."'),
              start: i,
              end: i + 1,
              fix: { title: msg('删去“.”', 'Delete "."'), edits: [{ start: i, end: i + 1, newText: '' }], kind: 'safe' },
            });
            return;
          }
          report(i, [[i, '。']], stop);
          return;
        }
        if (!layer.isProse(i)) return;
        if (c === 0x28 || c === 0xff08) {
          // `一.(一)、加强领导`: a bracketed ordinal right after the line's marker is numbering-punctuation's (two
          // stacked ordinals, one of which is to go): its brackets are not converted here.
          if (stackedAfterMarker(text, markers, i, start, end)) owned.add(i);
          stack.push(i);
          return;
        }
        if (c === 0x29 || c === 0xff09) {
          const open = stack.pop();
          if (open === undefined || markers.has(open) || markers.has(i) || owned.has(open)) return;
          const openHalf = text.charCodeAt(open) === 0x28;
          const closeHalf = c === 0x29;
          if (openHalf && closeHalf) {
            if (englishGloss(text, open, i, start, end)) return;
            const inner = text.slice(open + 1, i);
            if ((hasIdeograph(inner) || latinInChinese(text, open, i, inner, end)) && layer.isProseRange(open, i + 1) && !english.has(open, start, end)) {
              report(open, [[open, '（'], [i, '）']]);
            }
          } else if (openHalf) report(open, [[open, '（']]);
          else if (closeHalf) report(i, [[i, '）']]);
          return;
        }
        if (markers.has(i)) return;
        const list = c === 0x2c && lists.length > 0 ? numberListAt(lists, i) : undefined;
        if (list !== undefined) {
          if (list.kind !== 'ellipsis') {
            // `第1, 2, 5条`, `共1,200,…,3,400元`: the list is read whole, once, at its first comma (the commas inside a
            // number, `1,200`, are no separators and stay).
            if (i === list.commas[0] && list.commas.every((k) => layer.isProse(k) && !inSpans(runs, k) && !inSpans(code, k))) reportList(list);
            return;
          }
          // `第1, 2, …, 5条`: a number list in a Chinese sentence is read whole, every comma full-width and the space
          // after it deleted (`chineseNumberLists`; `punctuation-ellipsis` widens its `…` in the same pass).
          if (!layer.isProse(i)) return;
          const spaces = text.charCodeAt(i + 1) === 0x20 && layer.isProse(i + 1) ? 1 : 0;
          ctx.report({
            message: msg('中文语句中的半角“,”应为全角“，”', 'Half-width "," in Chinese text should be full-width "，"'),
            start: i,
            end: i + 1,
            fix: {
              title: spaces > 0 ? msg('改为全角“，”，删去其后空格', 'Change to full-width "，" and delete the space after it') : msg('改为全角“，”', 'Change to full-width "，"'),
              edits: [{ start: i, end: i + 1 + spaces, newText: '，' }],
              kind: 'safe',
            },
          });
          return;
        }
        if ((c === 0x2c || c === 0x3b || c === 0x3a) && englishMark(text, i, start, end)) return;
        if (englishSentenceMark(text, english, i, start, end)) return;
        const before = visibleBefore(layer, i, start);
        const after = visibleAt(layer, i + 1, end);
        const chineseBefore = (isChineseChar(before) && !isChineseOpening(before)) || afterPlaceholder(text, i, start);
        const chineseAfter =
          (isIdeograph(after) || isChineseOpening(after)) &&
          before !== -1 &&
          !isAsciiLetter(before) &&
          // `共100,其中`: a thousands separator is followed by digits, so `,` `;` after a number are Chinese.
          (!(isAsciiDigit(before) || before === 0x25) || c === 0x2c || c === 0x3b);
        // A run such as `?!` or `!!` after Chinese text: every mark in it is Chinese.
        const inRun = before === 0x21 || before === 0x3f || before === 0xff01 || before === 0xff1f;
        if (chineseBefore || chineseAfter || (inRun && isChineseRunBefore(text, i, start)) || afterLatinInChinese(text, i, start)) report(i, [[i, FULL[text[i]]]]);
      });
    }
  },
};

/**
 * The number lists of a line (`chineseNumberLists`, sorted, disjoint) with its ordinals in Chinese numerals
 * (`chineseOrdinalLists`: `第二,三产业`) merged in, sorted. The two never overlap (digits against numerals).
 */
function withOrdinalLists(lists: NumberList[], ordinals: NumberList[]): NumberList[] {
  if (ordinals.length === 0) return lists;
  if (lists.length === 0) return ordinals;
  return [...lists, ...ordinals].sort((a, b) => a.start - b.start);
}

/**
 * A half-width `, ; : ? !` at `i` ending a clause of an English sentence that holds Chinese names (`Contact person: 王明,
 * Foreign Affairs Office.`, `visit 西湖, 灵隐寺 and …`, `Welcome to 杭州!`): a space after it (or, for `? !`, the line's
 * end `end`), and the sentence reads as English (`englishSentences`, asked of `english`). A Chinese sentence (`会议要求,
 * Wang Ming参加`) is not one. The line starts at `start`.
 */
function englishSentenceMark(text: string, english: EnglishSentenceFinder, i: number, start: number, end: number): boolean {
  const next = text[i + 1];
  const spaced = next === ' ' || next === '\t';
  const c = text[i];
  if (!spaced && !((c === '?' || c === '!') && nextNonSpace(text, i + 1, end) === -1)) return false;
  return english.has(i, start, end);
}

/**
 * Is the opening bracket at `i` the start of a second ordinal stacked right after the line's marker
 * (`一.(一)、`; `stackedMarker`)? Only spaces may stand between the marker (`markers`) and the bracket; the line is
 * `[start, end)`.
 */
function stackedAfterMarker(text: string, markers: { has(offset: number): boolean }, i: number, start: number, end: number): boolean {
  let k = i;
  while (k > start && (text[k - 1] === ' ' || text[k - 1] === '\t' || text[k - 1] === '\u3000')) k--;
  return k > start && markers.has(k - 1) && stackedMarker(text, k, end)?.start === i;
}

/**
 * `.` ends a Chinese sentence: an ideograph (not a numeral, `一.` is an ordinal) before it, and the end of
 * the line or a closing mark after it; or, at the line's end, closing brackets or quotes after an ideograph (`项目）.`). `3.14`, `v1.2`, `通知.docx`, `...`, `1.2.3`
 * and `2024.5.6` stay. Spaces after the `.` and then the next Chinese sentence (`严守纪律. 谢谢`) or the line's end count as its end too; `MIT. 合作`, `No. 5` and `1. 加强`
 * have no ideograph before the `.`. A percentage in a Chinese sentence (`同比增长6.1%.`, `6.1%.全年`) ends it at the
 * line's end or before the next ideograph: nothing else follows `%` so. Returns how sure the reading is: `'safe'`, or
 * `'suggestion'` for a `.` right between two ideographs (`我完全同意.下面，…`): it may end the sentence, but it may also
 * be a watermark dot a site injected (`素质的.关键指标`, which is residue to delete) or a 间隔号 typed as `.` in a foreign
 * name (`约翰.史密斯`, which takes `·`) — not offered at all beside a word that never ends or never opens a sentence
 * (`的.关键`, `这一刻的.我们`, `.的`); false when it ends no sentence.
 */
function isSentenceStop(text: string, layer: ReturnType<typeof proseOf>, i: number, start: number, end: number): 'safe' | 'suggestion' | false {
  if (text[i + 1] === '.' || text[i - 1] === '.') return false;
  const after = spacedSentenceEnd(text, i + 1, end) ?? visibleAt(layer, i + 1, end);
  const before = visibleBefore(layer, i, start);
  if (!(after === -1 || after === 0x201d || after === 0x2019 || after === 0xff09)) {
    if (!isIdeograph(after)) return false;
    // `（逾期不予受理）.另行通知。`: after closing marks of a Chinese sentence, the next Chinese sentence follows.
    if (closedChinese(text, i, start) || percentAfterIdeograph(text, i, start)) return 'safe';
    return midSentenceStop(text, i, before, after) ? 'suggestion' : false;
  }
  if (isIdeograph(before)) return !'〇一二三四五六七八九十'.includes(String.fromCodePoint(before)) && 'safe';
  // `详见附件1.` at the line's end: a number closing a Chinese sentence (an ideograph right before its digits).
  if (after === -1 && isAsciiDigit(before) && digitsAfterIdeograph(text, i, start)) return 'safe';
  // `同比增长6.1%.` at the line's end.
  if (after === -1 && percentAfterIdeograph(text, i, start)) return 'safe';
  // `…（特别是某项目）.` `…“三个一批”.`: closing brackets or quotes right before a `.` that ends the line, and a
  // Chinese word inside them (`(WHO).` `"OK".` stay). A Chinese sentence at its line's end: no guess.
  return after === -1 && closedChinese(text, i, start) && 'safe';
}

/** Words after which no sentence ends (a structural particle, 之): a `.` after them is no full stop. */
const NEVER_LAST = '的地得之';
/** Words no sentence opens with (particles, suffixes): a `.` before them is no full stop. */
const NEVER_FIRST = '的地得之了着过们吗呢吧啊么';

/**
 * A `.` at `i` right between two ideographs (`before`, `after`, code points; no space) that may end a sentence
 * (`我完全同意.下面`): `before` is no numeral (`一.二`) nor a word no sentence ends with (`NEVER_LAST`), `after` no
 * word a sentence cannot open with (`NEVER_FIRST`), and the clause before the `.` holds two ideographs or more (a
 * single character between marks, `，是.的`, is no sentence) and is not only an opening word (`CLAUSE_OPENER`: `一是.加强`,
 * `首先.我们`, `第一章.总则` take `，`, `、` or a space, not `。`).
 */
function midSentenceStop(text: string, i: number, before: number, after: number): boolean {
  if (!isIdeograph(before) || before > 0xffff || after > 0xffff) return false;
  const b = String.fromCharCode(before);
  if ('〇一二三四五六七八九十'.includes(b) || NEVER_LAST.includes(b) || NEVER_FIRST.includes(String.fromCharCode(after))) return false;
  if (text[i - 1] !== b || !(isIdeograph(text.charCodeAt(i - 2)) || dateEndsClause(text, i))) return false;
  // The clause before the `.`, back to a mark or the line's start (at most 40 units): an opening word takes `，` there.
  let k = i - 1;
  while (k > 0 && i - k < 40 && /[\u3400-\u9fffA-Za-z0-9]/.test(text[k - 1])) k--;
  return !CLAUSE_OPENER.test(text.slice(k, i));
}

/** A date written in Arabic digits that ends right before a `.`: `2025年12月31日`, `12月31日`, `2025年10月`, `10月5号`. */
const DATE_BEFORE_RE = /(?:\d{4}年)?(\d{1,2})月(?:(\d{1,2})[日号])?$/;

/**
 * Does a date (`DATE_BEFORE_RE`: month 1–12, day 1–31) end right before the `.` at `i`, after an ideograph other than a
 * Chinese numeral (`申报截止时间为2025年12月31日.逾期`)? Such a clause holds a sentence as much as two ideographs do
 * (`召开.会议`); a date alone (`12月31日.逾期`, at the line's start or after a mark) is a heading's or a form's, no sentence.
 */
function dateEndsClause(text: string, i: number): boolean {
  const from = Math.max(0, i - 12);
  const m = DATE_BEFORE_RE.exec(text.slice(from, i));
  if (!m) return false;
  const month = Number(m[1]);
  if (month < 1 || month > 12 || (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 31))) return false;
  const at = i - m[0].length;
  if (at === 0) return false;
  const c = codePointBefore(text, at);
  return isIdeograph(c) && !'〇一二三四五六七八九十'.includes(String.fromCodePoint(c));
}

/**
 * A clause that only opens what follows, after which a sentence does not end: an ordinal word (`一是`, `第二`), an article or
 * chapter number (`第一章`, `第三条`: `第一章.总则` is a heading), a connective (`首先`, `最后`, `同时`, `因此`).
 */
const CLAUSE_OPENER = /^(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十百零〇两\d]{1,5}[章节条款项部分篇编]?|首先|其次|再次|然后|最后|另外|此外|同时|因此|所以|但是|然而|不过|总之|综上|例如|比如|其中|对此|为此|对于|关于|据悉|目前|当前|近年来|今年以来)$/;

/**
 * Whether the `.` at `i` follows a percentage (`%` `％` `‰`) whose number follows an ideograph other than a Chinese
 * numeral (`增长6.1%.`, `下降0.5个百分点`: not `5.2%.` after a Latin word or a space), on the line starting at `start`.
 * The number is digits with `.` or `,` in it, at most 16 characters back.
 */
function percentAfterIdeograph(text: string, i: number, start: number): boolean {
  const p = text[i - 1];
  if (p !== '%' && p !== '％' && p !== '‰') return false;
  let k = i - 1;
  while (k > start && i - 1 - k < 16 && /[0-9.,]/.test(text[k - 1])) k--;
  if (k === i - 1 || k === start || !isAsciiDigit(text.charCodeAt(k))) return false;
  const c = codePointBefore(text, k);
  return isIdeograph(c) && !'〇一二三四五六七八九十'.includes(String.fromCodePoint(c));
}

/**
 * Whether the `.` at `i` follows one to three ASCII digits that follow an ideograph other than a Chinese
 * numeral (`附件1.`, `共计100.`; not `1.`, `V1.`, `一1.`), on the line starting at `start`.
 */
function digitsAfterIdeograph(text: string, i: number, start: number): boolean {
  let k = i;
  while (k > start && i - k < 4 && isAsciiDigit(text.charCodeAt(k - 1))) k--;
  if (k === i || i - k > 3 || k === start) return false;
  const c = codePointBefore(text, k);
  return isIdeograph(c) && !'〇一二三四五六七八九十'.includes(String.fromCodePoint(c));
}

/**
 * After a `.` that has spaces or tabs right after it (from `from`, the offset after the `.`), what a sentence
 * end is judged on: -1 when only spaces follow to the line's end `end` or when the next Chinese sentence starts
 * after them (an ideograph or a Chinese opening mark: `纪律. 谢谢`); 0 when something else follows (`No. 5`,
 * which is no sentence end); undefined when no space follows the `.` (judge the character after it).
 */
function spacedSentenceEnd(text: string, from: number, end: number): number | undefined {
  if (from >= end || (text[from] !== ' ' && text[from] !== '\t')) return undefined;
  const next = nextNonSpace(text, from, end);
  return next === -1 || isIdeograph(next) || isChineseOpening(next) ? -1 : 0;
}

/**
 * How many spaces and tabs follow the half-width mark at `at` that becomes `full`, to be deleted with it (`几点: 一是` →
 * `几点：一是`): those `spacesBeforeChinese` takes before Chinese text, a form's blank kept (`编制日期: 年 月 日`,
 * `联系电话: 通讯地址:`), when the full-width mark carries its own spacing (`，；：？！。）`) and the spaces are prose;
 * else 0. `end` is the line's end.
 */
function spacesAfterMark(text: string, layer: ReturnType<typeof proseOf>, at: number, full: string, end: number): number {
  if (!'，；：？！。）'.includes(full)) return 0;
  const k = spacesBeforeChinese(text, at + 1, end, { formBlank: true, opening: true });
  return k > at + 1 && layer.isProseRange(at + 1, k) ? k - at - 1 : 0;
}

/** Closing marks after which a Chinese sentence may end: `）` `)` `”` `"` `’` `》` `】` `」`. */
const SENTENCE_CLOSERS = '）)”"’》】」';

/** The opening mark of each closing one in `SENTENCE_CLOSERS`. */
const OPENER: Readonly<Record<string, string>> = { '）': '（', ')': '(', '”': '“', '"': '"', '’': '‘', '》': '《', '】': '【', '」': '「' };

/** How far back (UTF-16 units) the opening mark of a closed phrase before a `.` is looked for. */
const CLOSED_MAX = 120;

/**
 * Does `[start, i)` end with one to three closing marks (`SENTENCE_CLOSERS`) right after an ideograph (not a
 * numeral, `（一）.`), or closing a phrase that holds Chinese words (`（详见附件1）.`, `“第2条”.`: the phrase ends
 * in a digit)? The phrase is from the first of the closing marks back to its opening mark on the line, at most
 * `CLOSED_MAX` units back; `(WHO).`, `"OK".`, `（1）.` hold no Chinese word and stay.
 */
function closedChinese(text: string, i: number, start: number): boolean {
  let k = i;
  while (k > start && i - k < 3 && SENTENCE_CLOSERS.includes(text[k - 1])) k--;
  if (k === i || k === start) return false;
  // A full-width closing bracket (`（GB/T 9704-2012）.`) is set only in Chinese text, whatever it holds.
  if ('）》】」'.includes(text[i - 1])) return true;
  const c = codePointBefore(text, k);
  if (isIdeograph(c)) return !'〇一二三四五六七八九十'.includes(String.fromCodePoint(c));
  const open = OPENER[text[k]];
  for (let j = k - 1; j >= start && k - j <= CLOSED_MAX; j--) {
    if (text[j] !== open) continue;
    for (let m = j + 1; m < k; m++) {
      const h = text.charCodeAt(m);
      if (isIdeograph(h) && !'〇一二三四五六七八九十'.includes(text[m])) return true;
    }
    return false;
  }
  return false;
}

/**
 * A half-width pair `( )` (offsets `open`, `close`, content `inner`) around a Latin abbreviation or a number set in
 * Chinese text: an ideograph right before `(`, an ideograph or a Chinese mark right after `)`, and only letters,
 * digits, spaces, `.` `&` `-` inside, led by a letter (`世界卫生组织(WHO)专家`, `新冠肺炎(COVID-19)疫情`), or a bare
 * whole number (`见表(1)中`); spaces and tabs may stand between `)` and an ideograph or a Chinese opening mark
 * (`世界卫生组织(WHO) 专家`). `end` is the line's end. A function `f(x)` has a letter before it, a formula
 * (`按(500-100)计算`) an operator inside: both stay.
 */
function latinInChinese(text: string, open: number, close: number, inner: string, end: number): boolean {
  if (!/^(?:[A-Za-z][A-Za-z0-9 .&-]*|\d+)$/.test(inner)) return false;
  if (!isIdeograph(codePointBefore(text, open))) return false;
  const after = text.codePointAt(close + 1) ?? -1;
  if (after === 0x20 || after === 0x09) {
    // `世界卫生组织(WHO) 专家`: a space typed after the half-width bracket, then Chinese (the fix takes the space).
    const next = nextNonSpace(text, close + 1, end);
    return isIdeograph(next) || isChineseOpening(next);
  }
  return isIdeograph(after) || (isChineseChar(after) && !isChineseOpening(after));
}

/**
 * A `, ; :` at `i` right after a Latin word set in Chinese text, with an ideograph right after it (no space):
 * `采用AI,提高效率`, `推广5G,服务群众`, `请下载青禾通APP:扫码`. The Latin run (letters and digits, ending in a letter)
 * must follow an ideograph or a Chinese mark directly (`“i青禾”APP:在`): `Windows XP,Office 2010 和 XXL,都是英文` (spaces
 * around the words) stays English.
 */
function afterLatinInChinese(text: string, i: number, lineStart: number): boolean {
  // `!` `?` may belong to the word (`Yahoo!`): only `, ; :` are taken.
  if (!',;:'.includes(text[i]) || !isAsciiLetter(text.charCodeAt(i - 1))) return false;
  if (!isIdeograph(text.codePointAt(i + 1) ?? -1)) return false;
  let k = i - 1;
  while (k > lineStart && /[A-Za-z0-9]/.test(text[k - 1])) k--;
  return k > lineStart && isChineseChar(codePointBefore(text, k));
}

/** `建设现代化XX,`: a placeholder run of X after Chinese text reads as Chinese. */
function afterPlaceholder(text: string, i: number, lineStart: number): boolean {
  let j = i;
  while (j > lineStart && i - j <= 6 && 'XxＸ×'.includes(text[j - 1])) j--;
  return j < i && i - j <= 6 && j > lineStart && isIdeograph(codePointBefore(text, j));
}

/** Does the run of `?`/`!` ending before `i` follow Chinese text? */
function isChineseRunBefore(text: string, i: number, lineStart: number): boolean {
  let j = i;
  while (j > lineStart && i - j < 8 && '!?！？'.includes(text[j - 1])) j--;
  return j > lineStart && isChineseChar(text.codePointAt(j - 1) as number);
}

/** Marks that end a URL run written in Chinese text: full-width punctuation and brackets, quotes, dashes. */
const URL_STOP = new Set([...'，。；：！？、（）【】《》〈〉〔〕「」『』“”‘’…—　']);

/**
 * Where URLs run on lines, for lines read in order (UTF-16 offsets). A URL starts at a scheme
 * (`https://`, `http://`, `ftp://`, `file://`) or `www.`; its host is ASCII (a Chinese character right after a bare
 * host, `www.gov.cn查询`, ends it), and after the host it runs on through any character, Chinese
 * included (`/item/青山县(江西省)`, `?q=青山,政务`), up to whitespace, a full-width mark (`URL_STOP`) or the
 * line's end; trailing `.,;:!?` and a `)` the URL did not open are left out. Each needle is searched for
 * once in the whole text (the next occurrence is kept), so lines without a URL cost a comparison.
 */
class UrlFinder {
  private nextScheme = -2;
  private nextWww = -2;
  constructor(private readonly text: string) {}

  /** The URL runs on the line `[start, end)`, as flat pairs `[from0, to0, from1, to1, …]`. */
  runsOn(start: number, end: number): number[] {
    if (this.nextScheme !== -1 && this.nextScheme < start) this.nextScheme = this.text.indexOf('://', start);
    if (this.nextWww !== -1 && this.nextWww < start) this.nextWww = this.text.indexOf('www.', start);
    const hasScheme = this.nextScheme !== -1 && this.nextScheme < end;
    const hasWww = this.nextWww !== -1 && this.nextWww < end;
    if (!hasScheme && !hasWww) return [];
    const out: number[] = [];
    const re = /(?:https?|ftp|file):\/\/|www\./gi;
    const line = this.text.slice(start, end);
    for (let m = re.exec(line); m !== null; m = re.exec(line)) {
      const from = start + m.index;
      let to = from + m[0].length;
      // The host part (up to the first `/` `?` `#`) is ASCII: a Chinese character there is the text after a bare host
      // (`请登录https://www.gov.cn查询,或拨打12345`), not part of the URL.
      let host = true;
      while (to < end && !/\s/.test(this.text[to]) && !URL_STOP.has(this.text[to])) {
        const ch = this.text[to];
        if (host && (ch === '/' || ch === '?' || ch === '#')) host = false;
        else if (host && ch.charCodeAt(0) > 0x7f) break;
        to++;
      }
      let opens = 0;
      let closes = 0;
      for (let k = from; k < to; k++) {
        if (this.text[k] === '(') opens++;
        else if (this.text[k] === ')') closes++;
      }
      while (to > from) {
        const ch = this.text[to - 1];
        if ('.,;:!?'.includes(ch)) to--;
        else if (ch === ')' && opens < closes) {
          to--;
          closes--;
        } else break;
      }
      out.push(from, to);
      re.lastIndex = Math.max(re.lastIndex, to - start);
    }
    return out;
  }
}

/** The code point at or after `i` on the line that is not a space; -1 at the line's end. */
function nextNonSpace(text: string, i: number, end: number): number {
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  return i < end ? (text.codePointAt(i) as number) : -1;
}

/** The code point before `i` on the line that is not a space; -1 at the line's start. */
function prevNonSpace(text: string, i: number, start: number): number {
  while (i > start && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i > start ? codePointBefore(text, i) : -1;
}

/**
 * A half-width pair `( )` (offsets `open`, `close`) glossing English text in Chinese: a Latin letter before
 * `(` and no Chinese after `)` (spaces skipped): `Wang Ming (王明), Foreign Affairs Office`.
 */
function englishGloss(text: string, open: number, close: number, start: number, end: number): boolean {
  if (!englishBefore(text, open, start)) return false;
  const after = nextNonSpace(text, close + 1, end);
  return after === -1 || !isChineseChar(after);
}

/**
 * Whether the text before offset `i` on its line (from `start`) is an English run: Latin words (spaces
 * skipped), not a placeholder (`XXX`), and no Chinese character just before them (`人员XXX(姓名)`, `采用ABC(`
 * are Chinese text).
 */
function englishBefore(text: string, i: number, start: number): boolean {
  let j = i;
  while (j > start && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
  if (!isAsciiLetter(text.charCodeAt(j - 1))) return false;
  let k = j;
  while (k > start && /[A-Za-z0-9 .'&-]/.test(text[k - 1])) k--;
  const words = text.slice(k, j);
  if (/^[\sXx]*$/.test(words)) return false;
  return prevNonSpace(text, k, start) === -1 || !isChineseChar(prevNonSpace(text, k, start));
}

/**
 * A `,` `;` `:` at `i` in an English run: a Latin letter after it past a space (`, Foreign`), or a `)` of an
 * English gloss before it (`(王明), Foreign`).
 */
function englishMark(text: string, i: number, start: number, end: number): boolean {
  if (text[i + 1] !== ' ' || !isAsciiLetter(nextNonSpace(text, i + 1, end))) return false;
  const before = prevNonSpace(text, i, start);
  if (isAsciiLetter(before)) return englishBefore(text, i, start);
  if (before !== 0x29) return false;
  const open = text.lastIndexOf('(', i);
  return open >= start && englishBefore(text, open, start);
}
