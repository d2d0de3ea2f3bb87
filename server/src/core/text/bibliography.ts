/**
 * Reference lists (参考文献) in GB/T 7714 style: their entries take half-width `. , : //` by that standard
 * (GB/T 7714-2015 §8), so rules that read Chinese running text leave them alone. Offsets are UTF-16; lines 0-based.
 */
import type { Source } from '../source';

/**
 * The start of a reference-list entry: `[1]` `［1］` `1.` `1．` (up to three digits) at the line's start, spaces
 * before it allowed. Sticky: tried at a line's start.
 */
const ENTRY_NUMBER = /[ \t\u3000]*(?:\[\d{1,3}\]|［\d{1,3}］|\d{1,3}[.．])/y;

/**
 * A GB/T 7714 document-type code: 普通图书 M, 会议录 C, 汇编 G, 报纸 N, 期刊 J, 学位论文 D, 报告 R, 标准 S, 专利 P,
 * 数据库 DB, 计算机程序 CP, 电子公告 EB, 档案 A, 舆图 CM, 数据集 DS, 其他 Z; optionally with a carrier (`/OL` `/CD`
 * `/MT` `/DK`); in half- or full-width brackets.
 */
const DOCUMENT_TYPE = /[[［](?:M|C|G|N|J|D|R|S|P|DB|CP|EB|A|CM|DS|Z)(?:\/(?:OL|CD|MT|DK))?[\]］]/;

/**
 * The shape of a whole reference-list entry after its number (GB/T 7714-2015 §8, 顺序编码制): a first segment (the
 * authors, or the title when there are none: no `. 。 ； ; ！ ? ： :`, at most 80 units) closed by a half-width `.`,
 * then more text holding a year after a comma or an opening bracket (`北京: 人民出版社, 2020`, `中国行政管理, 2021`,
 * `人民日报, 2023-03-01(4)`, `(2022-06-23)`). The year (1500–2099) ends the entry or is followed by a mark of the entry
 * (`. , : ;` `( ) [ ]`, not `.digit`) or by the rest of a date (`-03-01`): `到2025年, 基本建成`, `全县共有企业, 1200家`,
 * `共计, 2000.5万元`, `道路3公里, 2023-2025年实施` and `各项任务, 2025 年底前` are running text.
 */
export const ENTRY_SHAPE = /^[ \t]*[^.。；;！？!?：:]{1,80}?\.[ \t]*\S.*?(?:[,，][ \t]*|[(（])(?:1[5-9]|20)\d\d(?=[,:;，：；)\]）］［\[(（]|\.(?!\d)|[ \t]*$|-\d{1,2}-\d{1,2})/u;

/** How many lines after its first an entry may be wrapped onto (a longer run is not one entry). */
const ENTRY_WRAP_MAX = 3;

/** Can line `li` of `source` hold (part of) a reference entry: prose-like scope, no heading? */
function entryScope(source: Source, li: number, scope: string): boolean {
  const l = source.lines[li];
  return l.scope === scope && l.headingLevel === 0 && l.end > l.start && source.lineText(l).trim() !== '';
}

/** The offset after the entry number (`ENTRY_NUMBER`) at the start of the line `[start, end)`, or -1. */
function entryNumberEnd(text: string, start: number, end: number): number {
  ENTRY_NUMBER.lastIndex = start;
  return ENTRY_NUMBER.test(text) && ENTRY_NUMBER.lastIndex <= end ? ENTRY_NUMBER.lastIndex : -1;
}

/**
 * Is line `li` (0-based) of `source` part of an entry of a reference list (参考文献) in GB/T 7714 style, whose
 * half-width `. , : //` are right by that standard (GB/T 7714-2015 §8: `[1] 王明. 公文写作教程[M]. 北京: 人民出版社,
 * 2020: 12-15.`)? An entry starts with a number (`ENTRY_NUMBER`: `[1]` `［1］` `1.` `1．`) and is recognised
 * by its shape (`ENTRY_SHAPE`: authors. title. place: publisher, year), with or without a document-type code; it
 * may be wrapped: the lines after the numbered one (same scope, no blank line, no heading, not numbered
 * themselves, at most `ENTRY_WRAP_MAX`) belong to it until the text read so far has the whole shape. So a
 * complete entry never takes the next paragraph in. A numbered line with a type code (`DOCUMENT_TYPE`, `[M]`
 * `[J]` `[EB/OL]`…) is an entry on its own when no wrapped lines complete it. An ordinal item of running text
 * (`1. 加强领导,狠抓落实.`, `1. 总体目标. 到2025年, 基本建成.`) has neither shape nor code.
 */
export function isBibliographyLine(source: Source, li: number): boolean {
  const text = source.text;
  const lines = source.lines;
  const scope = lines[li].scope;
  if (!entryScope(source, li, scope)) return false;
  // The numbered line this one may belong to: itself, or up to ENTRY_WRAP_MAX lines before it.
  let first = li;
  let after = entryNumberEnd(text, lines[li].start, lines[li].end);
  while (after < 0) {
    if (li - first >= ENTRY_WRAP_MAX || first === 0 || !entryScope(source, first - 1, scope)) return false;
    first--;
    after = entryNumberEnd(text, lines[first].start, lines[first].end);
  }
  // Read the entry line by line until it has the whole shape.
  let read = text.slice(after, lines[first].end);
  for (let k = first; ; ) {
    if (ENTRY_SHAPE.test(read)) return li <= k;
    k++;
    if (k - first > ENTRY_WRAP_MAX || k >= lines.length || !entryScope(source, k, scope) || entryNumberEnd(text, lines[k].start, lines[k].end) >= 0) break;
    read += text.slice(lines[k].start, lines[k].end);
  }
  return li === first && DOCUMENT_TYPE.test(text.slice(after, lines[first].end));
}

/** `ENTRY_SHAPE` with the entry number optional, on a line's own text. */
const ENTRY_TEXT = new RegExp(`^(?:${ENTRY_NUMBER.source})?${ENTRY_SHAPE.source.slice(1)}`, 'u');

/**
 * Does `t`, the text of one line (an entry number there or not: a Markdown list marker may have been stripped),
 * read as a whole reference-list entry by its shape (`ENTRY_SHAPE`: `[4] 国务院办公厅. 关于加强数字政府建设的指导意见.
 * (2022-06-23)[2024-01-05].`, `王明. 公文写作. 北京: 出版社, 2020.`)? For a classifier that must not take an entry
 * for something else (a byline with two dates); not for judging the entry's own marks (see `isBibliographyLine`).
 */
export function isBibliographyText(t: string): boolean {
  return ENTRY_TEXT.test(t);
}
