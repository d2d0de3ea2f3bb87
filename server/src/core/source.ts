import { detach, type SourceMemo } from './memo';
import type { Language, Line, LineScope } from './types';
import type { TextLayer } from './text/prose';

/**
 * The text being linted: line table (LF, CRLF and lone CR), a leading BOM, and the scopes that are
 * not part of the document's own numbering (fenced code, front matter, HTML comments, tables and
 * block quotes in Markdown). Offsets are UTF-16 code units into `text`, exactly as given.
 */
export class Source {
  readonly lines: Line[];
  /** 1 when the text starts with U+FEFF, else 0. */
  readonly bomLength: number;
  /** The first line break found, or '\n' when there is none. */
  readonly eol: '\n' | '\r\n' | '\r';

  /**
   * Memo tables kept across versions of the same document (set by `lint` from a `LintSession`): scanners
   * whose result for a line depends only on its text look there first. Undefined in a one-off lint.
   */
  memo: SourceMemo | undefined;

  /**
   * The configuration's residue patterns (`residuePatterns`, flags `gu`, checked safe by the configuration
   * layer): a prose line whose residue text (see residue.ts `residueText`) matches one is web residue. Set
   * by `lint` from `LintOptions.extraPatterns` before anything reads the residue classification.
   */
  residuePatterns: readonly RegExp[] = [];

  /**
   * @internal This source's text layer, set by `textLayer` (text/prose.ts) when first asked for. A field
   * rather than an entry of a WeakMap keyed by the source: V8's scavenger keeps a WeakMap's values alive
   * until a full collection clears the entry, so every version's layer (and through it its source and
   * text) was copied out of the young generation by the next scavenge.
   */
  layer: TextLayer | undefined = undefined;

  /**
   * @param previous the previous version's lines (`Source.lineRecord()`, kept by a `LintSession`). Three
   *   things are reused from it, each only where it is exactly what this text gives:
   *   - a line whose text lies in the common prefix or suffix of the two texts reuses that version's string
   *     object, so memo tables keyed by line text find it by identity, without hashing or comparing its
   *     characters again; the other lines are cut as copies (they are kept across versions and must not pin
   *     this text);
   *   - in the same language, the leading lines wholly inside the common prefix, line break included, are
   *     that version's `Line` objects (same offsets; their scope, heading level and content start are
   *     checked or recomputed, see `assignScopes`); the lines in the common suffix are new objects copied
   *     from that version's, moved, without searching that part of the text for breaks (`splitLines`),
   *     and keep its scope values where nothing before them changed those (`assignScopes`);
   *   - the paragraphs (`paragraphs()`) made only of such leading lines, up to one line before the first
   *     changed.
   *   Reused `Line` objects and paragraph arrays are shared by both versions: nothing may mutate them, and
   *   nothing may key data that depends on more than the line's own text and offsets by a `Line` object.
   */
  constructor(readonly text: string, readonly language: Language = 'markdown', previous?: LineRecord) {
    this.bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const pre = previous ? commonPrefixLength(previous.text, text) : 0;
    const suf = previous ? commonSuffixLength(previous.text, text, pre) : 0;
    const own = previous && previous.language === language ? previous : undefined;
    const shift = text.length - (previous?.text.length ?? 0);
    const reuse = previous && {
      lines: previous.lines,
      kept: own ? keptLines(own, text, pre) : 0,
      tail: firstLineAfter(previous.lines, previous.text.length - suf),
      shift,
    };
    const { lines, eol, tail } = splitLines(text, this.bomLength, reuse);
    this.lines = lines;
    this.eol = eol;
    const scoped = assignScopes(text, lines, language, previous && reusedLineText(previous, text, lines, pre, suf), own, tail);
    this.lineTexts = scoped.texts;
    this.frontMatter = scoped.frontMatter;
    // Paragraphs ending at least one line before the first line whose scope was not reused keep their arrays.
    if (own?.paragraphs && scoped.reused > 1) this.previousParagraphs = { paragraphs: own.paragraphs, reused: scoped.reused };
    this.record = { text, lines, lineTexts: this.lineTexts, language, frontMatter: this.frontMatter, paragraphs: undefined };
    if (previous) this.common = { text: previous.text, pre, suf };
  }

  /**
   * How many UTF-16 code units this text shares with `other` at its start (`pre`) and, not overlapping
   * those, at its end (`suf`): `commonPrefixLength` and `commonSuffixLength`, already known for the text
   * of the version this one was built on (the previous version in a `LintSession`).
   */
  commonWith(other: string): { pre: number; suf: number } {
    const c = this.common;
    if (c !== undefined && c.text === other) return c;
    const pre = commonPrefixLength(other, this.text);
    return { pre, suf: commonSuffixLength(other, this.text, pre) };
  }

  /** The previous version's text and what it shares with this one (see `commonWith`). */
  private readonly common: { readonly text: string; readonly pre: number; readonly suf: number } | undefined;

  /** What the next version's `Source` needs to reuse this one's lines (see the constructor). */
  lineRecord(): LineRecord {
    return this.record;
  }

  private readonly record: { -readonly [K in keyof LineRecord]: LineRecord[K] };

  /** Whether line 0 opens Markdown front matter (it is `---` and a later line closes it). */
  private readonly frontMatter: boolean;

  /** The previous version's paragraphs and how many leading lines were reused with their scopes (until `paragraphs()` runs). */
  private previousParagraphs: { paragraphs: readonly Line[][]; reused: number } | undefined;

  /**
   * The text of a line without its line break. The same string object each time it is asked for, so
   * memo tables keyed by line text (see `memo`) hash it once.
   */
  lineText(line: Line): string {
    return this.lineTexts[line.index];
  }

  private readonly lineTexts: string[];

  /** The 0-based line containing an offset (binary search). */
  lineAt(offset: number): Line {
    return this.lines[lastStartingAtOrBefore(this.lines, offset)];
  }

  /**
   * Paragraphs: maximal runs of consecutive non-blank lines of the same scope.
   * In plain text and Markdown alike a blank line separates paragraphs.
   */
  paragraphs(): Line[][] {
    if (this.paragraphCache) return this.paragraphCache;
    const lines = this.lines;
    let out: Line[][] = [];
    let from = 0;
    const prev = this.previousParagraphs;
    if (prev) {
      // A paragraph of the previous version whose last line and the line after it were reused with their
      // scopes is the same run of the same Line objects here: the run's end is decided by that next line.
      const old = prev.paragraphs;
      let lo = 0;
      let hi = old.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const p = old[mid];
        if (p[p.length - 1].index + 1 < prev.reused) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0) {
        out = old.slice(0, lo);
        const last = old[lo - 1];
        from = last[last.length - 1].index + 1;
      }
      this.previousParagraphs = undefined;
    }
    // A paragraph is a run of consecutive lines `[first, li)`: one exact slice each.
    let first = -1;
    for (let li = from; li < lines.length; li++) {
      const line = lines[li];
      if (line.scope === 'blank' || (first >= 0 && lines[first].scope !== line.scope) || line.headingLevel > 0) {
        if (first >= 0) out.push(lines.slice(first, li));
        first = -1;
        if (line.scope === 'blank') continue;
      }
      if (first < 0) first = li;
      if (line.headingLevel > 0) {
        out.push(lines.slice(li, li + 1));
        first = -1;
      }
    }
    if (first >= 0) out.push(lines.slice(first));
    this.paragraphCache = out;
    this.record.paragraphs = out;
    return out;
  }
  private paragraphCache?: Line[][];

  /**
   * Where a line's structure text starts (UTF-16 offset), for the section tree: `contentStart`,
   * then — in plain text as in Markdown — the opener of a whole-line emphasis (`wholeLineEmphasis`:
   * `**一、总体要求**`, as drafts pasted from chat assistants carry them, `*二、…*`, `___三、…___`), and leading emoji or bullet symbols with the
   * spaces after them (`📊 一、`, `✅ **1.**`), and invisible format characters (`isInvisibleFormat`) before
   * any of these. Equal to `contentStart` on most lines.
   */
  structureStart(line: Line): number {
    const text = this.text;
    let c = line.contentStart;
    for (let round = 0; round < 4; round++) {
      const from = c;
      // Invisible format characters pasted before an ordinal (`\u200B二、`): the heading is still a heading.
      const z = c;
      while (c < line.end && isInvisibleFormat(text.charCodeAt(c))) c++;
      if (c > z) while (c < line.end && isIndentChar(text.charCodeAt(c))) c++;
      const wrap = wholeLineEmphasis(text, c, line.end, true);
      if (wrap > 0) {
        c += wrap;
        while (c < line.end && isIndentChar(text.charCodeAt(c))) c++;
      }
      let e = c;
      while (e < line.end) {
        const w = symbolWidth(text, e);
        if (w === 0) break;
        e += w;
      }
      if (e > c) {
        c = e;
        while (c < line.end && isIndentChar(text.charCodeAt(c))) c++;
      }
      if (c === from) break;
    }
    return Math.min(c, line.end);
  }

  /**
   * True when the whole line is one bold span: `**存在的问题**`, `__二、主要任务__`, `***三、…***` (after indentation,
   * also one written as character references, and, in Markdown, heading hashes), with no other `**` inside
   * (`wholeLineEmphasis` of two or three; an italic line `*…*` is not bold). Plain text too.
   */
  isWholeLineBold(line: Line): boolean {
    const text = this.text;
    let i = line.start;
    while (i < line.end && isIndentChar(text.charCodeAt(i))) i++;
    if (line.headingLevel > 0) {
      while (i < line.end && text.charCodeAt(i) === 0x23) i++;
      while (i < line.end && isIndentChar(text.charCodeAt(i))) i++;
    }
    // An indent of character references (`&emsp;&emsp;**二、主要任务**`), as the content start reads it.
    if (text.charCodeAt(i) === 0x26 && line.scope === 'text') i = line.start + afterIndentReferences(this.lineText(line), i - line.start, this.language === 'markdown');
    return wholeLineEmphasis(text, i, line.end, true) >= 2;
  }
}

/** Delimiter runs by character and length, for `wholeLineEmphasis` (no string made per line). */
const EMPHASIS_RUNS: Record<number, readonly string[]> = { 0x2a: ['', '*', '**', '***'], 0x5f: ['', '_', '__', '___'] };

/**
 * Width in UTF-16 units (1–3) of the emphasis delimiter run that wraps `[at, end)` whole, or 0: `*……*`, `**……**`,
 * `***……***`, `_……_`, `__……__`, `___……___` (CommonMark emphasis; trailing spaces allowed), the opener right before a
 * non-space, the closer the same run right after one, and no run of the delimiter as long inside. 0 for a list mark
 * (`* 二、`), a rule or blank (`***`, `____`, `____年__月__日`), a run of four or more, `2*3*4`, `a_b_c`.
 * `spaced`: a run of two or three may also have spaces inside (`** 一、总体要求 **`), as the section tree has
 * always read a bold line (`Source.structureStart`, `Source.isWholeLineBold`); a single mark never (`* 二、` is a list mark).
 * Shared by the content start (`assignScopes`), `Source.structureStart`, `Source.isWholeLineBold`, the placeholder
 * scanner (the wrapping `___` are emphasis, not a blank) and the export's Markdown reading.
 */
export function wholeLineEmphasis(text: string, at: number, end: number, spaced = false): number {
  const c = text.charCodeAt(at);
  if (c !== 0x2a && c !== 0x5f) return 0;
  let e = end;
  while (e > at && isIndentChar(text.charCodeAt(e - 1))) e--;
  let n = 1;
  while (n < 4 && at + n < e && text.charCodeAt(at + n) === c) n++;
  if (n > 3 || e - at < 2 * n + 1) return 0;
  // Character codes, not slices (each a new string, on every line that starts with `*` or `_`).
  for (let k = 1; k <= n; k++) if (text.charCodeAt(e - k) !== c) return 0;
  const last = text.charCodeAt(e - n - 1);
  if (last === c || ((n === 1 || !spaced) && (isIndentChar(text.charCodeAt(at + n)) || isIndentChar(last)))) return 0;
  return text.indexOf(EMPHASIS_RUNS[c][n], at + n) === e - n ? n : 0;
}

/**
 * Width in UTF-16 units of an emoji or bullet symbol at `i` (with a following variation selector or
 * zero-width joiner), or 0: pictographs U+1F000–U+1FAFF, U+2600–U+27BF (☀ ✅ ✔ ★), U+2B00–U+2BFF (⭐),
 * geometric bullets U+25A0–U+25FF (■ ◆ ●), arrows ➤ ►. Circled numbers ① are not symbols here.
 */
function symbolWidth(text: string, i: number): number {
  const cp = text.codePointAt(i) ?? 0;
  const pict =
    (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf) || (cp >= 0x2b00 && cp <= 0x2bff) || (cp >= 0x25a0 && cp <= 0x25ff) || cp === 0x2192 || cp === 0x21d2;
  if (!pict) return 0;
  let w = cp > 0xffff ? 2 : 1;
  for (;;) {
    const n = text.charCodeAt(i + w);
    if (n === 0xfe0f || n === 0xfe0e || n === 0x200d) w++;
    else break;
  }
  return w;
}

/**
 * Invisible format characters that web pages and chat tools leave in copied text: zero-width space
 * U+200B, zero-width non-joiner and joiner U+200C/U+200D, word joiner U+2060 and U+FEFF (a zero-width
 * no-break space when not at the start of the file). They take no room on the page.
 */
export function isInvisibleFormat(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** `at` moved past the invisible format characters (`isInvisibleFormat`) starting there, not beyond `end`. */
export function skipInvisibleFormat(text: string, at: number, end: number): number {
  while (at < end && isInvisibleFormat(text.charCodeAt(at))) at++;
  return at;
}

// The surrogate tests live once, in the shared character classes.
export { isHighSurrogate, isLowSurrogate } from './text/chars';

/**
 * Characters that indent a line in Chinese documents: space, tab, ideographic space, NBSP, and the typographic
 * spaces U+2000–U+200A, U+202F, U+205F — a web page's `&emsp;&emsp;` indent pastes as two em spaces U+2003.
 */
export function isIndentChar(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f;
}

/** Named character references that stand for a space (HTML): `&emsp;` U+2003, `&nbsp;` U+00A0 …. */
const SPACE_REFERENCE_NAMES = new Set(['nbsp', 'NonBreakingSpace', 'ensp', 'emsp', 'emsp13', 'emsp14', 'numsp', 'puncsp', 'thinsp', 'ThinSpace', 'hairsp', 'VeryThinSpace', 'MediumSpace']);

/** A character reference `&…;` standing for a space: `&emsp;`, `&#12288;`, `&#x3000;`, `&#160;`. */
const SPACE_REFERENCE_RE = /&(?:([A-Za-z][A-Za-z0-9]{1,31})|#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6}));/y;

/**
 * Where the text of `raw` (one line) starts after an indent written as character references from `at`
 * (`&emsp;&emsp;`, `&#12288;&#12288;`, `&#x3000;`, `&nbsp;`, literal indentation between them): a draft pasted
 * from a web page's source keeps them where `　　` would be, and the line is read as indented by them
 * (`&emsp;&emsp;一、总体要求` is a heading). `at` itself when there is no such reference, or when nothing but
 * spaces follows them (the line is no content), or, in Markdown (`md`), when the text after them would be
 * Markdown syntax at a line start (`&emsp;# 一`: CommonMark reads it as a paragraph, references and all — as
 * the Word export does, export/inline.ts). UTF-16 offsets into `raw`.
 */
export function afterIndentReferences(raw: string, at: number, md: boolean): number {
  let c = at;
  let found = false;
  for (;;) {
    while (c < raw.length && isIndentChar(raw.charCodeAt(c))) c++;
    if (raw.charCodeAt(c) !== 0x26) break;
    SPACE_REFERENCE_RE.lastIndex = c;
    const m = SPACE_REFERENCE_RE.exec(raw);
    if (!m) break;
    const code = m[1] !== undefined ? -1 : Number.parseInt(m[2] ?? m[3], m[2] !== undefined ? 10 : 16);
    if (m[1] !== undefined ? !SPACE_REFERENCE_NAMES.has(m[1]) : !isIndentChar(code)) break;
    c = SPACE_REFERENCE_RE.lastIndex;
    found = true;
  }
  if (!found || c >= raw.length) return at;
  if (md && '#>|`~<'.includes(raw[c])) return at;
  return c;
}

/** What `splitLines` may take from the previous version's line table. */
interface SplitReuse {
  /** The previous version's lines. */
  lines: readonly Line[];
  /** How many leading lines are kept as they are (`keptLines`). */
  kept: number;
  /**
   * The first of the previous lines that lie in the common suffix with the line break before them (index
   * ≥ 1, `start - 1` at or after the suffix's start): the lines from there on are the same text moved by
   * `shift` (see `splitLines`); `lines.length` when there is none.
   */
  tail: number;
  /** The change in length (new minus old). */
  shift: number;
}

/**
 * The line table. With `reuse`: the first `reuse.kept` lines are the previous version's objects, then the
 * lines are found by searching for breaks; when the search reaches a line starting where `reuse.tail`
 * starts moved by `shift`, the lines from there on are copied from the previous ones, moved (from a line
 * start on, the lines depend only on the text after it, which is the same in the common suffix). That
 * start is always reached: whether the units before an offset end a break depends only on those units and
 * the one at the offset, all in the common suffix. New lines have scope 'text', heading level 0 and
 * content start at the line's start until `assignScopes` sets them.
 */
function splitLines(text: string, bom: number, reuse: SplitReuse | undefined): { lines: Line[]; eol: '\n' | '\r\n' | '\r'; tail: number } {
  let eol: '\n' | '\r\n' | '\r' | undefined;
  let start = bom;
  const kept = reuse?.kept ?? 0;
  if (reuse && kept > 0) {
    // Line 0 has its break (a kept line has one): the first break of the text.
    const first = reuse.lines[0];
    eol = first.next - first.end === 2 ? '\r\n' : text.charCodeAt(first.end) === 13 ? '\r' : '\n';
    start = reuse.lines[kept - 1].next;
  }
  const tail = reuse?.tail ?? 0;
  /** Where the tail starts in this text (no line starts there when there is no tail). */
  const stop = reuse && tail < reuse.lines.length ? reuse.lines[tail].start + reuse.shift : -1;
  // The lines between the kept ones and the tail (with no reuse, all of them).
  const mid: Line[] = [];
  const n = text.length;
  if (text.indexOf('\r', start) < 0) {
    // Only LF breaks (the common case): the native search finds them much faster than a character loop.
    for (let i = text.indexOf('\n', start); i >= 0 && start !== stop; i = text.indexOf('\n', start)) {
      eol ??= '\n';
      mid.push(newLine(kept + mid.length, start, i, i + 1));
      start = i + 1;
    }
  } else {
    for (let i = start; i < n && start !== stop; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        let next = i + 1;
        if (c === 13 && text.charCodeAt(i + 1) === 10) next = i + 2;
        eol ??= next - i === 2 ? '\r\n' : c === 13 ? '\r' : '\n';
        mid.push(newLine(kept + mid.length, start, i, next));
        start = next;
        i = next - 1;
      }
    }
  }
  const ended = start === stop;
  if (!ended) mid.push(newLine(kept + mid.length, start, n, n));
  if (!reuse) return { lines: mid, eol: eol ?? '\n', tail: mid.length };
  // One array of the final length (growing it line by line would allocate it about three times over).
  const old = reuse.lines;
  const tailCount = ended ? old.length - tail : 0;
  const lines: Line[] = new Array(kept + mid.length + tailCount);
  for (let li = 0; li < kept; li++) lines[li] = old[li];
  for (let k = 0; k < mid.length; k++) lines[kept + k] = mid[k];
  const shift = reuse.shift;
  for (let j = 0, li = kept + mid.length; j < tailCount; j++, li++) {
    const o = old[tail + j];
    // With the previous line's scope values, moved: `assignScopes` keeps them only where they still hold.
    lines[li] = { index: li, start: o.start + shift, end: o.end + shift, next: o.next + shift, scope: o.scope, headingLevel: o.headingLevel, contentStart: o.contentStart + shift };
  }
  // (A tail follows a break found above, or kept: `eol` is set when there is one.)
  return { lines, eol: eol ?? '\n', tail: tailCount > 0 ? kept + mid.length : lines.length };
}

/** The first line of `lines` (index ≥ 1) starting at or after `from` + 1: after a break that begins at or after `from`. */
function firstLineAfter(lines: readonly Line[], from: number): number {
  let lo = 1;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].start - 1 < from) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(lo, 1);
}

function newLine(index: number, start: number, end: number, next: number): Line {
  return { index, start, end, next, scope: 'text', headingLevel: 0, contentStart: start };
}

/**
 * How many leading lines of `previous` are lines of `text` at the same offsets, line break included:
 * those ending in a break that lies in the first `pre` code units common to both texts, where a break
 * ending in CR must be followed by a common code unit too (an LF added after it would make it CRLF).
 * The last line has no break: the text after it may have grown.
 */
function keptLines(previous: LineRecord, text: string, pre: number): number {
  const old = previous.lines;
  let lo = 0;
  let hi = old.length;
  // The lines' `next` grow with their index: the first line that cannot be kept, by binary search.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const l = old[mid];
    if (l.next > l.end && (l.next < pre || (l.next === pre && text.charCodeAt(pre - 1) === 10))) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** One version's lines and their strings (see `Source.lineRecord`). */
export interface LineRecord {
  readonly text: string;
  readonly lines: readonly Line[];
  readonly lineTexts: readonly string[];
  readonly language: Language;
  /** Whether line 0 opened front matter (Markdown). */
  readonly frontMatter: boolean;
  /** The version's paragraphs once `Source.paragraphs()` ran, else undefined. */
  readonly paragraphs: readonly Line[][] | undefined;
}

/**
 * For the lines of `text`: the previous version's string of the same line when its text is unchanged
 * (in the common prefix at the same offsets, or in the common suffix moved by the change in length),
 * else a fresh copy (`detach`). `pre`, `suf`: the lengths of the common prefix and suffix.
 */
function reusedLineText(previous: LineRecord, text: string, lines: readonly Line[], pre: number, suf: number): (li: number, line: Line) => string {
  const shift = text.length - previous.text.length;
  const offset = previous.lines.length - lines.length;
  const suffixStart = text.length - suf;
  return (li, line) => {
    if (line.end <= pre) {
      const old = previous.lines[li];
      if (old !== undefined && old.start === line.start && old.end === line.end) return previous.lineTexts[li];
    } else if (line.start >= suffixStart) {
      const old = previous.lines[li + offset];
      if (old !== undefined && old.start + shift === line.start && old.end + shift === line.end) return previous.lineTexts[li + offset];
    }
    return detach(text.slice(line.start, line.end));
  };
}

/**
 * How many UTF-16 code units `a` and `b` share at their start. Compares growing chunks natively (a slice
 * of a flat string is a view; `===` on two is a memory compare), a character loop only at the end:
 * about 20× faster than a loop over 100,000 characters.
 */
export function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (let k = 256; i < n; ) {
    const m = Math.min(k, n - i);
    if (a.slice(i, i + m) === b.slice(i, i + m)) {
      i += m;
      k *= 2;
    } else if (m > 16) k = m >> 2;
    else break;
  }
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How many code units `a` and `b` share at their end, not reaching into the first `pre` of either (as `commonPrefixLength`). */
export function commonSuffixLength(a: string, b: string, pre: number): number {
  const n = Math.min(a.length, b.length) - pre;
  const al = a.length;
  const bl = b.length;
  let i = 0;
  for (let k = 256; i < n; ) {
    const m = Math.min(k, n - i);
    if (a.slice(al - i - m, al - i) === b.slice(bl - i - m, bl - i)) {
      i += m;
      k *= 2;
    } else if (m > 16) k = m >> 2;
    else break;
  }
  while (i < n && a.charCodeAt(al - 1 - i) === b.charCodeAt(bl - 1 - i)) i++;
  return i;
}

/**
 * Sets each line's scope, heading level and content start; returns each line's text (without its break),
 * whether line 0 opens front matter, and how many leading lines kept their scopes from `previous` unseen.
 *
 * The first lines of `lines` may be `previous`'s objects (see `splitLines`), shared with that version: they
 * are never written. A line's scope depends on the lines before it — through the open fence, comment or
 * front matter, which is closed after a line of scope text, blank, quote or table — and, in Markdown, on
 * two things after it: whether a later line closes front matter opened by line 0 (compared with
 * `previous.frontMatter`) and whether the next line is a table's delimiter row. So the leading shared
 * lines up to the last one that ends in that closed state, and is not a possible table row (one with a
 * `|`) or is followed by a shared line, are exactly what this text gives: they are taken as they are (the
 * count returned). The other shared lines are checked, and a line whose values differ is replaced by a new
 * object.
 *
 * Likewise the lines from `tail` on (new objects carrying the previous values of the same text, moved; see
 * `splitLines`) keep those values from the first one after a tail line that ends in the closed state, in
 * both versions, and has no `|` (so no table row continues across it): from there on every line sees
 * the same state, text and table rows as before.
 */
function assignScopes(
  text: string,
  lines: Line[],
  language: Language,
  lineText: ((li: number, line: Line) => string) | undefined,
  previous: LineRecord | undefined,
  tail: number,
): { texts: string[]; frontMatter: boolean; reused: number } {
  const texts: string[] = new Array(lines.length);
  const md = language === 'markdown';
  let fence: string | undefined;
  let inComment = false;
  const frontMatter = md && lines.length > 1 && isLineText(text, lines[0], '---') && hasFrontMatterEnd(text, lines);
  let inFront = false;
  const table = md ? tableRows(text, lines) : undefined;

  // Shared lines: the leading ones that are `previous`'s objects.
  let shared = 0;
  if (previous) while (shared < lines.length && shared < previous.lines.length && lines[shared] === previous.lines[shared]) shared++;
  let reused = shared;
  if (previous?.frontMatter !== frontMatter) reused = 0;
  // The last shared line may be a table row only through the next line, which is not shared.
  if (md && reused > 0 && previous!.lineTexts[reused - 1].includes('|')) reused--;
  while (reused > 0 && !closesState(lines[reused - 1].scope)) reused--;
  for (let li = 0; li < reused; li++) texts[li] = previous!.lineTexts[li];

  // Previous line index = this index + `offset`, in the tail.
  const offset = previous ? previous.lines.length - lines.length : 0;
  for (let li = reused; li < lines.length; li++) {
    if (previous && li > tail && closesState(lines[li - 1].scope) && closesState(previous.lines[li - 1 + offset].scope) && !(md && texts[li - 1].includes('|'))) {
      // From here on the tail's lines keep the values splitLines copied (see the function comment).
      for (let k = li; k < lines.length; k++) texts[k] = previous.lineTexts[k + offset];
      break;
    }
    const line = lines[li];
    const raw = (texts[li] = lineText ? lineText(li, line) : text.slice(line.start, line.end));
    let i = 0;
    while (i < raw.length && isIndentChar(raw.charCodeAt(i))) i++;
    const blank = i === raw.length;

    let scope: LineScope = blank ? 'blank' : 'text';
    if (md) {
      if (li === 0 && raw === '---') {
        inFront = frontMatter;
        if (inFront) scope = 'frontmatter';
      } else if (inFront) {
        scope = 'frontmatter';
        if (raw === '---' || raw === '...') inFront = false;
      } else if (fence !== undefined) {
        scope = 'code';
        const m = FENCE.exec(raw);
        if (m && m[1][0] === fence[0] && m[1].length >= fence.length && raw.slice(m[0].length).trim() === '') fence = undefined;
      } else if (inComment) {
        scope = 'html-comment';
        if (raw.includes('-->')) inComment = false;
      } else if (!blank) {
        const m = FENCE.exec(raw);
        if (m) {
          scope = 'code';
          fence = m[1];
        } else if (raw.startsWith('<!--', i)) {
          scope = 'html-comment';
          inComment = !raw.includes('-->', i + 4);
        } else if (raw.startsWith('>', i)) {
          scope = 'quote';
        } else if (raw.startsWith('|', i) || table?.[li] === 1) {
          scope = 'table';
        }
      }
    }

    // Content start: indentation, Markdown heading hashes, emphasis openers.
    let c = i;
    let headingLevel = 0;
    if (md && scope === 'text') {
      let h = c;
      while (h < raw.length && raw.charCodeAt(h) === 0x23 /* # */) h++;
      const hashes = h - c;
      if (hashes >= 1 && hashes <= 6 && (h === raw.length || raw.charCodeAt(h) === 0x20 || raw.charCodeAt(h) === 0x09)) {
        headingLevel = hashes;
        c = h;
        while (c < raw.length && isIndentChar(raw.charCodeAt(c))) c++;
      }
    }
    // An indent written as character references (`&emsp;&emsp;一、`, `&#12288;`), as pasted web pages leave it.
    if (scope === 'text' && raw.charCodeAt(c) === 0x26 /* & */) c = afterIndentReferences(raw, c, md);
    if (md && scope === 'text') {
      // A whole line in emphasis of any form (`*二、…*`, `___三、…___`): its content starts after the opener.
      const wrap = wholeLineEmphasis(raw, c, raw.length);
      if (wrap > 0) {
        c += wrap;
        while (c < raw.length && isIndentChar(raw.charCodeAt(c))) c++;
      }
      while (raw.startsWith('**', c) || raw.startsWith('__', c)) {
        c += 2;
        while (c < raw.length && isIndentChar(raw.charCodeAt(c))) c++;
      }
    }
    const contentStart = line.start + c;
    if (li < shared) {
      // A shared object is never written: a new one when this text gives it other values.
      if (line.scope !== scope || line.headingLevel !== headingLevel || line.contentStart !== contentStart) {
        lines[li] = { index: line.index, start: line.start, end: line.end, next: line.next, scope, headingLevel, contentStart };
      }
    } else {
      line.scope = scope;
      line.headingLevel = headingLevel;
      line.contentStart = contentStart;
    }
  }
  return { texts, frontMatter, reused };
}

/** Scopes after which no fence, comment or front matter is open (see `assignScopes`). */
function closesState(scope: LineScope): boolean {
  return scope === 'text' || scope === 'blank' || scope === 'quote' || scope === 'table';
}

/** Is the line's text (without its break) exactly `s`? */
function isLineText(text: string, line: Line, s: string): boolean {
  return line.end - line.start === s.length && text.startsWith(s, line.start);
}

function hasFrontMatterEnd(text: string, lines: Line[]): boolean {
  for (let j = 1; j < lines.length; j++) if (isLineText(text, lines[j], '---') || isLineText(text, lines[j], '...')) return true;
  return false;
}

/**
 * GFM table rows, in one pass (linear in the text): a row containing `|` that is a delimiter row
 * (`|---|:--:|`), stands right above one, or follows one through unbroken `|` rows. 1 = table row.
 */
function tableRows(text: string, lines: Line[]): Uint8Array {
  const n = lines.length;
  const pipe = new Uint8Array(n);
  const delim = new Uint8Array(n);
  // The next `|` at or after a line's start, found once and reused (a search per line would scan to
  // the end of a text without bars on every line: quadratic).
  let nextBar = -2;
  for (let li = 0; li < n; li++) {
    const { start, end } = lines[li];
    if (nextBar !== -1 && nextBar < start) nextBar = text.indexOf('|', start);
    if (nextBar < 0 || nextBar >= end) continue;
    pipe[li] = 1;
    if (isDelimiterRow(text, start, end)) delim[li] = 1;
  }
  const out = new Uint8Array(n);
  let below = false; // an unbroken run of `|` rows above this one reaches a delimiter row
  for (let li = 0; li < n; li++) {
    if (pipe[li] && (delim[li] || (li + 1 < n && delim[li + 1]) || below)) out[li] = 1;
    below = pipe[li] === 1 && (delim[li] === 1 || below);
  }
  return out;
}

/**
 * A GFM delimiter row: cells of `:?-+:?` separated by `|`, an optional `|` at either end, at least
 * one inner `|` (`---|---`, `|---|---|`, `| :-- | --: |`). A hand-written scan: linear, however many
 * spaces and bars the line holds.
 */
export function isDelimiterRow(text: string, start: number, end: number): boolean {
  let i = start;
  let e = end;
  while (i < e && isSpace(text.charCodeAt(i))) i++;
  while (e > i && isSpace(text.charCodeAt(e - 1))) e--;
  if (i < e && text.charCodeAt(i) === 0x7c) i++;
  let innerBars = 0;
  let cells = 0;
  while (i < e) {
    while (i < e && isSpace(text.charCodeAt(i))) i++;
    if (i < e && text.charCodeAt(i) === 0x3a) i++;
    let dashes = 0;
    while (i < e && text.charCodeAt(i) === 0x2d) (i++, dashes++);
    if (dashes === 0) return false;
    if (i < e && text.charCodeAt(i) === 0x3a) i++;
    while (i < e && isSpace(text.charCodeAt(i))) i++;
    cells++;
    if (i === e) break;
    if (text.charCodeAt(i) !== 0x7c) return false;
    i++;
    if (i === e) break; // the closing `|`
    innerBars++;
  }
  return cells >= 2 && innerBars >= 1;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0b || c === 0x0c;
}

/**
 * Quoted spans inside `[start, end)`: “…”, ‘…’, 「…」, 『…』 and straight "…" pairs.
 * Returned as sorted `[start, end)` offset pairs including the quote marks. Unclosed quotes run
 * to `end`. Used by checks that must not look inside quotations.
 */
export function quoteSpans(text: string, start: number, end: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = start;
  while (i < end) {
    const open = text.charCodeAt(i);
    const close = closerOf(open);
    if (close === 0) {
      i++;
      continue;
    }
    // Find the matching closer, counting nested openers of the same pair ("…" does not nest).
    let depth = 1;
    let j = i + 1;
    for (; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c === close) {
        if (--depth === 0) break;
      } else if (c === open && open !== close) depth++;
    }
    const stop = j < end ? j + 1 : end;
    spans.push([i, stop]);
    i = stop;
  }
  return spans;
}

/** The closing quote for an opening one (“ ‘ 「 『 and a straight "), or 0. */
function closerOf(c: number): number {
  switch (c) {
    case 0x201c: // “
      return 0x201d;
    case 0x2018: // ‘
      return 0x2019;
    case 0x300c: // 「
      return 0x300d;
    case 0x300e: // 『
      return 0x300f;
    case 0x22: // "
      return 0x22;
    default:
      return 0;
  }
}

/**
 * In `items` sorted by `start` (UTF-16 offsets), the index of the last item starting at or before `offset`
 * (0 when none does; -1 for an empty list). Binary search.
 */
export function lastStartingAtOrBefore(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return hi < 0 ? -1 : lo;
}
