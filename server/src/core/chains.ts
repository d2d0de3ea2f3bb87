/**
 * In-text enumeration chains (domain §1 "inline chains"): `一是……；二是……；三是……`, `一要……二要……`,
 * `第一，……第二，……`, `其一，……其二，……`, inside a paragraph or over consecutive paragraphs that
 * open with them.
 *
 * An item is an ordinal at a clause boundary (paragraph or line start, after 。；：，、！？ or a
 * bracket): `统一是` `唯一是` `之一是` (a word), `第一次` `第一书记` `第一时间` `第一季度` `第三方`
 * (no item delimiter), `第一、二季度` (a compound ordinal), and the idiom `一是一、二是二` are not.
 * Items inside quotations are ignored.
 */
import { formatNumeral, isCompatOrdinal, numeralSpan, parseMarker } from './numbering/markers';
import { CN_NUMERAL_CHARS, CN_ORDINAL_CHARS, parseChineseNumeral, toChineseNumeral } from './numbering/numerals';
import { isHighSurrogate, isLowSurrogate, quoteSpans, type Source } from './source';
import type { Line } from './types';
import type { SourceMemo, TextMemo } from './memo';

/**
 * `shi` 一是, `yao` 一要, `di` 第一, `qi` 其一: ordinal words. The others are structure ordinals
 * that run in inside one paragraph (`主要有两点：一、……；二、……`, `（1）……（2）……`, `①……②……`):
 * `cn` 一、, `cn-paren` （一）, `arabic` 1., `arabic-paren` （1）, `circled` ①.
 */
export type ChainFamily = 'shi' | 'yao' | 'di' | 'qi' | 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'circled';

/** Families of structure ordinals run in inside a paragraph: their chains never leave it. */
const RUN_IN_FAMILIES: ReadonlySet<ChainFamily> = new Set(['cn', 'cn-paren', 'arabic', 'arabic-paren', 'circled']);

/** True for the families of structure ordinals run in inside a paragraph. */
export function isRunInFamily(f: ChainFamily): boolean {
  return RUN_IN_FAMILIES.has(f);
}

export interface ChainItem {
  family: ChainFamily;
  value: number;
  /** The item token as written (`四是`, `第二`, `其一`): `[start, end)`. */
  start: number;
  end: number;
  /** The numeral inside the token: `[numStart, numEnd)`. */
  numStart: number;
  numEnd: number;
  /** Index in `Source.paragraphs()` of the item's paragraph. */
  paragraph: number;
  /** True when the item opens its paragraph. */
  opening: boolean;
  /**
   * A `一是`/`一要` glued to the word before it (`我们一是…`, `还要一是…`, `县级层面一是…`): not at a
   * clause boundary, so an item only when the family's next item in its paragraph is `二是`/`二要` at a
   * boundary, or a later one in the same sentence (`我们一是C，三是D`); then it starts a new chain (see
   * `ChainScan.feed`), and is left out otherwise.
   */
  soft?: boolean;
}

/** A run of items of one family, in document order. */
export interface Chain {
  family: ChainFamily;
  items: ChainItem[];
}

const ITEM_RE = /(第|其)?([一二三四五六七八九十]{1,3})(是|要|[，、,：:])/g;
/** What may stand right before an item: clause punctuation, brackets, emphasis, spaces. */
const BOUNDARY = '。；;：:，,！!？?、（(）)【】[]〔〕*_ \t\u3000\u00a0—…';
/** A Markdown list marker before an item still opens the paragraph: `- 一是…`. */
const LIST_MARKER = /^[-*+][ \t]+$/;

/** The item token for a family and value: `三是`, `三要`, `第三`, `其三`, `三、`, `（3）`, `③`. */
export function itemLabel(family: ChainFamily, value: number): string {
  const n = numeralFor(family, value);
  switch (family) {
    case 'shi':
      return `${n}是`;
    case 'yao':
      return `${n}要`;
    case 'di':
      return `第${n}`;
    case 'qi':
      return `其${n}`;
    case 'cn':
      return `${n}、`;
    case 'arabic':
      return `${n}.`;
    case 'cn-paren':
    case 'arabic-paren':
      return `（${n}）`;
    case 'circled':
      return n;
  }
}

/** The numeral alone for a family (`三`, `3`, `③`): what a renumbering fix writes. */
export function numeralFor(family: ChainFamily, value: number): string {
  if (family === 'arabic' || family === 'arabic-paren' || family === 'circled') return formatNumeral(family, value);
  return toChineseNumeral(value);
}

/**
 * Character classes of the first pass over a line in `lineEntry`, laid out so that a pair of neighbours
 * is found with one shift: `(prev >> 1) & cur` has `HINT` set for a numeral then an ordinal word's end
 * (`一是` `第一，`: as /[一二三四五六七八九十][是要，、,：:]/), and `RUN_AT` for a clause end or break
 * (`RUN_IN`, after which a structure ordinal may run in inside a paragraph) then a character that may
 * start one or stand before it (`RUN_NEXT`: a marker's first character, a space, an astral character's
 * first half). `QUOTE` marks a quotation opener (see `quoteSpans`). The other bits of the shifted pair
 * mean nothing and are masked out.
 */
const QUOTE = 0x01;
const ITEM_END = 0x08;
const NUMERAL = 0x10;
const RUN_NEXT = 0x20;
const RUN_IN = 0x40;
/** A marker's first character (see `MARK_START`), kept apart so the exact pass can ask it alone. */
const MARK = 0x80;
const HINT = ITEM_END;
const RUN_AT = RUN_NEXT;
const CLASS = new Uint8Array(0x10000);
for (const ch of '。；;：:！!？?，,') CLASS[ch.charCodeAt(0)] |= RUN_IN;
for (const ch of '是要，、,：:') CLASS[ch.charCodeAt(0)] |= ITEM_END;
for (const ch of '“‘「『"') CLASS[ch.charCodeAt(0)] |= QUOTE;
/** Chinese numerals one to ten (the numerals of an ordinal word). */
for (const ch of CN_NUMERAL_CHARS) CLASS[ch.charCodeAt(0)] |= NUMERAL;
/**
 * The first characters of a structure marker that `parseMarker` can read with a level (not `第一，`):
 * Chinese ordinal numerals, ASCII and full-width digits, opening round brackets, circled numbers and the
 * compatibility ordinals (`⑴` `⒈` `㈠`).
 * Anything else at `pos` makes `parseMarker(text, pos, …)` undefined (a test holds the two together).
 */
export const MARK_START: readonly string[] = [
  ...CN_ORDINAL_CHARS,
  ...'0123456789０１２３４５６７８９（(',
  ...Array.from({ length: 20 }, (_, k) => String.fromCharCode(0x2460 + k)),
  ...Array.from({ length: 15 }, (_, k) => String.fromCharCode(0x3251 + k)),
  ...Array.from({ length: 15 }, (_, k) => String.fromCharCode(0x32b1 + k)),
  // ⑴–⒇ ⒈–⒛ ㈠–㈩ (numbering/markers.ts compatOrdinal)
  ...Array.from({ length: 40 }, (_, k) => String.fromCharCode(0x2474 + k)),
  ...Array.from({ length: 10 }, (_, k) => String.fromCharCode(0x3220 + k)),
];
for (const ch of MARK_START) CLASS[ch.charCodeAt(0)] |= MARK | RUN_NEXT;
CLASS[0x20] |= RUN_NEXT;
CLASS[0x3000] |= RUN_NEXT;
for (let c = 0xd800; c <= 0xdbff; c++) CLASS[c] |= RUN_NEXT;

/**
 * The neighbour pairs of `[from, end)` (`HINT`, `RUN_AT`) and whether it holds a quotation opener
 * (`QUOTE`), or-ed together: the tight first pass of `lineEntry`, a few operations a character.
 */
function pairFlags(text: string, from: number, end: number): number {
  let acc = 0;
  let prev = 0;
  for (let i = from; i < end; i++) {
    const k = CLASS[text.charCodeAt(i)];
    acc |= ((prev >> 1) & k) | (k & QUOTE);
    prev = k;
  }
  return acc & (HINT | RUN_AT | QUOTE);
}

/**
 * The structure ordinal at `pos` of a paragraph line whose content ends at `to`, as a chain item with
 * offsets relative to `base` (`opening` when it opens the paragraph); undefined when there is none.
 */
function runInItem(text: string, pos: number, to: number, opening: boolean, base: number): ChainItem | undefined {
  const m = parseMarker(text, pos, Math.min(to, pos + 16));
  // A compatibility ordinal (`⑴`) has no numeral to renumber in place: numbering-punctuation rewrites it.
  if (!m || m.level === 0 || isCompatOrdinal(m)) return undefined;
  const span = numeralSpan(m);
  return { family: m.family as ChainFamily, value: m.value, start: m.start - base, end: m.end - base, numStart: span.start - base, numEnd: span.end - base, paragraph: 0, opening };
}

/** Is `[s, e)` at a clause boundary of the line starting at `lineStart`? Astral characters are transparent. */
function atBoundary(text: string, s: number, lineStart: number): boolean {
  let i = s;
  // Skip surrogate pairs (rare characters and emoji carry no word boundary information here).
  while (i - 2 >= lineStart && isLowSurrogate(text.charCodeAt(i - 1)) && isHighSurrogate(text.charCodeAt(i - 2))) i -= 2;
  if (i <= lineStart) return true;
  return BOUNDARY.includes(text[i - 1]);
}

/**
 * Ordinal-word items of one line `[from, to)` (from = content start), with offsets relative to `base`, in
 * order; undefined when there is none. `openingAt` is where an opening item starts, -1 when none can.
 */
function lineItems(text: string, from: number, to: number, base: number, openingAt: number): ChainItem[] | undefined {
  let out: ChainItem[] | undefined;
  const slice = text.slice(from, to);
  // A match ends with a numeral and its delimiter (a `HINT` pair), at most four units after its start:
  // none starts more than four units before the first pair.
  const pair = nextPair(text, from, from, to, HINT);
  if (pair < 0) return undefined;
  ITEM_RE.lastIndex = Math.max(0, pair - 5 - from);
  for (let m = ITEM_RE.exec(slice); m; m = ITEM_RE.exec(slice)) {
    const [, prefix, numeral, delim] = m;
    const start = from + m.index;
    const numStart = start + (prefix ? 1 : 0);
    const numEnd = numStart + numeral.length;
    const value = parseChineseNumeral(numeral);
    if (value === 0) continue;
    let family: ChainFamily | undefined;
    if (prefix === '第') family = delim === '要' ? undefined : 'di';
    else if (prefix === '其') family = delim === '要' || value > 9 ? undefined : 'qi';
    else family = delim === '是' ? 'shi' : delim === '要' ? 'yao' : undefined;
    if (family === undefined) {
      // `一、` `二，` are structure markers, not chain items; let the scan resume inside the match.
      ITEM_RE.lastIndex = m.index + Math.max(1, m[0].length - 1);
      continue;
    }
    let soft = false;
    if (!atBoundary(text, start, from)) {
      // `我们一是…，二是…`: a first item after a subject or adverb (see `ChainItem.soft`); words ending in 一 are not.
      if (value !== 1 || (family !== 'shi' && family !== 'yao') || !softFirstAt(text, start, from)) continue;
      soft = true;
    }
    const after = text.slice(numEnd + 1, numEnd + 1 + numeral.length + 1);
    // `一是一、二是二` (idiom): the same numeral again right after `是`.
    if (family === 'shi' && after.startsWith(numeral) && /[、，,。；]/.test(after[numeral.length] ?? '')) continue;
    // `第一、二季度`: a compound ordinal (the next numeral is larger; `第二、一定要` is an item).
    if (family === 'di' && (delim === '、' || delim === ',' || delim === '，') && CN_NUMERAL_CHARS.includes(text[numEnd + 1] ?? '')) {
      const next = /^[一二三四五六七八九十]+/.exec(text.slice(numEnd + 1, numEnd + 4))?.[0] ?? '';
      if (parseChineseNumeral(next) > value) continue;
    }
    // `第一、第二批试点单位`: a list of ordinals (the next is larger), not item 第一 (as `parseMarker` reads it).
    if (family === 'di' && delim === '、' && text[numEnd + 1] === '第') {
      const next = /^[一二三四五六七八九十]+/.exec(text.slice(numEnd + 2, numEnd + 5))?.[0] ?? '';
      if (next !== '' && parseChineseNumeral(next) > value) continue;
    }
    const end = family === 'shi' || family === 'yao' ? numEnd + 1 : numEnd;
    const opening = openingAt >= 0 && (start === openingAt || (start > openingAt && start - openingAt <= 4 && LIST_MARKER.test(text.slice(openingAt, start))));
    const item: ChainItem = { family, value, start: start - base, end: end - base, numStart: numStart - base, numEnd: numEnd - base, paragraph: 0, opening: opening && !soft };
    if (soft) item.soft = true;
    (out ??= []).push(item);
  }
  return out;
}

/**
 * Characters that make a word with a following 一 (`统一` `唯一` `之一` `万一` `同一` `逐一` `如一` `周一`
 * `星期一` `初一` `这一` `每一` …): `X一是` / `X一要` after them is that word, not a first item.
 */
const WORD_BEFORE_ONE = new Set('统唯惟之万同单专逐划归合均不如每任某哪这那另其第周期拜初大高小一十百千零整齐纯守择致混');

/**
 * Can the `一是`/`一要` at `start` (not at a clause boundary; `from` its line's content start) be a
 * first item glued to the word before it? Only after a Chinese character that does not form a word with 一.
 */
function softFirstAt(text: string, start: number, from: number): boolean {
  if (start <= from) return false;
  const prev = text.charCodeAt(start - 1);
  if (prev < 0x4e00 || prev > 0x9fff) return false;
  return !WORD_BEFORE_ONE.has(text[start - 1]);
}


/** Options of `findChains`. */
export interface ChainOptions {
  /**
   * 0-based lines that open a section of the document (parts, headings, scope lines from the
   * section tree): every chain ends there. Any set-like object (a `Set<number>` or a table lookup); asked
   * only while a chain is open.
   */
  scopeLines?: { has(line: number): boolean };
}

/** A chain does not continue into a paragraph more than this many paragraphs after its last item. */
const MAX_PARAGRAPH_GAP = 6;

/**
 * What one line contributes to the chains, relative to the line's start (items carry paragraph 0):
 * a function of the line's text alone (see `lineEntry`), so it is kept in the memo across versions.
 */
interface LineEntry {
  /** `contentStart - start` the entry was computed for (checked on use). */
  readonly content: number;
  /** Ordinal-word items (`一是`, `第一`), in order. */
  readonly words: readonly ChainItem[];
  /** Run-in structure ordinals (`一、` `（1）` `①`), in order: kept only when their paragraph holds two of a family. */
  readonly runIn: readonly ChainItem[];
  /** The line opens with a structure marker (not `第一，`). Only computed for a paragraph's first line. */
  readonly marker: boolean;
  /** The line holds a quotation opener (“ ‘ 「 『 "): its paragraph's quotations must be looked for. */
  readonly quote: boolean;
}

const NO_ITEMS: readonly ChainItem[] = [];

/**
 * The entry of `line` of `text`, as its paragraph's first line (`first`: the opening item and marker
 * count) or not, with offsets relative to the line's start. Depends on the line's text alone: the
 * look-ahead of `lineItems` past a line's end only ever meets a line break or the end of the text, and
 * neither matches anything. A first pass over the char codes (`pairFlags`) looks for a hint of an
 * ordinal word, a clause end before what may start a structure ordinal, and a quotation opener: a line
 * with none of them that cannot open with a marker gets a shared entry; the others are read in full
 * (`fullEntry`: the run-in structure ordinals, the one opening the paragraph and those after a clause
 * end, and the ordinal words).
 */
function lineEntry(text: string, line: Line, first: boolean): LineEntry {
  const { start, contentStart: from, end } = line;
  let flags = pairFlags(text, from, end);
  for (let i = start; i < from; i++) flags |= CLASS[text.charCodeAt(i)] & QUOTE;
  const opener = first && from < end && (CLASS[text.charCodeAt(from)] & MARK) !== 0;
  if ((flags & (HINT | RUN_AT)) === 0 && !opener) return flags === 0 ? emptyEntry(from - start) : quoteEntry(from - start);
  return fullEntry(text, start, from, end, first, opener, flags);
}

/**
 * `lineEntry` for a line where the first pass found something to read (`flags` as `pairFlags` gives them);
 * `first` for a paragraph's first line, `opener` when it also opens with a character that may start a structure marker.
 */
function fullEntry(text: string, start: number, from: number, end: number, first: boolean, opener: boolean, flags: number): LineEntry {
  let runIn: ChainItem[] | undefined;
  let marker = false;
  if (opener) {
    const it = runInItem(text, from, end, true, start);
    if (it) runIn = [it];
    marker = (parseMarker(text, from, end)?.level ?? 0) > 0;
  }
  if ((flags & RUN_AT) !== 0) {
    for (let i = nextPair(text, from, from, end, RUN_AT); i >= 0; i = nextPair(text, from, i + 1, end, RUN_AT)) {
      // `i` follows a clause end. Spaces and astral characters (a rare character or an emoji glued on) carry no boundary information.
      let j = i;
      while (j < end && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x3000 || (isHighSurrogate(text.charCodeAt(j)) && isLowSurrogate(text.charCodeAt(j + 1))))) j += isHighSurrogate(text.charCodeAt(j)) ? 2 : 1;
      if (j < end && (CLASS[text.charCodeAt(j)] & MARK) !== 0) {
        const it = runInItem(text, j, end, false, start);
        if (it) (runIn ??= []).push(it);
      }
    }
  }
  const words = (flags & HINT) !== 0 ? lineItems(text, from, end, start, first ? from : -1) : undefined;
  const quote = (flags & QUOTE) !== 0;
  const content = from - start;
  if (!runIn && !words && !marker) return quote ? quoteEntry(content) : emptyEntry(content);
  return { content, words: words ?? NO_ITEMS, runIn: runIn ?? NO_ITEMS, marker, quote };
}

/**
 * The first `i` in `[at, end)` that ends a neighbour pair of kind `pair` (`HINT`: `i` an ordinal word's
 * end after a numeral; `RUN_AT`: `i` may stand after a clause end and follows one), the pair's first
 * character at or after `from`; -1 when there is none.
 */
function nextPair(text: string, from: number, at: number, end: number, pair: number): number {
  let prev = at > from ? CLASS[text.charCodeAt(at - 1)] : 0;
  for (let i = at; i < end; i++) {
    const k = CLASS[text.charCodeAt(i)];
    if (((prev >> 1) & k & pair) !== 0) return i;
    prev = k;
  }
  return -1;
}

const EMPTY_ENTRIES: LineEntry[] = [];
const QUOTE_ENTRIES: LineEntry[] = [];

/** The shared entry of a line that contributes nothing (content start `content`). */
function emptyEntry(content: number): LineEntry {
  if (content >= 64) return { content, words: NO_ITEMS, runIn: NO_ITEMS, marker: false, quote: false };
  return (EMPTY_ENTRIES[content] ??= { content, words: NO_ITEMS, runIn: NO_ITEMS, marker: false, quote: false });
}

/** The shared entry of a line that holds a quotation opener and no item (content start `content`). */
function quoteEntry(content: number): LineEntry {
  if (content >= 64) return { content, words: NO_ITEMS, runIn: NO_ITEMS, marker: false, quote: true };
  return (QUOTE_ENTRIES[content] ??= { content, words: NO_ITEMS, runIn: NO_ITEMS, marker: false, quote: true });
}

/**
 * The line entries of the last version `findChains` read through a memo, by line index, with that
 * version's text: the lines an edit left alone (the same text before and after the changed span) keep
 * their entries without a memo look-up each. An entry depends only on its line's text (and content
 * start, checked on use), so a kept one is the one the memo would give.
 */
interface KeptEntries {
  text: string;
  first: Array<LineEntry | undefined>;
  rest: Array<LineEntry | undefined>;
}

const KEPT = new WeakMap<SourceMemo, KeptEntries>();

/** `KEPT` moved to this version of the document: unchanged lines at both ends keep their entries. */
function keptEntries(source: Source, memo: SourceMemo): KeptEntries {
  const { text, lines } = source;
  const n = lines.length;
  let kept = KEPT.get(memo);
  if (!kept) KEPT.set(memo, (kept = { text: '', first: [], rest: [] }));
  const { first, rest } = kept;
  const m = first.length;
  const old = kept.text;
  let head = n;
  let tail = 0;
  if (old !== text) {
    // (Already known when `old` is the previous version's text, as it is while typing.)
    const { pre: p, suf: s } = source.commonWith(old);
    // Lines whose text and line break lie in the common prefix are the same lines (same index).
    head = 0;
    while (head < n && lines[head].next <= p && lines[head].next > lines[head].end) head++;
    // Lines that start after a line break inside the common suffix are the same lines, counted from the end.
    const from = text.length - s + 1;
    while (tail < n - head && tail < m - head && lines[n - 1 - tail].start >= from) tail++;
  }
  head = Math.min(head, m);
  const removed = m - tail - head;
  const added = n - tail - head;
  if (added > 1024) {
    // A large paste: rebuild (a spread of that many arguments could overflow the stack).
    kept.first = [...first.slice(0, head), ...new Array<undefined>(added), ...first.slice(m - tail)];
    kept.rest = [...rest.slice(0, head), ...new Array<undefined>(added), ...rest.slice(m - tail)];
  } else if (removed !== 0 || added !== 0) {
    const fresh: undefined[] = new Array(added).fill(undefined);
    first.splice(head, removed, ...fresh);
    rest.splice(head, removed, ...fresh);
  }
  kept.text = text;
  return kept;
}

/** Families as small integers: the run-in ones first (counted per paragraph), then the ordinal words. */
const FAMILY_INDEX: Record<ChainFamily, number> = { cn: 0, 'cn-paren': 1, arabic: 2, 'arabic-paren': 3, circled: 4, shi: 5, yao: 6, di: 7, qi: 8 };
/** How many families `FAMILY_INDEX` numbers; those below `RUN_IN_COUNT` are run-in. */
const FAMILY_COUNT = 9;
const RUN_IN_COUNT = 5;

/**
 * Every chain in the document, in order. A chain breaks at a heading, a structure marker or a line
 * of `scopeLines`, when an item of value 1 starts again, when a later paragraph neither continues
 * with the next number nor opens with an item at or above the last one, and after more than
 * `MAX_PARAGRAPH_GAP` paragraphs without an item. Structure ordinals run in inside a paragraph
 * (`一、……二、……四、`, `（1）……（2）……`, `①……②……`) form chains of their own that end with the
 * paragraph, and each of them ends the ordinal-word chains open before it (`（1）第一，…第二，…（3）首先，…`
 * are separate series). Only prose paragraphs (scope `text`) are read.
 */
export function findChains(source: Source, options: ChainOptions = {}): Chain[] {
  return new ChainScan(source, options.scopeLines).run();
}

/**
 * The line entries of the paragraph a `findChains` pass is reading, shared by all passes (written over,
 * not emptied: emptying drops the array's store, and a long paragraph would regrow it on every keystroke).
 */
const ENTRIES: LineEntry[] = [];

/**
 * One `findChains` pass. Its state lives in fields, not in closures or per-paragraph blocks, so a pass
 * over a document allocates only what it returns (a session's memo makes most line entries reused ones).
 */
class ChainScan {
  private readonly text: string;
  private readonly chains: Chain[] = [];
  /** The open chain of each family (`FAMILY_INDEX`), or undefined. */
  private readonly open: Array<Chain | undefined> = new Array<Chain | undefined>(FAMILY_COUNT).fill(undefined);
  /** Per family, a soft first item (`我们一是`) waiting for the next item to say whether it starts a chain. */
  private readonly pending: Array<ChainItem | undefined> = new Array<ChainItem | undefined>(FAMILY_COUNT).fill(undefined);
  private openCount = 0;
  private readonly memoFirst: TextMemo<LineEntry> | undefined;
  private readonly memoRest: TextMemo<LineEntry> | undefined;
  private readonly kept: KeptEntries | undefined;
  /** The line `compute` reads (set before each memo look-up). */
  private current: Line | undefined;
  private readonly computeFirst = (): LineEntry => lineEntry(this.text, this.current as Line, true);
  private readonly computeRest = (): LineEntry => lineEntry(this.text, this.current as Line, false);
  /** The current paragraph's line entries: the first `para.length` of `ENTRIES`. */
  private readonly entries = ENTRIES;
  /** The longest paragraph read (lines): `ENTRIES` is cleared up to there at the end. */
  private longest = 0;
  /** The current paragraph's run-in items per run-in family. */
  private readonly counts = new Int32Array(RUN_IN_COUNT);
  /** The current paragraph's quotations (`[start, end)` pairs, looked for on first need) and the next one to test. */
  private quotes: ReadonlyArray<[number, number]> | undefined;
  private quoteAt = 0;
  private anyQuote = false;
  private paraStart = 0;
  private paraEnd = 0;

  constructor(
    private readonly source: Source,
    private readonly scopeLines: { has(line: number): boolean } | undefined,
  ) {
    this.text = source.text;
    const memo = source.memo;
    if (memo) {
      this.memoFirst = memo.table<LineEntry>('chains.firstLine');
      this.memoRest = memo.table<LineEntry>('chains.line');
      this.kept = keptEntries(source, memo);
    }
  }

  run(): Chain[] {
    const { open, entries, counts, scopeLines, chains } = this;
    const paragraphs = this.source.paragraphs();
    for (let pi = 0; pi < paragraphs.length; pi++) {
      const para: Line[] = paragraphs[pi];
      const first = para[0];
      if (first.scope !== 'text') continue;
      let anyItems = false;
      let anyQuote = false;
      let runIns = 0;
      // Written over, not emptied: emptying would drop the array's store and regrow it, paragraph by paragraph.
      if (para.length > this.longest) this.longest = para.length;
      for (let k = 0; k < para.length; k++) {
        const e = this.entryOf(para[k], k === 0);
        entries[k] = e;
        if (e.words.length || e.runIn.length) anyItems = true;
        if (e.quote) anyQuote = true;
        runIns += e.runIn.length;
      }
      // A heading, a structure line or a paragraph that opens with a structure marker ends every chain.
      if (this.openCount > 0 && (first.headingLevel > 0 || entries[0].marker || scopeLines?.has(first.index))) this.closeAll();
      // Run-in structure chains never leave their paragraph; word chains fade after a long gap.
      if (this.openCount > 0) {
        for (let f = 0; f < FAMILY_COUNT; f++) {
          const c = open[f];
          if (c !== undefined && (f < RUN_IN_COUNT || pi - c.items[c.items.length - 1].paragraph > MAX_PARAGRAPH_GAP)) this.close(f);
        }
      }
      // Nothing to feed: no item, and a structure line inside the paragraph would only close chains that are not open.
      if (!anyItems && (this.openCount === 0 || scopeLines === undefined)) continue;
      // A structure chain needs a run-in item: one opening marker alone is the numbering rules' business.
      counts.fill(0);
      if (runIns >= 2) for (let k = 0; k < para.length; k++) for (const it of entries[k].runIn) counts[FAMILY_INDEX[it.family]]++;
      // Quotations (looked for only when needed): items inside them are left out.
      this.quotes = undefined;
      this.quoteAt = 0;
      this.anyQuote = anyQuote;
      this.paraStart = first.start;
      this.paraEnd = para[para.length - 1].end;
      for (let k = 0; k < para.length; k++) {
        const line = para[k];
        const e = entries[k];
        // A structure line inside a paragraph (no blank line before it) still ends the chains.
        if (k > 0 && this.openCount > 0 && scopeLines?.has(line.index) && !this.quoted(line.contentStart)) this.closeAll();
        const { words, runIn } = e;
        if (words.length === 0 && runIn.length === 0) continue;
        const base = line.start;
        // Word items and the run-in items kept, merged by start (no two share one).
        let w = 0;
        let r = 0;
        for (;;) {
          while (r < runIn.length && counts[FAMILY_INDEX[runIn[r].family]] < 2) r++;
          let it: ChainItem;
          if (w < words.length && (r >= runIn.length || words[w].start < runIn[r].start)) it = words[w++];
          else if (r < runIn.length) it = runIn[r++];
          else break;
          if (this.quoted(it.start + base)) continue;
          const item: ChainItem = { family: it.family, value: it.value, start: it.start + base, end: it.end + base, numStart: it.numStart + base, numEnd: it.numEnd + base, paragraph: pi, opening: it.opening };
          if (it.soft) item.soft = true;
          this.feed(item);
        }
      }
    }
    this.closeAll();
    // The scratch list must not keep this document's entries alive.
    entries.fill(undefined as unknown as LineEntry, 0, this.longest);
    // Chains are closed in no particular order; each has its own first item, so the order by it is total.
    chains.sort((a, b) => a.items[0].start - b.items[0].start);
    return chains;
  }

  /** The entry of `line` (see `lineEntry`), through the session's memo when there is one. */
  private entryOf(line: Line, first: boolean): LineEntry {
    const memo = first ? this.memoFirst : this.memoRest;
    const kept = this.kept;
    if (!memo || !kept) return lineEntry(this.text, line, first);
    const content = line.contentStart - line.start;
    const row = first ? kept.first : kept.rest;
    let e = row[line.index];
    if (e !== undefined && e.content === content) return e;
    this.current = line;
    const t = this.source.lineText(line);
    e = memo.get(t, first ? this.computeFirst : this.computeRest);
    if (e.content !== content) memo.set(t, (e = lineEntry(this.text, line, first)));
    return (row[line.index] = e);
  }

  /** Is offset `at` inside a quotation of the current paragraph? Asked with `at` not decreasing. */
  private quoted(at: number): boolean {
    if (!this.anyQuote) return false;
    const quotes = (this.quotes ??= quoteSpans(this.text, this.paraStart, this.paraEnd));
    let q = this.quoteAt;
    while (q < quotes.length && quotes[q][1] <= at) q++;
    this.quoteAt = q;
    return q < quotes.length && quotes[q][0] <= at;
  }

  private close(f: number): void {
    this.chains.push(this.open[f] as Chain);
    this.open[f] = undefined;
    this.openCount--;
  }

  private closeAll(): void {
    this.pending.fill(undefined);
    if (this.openCount === 0) return;
    for (let f = 0; f < FAMILY_COUNT; f++) if (this.open[f] !== undefined) this.close(f);
  }

  private feed(it: ChainItem): void {
    const f = FAMILY_INDEX[it.family];
    // A run-in structure ordinal ends the ordinal-word chains open before it.
    if (f < RUN_IN_COUNT) for (let g = RUN_IN_COUNT; g < FAMILY_COUNT; g++) {
      this.pending[g] = undefined;
      if (this.open[g] !== undefined) this.close(g);
    }
    if (it.soft) {
      this.pending[f] = it;
      return;
    }
    const cur = this.open[f];
    const soft = this.pending[f];
    if (soft !== undefined) {
      this.pending[f] = undefined;
      // `……二是B。我们一是C，二是D`: the glued 一是 followed by 二是 in its paragraph starts a new chain; so does one
      // followed by a later item in its own sentence (`我们一是C，三是D`: a chain with a gap, not 三是 after 二是B).
      if (soft.paragraph === it.paragraph && (it.value === 2 || (it.value > 2 && !endsSentenceBetween(this.text, soft.end, it.start)))) {
        if (cur) this.close(f);
        this.open[f] = { family: it.family, items: [soft, it] };
        this.openCount++;
        return;
      }
    }
    if (cur) {
      const prev = cur.items[cur.items.length - 1];
      const restart = it.value === 1 && !(cur.items.length === 1 && cur.items[0].value === 1 && prev.paragraph === it.paragraph);
      // A later paragraph continues the chain when it opens with an item that does not go back
      // (`二是` after `三是` starts afresh), or with the next number anywhere in it.
      const continues = it.value === prev.value + 1 || (it.opening && it.value >= prev.value);
      const newParagraph = prev.paragraph !== it.paragraph && !continues;
      if (!restart && !newParagraph) {
        cur.items.push(it);
        return;
      }
      this.close(f);
    }
    this.open[f] = { family: it.family, items: [it] };
    this.openCount++;
  }
}

/** Does `[from, to)` of `text` hold a sentence end (`。！？!?`)? */
function endsSentenceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f) return true;
  }
  return false;
}

export type ChainDefect =
  | { kind: 'gap' | 'duplicate'; at: number; expected: number }
  | { kind: 'start'; at: 0; expected: 1 };

/**
 * The first defect of a chain of two or more items, if any. A lone item is never a defect, nor is
 * `一是……一是……` alone (older usage: "the one …, the other …"). A chain starting above one is a
 * defect only when nothing before it (within `LOOK_BACK` characters of `text`) reads as its
 * predecessor in any form: `第一步，…第二，…` and `首先，…第二，…` are fine. `text` may be given as a
 * `Predecessors` of it, which answers that question for many chains of one text at once; without
 * `text` a chain starting above one is always a defect.
 */
export function chainDefect(chain: Chain, text?: string | Predecessors): ChainDefect | undefined {
  const items = chain.items;
  if (items.length < 2) return undefined;
  if (items.every((x) => x.value === 1)) return undefined;
  if (items[0].value !== 1) {
    // A run-in structure chain may continue ordinals that open earlier lines: its start is not judged.
    if (RUN_IN_FAMILIES.has(chain.family)) return undefined;
    // Not bounded by the section: sub-items may sit between `第一，` and `第二，` (1955 report).
    if (text !== undefined && (typeof text === 'string' ? new Predecessors(text) : text).before(items[0].start, items[0].value - 1)) return undefined;
    return { kind: 'start', at: 0, expected: 1 };
  }
  for (let i = 1; i < items.length; i++) {
    const expected = i + 1;
    const v = items[i].value;
    if (v === expected) continue;
    let seen = false;
    for (let k = 0; k < i && !seen; k++) seen = items[k].value === v;
    return { kind: seen ? 'duplicate' : 'gap', at: i, expected };
  }
  return undefined;
}

/** How far back (UTF-16 code units) a chain's predecessor is looked for. */
const LOOK_BACK = 4000;

/** How many questions about one n `Predecessors` answers from their windows before it finds every occurrence of n. */
const WINDOW_QUERIES = 16;

/** Words that stand for the first item: `首先，…第二，…`. */
const FIRST_WORDS = ['首先', '一方面', '一则', '一来'];

/**
 * Where a text writes the n-th item in any family (`第n` `n是` `n要` `其n`, with the Chinese numeral,
 * or for n = 1 `首先` `一方面` `一则` `一来`): found once per n, for all the chains of the text.
 */
export class Predecessors {
  /** Per n: the occurrences as `[start, end)` pairs, sorted by start (after `WINDOW_QUERIES` questions about n). */
  private readonly found = new Map<number, number[]>();
  /** Per n: how many questions were answered by reading their window alone. */
  private readonly asked = new Map<number, number>();

  constructor(private readonly text: string) {}

  /**
   * Does `[to - LOOK_BACK, to)` (UTF-16 offsets, clipped at 0) hold the n-th item (n ≥ 1) whole?
   * The first few questions about an n read their window alone; later ones search the list of every
   * occurrence in the text, found once (a text with many chains pays one pass per n, not one per chain).
   */
  before(to: number, n: number): boolean {
    const lo = Math.max(0, to - LOOK_BACK);
    let occ = this.found.get(n);
    if (!occ) {
      const asked = this.asked.get(n) ?? 0;
      if (asked < WINDOW_QUERIES) {
        this.asked.set(n, asked + 1);
        return this.inWindow(lo, to, n);
      }
      this.found.set(n, (occ = this.scan(n)));
    }
    // The first occurrence starting at or after lo; each is a few characters long, so only the next
    // few can start before `to` without ending after it.
    let a = 0;
    let b = occ.length / 2;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (occ[2 * mid] < lo) a = mid + 1;
      else b = mid;
    }
    for (let k = a; k < occ.length / 2 && occ[2 * k] < to; k++) if (occ[2 * k + 1] <= to) return true;
    return false;
  }

  /** `before` read from the window `[lo, to)` alone: an occurrence as `scan` finds them, lying whole inside. */
  private inWindow(lo: number, to: number, n: number): boolean {
    const win = this.text.slice(lo, to);
    const cn = toChineseNumeral(n);
    for (let i = win.indexOf(cn); i >= 0; i = win.indexOf(cn, i + 1)) {
      const pre = i > 0 ? win.charCodeAt(i - 1) : 0;
      if (pre === 0x7b2c /* 第 */ || pre === 0x5176 /* 其 */) return true;
      const post = i + cn.length < win.length ? win.charCodeAt(i + cn.length) : 0;
      if (post === 0x662f /* 是 */ || post === 0x8981 /* 要 */) return true;
    }
    if (n === 1) for (const w of FIRST_WORDS) if (win.includes(w)) return true;
    return false;
  }

  private scan(n: number): number[] {
    const text = this.text;
    const cn = toChineseNumeral(n);
    const pairs: Array<[number, number]> = [];
    for (let i = text.indexOf(cn); i >= 0; i = text.indexOf(cn, i + 1)) {
      const pre = text.charCodeAt(i - 1);
      const post = text.charCodeAt(i + cn.length);
      if (pre === 0x7b2c /* 第 */ || pre === 0x5176 /* 其 */) pairs.push([i - 1, i + cn.length]);
      if (post === 0x662f /* 是 */ || post === 0x8981 /* 要 */) pairs.push([i, i + cn.length + 1]);
    }
    if (n === 1) for (const w of FIRST_WORDS) for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) pairs.push([i, i + w.length]);
    pairs.sort((x, y) => x[0] - y[0]);
    const out: number[] = [];
    for (const [s, e] of pairs) out.push(s, e);
    return out;
  }
}
