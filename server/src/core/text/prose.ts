import { forEachMatchIn } from './scan';
import type { Source } from '../source';
import type { Line } from '../types';
import { hasIdeograph, isSpace, isTenOrLess } from './chars';
import { LiteralHints, literalSpans } from './literals';

/**
 * What a non-prose span is. Prose rules (punctuation, numbers, wording) look only at prose: text a
 * writer wrote as Chinese sentences, not code, addresses or markup.
 * - `code`: fenced and indented code blocks, inline code spans (backticks included);
 * - `frontmatter`, `comment`: YAML front matter, HTML comments;
 * - `html`: an HTML tag `<…>`;
 * - `url`: a URL (`https://…`, `www.…`) or an e-mail address, in Markdown and plain text;
 * - `link-target`: the `(target "title")` of a Markdown link or image, a reference `[id]`, a definition line;
 * - `markup`: Markdown syntax characters: heading `#`s, list bullets, `>` of a quote, table pipes,
 *   emphasis `*` `_` `~~`, link brackets, backslash escapes;
 * - `residue`: a line of template-site furniture (banner, byline, `(第2/2页)`) that web-residue deletes whole;
 *   marked by `proseOf` from the document model, so prose rules do not correct a line about to go;
 * - `entity`: an HTML character reference (`&emsp;` `&#12288;` `&#x3000;`), in Markdown and plain text (text
 *   pasted from a web page): it stands for one character, and its `&` `#` `;` are not punctuation;
 * - `literal`: a formula, a file name or path, a compound unit, a list of mathematical terms written inline, which
 *   keeps its ASCII marks (`=IF(B2>=60,"合格","不合格")`, `统计报表(2024版).xlsx`, `150L/(人·d)`, `n=1, 2, …, 10`;
 *   see `literals.ts`), in Markdown and plain text.
 */
export type SpanKind = 'code' | 'frontmatter' | 'comment' | 'html' | 'url' | 'link-target' | 'markup' | 'residue' | 'entity' | 'literal';

const KINDS: readonly SpanKind[] = ['code', 'frontmatter', 'comment', 'html', 'url', 'link-target', 'markup', 'residue', 'entity', 'literal'];

/** A non-prose span: `[start, end)` in UTF-16 offsets of the source text. */
export interface TextSpan {
  kind: SpanKind;
  start: number;
  end: number;
}

/**
 * A prose paragraph: consecutive lines that belong to one paragraph of running text. In Markdown a
 * blank line (or a `>` alone inside a blockquote, or a heading, or a change of scope) ends it. In plain text, where writers and copied
 * pages break lines freely, a line also ends its paragraph when it ends a sentence (`。！？；：` or a
 * closing quote/bracket after one) or when the next line is indented, starts a heading-like ordinal
 * or is a different scope.
 */
export interface ProseParagraph {
  /** UTF-16 offset of the first line's start and of the last line's end (before its line break). */
  readonly start: number;
  readonly end: number;
}

/** A `PagedMask` page holds `PAGE` (4,096) offsets. */
const PAGE_BITS = 12;
const PAGE = 1 << PAGE_BITS;
const IN_PAGE = PAGE - 1;

/**
 * One byte per UTF-16 offset of a text (0 = prose, else a span kind code), stored in pages of 4,096 that
 * exist only where something is marked: a plain-text draft has almost no non-prose span, and a mask as
 * long as the text would cost a zeroed array of the text's length on every keystroke, and a scan of it
 * for the spans.
 */
class PagedMask {
  /** Page k covers offsets `[k * PAGE, (k + 1) * PAGE)`; undefined: all prose. */
  readonly pages: Array<Uint8Array | undefined>;

  constructor(readonly length: number) {
    this.pages = new Array<Uint8Array | undefined>((length + IN_PAGE) >> PAGE_BITS).fill(undefined);
  }

  /** The byte at `i` (0 ≤ i < length). */
  get(i: number): number {
    const page = this.pages[i >> PAGE_BITS];
    return page === undefined ? 0 : page[i & IN_PAGE];
  }

  /** Set the byte at `i` to `kind` (ignored outside `[0, length)`). */
  set(i: number, kind: number): void {
    if (!(i >= 0 && i < this.length)) return;
    const k = i >> PAGE_BITS;
    (this.pages[k] ??= new Uint8Array(PAGE))[i & IN_PAGE] = kind;
  }

  /** Mark `[a, b)` (clipped to the text) as `kind`; `keep` leaves already-marked bytes as they are. */
  fill(a: number, b: number, kind: number, keep: boolean): void {
    let i = Math.max(0, a);
    const stop = Math.min(this.length, b);
    while (i < stop) {
      const k = i >> PAGE_BITS;
      const page = (this.pages[k] ??= new Uint8Array(PAGE));
      const to = Math.min(stop, (k + 1) << PAGE_BITS);
      if (keep) {
        for (; i < to; i++) if (page[i & IN_PAGE] === 0) page[i & IN_PAGE] = kind;
      } else {
        page.fill(kind, i & IN_PAGE, ((to - 1) & IN_PAGE) + 1);
        i = to;
      }
    }
  }
}

/**
 * The prose map of one text: which UTF-16 offsets are prose and which belong to a non-prose span.
 * Built once per `Source` (see `textLayer`), in one pass over the text.
 */
export class TextLayer {
  /** Per UTF-16 offset: 0 = prose, else 1 + index of the span kind in `KINDS`. Line breaks inside a code block, front matter or comment belong to it. */
  private readonly mask: PagedMask;
  /** What is built on first use, shared with the views `within` makes. */
  private readonly built: { spans?: TextSpan[]; paragraphs?: ProseParagraph[]; bounds?: Int32Array };

  /**
   * The layer of `source`, built in one pass; or, with `of`, a view of that layer's mask and built parts
   * whose scans look only inside `windows` (see `within`).
   */
  constructor(
    readonly source: Source,
    of?: TextLayer,
    windows?: ReadonlyArray<readonly [number, number]>,
  ) {
    if (of) {
      this.mask = of.mask;
      this.built = of.built;
      this.windows = windows ?? of.windows;
      return;
    }
    this.mask = new PagedMask(source.text.length);
    this.built = {};
    buildMask(source, this.mask);
    this.windows = [[0, source.text.length]];
  }

  /** Mark `[start, end)` as a non-prose span of `kind` (already-marked characters keep their kind). */
  exclude(start: number, end: number, kind: SpanKind): void {
    this.mask.fill(start, end, KINDS.indexOf(kind) + 1, true);
    this.built.spans = undefined;
  }

  /** Is the character at `offset` (an integer) prose? False outside the text. */
  isProse(offset: number): boolean {
    return offset >= 0 && offset < this.mask.length && this.mask.get(offset) === 0;
  }

  /** Is every character of `[start, end)` prose? (True when the range is empty, false when it leaves the text.) */
  isProseRange(start: number, end: number): boolean {
    if (start >= end) return true;
    const m = this.mask;
    if (!(start >= 0 && end <= m.length)) return false;
    for (let i = start; i < end; ) {
      const k = i >> PAGE_BITS;
      const page = m.pages[k];
      const to = Math.min(end, (k + 1) << PAGE_BITS);
      if (page !== undefined) for (let j = i; j < to; j++) if (page[j & IN_PAGE] !== 0) return false;
      i = to;
    }
    return true;
  }

  /** The kind of the span covering `offset`, or undefined for prose (and outside the text). */
  kindAt(offset: number): SpanKind | undefined {
    if (!(offset >= 0 && offset < this.mask.length)) return undefined;
    const k = this.mask.get(offset);
    return k === 0 ? undefined : KINDS[k - 1];
  }

  /** Every non-prose span, sorted, adjacent spans of one kind merged. */
  spans(): TextSpan[] {
    if (this.built.spans) return this.built.spans;
    const out: TextSpan[] = [];
    const { pages, length } = this.mask;
    // The open run: its kind (0: none) and start. Pages that do not exist are prose and end it.
    let kind = 0;
    let from = 0;
    for (let k = 0; k < pages.length; k++) {
      const page = pages[k];
      const base = k << PAGE_BITS;
      if (page === undefined) {
        if (kind !== 0) out.push({ kind: KINDS[kind - 1], start: from, end: base });
        kind = 0;
        continue;
      }
      const n = Math.min(PAGE, length - base);
      // Prose runs are skipped four characters at a time.
      const words = new Uint32Array(page.buffer, page.byteOffset, PAGE >> 2);
      for (let j = 0; j < n; ) {
        const c = page[j];
        if (c === 0 && kind === 0) {
          if ((j & 3) === 0) {
            let w = j >> 2;
            while (w < words.length && words[w] === 0) w++;
            if (w > j >> 2) {
              j = w << 2;
              continue;
            }
          }
          j++;
          continue;
        }
        if (c !== kind) {
          if (kind !== 0) out.push({ kind: KINDS[kind - 1], start: from, end: base + j });
          kind = c;
          from = base + j;
        }
        j++;
      }
    }
    if (kind !== 0) out.push({ kind: KINDS[kind - 1], start: from, end: length });
    this.built.spans = out;
    return out;
  }

  /**
   * The prose paragraphs of the document (lines of scope text, table or quote), in order, as objects.
   * Built from `paragraphBounds` on first use: a pass that runs every keystroke should read those instead.
   */
  paragraphs(): ProseParagraph[] {
    if (this.built.paragraphs) return this.built.paragraphs;
    const b = this.paragraphBounds();
    const out: ProseParagraph[] = new Array(b.length >> 1);
    for (let k = 0; k < out.length; k++) out[k] = { start: b[2 * k], end: b[2 * k + 1] };
    this.built.paragraphs = out;
    return out;
  }

  /**
   * The prose paragraphs (see `paragraphs`) as flat pairs: paragraph k is `[b[2k], b[2k + 1])` in UTF-16
   * offsets, the first line's start to the last line's end (before its line break); sorted, disjoint.
   * Built once per layer; do not modify.
   */
  paragraphBounds(): Int32Array {
    return (this.built.bounds ??= buildParagraphs(this.source));
  }

  /**
   * Run a global regex over the whole text and call `fn` for each match lying entirely in prose.
   * The regex must have the `g` flag; write it so that it cannot cross a line break where that matters,
   * and so that it reads at most a few characters past a line break it crosses (see `forEachMatchIn`).
   */
  forEachProseMatch(re: RegExp, fn: (m: RegExpExecArray) => void): void {
    const text = this.source.text;
    for (const [from, to] of this.windows) {
      // In a window, the search stops near it instead of running on to the next match (see scan.ts).
      forEachMatchIn(re, text, from, to, (m) => {
        if (m[0].length > 0 && this.isProseRange(m.index, m.index + m[0].length)) fn(m);
      });
    }
  }

  /**
   * Where a scan should look: `[start, end)` UTF-16 ranges, sorted and disjoint. The whole text for a
   * full analysis; in an incremental one (see `LintSession`), the paragraphs around the edit. Reads
   * (`isProse`, `kindAt`, `paragraphs`) still see the whole document; only scans are narrowed, and the
   * engine keeps only findings that start inside a window.
   */
  windows: ReadonlyArray<readonly [number, number]>;

  /** Does `[start, end)` meet a window? (Always true in a full analysis.) */
  touches(start: number, end: number): boolean {
    const w = this.windows;
    for (let k = 0; k < w.length; k++) if (start < w[k][1] && end >= w[k][0]) return true;
    return false;
  }

  /**
   * The same layer (same mask, same paragraphs) whose scans look only inside `windows`: used by the
   * engine to re-run paragraph-local rules on the changed paragraphs only.
   */
  within(windows: ReadonlyArray<readonly [number, number]>): TextLayer {
    // A view of its own class, not an object whose prototype is this layer: an instance made a prototype
    // every keystroke is slow to set up and slows every later property access on it.
    return new TextLayer(this.source, this, windows);
  }
}

/**
 * The text layer of a source, built on first use and shared by every rule of the analysis (kept on the
 * source: `Source.layer`; a source's text never changes, so the layer is never stale).
 */
export function textLayer(source: Source): TextLayer {
  return (source.layer ??= new TextLayer(source));
}

const CODE = 1;
const FRONTMATTER = 2;
const COMMENT = 3;
const HTML = 4;
const URL_KIND = 5;
const LINK_TARGET = 6;
const MARKUP = 7;
const ENTITY = 9;
const LITERAL = 10;

/**
 * URLs and e-mail addresses: a scheme or `www.` followed by ASCII URL characters; trailing sentence
 * punctuation (`.,;:!?`) and an unbalanced `)` are left out, as GitHub's autolinks do.
 */
const URL_RE = /\b(?:(?:https?|ftp|file):\/\/|www\.)[\x21-\x7e]+|\b[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/**
 * Where the next `://`, `www.` and `@` start at or after an offset, for lines read in order: each
 * occurrence is found once by the native search, so lines without one cost a comparison, not a scan.
 */
class UrlHints {
  /** Per needle: where it next starts, -1 for nowhere, -2 before the first search. */
  private readonly at = [-2, -2, -2];
  /** The least of `at` that is not -1; -1 when none is. */
  private min = -2;
  constructor(private readonly text: string) {}

  /** Does `[from, to)` hold `://`, `www.` or `@`? `from` must not decrease between calls. */
  any(from: number, to: number): boolean {
    if (this.min !== -1 && this.min < from) {
      this.min = -1;
      for (let k = 0; k < 3; k++) {
        let at = this.at[k];
        if (at !== -1 && at < from) this.at[k] = at = this.text.indexOf(URL_NEEDLES[k], from);
        if (at !== -1 && (this.min === -1 || at < this.min)) this.min = at;
      }
    }
    if (this.min === -1 || this.min >= to) return false;
    for (let k = 0; k < 3; k++) {
      const at = this.at[k];
      if (at >= 0 && at + URL_NEEDLES[k].length <= to) return true;
    }
    return false;
  }
}

const URL_NEEDLES = ['://', 'www.', '@'] as const;

function markUrls(text: string, from: number, to: number, mask: PagedMask, hints: UrlHints): void {
  if (!hints.any(from, to)) return;
  const slice = text.slice(from, to);
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(slice); m !== null; m = URL_RE.exec(slice)) {
    let end = m.index + m[0].length;
    // Trailing punctuation and closers that the URL did not open (counts kept as it shrinks: linear).
    let opens = count(slice, m.index, end, '(');
    let closes = count(slice, m.index, end, ')');
    let openSq = count(slice, m.index, end, '[');
    let closeSq = count(slice, m.index, end, ']');
    while (end > m.index) {
      const ch = slice[end - 1];
      if ('.,;:!?\'"*_~>'.includes(ch)) end--;
      else if (ch === ')' && opens < closes) {
        end--;
        closes--;
      } else if (ch === ']' && openSq < closeSq) {
        end--;
        closeSq--;
      } else break;
    }
    mask.fill(from + m.index, from + end, URL_KIND, true);
  }
}

/**
 * An HTML character reference, as CommonMark reads one: `&` and a name (a letter, then letters or digits;
 * two to 32 in all: no HTML entity name has one letter), a decimal number of 1 to 7 digits or `x` and 1 to 6
 * hex digits, then `;`. Sticky: tried at an `&`.
 */
const ENTITY_RE = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/y;

/**
 * Mark the character references (`ENTITY_RE`) of `[from, to)` as `entity` (characters already marked, such as
 * code, keep their kind). In Markdown an escaped `\&` is a literal `&`. `nextAmp` is where the next `&` at or
 * after `from` is (-1: none), found once by the native search: lines without one cost a comparison. Returns
 * the next `&` at or after `to`.
 */
function markEntities(text: string, from: number, to: number, mask: PagedMask, md: boolean, nextAmp: number): number {
  let at = nextAmp;
  if (at !== -1 && at < from) at = text.indexOf('&', from);
  while (at !== -1 && at < to) {
    ENTITY_RE.lastIndex = at;
    if (!(md && text[at - 1] === '\\') && ENTITY_RE.test(text) && ENTITY_RE.lastIndex <= to) mask.fill(at, ENTITY_RE.lastIndex, ENTITY, true);
    at = text.indexOf('&', at + 1);
  }
  return at;
}

function count(s: string, a: number, b: number, ch: string): number {
  let n = 0;
  for (let i = a; i < b; i++) if (s[i] === ch) n++;
  return n;
}


function buildMask(source: Source, mask: PagedMask): void {
  const { text, lines } = source;
  const md = source.language === 'markdown';
  let prevBlankOrCode = true;
  const hints = new UrlHints(text);
  const literals = new LiteralHints(text);
  let nextAmp = -2;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const { start } = line;
    // A block's inner line breaks belong to the block; its last line break is prose.
    const end = lines[li + 1]?.scope === line.scope ? line.next : line.end;
    switch (line.scope) {
      case 'code':
        mask.fill(start, end, CODE, false);
        prevBlankOrCode = true;
        continue;
      case 'frontmatter':
        mask.fill(start, end, FRONTMATTER, false);
        continue;
      case 'html-comment':
        mask.fill(start, end, COMMENT, false);
        continue;
      case 'blank':
        prevBlankOrCode = true;
        continue;
      default:
        break;
    }
    if (md) {
      // Indented code: four spaces or a tab after a blank line. A Chinese line indented this way is a
      // paragraph indent (writers indent with spaces), so a line with an ideograph is prose.
      const raw = text.slice(start, line.end);
      if (line.scope === 'text' && prevBlankOrCode && /^(?: {4}|\t)/.test(raw) && !hasIdeograph(raw)) {
        mask.fill(start, line.end, CODE, false);
        prevBlankOrCode = true;
        continue;
      }
      prevBlankOrCode = false;
      markMarkdownLine(source, line, mask);
    } else {
      prevBlankOrCode = false;
    }
    markUrls(text, start, line.end, mask, hints);
    nextAmp = markEntities(text, start, line.end, mask, md, nextAmp);
    if (literals.any(start, line.end)) {
      const spans = literalSpans(text, start, line.end);
      for (let k = 0; k < spans.length; k += 2) mask.fill(spans[k], spans[k + 1], LITERAL, true);
    }
  }
}

/** Inline Markdown on one line of prose scope: code spans, comments, tags, links, emphasis, prefixes. */
function markMarkdownLine(source: Source, line: Line, mask: PagedMask): void {
  const text = source.text;
  const { start, end } = line;
  // Line prefixes: indentation, quote markers, heading hashes, list bullets.
  let p = start;
  while (p < end && isSpace(text.charCodeAt(p))) p++;
  if (line.scope === 'quote') {
    while (p < end && (text[p] === '>' || text[p] === ' ')) mask.set(p++, MARKUP);
  }
  if (line.headingLevel > 0) {
    while (p < end && text[p] === '#') mask.set(p++, MARKUP);
  } else if (p + 1 < end && '-+*'.includes(text[p]) && (text[p + 1] === ' ' || text[p + 1] === '\t')) {
    mask.set(p++, MARKUP);
  }
  // Reference definition `[id]: target`.
  const def = /^\s{0,3}\[[^\]]+\]:\s*\S/.exec(text.slice(start, end));
  if (def) {
    const colon = text.indexOf(']:', start) + 2;
    mask.fill(start, colon, MARKUP, false);
    mask.fill(colon, end, LINK_TARGET, false);
    return;
  }

  let match: Map<number, number> | undefined;
  for (let i = p; i < end; i++) {
    const c = text[i];
    if (mask.get(i) !== 0) continue;
    if (c === '\\' && i + 1 < end && /[!-/:-@[-`{-~]/.test(text[i + 1])) {
      mask.set(i, MARKUP); // the escaped character itself stays prose
      i++;
    } else if (c === '`') {
      let run = 1;
      while (i + run < end && text[i + run] === '`') run++;
      const close = findRun(text, i + run, end, '`', run);
      if (close >= 0) {
        mask.fill(i, close + run, CODE, false);
        i = close + run - 1;
      } else i += run - 1; // an unmatched run is literal text
    } else if (c === '<') {
      if (text.startsWith('<!--', i)) {
        const stop = text.indexOf('-->', i + 4);
        const e = stop >= 0 && stop < end ? stop + 3 : end;
        mask.fill(i, e, COMMENT, false);
        i = e - 1;
        continue;
      }
      const tag = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|^<(?:https?|ftp|mailto):[^\s<>]*>/.exec(text.slice(i, Math.min(end, i + 2000)));
      if (tag) {
        mask.fill(i, i + tag[0].length, tag[0][1] === '/' || /^<[A-Za-z][A-Za-z0-9-]*[\s/>]/.test(tag[0]) ? HTML : URL_KIND, false);
        i += tag[0].length - 1;
      }
    } else if (c === '[' || (c === '!' && text[i + 1] === '[')) {
      match ??= matchBrackets(text, p, end);
      i = markLink(text, i, mask, match);
    } else if (c === '*' || c === '~') {
      let run = 1;
      while (i + run < end && text[i + run] === c) run++;
      if (c === '*' || run === 2) mask.fill(i, i + run, MARKUP, false);
      i += run - 1;
    } else if (c === '_') {
      let run = 1;
      while (i + run < end && text[i + run] === '_') run++;
      // `____` is a fill-in blank; `_x_` `__x__` are emphasis when closed on the line.
      if (run <= 2 && findRun(text, i + run + 1, end, '_', run) >= 0) {
        const close = findRun(text, i + run + 1, end, '_', run);
        mask.fill(i, i + run, MARKUP, false);
        mask.fill(close, close + run, MARKUP, false);
      }
      i += run - 1;
    }
  }
  if (line.scope === 'table') {
    for (let i = start; i < end; i++) if (text[i] === '|' && text[i - 1] !== '\\' && mask.get(i) === 0) mask.set(i, MARKUP);
  }
}

/**
 * The start of the next run of exactly `len` `ch`s in `[from, end)`, or -1. Looks at most `INLINE_MAX`
 * characters ahead, so a line full of unmatched runs cannot make the scan quadratic.
 */
function findRun(text: string, from: number, end: number, ch: string, len: number): number {
  const stop = Math.min(end, from + INLINE_MAX);
  for (let j = from; j < stop; j++) {
    if (text[j] !== ch) continue;
    let r = 1;
    while (j + r < end && text[j + r] === ch) r++;
    if (r === len) return j;
    j += r - 1;
  }
  return -1;
}

/** Longest inline code span, emphasis or link part looked for (characters). */
const INLINE_MAX = 4000;

/**
 * The matching closer of every `[` and `(` of a line (nested pairs allowed, `\\x` escapes skipped), in
 * one pass with a stack: offset of the opener → offset of its closer. Unmatched openers are absent.
 */
function matchBrackets(text: string, start: number, end: number): Map<number, number> {
  const match = new Map<number, number>();
  const squares: number[] = [];
  const rounds: number[] = [];
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x5c) j++;
    else if (c === 0x5b) squares.push(j);
    else if (c === 0x5d) {
      const o = squares.pop();
      if (o !== undefined) match.set(o, j);
    } else if (c === 0x28) rounds.push(j);
    else if (c === 0x29) {
      const o = rounds.pop();
      if (o !== undefined) match.set(o, j);
    }
  }
  return match;
}

/**
 * `[text](target "title")`, `![alt](src)`, `[text][ref]`: brackets become markup, the target a
 * link target, the link text stays prose. `match` is the line's `matchBrackets`. Returns the last
 * offset handled.
 */
function markLink(text: string, i: number, mask: PagedMask, match: Map<number, number>): number {
  const open = text[i] === '!' ? i + 1 : i;
  const close = match.get(open);
  if (close === undefined) return i;
  const after = text[close + 1];
  const stop = after === '(' || after === '[' ? match.get(close + 1) : undefined;
  if (stop === undefined) return i;
  mask.fill(i, open + 1, MARKUP, false);
  mask.fill(close, close + 1, MARKUP, false);
  mask.fill(close + 1, stop + 1, LINK_TARGET, false);
  return open; // continue inside the link text
}

// ---------------------------------------------------------------------------------------------
// Paragraphs

/**
 * Does `text[start, end)` end a sentence: 。！？；： … (or their ASCII forms), optionally followed by
 * closing quotes or brackets, then spaces (`/[。！？；：….!?;:][”’）》」』】〕)"']*\s*$/`, scanned from the end).
 */
function endsSentence(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isJsSpace(text.charCodeAt(e - 1))) e--;
  while (e > start && isCloser(text.charCodeAt(e - 1))) e--;
  return e > start && isSentenceEnd(text.charCodeAt(e - 1));
}

function isSentenceEnd(c: number): boolean {
  switch (c) {
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0xff1b: // ；
    case 0xff1a: // ：
    case 0x2026: // …
    case 0x2e: // .
    case 0x21: // !
    case 0x3f: // ?
    case 0x3b: // ;
    case 0x3a: // :
      return true;
    default:
      return false;
  }
}

function isCloser(c: number): boolean {
  switch (c) {
    case 0x201d: // ”
    case 0x2019: // ’
    case 0xff09: // ）
    case 0x300b: // 》
    case 0x300d: // 」
    case 0x300f: // 』
    case 0x3011: // 】
    case 0x3015: // 〕
    case 0x29: // )
    case 0x22: // "
    case 0x27: // '
      return true;
    default:
      return false;
  }
}

/** White space as a regex's `\s` has it (ECMAScript WhiteSpace and LineTerminator). */
function isJsSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A line opening a heading-like ordinal, an indent or a list item starts a paragraph in plain text.
 * Sticky: tried at a line's start in the whole text (no part of it can reach past a non-blank line's end).
 */
const PARAGRAPH_START = /(?:[\s\u3000]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、](?!\d)|第[一二三四五六七八九十]+[章节条]|附件)/y;

/** Does the non-blank line `[start, …)` of `text` start a paragraph (see `PARAGRAPH_START`)? */
function startsParagraph(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (isJsSpace(c)) return true;
  // The first characters the other alternatives can begin with.
  if (!((c >= 0x30 && c <= 0x39) || c === 0x28 || c === 0xff08 || c === 0x7b2c /* 第 */ || c === 0x9644 /* 附 */ || isTenOrLess(c))) return false;
  PARAGRAPH_START.lastIndex = start;
  return PARAGRAPH_START.test(text);
}

/** Scratch bounds for `buildParagraphs` (grown as needed; the result is a copy of its start). */
let scratch: Int32Array = new Int32Array(1024);

/**
 * The prose paragraphs of `source` (see `ProseParagraph`) as flat `[start, end)` pairs, in one pass over
 * its lines: a paragraph is written when the line after it does not join it, so no per-paragraph object
 * or list of lines is built.
 */
function buildParagraphs(source: Source): Int32Array {
  const text = source.text;
  const md = source.language === 'markdown';
  const lines = source.lines;
  let n = 0;
  /** The last line of the open paragraph, and where that paragraph starts. */
  let prev: Line | undefined;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const scope = line.scope;
    if ((scope !== 'text' && scope !== 'table' && scope !== 'quote') || (scope === 'quote' && isBlankQuote(text, line.start, line.end))) {
      if (prev !== undefined) n = put(n, start, prev.end);
      prev = undefined;
      continue;
    }
    if (prev === undefined) start = line.start;
    else {
      let joins = prev.scope === scope && line.headingLevel === 0 && prev.headingLevel === 0 && scope !== 'table';
      if (joins && !md) joins = !endsSentence(text, prev.start, prev.end) && !startsParagraph(text, line.start);
      if (!joins) {
        n = put(n, start, prev.end);
        start = line.start;
      }
    }
    prev = line;
  }
  if (prev !== undefined) n = put(n, start, prev.end);
  return scratch.slice(0, n);
}

/**
 * Is the Markdown quote line `text[start, end)` only `>` markers and spaces (`>`, `> >`)? It is the blank
 * line between two paragraphs of one blockquote (CommonMark §5.1), so it ends a paragraph as a blank line does.
 */
function isBlankQuote(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x3e && !isJsSpace(c)) return false;
  }
  return true;
}

/** Write the pair `start, end` at `n` of `scratch` (grown when full); returns the next free index. */
function put(n: number, start: number, end: number): number {
  if (n + 2 > scratch.length) {
    const b = new Int32Array(scratch.length * 2);
    b.set(scratch);
    scratch = b;
  }
  scratch[n] = start;
  scratch[n + 1] = end;
  return n + 2;
}
