import { codePointAt, codePointBefore, isChineseOpening, isChinesePunctuation, isIdeograph } from './chars';
import type { TextLayer } from './prose';

/**
 * Neighbours as a reader sees them: Markdown markup (`**`, `[`, `]`) between two characters is
 * skipped, so `**注意**:` reads as `注意:`. Offsets are UTF-16; results are code points (-1 at an edge
 * of the line).
 */

/** The code point just before `offset` on its line, skipping markup; -1 at the line's start. */
export function visibleBefore(layer: TextLayer, offset: number, lineStart: number): number {
  const text = layer.source.text;
  let i = offset;
  while (i > lineStart && layer.kindAt(i - 1) === 'markup') i--;
  if (i <= lineStart) return -1;
  return codePointBefore(text, i);
}

/** The code point at or after `offset` on its line, skipping markup; -1 at the line's end. */
export function visibleAt(layer: TextLayer, offset: number, lineEnd: number): number {
  const text = layer.source.text;
  let i = offset;
  while (i < lineEnd && layer.kindAt(i) === 'markup') i++;
  if (i >= lineEnd) return -1;
  return codePointAt(text, i);
}

/**
 * The end (UTF-16 offset) of the spaces (U+0020) typed from `from` on, when Chinese text follows them on the line
 * (before `end`, the line's end): an ideograph, or with `opening` a Chinese opening mark (`“` `（` `《`…); `from`
 * when no space is there or anything else follows (a Latin word, a digit, markup, a line break, the line's end).
 * A full-width space (U+3000) is never taken: it is typed on purpose; nor a tab, which separates the columns of a
 * table pasted from a spreadsheet (`姓名:\t张三`). The fixes that write a full-width mark or a
 * standard ordinal take these spaces with them, since the new mark carries its own spacing (GB/T 15834 full-width
 * marks, GB/T 9704 §7.3.3 ordinals set right before their text): `几点: 一是` → `几点：一是`, `一. 加强领导` →
 * `一、加强领导`. With `formBlank` the spaces may be a form's blank left for filling in, and stay: before 年 月 日
 * (`编制日期: 年 月 日`), and after a colon (`from - 1`) when the next word ends in a colon too (`联系电话: 通讯地址:`).
 */
export function spacesBeforeChinese(text: string, from: number, end: number, options: { formBlank: boolean; opening: boolean }): number {
  let k = from;
  while (k < end && text[k] === ' ') k++;
  if (k === from || k >= end) return from;
  const next = codePointAt(text, k);
  if (!(isIdeograph(next) || (options.opening && isChineseOpening(next)))) return from;
  if (options.formBlank) {
    if ('年月日'.includes(text[k])) return from;
    if (text[from - 1] === ':' || text[from - 1] === '：') {
      let w = k;
      while (w < end && w - k < 24 && text[w] !== ' ' && text[w] !== '\t' && text[w] !== '\u3000') w++;
      if (text[w - 1] === ':' || text[w - 1] === '：') return from;
    }
  }
  return k;
}

/** An ideograph or a Chinese punctuation mark: the character marks Chinese running text. */
export function isChineseChar(cp: number): boolean {
  return cp >= 0x2000 && (isIdeograph(cp) || isChinesePunctuation(cp));
}

const markerCache = new WeakMap<object, MarkerOffsets>();

/** Which offsets belong to a line-initial ordinal marker: `has(offset)`. */
export interface MarkerOffsets {
  has(offset: number): boolean;
}

/**
 * The offsets covered by line-initial ordinal markers (`一、` `（一）` `1.`): the numbering rules own
 * their punctuation, so prose rules leave these characters alone. Built once per section tree, as the
 * markers' sorted, merged `[start, end)` ranges (UTF-16) searched by bisection: a table per offset would
 * cost a document-long array on every keystroke for a few look-ups in the edited paragraphs.
 */
export function markerOffsets(sections: { markers: ReadonlyArray<{ marker?: { start: number; end: number } }> }): MarkerOffsets {
  let s = markerCache.get(sections);
  if (!s) {
    const list = markerRanges(sections);
    // Merged: overlapping or touching ranges become one, so at most one range holds an offset.
    const bounds = new Int32Array(list.length);
    let n = 0;
    for (let k = 0; k < list.length; k += 2) {
      const start = list[k];
      const end = list[k + 1];
      if (start >= end) continue;
      if (n > 0 && start <= bounds[n - 1]) bounds[n - 1] = Math.max(bounds[n - 1], end);
      else {
        bounds[n++] = start;
        bounds[n++] = end;
      }
    }
    s = new MarkerRanges(bounds, n >> 1);
    markerCache.set(sections, s);
  }
  return s;
}

const rangeCache = new WeakMap<object, Int32Array>();

/**
 * The line-initial ordinal markers of a section tree as flat `[start, end)` UTF-16 pairs sorted by start
 * (a stable sort: ties keep the tree's order): marker k is `[r[2k], r[2k + 1])`. Built once per tree; do not
 * modify. The tree lists its markers in document order, so the sort is usually only a check.
 */
export function markerRanges(sections: { markers: ReadonlyArray<{ marker?: { start: number; end: number } }> }): Int32Array {
  let out = rangeCache.get(sections);
  if (out) return out;
  let count = 0;
  for (const sec of sections.markers) if (sec.marker) count++;
  out = new Int32Array(2 * count);
  let n = 0;
  let sorted = true;
  for (const sec of sections.markers) {
    const m = sec.marker;
    if (!m) continue;
    if (n > 0 && m.start < out[n - 2]) sorted = false;
    out[n++] = m.start;
    out[n++] = m.end;
  }
  if (!sorted) {
    const pairs: Array<[number, number]> = [];
    for (let k = 0; k < n; k += 2) pairs.push([out[k], out[k + 1]]);
    pairs.sort((x, y) => x[0] - y[0]);
    for (let k = 0; k < pairs.length; k++) (out[2 * k] = pairs[k][0]), (out[2 * k + 1] = pairs[k][1]);
  }
  rangeCache.set(sections, out);
  return out;
}

/** `count` sorted, disjoint `[start, end)` ranges as flat pairs: `has` bisects them. */
class MarkerRanges implements MarkerOffsets {
  constructor(
    private readonly bounds: Int32Array,
    private readonly count: number,
  ) {}

  has(offset: number): boolean {
    const b = this.bounds;
    // The last range starting at or before `offset`.
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b[2 * mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && offset < b[2 * lo - 1];
  }
}
