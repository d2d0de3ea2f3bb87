import { msg } from '../messages';
import { FAMILY_LEVEL, formatMarker, listMarkerEnd, parseMarker, runInMarkers } from '../numbering/markers';
import { parseChineseNumeral, toChineseNumeral } from '../numbering/numerals';
import { seriesOf, siblingLists } from '../numbering/tree';
import type { Line, Marker, MarkerFamily, OffsetEdit, Rule, RuleContext } from '../types';
import type { Source } from '../source';
import { lineValues } from '../line-values';

/**
 * Two ordinal styles in one series (通行做法: one series, one style):
 *  - siblings whose values run on across two styles (`1.` `2.` `（3）`): the odd one out takes the
 *    series' style (fix);
 *  - ordinal words from different sets in one series (`首先……其次……第三……`, `第一……其次……`), as
 *    the sub-check `words` (info, no fix). `首先…其次…最后` and `第一…第二…第三` are correct sets.
 *    A series is one paragraph, continued by the next paragraph when that paragraph opens with its next word.
 */
export const numberingMixed: Rule = {
  meta: {
    id: 'numbering-mixed',
    name: msg('序号形式混用', 'Mixed ordinal styles'),
    basis: '实务',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg('同一组序号应使用同一种形式，不混用“1.”与“（3）”、“首先”与“第三”', 'One series, one ordinal style: no "1." with "（3）", no 首先 with 第三'),
    example: { wrong: '首先，……\n其次，……\n第三，……', right: '首先，……\n其次，……\n再次，……' },
    subChecks: {
      words: {
        defaultSeverity: 'info',
        example: { wrong: '首先，……其次，……第三，……', right: '首先，……其次，……再次，……' },
        description: msg('序数词混用：“首先……其次……第三……”等不同套的序数词用于同一组', 'Ordinal words from different sets in one series: 首先……其次……第三……'),
      },
    },
  },
  check(ctx) {
    styles(ctx);
    words(ctx);
  },
};

function styles(ctx: RuleContext): void {
  const tree = ctx.sections;
  // The last marker of each series among one list's siblings, by the series family's level (one per family).
  const lastOf: Array<Marker | undefined> = [undefined, undefined, undefined, undefined, undefined, undefined];
  for (const list of siblingLists(tree)) {
    lastOf.fill(undefined);
    for (const s of list) {
      const m = s.marker;
      if (!m || m.family === 'di') continue;
      const series = seriesOf(tree, s) as MarkerFamily;
      const prev = lastOf[FAMILY_LEVEL[series]];
      lastOf[FAMILY_LEVEL[series]] = m;
      if (series === m.family || !prev) continue;
      // Digits half-width (`（４）` among `3．` items → `4.`): numbering-punctuation reports full-width ones too.
      const want = formatMarker(series, m.value);
      ctx.report({
        message: msg(
          `序号“${m.text}”与同组前一项“${prev.text}”形式不一致，应为“${want}”`,
          `Ordinal "${m.text}" is in another style than its series ("${prev.text}"); expected "${want}"`,
        ),
        start: m.start,
        end: m.end,
        fix: { title: msg(`改为“${want}”`, `Change to "${want}"`), edits: [markdownAware(ctx, s.line, m, prev, want)], kind: 'suggestion' },
      });
    }
  }
}

/**
 * The edit that writes `want` over marker `m` (on 0-based line `li`), the series' style taken from `prev`. In
 * Markdown a list item keeps its list syntax: an ordered-list marker that becomes `（3）` loses its space
 * (nothing follows a bracketed ordinal), and `（3）` that joins a list of `1. ` `2. ` items takes the space
 * after `3.` that makes it an item of that list.
 */
function markdownAware(ctx: RuleContext, li: number, m: Marker, prev: Marker, want: string): OffsetEdit {
  if (ctx.language !== 'markdown') return { start: m.start, end: m.end, newText: want };
  const line = ctx.source.lines[li];
  const item = listMarkerEnd(ctx.text, line.start, line.end, m);
  if (item >= 0 && !want.endsWith('.')) return { start: m.start, end: item, newText: want };
  if (item < 0 && want.endsWith('.')) {
    const pl = ctx.source.lineAt(prev.start);
    const space = ctx.text.charCodeAt(m.end) === 0x20 || ctx.text.charCodeAt(m.end) === 0x09;
    if (!space && listMarkerEnd(ctx.text, pl.start, pl.end, prev) >= 0) return { start: m.start, end: m.end, newText: `${want} ` };
  }
  return { start: m.start, end: m.end, newText: want };
}

type WordSet = 'word' | 'di';
interface Token {
  set: WordSet;
  /** 1 for a series opener (首先, 第一), n for the n-th, 0 for 最后 (fits every set). */
  n: number;
  start: number;
  end: number;
  text: string;
  paragraph: number;
  /** An opener after a comma (`……，首先是……`): it opens a series but is too loose to call others mixed. */
  weak: boolean;
  /** At the start of its paragraph. */
  paragraphStart: boolean;
}

// Linear: alternatives are fixed words or a bounded numeral run; no nested quantifiers.
const WORD_RE = /首先|其次(?=[，,是要])|再次(?=[，,])|最后|第([一二三四五六七八九十]{1,3})[，、：,:]/g;
/** Where a clause starts: ordinal words only count there. */
const CLAUSE_BREAK = '。；！？：;!?';
/** A series ends when its next word is more than this many paragraphs away. */
const MAX_PARAGRAPH_GAP = 4;

function words(ctx: RuleContext): void {
  const text = ctx.text;
  const source = ctx.source;
  const paras = source.paragraphs();
  /** The index in `paras` of the paragraph holding line `li`, -1 for a line in none (binary search: only token lines ask). */
  const paragraphOf = (li: number): number => {
    let lo = 0;
    let hi = paras.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paras[mid][0].index <= li) lo = mid + 1;
      else hi = mid;
    }
    const p = lo - 1;
    return p >= 0 && paras[p][paras[p].length - 1].index >= li ? p : -1;
  };
  const tokens: Token[] = [];
  for (const [at, line, word, numeral] of wordMatches(source)) {
    if (at < line.contentStart) continue;
    // The character before, skipping astral characters (surrogate pairs) so that a rare character
    // glued to the ordinal word does not change whether it starts a clause.
    let b = at - 1;
    while (b >= line.contentStart && (text.charCodeAt(b) & 0xf800) === 0xd800) b--;
    const before = b < line.contentStart ? '' : text[b];
    const t = tokenOf(word, numeral);
    // `第一、二季度` `第一、第二批`: ordinals listed together, not the word 第一 of a set.
    if (numeral !== undefined && word.endsWith('、') && ordinalListAt(text, at + word.length, parseChineseNumeral(numeral))) continue;
    // An opener after a comma (`所谓……，首先是……`) still opens a series; a continuation must start a clause.
    if (before !== '' && !CLAUSE_BREAK.includes(before) && !(t?.n === 1 && (before === '，' || before === ','))) continue;
    const end = at + (numeral !== undefined ? word.length - 1 : word.length);
    if (t) {
      const paragraph = paragraphOf(line.index);
      // (A literal of one shape, not a spread of `t`: one object each, no copy.)
      tokens.push({
        set: t.set,
        n: t.n,
        start: at,
        end,
        text: text.slice(at, end),
        paragraph,
        weak: before === '，' || before === ',',
        paragraphStart: b < line.contentStart && (line.index === 0 || paragraphOf(line.index - 1) !== paragraph),
      });
    }
  }
  // Structure ordinals (line-initial or run in after a sentence) end every open series: ordinal words
  // in different items (`（1）第一，…第二，…（3）首先，…其次，…`) are separate series. Looked for only
  // between two tokens while a series is open, each line at most once.
  // Each line's structure-ordinal offsets, computed on first need: `breaks[breakFrom[li] .. breakFrom[li] + breakCount[li])`
  // (breakFrom -1: not yet read). Flat typed tables rather than a map of arrays (a long document has one entry per
  // line), made on the first question (most documents never ask: no series open).
  let breakFrom = NO_LINES;
  let breakCount = NO_LINES;
  const breaks: number[] = [];
  const readBreaks = (index: number): void => {
    if (breakFrom === NO_LINES) {
      breakFrom = new Int32Array(source.lines.length).fill(-1);
      breakCount = new Int32Array(source.lines.length);
    }
    breakFrom[index] = breaks.length;
    const line = source.lines[index];
    if (line.scope === 'text') {
      const cs = source.structureStart(line);
      if ((parseMarker(text, cs, line.end)?.level ?? 0) > 0) breaks.push(cs);
      for (const m of runInMarkers(text, cs, line.end)) breaks.push(m.start);
    }
    breakCount[index] = breaks.length - breakFrom[index];
  };
  /** A structure ordinal starts in `(after, upTo]`. */
  const breakBetween = (after: number, upTo: number): boolean => {
    const last = source.lineAt(upTo).index;
    for (let li = source.lineAt(Math.max(0, after)).index; li <= last; li++) {
      if (breakFrom === NO_LINES || breakFrom[li] < 0) readBreaks(li);
      for (let k = breakFrom[li], end = k + breakCount[li]; k < end; k++) if (breaks[k] > after && breaks[k] <= upTo) return true;
    }
    return false;
  };
  let lastStart = -1;
  // Open series, innermost last: `第一，……首先是……其次是……第三，` nests a 首先 series inside 第一.
  const open: Array<{ opener: Token; count: number; lastPara: number; weak: boolean }> = [];
  for (const t of tokens) {
    // (With no series open, a structure ordinal before this token ends nothing; nor does one when every open
    // series is too many paragraphs back: the loop below closes them all anyway. Either way no line between
    // the two tokens needs reading.)
    const crossed = open.length > 0 && !open.every((o) => t.paragraph - o.lastPara > MAX_PARAGRAPH_GAP) && breakBetween(lastStart, t.start);
    lastStart = t.start;
    if (crossed) open.length = 0;
    while (open.length && t.paragraph - open[open.length - 1].lastPara > MAX_PARAGRAPH_GAP) open.pop();
    if (t.n === 1) {
      // An opener that starts a paragraph starts a new enumeration; one inside a paragraph nests.
      const same = t.paragraphStart ? 0 : open.findIndex((o) => o.opener.set === t.set);
      if (same >= 0) open.length = same;
      open.push({ opener: t, count: 1, lastPara: t.paragraph, weak: t.weak });
      continue;
    }
    const top = open[open.length - 1];
    if (t.n === 0) {
      if (top) top.lastPara = t.paragraph;
      continue;
    }
    let same = -1;
    for (let i = open.length - 1; i >= 0; i--) if (open[i].opener.set === t.set) same = i;
    if (same >= 0) {
      open.length = same + 1;
      open[same].count++;
      open[same].lastPara = t.paragraph;
      continue;
    }
    // A set of ordinal words spans its paragraph and the next paragraphs that go on with it: a word from another
    // set inside a later paragraph (`我们讲的第一，……；第二，……`) belongs to that paragraph's own enumeration.
    if (top && !top.weak && (t.paragraph === top.lastPara || (t.paragraphStart && t.paragraph - top.lastPara === 1))) {
      top.count++;
      top.lastPara = t.paragraph;
      const opener = top.opener;
      const n = top.count;
      const suggestion = opener.set === 'word' ? (n === 2 ? '其次' : '再次') : `第${toChineseNumeral(n)}`;
      ctx.report({
        sub: 'words',
        message: msg(
          `序数词混用：这一组以“${opener.text}”开头，这里却用“${t.text}”；同一组应统一（如“${suggestion}”）`,
          `Mixed ordinal words: the series began with "${opener.text}" but here is "${t.text}"; keep one set (e.g. "${suggestion}")`,
        ),
        start: t.start,
        end: t.end,
      });
      continue;
    }
    // 第二 with no opener in reach opens a series of its own; 其次 alone opens nothing.
    if (t.set === 'di') open.push({ opener: t, count: t.n, lastPara: t.paragraph, weak: false });
  }
}

/**
 * Does a Chinese numeral larger than `value`, or 第 and one, start at `i` (what follows `第一、` in `第一、二季度`,
 * `第一、第二批`)? `第二、一定要……` is the word 第二 (一 is not larger).
 */
function ordinalListAt(text: string, i: number, value: number): boolean {
  let k = text[i] === '第' ? i + 1 : i;
  const from = k;
  while (k < text.length && k - from < 3 && '一二三四五六七八九十'.includes(text[k])) k++;
  return k > from && parseChineseNumeral(text.slice(from, k)) > value;
}

/** The tables of `words` before they are made. */
const NO_LINES = new Int32Array(0);

/** One match of `WORD_RE` in a line: offset from the line's start, the words, the numeral of `第X`. */
type LineMatch = readonly [number, string, string | undefined];
const NO_MATCHES: readonly LineMatch[] = [];

/** `WORD_RE`'s matches in one line's text (the words never hold a line break, so a line's are the text's there). */
function lineMatches(line: string): readonly LineMatch[] {
  let out: LineMatch[] | undefined;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(line); m; m = WORD_RE.exec(line)) (out ??= []).push([m.index, m[0], m[1]]);
  return out ?? NO_MATCHES;
}

/** A match of `WORD_RE` in a `text` line: its offset in the text, the line, the words, the numeral of `第X`. */
type WordMatch = readonly [number, Line, string, string | undefined];

/**
 * Every match of `WORD_RE` in the `text` lines of `source`, in order: in a session each line's matches are
 * kept across versions (lineValues: a keystroke scans the lines it changed), else the text is scanned once.
 */
function wordMatches(source: Source): WordMatch[] {
  const out: WordMatch[] = [];
  if (!source.memo) {
    const text = source.text;
    WORD_RE.lastIndex = 0;
    for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
      const line = source.lineAt(m.index);
      if (line.scope === 'text') out.push([m.index, line, m[0], m[1]]);
    }
    return out;
  }
  const perLine = lineValues(source, 'numbering-mixed.words', isText, lineMatches);
  const lines = source.lines;
  for (let i = 0; i < lines.length; i++) {
    const list = perLine[i];
    if (list === undefined) continue;
    for (const m of list) out.push([lines[i].start + m[0], lines[i], m[1], m[2]]);
  }
  return out;
}

const isText = (line: Line): boolean => line.scope === 'text';

function tokenOf(word: string, numeral: string | undefined): Pick<Token, 'set' | 'n'> | undefined {
  if (word === '首先') return { set: 'word', n: 1 };
  if (word === '其次') return { set: 'word', n: 2 };
  if (word === '再次') return { set: 'word', n: 3 };
  if (word === '最后') return { set: 'word', n: 0 };
  const v = parseChineseNumeral(numeral ?? '');
  if (v === 0) return undefined;
  return { set: 'di', n: v };
}
