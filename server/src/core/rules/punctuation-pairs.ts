import { forEachMatchIn } from '../text/scan';
import { msg } from '../messages';
import { isAsciiDigit, isAsciiLetter, proseOf } from '../text';
import type { AttachmentNote } from '../document/types';
import type { Rule } from '../types';

const OPEN_OF: Record<string, string> = { '”': '“', '’': '‘', '》': '《', '）': '（', '】': '【', '〕': '〔', '〉': '〈' };
const CLOSE_OF: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）', '【': '】', '〔': '〕', '〈': '〉' };

/** The opening marks' UTF-16 codes (“ ‘ 《 （ 【 〔 〈); an index here is a kind of mark. */
const OPENERS: readonly number[] = [0x201c, 0x2018, 0x300a, 0xff08, 0x3010, 0x3014, 0x3008];

/** The opening mark's code for a closing mark's (” ’ 》 ） 】 〕 〉), else -1. */
function openerOf(c: number): number {
  switch (c) {
    case 0x201d:
      return 0x201c;
    case 0x2019:
      return 0x2018;
    case 0x300b:
      return 0x300a;
    case 0xff09:
      return 0xff08;
    case 0x3011:
      return 0x3010;
    case 0x3015:
      return 0x3014;
    case 0x3009:
      return 0x3008;
    default:
      return -1;
  }
}

/** The marks this rule pairs. */
const PAIRED = /[“”‘’《》（）【】〔〕〈〉]/g;

/** A line-initial ordinal written with only a closing bracket (`1）` `一）` `a）`): the numbering rules' concern. */
const HALF_ORDINAL = /^[\s\u3000]*(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[A-Za-z])$/;

/**
 * Unbalanced paired marks within a prose paragraph, GB/T 15834 §4.8 (引号), §4.9 (括号), §4.15 (书名号, with 〈〉 inside 《》):
 * a `“ ‘ 《 （ 【 〔 〈` without its closer, or a closer without its opener. A quotation running over
 * several paragraphs opens each with `“` and closes only the last (GB/T 15834 §4.8): an unclosed
 * `“` followed by a paragraph that opens with `“` is right. `’` after a Latin letter or before a digit is an apostrophe (`don’t`, `’99`).
 * An attachment's name wrapped over lines in the 附件说明 (GB/T 9704 §7.3.4) is read as one paragraph.
 * No fix: where the missing mark belongs is the writer's call.
 */
export const punctuationPairs: Rule = {
  meta: {
    id: 'punctuation-pairs',
    scope: 'paragraph',
    name: msg('成对标点', 'Paired punctuation'),
    basis: 'GB/T 15834',
    defaultSeverity: 'warning',
    fixable: false,
    description: msg(
      '段落内的成对标点“”‘’《》（）【】〔〕〈〉不配对（缺前半或后半）',
      'Paired marks “” ‘’ 《》 （） 【】 〔〕 〈〉 not balanced within a paragraph',
    ),
    example: { wrong: '学习《中国共产党章程，提高认识', right: '学习《中国共产党章程》，提高认识' },
  },
  check(ctx) {
    const { source } = ctx;
    const text = source.text;
    const layer = proseOf(ctx);
    const paras = joinWrappedNames(layer.paragraphBounds(), ctx.document.attachmentNote, text);
    const count = paras.length >> 1;
    // Every paired mark of the text, by one native scan; each paragraph takes its share in order. When
    // the engine re-checks a few paragraphs (ctx.windows), only theirs.
    const marks: number[] = [];
    if (ctx.windows) {
      for (let p = 0; p < count; p++) if (layer.touches(paras[2 * p], paras[2 * p + 1])) forEachMatchIn(PAIRED, text, paras[2 * p], paras[2 * p + 1], (m) => marks.push(m.index));
    } else {
      PAIRED.lastIndex = 0;
      for (let m = PAIRED.exec(text); m !== null; m = PAIRED.exec(text)) marks.push(m.index);
    }
    let q = 0;
    // Per paragraph, marks by offset (the mark is the text's character there): no object or string per mark.
    const stack: number[] = [];
    const lone: number[] = [];
    // Open marks of each kind on the stack (by OPENERS index): a closer with none of its kind is lone at once,
    // so the scan down the stack below always removes what it passes (linear time on any input).
    const open = new Int32Array(OPENERS.length);
    for (let p = 0; p < count; p++) {
      const start = paras[2 * p];
      const end = paras[2 * p + 1];
      while (q < marks.length && marks[q] < start) q++;
      if (q >= marks.length) break;
      if (marks[q] >= end || !layer.touches(start, end)) continue;
      const para = { start, end };
      stack.length = 0;
      lone.length = 0;
      open.fill(0);
      for (; q < marks.length && marks[q] < para.end; q++) {
        const i = marks[q];
        const c = text.charCodeAt(i);
        const kind = OPENERS.indexOf(c);
        if (kind >= 0) {
          if (layer.isProse(i)) {
            stack.push(i);
            open[kind]++;
          }
          continue;
        }
        const opener = openerOf(c);
        if (opener < 0 || !layer.isProse(i)) continue;
        // An apostrophe: `don’t`, `’99` (a year cut short).
        if (c === 0x2019 && (isAsciiLetter(text.charCodeAt(i - 1)) || isAsciiDigit(text.charCodeAt(i + 1)))) continue;
        // Close the nearest matching opener; openers of other kinds left above it are unclosed.
        let k = -1;
        if (open[OPENERS.indexOf(opener)] > 0) {
          k = stack.length - 1;
          while (text.charCodeAt(stack[k]) !== opener) k--;
        }
        if (k < 0) {
          const line = source.lineAt(i);
          if (c === 0xff09 && HALF_ORDINAL.test(text.slice(line.start, i))) continue;
          lone.push(i);
          continue;
        }
        for (let j = stack.length - 1; j >= k; j--) open[OPENERS.indexOf(text.charCodeAt(stack[j]))]--;
        for (let j = stack.length - 1; j > k; j--) lone.push(stack[j]);
        stack.length = k;
      }
      // (Read only when a mark is left open: most paragraphs close all theirs.)
      const continues = stack.length > 0 && p + 1 < count && text[firstVisible(text, paras[2 * p + 2], paras[2 * p + 3])] === '“';
      for (const at of stack) {
        if (text.charCodeAt(at) === 0x201c && continues) continue;
        lone.push(at);
      }
      if (lone.length === 0) continue;
      // Only `”` and an even number of them: punctuation-quotes (all-closing) reads them as pairs.
      if (lone.every((at) => text.charCodeAt(at) === 0x201d) && lone.length % 2 === 0 && !text.slice(para.start, para.end).includes('“')) continue;
      // A paragraph that continues a quotation may close it without opening.
      const continued =
        lone.some((at) => text.charCodeAt(at) === 0x201d) && text[firstVisible(text, para.start, para.end)] === '“' && p > 0 && opensUnclosed(text, paras[2 * p - 2], paras[2 * p - 1]);
      lone.sort((a, b) => a - b);
      for (const at of lone) {
        const ch = text[at];
        if (continued && ch === '”') continue;
        const isOpen = CLOSE_OF[ch] !== undefined;
        const other = isOpen ? CLOSE_OF[ch] : OPEN_OF[ch];
        ctx.report({
          message: isOpen
            ? msg(`“${ch}”没有对应的“${other}”：成对标点须成对使用`, `"${ch}" has no matching "${other}": paired marks come in pairs`)
            : msg(`“${ch}”前面没有对应的“${other}”：成对标点须成对使用`, `"${ch}" has no matching "${other}" before it: paired marks come in pairs`),
          start: at,
          end: at + 1,
        });
      }
    }
  },
};

/**
 * The prose paragraphs (flat pairs of UTF-16 offsets, see `TextLayer.paragraphBounds`) with the lines of an
 * attachment's name wrapped in the 附件说明 (GB/T 9704 §7.3.4: `附件：1.计划表（含续建项目` over
 * `　　　　和新开工项目）`) joined into one: a bracket opened on one line closes on the next. The bounds
 * themselves when no name wraps (the usual case: no copy).
 */
function joinWrappedNames(bounds: Int32Array, note: AttachmentNote | undefined, text: string): Int32Array {
  if (!note) return bounds;
  const wrapped = note.items.filter((it) => text.slice(it.start, it.end).includes('\n'));
  if (wrapped.length === 0) return bounds;
  const out: number[] = [];
  let w = 0;
  for (let k = 0; k < bounds.length; k += 2) {
    while (w < wrapped.length && wrapped[w].end < bounds[k]) w++;
    const it = wrapped[w];
    const inside = it !== undefined && bounds[k + 1] <= it.end && bounds[k + 1] > it.start;
    const joins = inside && out.length > 0 && out[out.length - 1] > it.start && bounds[k] > it.start;
    if (joins) out[out.length - 1] = bounds[k + 1];
    else out.push(bounds[k], bounds[k + 1]);
  }
  return Int32Array.from(out);
}

function firstVisible(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && /[\s\u3000>#*_]/.test(text[i])) i++;
  return i;
}

/** Does `[start, end)` leave a “ unclosed? */
function opensUnclosed(text: string, start: number, end: number): boolean {
  let d = 0;
  for (let i = start; i < end; i++) {
    if (text[i] === '“') d++;
    else if (text[i] === '”') d = Math.max(0, d - 1);
  }
  return d > 0;
}
