import { forEachMatchIn } from '../text/scan';
import { msg } from '../messages';
import { codePointBefore, hasIdeograph, isAsciiDigit, isAsciiLetter, isChineseOpening, isIdeograph, markerOffsets, proseOf, visibleAt, visibleBefore, isChineseChar } from '../text';
import type { Rule } from '../types';

/** Every character this rule looks at. */
const CANDIDATE = /[.,;:?!()（）]/g;

const FULL: Record<string, string> = { '.': '。', ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/**
 * Half-width `, ; : ? !` and `( )` in Chinese running text, and `.` ending a Chinese sentence, GB/T 15834 (Chinese text
 * takes the full-width marks). A mark counts as Chinese when the character before it is Chinese (an
 * ideograph or a Chinese mark), or the one after it is and the one before is neither a Latin letter nor
 * a digit. Brackets are judged as a pair on their line: half-width `( )` whose content holds an
 * ideograph, or one half-width half of a pair whose other half is full-width. URLs, code, English runs,
 * `3.14`, `10:30`, formulas such as `(500-100)×0.7%` and line-initial ordinals are left alone.
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
    const report = (start: number, edits: Array<[number, string]>) => {
      const ch = text[start];
      const full = FULL[ch];
      ctx.report({
        message: msg(`中文语句中的半角“${ch}”应为全角“${full}”`, `Half-width "${ch}" in Chinese text should be full-width "${full}"`),
        start,
        end: start + 1,
        fix: {
          title: msg(`改为全角“${full}”`, `Change to full-width "${full}"`),
          edits: edits.map(([at, to]) => ({ start: at, end: at + 1, newText: to })),
          kind: 'safe',
        },
      });
    };

    // Candidates by one native regex scan; lines are walked alongside (a bracket stack per line).
    const lines = source.lines;
    let li = -1;
    let line = lines[0];
    let prose = false;
    let stack: number[] = [];
    for (const [from, to] of layer.windows) {
      li = -1;
      forEachMatchIn(CANDIDATE, text, from, to, (m) => {
        const i = m.index;
        if (li < 0 || i >= line.next) {
          li = source.lineAt(i).index;
          line = lines[li];
          prose = line.scope === 'text' || line.scope === 'table' || line.scope === 'quote';
          stack = [];
        }
        if (!prose) return;
        const { start, end } = line;
        const c = text.charCodeAt(i);
        if (c === 0x2e) {
          if (layer.isProse(i) && !markers.has(i) && isSentenceStop(text, layer, i, start, end)) report(i, [[i, '。']]);
          return;
        }
        if (!layer.isProse(i)) return;
        if (c === 0x28 || c === 0xff08) {
          stack.push(i);
          return;
        }
        if (c === 0x29 || c === 0xff09) {
          const open = stack.pop();
          if (open === undefined || markers.has(open) || markers.has(i)) return;
          const openHalf = text.charCodeAt(open) === 0x28;
          const closeHalf = c === 0x29;
          if (openHalf && closeHalf) {
            if (hasIdeograph(text.slice(open + 1, i)) && layer.isProseRange(open, i + 1)) report(open, [[open, '（'], [i, '）']]);
          } else if (openHalf) report(open, [[open, '（']]);
          else if (closeHalf) report(i, [[i, '）']]);
          return;
        }
        if (markers.has(i)) return;
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
        if (chineseBefore || chineseAfter || (inRun && isChineseRunBefore(text, i, start))) report(i, [[i, FULL[text[i]]]]);
      });
    }
  },
};

/**
 * `.` ends a Chinese sentence: an ideograph (not a numeral, `一.` is an ordinal) before it, and the end of
 * the line or a closing mark after it. `3.14`, `v1.2`, `通知.docx`, `...` and a watermark dot inside a
 * sentence (`的.关键`, which is noise to delete, not a full stop) stay.
 */
function isSentenceStop(text: string, layer: ReturnType<typeof proseOf>, i: number, start: number, end: number): boolean {
  const before = visibleBefore(layer, i, start);
  if (!isIdeograph(before) || '〇一二三四五六七八九十'.includes(String.fromCodePoint(before))) return false;
  if (text[i + 1] === '.' || text[i - 1] === '.') return false;
  const after = visibleAt(layer, i + 1, end);
  return after === -1 || after === 0x201d || after === 0x2019 || after === 0xff09;
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
