/**
 * A draft's text as a reader of the Word file sees it: Markdown syntax taken out, the writer's text
 * kept character for character. Pure.
 *
 * In Markdown, per line (CommonMark, simplified to what drafts carry):
 * - a bullet list marker (`- `, `* `, `+ ` after any indentation) and the spaces after it: a 公文 has
 *   no bullets, the item becomes a paragraph of its own;
 * - the spaces after an ordered list's `1.` or `1)`, also inside a bullet item (`1. 加强领导` → `1.加强领导`:
 *   GB/T 9704 §7.3.3 writes the level-3 ordinal `1.` with the text right after it), unless a digit follows
 *   (`3. 5G基站`, `4. 2024年`: without the space the ordinal would run into the number); no other space;
 * - emphasis in pairs (`**…**`, `__…__`, `*…*`, `_…_`, `~~…~~`), code ticks in pairs, a link's target, an
 *   image, inline HTML and comments, backslash escapes, a quote's `>`;
 * - HTML character references (`&lt;`, `&emsp;`, `&hellip;`, `&#12288;`, `&#x3000;`) become their
 *   characters, as CommonMark decodes them (markdown-it decides which names are references); not inside a
 *   code span or block, not after a backslash (`\&lt;`), and an invalid numeric one (`&#0;`) stays as written.
 * Never taken out: a lone `*` or `_` (`3*4`, `file_name`), a `*` between two digits even where CommonMark
 * would pair it (`和*斜体，5*3=15`: in a 公文 draft it is a multiplication sign), and any character inside an unfilled
 * placeholder as the core finds it (`林**同志`, `____`, `XX`), so a placeholder a writer forced through
 * the export stays visible for the reader to fill in. Plain text is left exactly as it is.
 */
import { findPlaceholders, isIndentChar, Source, wholeLineEmphasis, type DocumentModel } from '../core';


/**
 * A Markdown thematic break (CommonMark §4.1): three or more of one mark (`-`, `*`, `_`) and spaces, nothing else on
 * the line (`- - -`, `***`); `* **二、主要任务**` is a bullet before bold text, not one.
 */
export const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/**
 * markdown-it's inline rule for character references (CommonMark §2.5, HTML5 names), called on its own: the
 * whole parser would double the weight it adds to the export's bundle. It reads `src` from `pos` and, on a
 * reference, pushes a token with the characters and moves `pos` past it. (markdown-it has no bundled types.)
 */
interface EntityState {
  src: string;
  pos: number;
  posMax: number;
  push(type: string, tag: string, nesting: number): { content: string; markup: string; info: string };
}
let entityRule: ((state: EntityState, silent: boolean) => boolean) | undefined;
let validCode: ((code: number) => boolean) | undefined;
const references = new Map<string, string | null>();

/**
 * The character(s) a Markdown character reference stands for (`&emsp;` → U+2003, `&#12288;` → U+3000,
 * `&lt;` → `<`), or undefined when `ref` (the whole `&…;`) is no reference CommonMark knows (`&copyx;`) or
 * a numeric one naming no valid character (`&#0;`, `&#xD800;`: CommonMark writes U+FFFD, the export keeps
 * the writer's characters). Decided by markdown-it's own rule, so the names are HTML5's; cached.
 */
export function decodeReference(ref: string): string | undefined {
  let out = references.get(ref);
  if (out === undefined) {
    out = null;
    entityRule ??= (require('markdown-it/lib/rules_inline/entity.mjs') as { default: typeof entityRule }).default;
    validCode ??= (require('markdown-it/lib/common/utils.mjs') as { isValidEntityCode: typeof validCode }).isValidEntityCode;
    const num = /^&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));$/.exec(ref);
    if (!num || validCode!(num[1] !== undefined ? parseInt(num[1], 16) : parseInt(num[2], 10))) {
      const token = { content: '', markup: '', info: '' };
      const state: EntityState = { src: ref, pos: 0, posMax: ref.length, push: () => token };
      if (entityRule!(state, false) && state.pos === ref.length) out = token.content;
    }
    references.set(ref, out);
  }
  return out ?? undefined;
}

/** A character reference as CommonMark writes one: `&name;`, `&#123;`, `&#x7B;`. */
const REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** What lies before a paragraph's text on a line: indentation, a heading's `#`s, bold openers (as `Source` reads a line's content start). */
const LINE_HEAD = /^[ \t\u3000\u00a0]*(?:#{1,6}[ \t]+)?(?:(?:\*\*|__)[ \t\u3000\u00a0]*)*/;
/** What lies before a whole-line emphasis (`wholeLineEmphasis`): indentation, a heading's `#`s, a quote's `>`. */
const WRAP_HEAD = /^[ \t\u3000\u00a0]*(?:>[ \t]?)?[ \t\u3000\u00a0]*(?:#{1,6}[ \t]+)?/;
/** Whitespace a reference may stand for in an indent: not a line break. */
const INDENT_SPACE = /^[^\S\n\r\u2028\u2029\v\f]+$/;

/**
 * `source` with an indent written as character references read as indentation: in a Markdown draft, the
 * references standing for spaces (`&emsp;&emsp;`, `&#12288;&#12288;`, `&#x3000;`, `&nbsp;`) at the start of
 * a text line, where a literal indent `　　` would be, each replaced by as many ideographic spaces U+3000 as
 * it has UTF-16 units — offsets and lines unchanged. The document model then starts the paragraph after
 * them, as after a literal indent, and the export's own two-character first-line indent is not doubled
 * (nor is `&emsp;&emsp;一、…` taken for text rather than a heading). Returns `source` itself when no line
 * has such an indent (always for plain text: there `&emsp;` inside a line is the writer's text, and an indent of
 * references is already read as indentation by the core, `afterIndentReferences`).
 */
export function withIndentReferences(source: Source): Source {
  if (source.language !== 'markdown' || !source.text.includes('&')) return source;
  const text = source.text;
  let out = '';
  let from = 0;
  for (const line of source.lines) {
    if (line.scope !== 'text') continue;
    const t = text.slice(line.start, line.end);
    let at = LINE_HEAD.exec(t)?.[0].length ?? 0;
    const refs: Array<[number, number]> = [];
    for (;;) {
      while (at < t.length && INDENT_SPACE.test(t[at])) at++;
      const m = /^&[#A-Za-z0-9]{2,32};/.exec(t.slice(at, at + 40));
      const chars = m ? decodeReference(m[0]) : undefined;
      if (!m || chars === undefined || !INDENT_SPACE.test(chars)) break;
      refs.push([at, at + m[0].length]);
      at += m[0].length;
    }
    // Not where spaces would make Markdown of the text after them (`&emsp;# 一`, `&emsp;> 引`, `&emsp;|`):
    // CommonMark reads such a line as a paragraph, references and all, and so does the export.
    if (refs.length === 0 || /^[#>|`~<]/.test(t.slice(at))) continue;
    for (const [a, b] of refs) {
      out += text.slice(from, line.start + a) + '\u3000'.repeat(b - a);
      from = line.start + b;
    }
  }
  return from === 0 ? source : new Source(out + text.slice(from), source.language);
}

/**
 * A line's Markdown syntax: `drop` is 1 on each UTF-16 unit of the line that is syntax, not text;
 * `put` holds, at the line offset of a dropped character reference's `&`, the characters it stands for.
 */
interface LineMask {
  drop: Uint8Array;
  put: Map<number, string>;
}
/** Per source and line: its mask. */
const masks = new WeakMap<Source, Map<number, LineMask>>();
const guarded = new WeakMap<Source, Uint8Array>();

/** Units inside an unfilled placeholder, which no Markdown rule may remove. */
function placeholderUnits(source: Source): Uint8Array {
  let g = guarded.get(source);
  if (!g) {
    g = new Uint8Array(source.text.length);
    for (const p of findPlaceholders(source)) g.fill(1, p.start, p.end);
    guarded.set(source, g);
  }
  return g;
}

/*
 * Patterns of inline syntax, as [regex, characters dropped at the start, at the end]; the whole match
 * when both are -1. Every repeat is bounded (`SPAN` characters): an opener without a closer on a
 * long pasted line costs a bounded look ahead, not a scan to the line's end, so a line of any length
 * is done in linear time. Longer spans than that are left as written.
 */
const PAIRS: Array<[RegExp, number, number]> = [
  [/!\[[^\]\n]{0,1000}\]\([^)\n]{0,1000}\)/g, -1, -1], // image: nothing of it is text on the page
  [/<!--.{0,1000}?-->/g, -1, -1],
  [/<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,1000})?\/?>/g, -1, -1],
  // `***第一条***` (bold italic) before `**`: read as `**` it left a `*` on each side (`*第一条*`).
  [/(?<![*\\])\*\*\*(?![\s*])[^*\n]{1,1000}?(?<![\s*\\])\*\*\*(?!\*)/g, 3, 3],
  [/(?<![_\\])___(?![\s_])[^_\n]{1,1000}?(?<![\s_\\])___(?!_)/g, 3, 3],
  [/\*\*(?![\s*])(?:[^*\n]|\*(?!\*)){1,1000}?(?<![\s*])\*\*/g, 2, 2],
  [/__(?![\s_])(?:[^_\n]|_(?!_)){1,1000}?(?<![\s_])__/g, 2, 2],
  [/~~(?![\s~])[^~\n]{1,1000}?(?<![\s~])~~/g, 2, 2],
  // `_强调_` as CommonMark reads a single underscore: it opens after no letter or digit (a space, punctuation,
  // the line start) and closes before none, so `file_name_x` and `文件_名称_` keep theirs; a run of two or more
  // is `__…__` above or a blank `____` (a placeholder, kept).
  [/(?<![\p{L}\p{N}_\\])_(?![\s_])[^_\n]{1,1000}?(?<![\s_\\])_(?![\p{L}\p{N}_])/gu, 1, 1],
  // A `*` between two digits (`5*3=15`, `3*4米`) is a multiplication sign, never a delimiter, though
  // CommonMark would pair it with a lone `*` earlier on the line (`和*斜体，5*3=15` lost its `*`).
  [/(?<![*\\])(?!(?<=\d)\*\d)\*(?![\s*])[^*\n]{1,1000}?(?<![\s*\\])(?!(?<=\d)\*\d)\*(?!\*)/g, 1, 1],
];

/** The syntax mask of line `lineIndex` (see `LineMask`). Computed once per line. */
function lineMask(source: Source, lineIndex: number): LineMask {
  let byLine = masks.get(source);
  if (!byLine) masks.set(source, (byLine = new Map()));
  const cached = byLine.get(lineIndex);
  if (cached) return cached;
  const line = source.lines[lineIndex];
  const text = source.text;
  const t = text.slice(line.start, line.end);
  const base = line.start;
  const guard = placeholderUnits(source);
  const drop = new Uint8Array(t.length);
  const put = new Map<number, string>();
  /** Units taken as code or placeholder: left as written. */
  const keep = new Uint8Array(t.length);
  for (let i = 0; i < t.length; i++) keep[i] = guard[base + i];
  const free = (a: number, b: number) => {
    for (let i = a; i < b; i++) if (keep[i] || drop[i]) return false;
    return true;
  };
  const mark = (a: number, b: number) => drop.fill(1, a, b);

  if (line.scope === 'quote') {
    const m = /^[ \t]*>[ \t]?/.exec(t);
    if (m) mark(0, m[0].length);
  }
  const prose = line.scope === 'text' || line.scope === 'quote';
  // A table row's cells hold inline Markdown as a paragraph does; list markers and `>` are a paragraph's only.
  if (prose) {
    // A list item's marker. Indentation itself is not part of the paragraph's text range.
    const from = line.scope === 'quote' ? (/^[ \t]*>[ \t]?/.exec(t)?.[0].length ?? 0) : 0;
    const rest = t.slice(from);
    // `- 项目`, `* 项目`, `+ 项目`, `- [x] 项目`; not a rule drawn with `- - -` or `* * *`.
    // An indent after the marker (`- 　　项目`, `- &emsp;&emsp;项目`) goes with it: the export indents the paragraph itself.
    const bullet = /^([ \t\u3000]*)[-*+][ \t]+(?:\[[ xX]\][ \t]+)?(?=\S|\u3000)/.exec(rest);
    let itemFrom = from;
    // (A rule is nothing but three or more of one mark and spaces: `* **二、主要任务**` is a bullet before bold text.)
    if (bullet && !THEMATIC_BREAK.test(rest)) {
      let e = from + bullet[0].length;
      for (;;) {
        while (e < t.length && /[ \t\u3000]/.test(t[e])) e++;
        const ref = /^&[#A-Za-z0-9]{2,32};/.exec(t.slice(e, e + 40));
        const chars = ref ? decodeReference(ref[0]) : undefined;
        if (!ref || chars === undefined || !INDENT_SPACE.test(chars)) break;
        e += ref[0].length;
      }
      mark(from + bullet[1].length, e);
      itemFrom = e;
    }
    // `1. 加强` or `1) 加强` as a list item (also inside a bullet item, `- 1. 加强`) or as a heading's text
    // (`### 1. 加强`): the marker stays, the spaces after it go — not before a digit, where `3. 5G基站` would read
    // `3.5G基站` and `4. 2024年` `4.2024年`. Nowhere else is a space taken out.
    const ordered = /^[ \t\u3000]*(?:#{1,6}[ \t]+)?\d{1,9}[.)]([ \t]+)(?=[^\s0-9０-９])/.exec(t.slice(itemFrom));
    if (ordered && (itemFrom === from || !/^[ \t\u3000]*#/.test(ordered[0]))) mark(itemFrom + ordered[0].length - ordered[1].length, itemFrom + ordered[0].length);
  }
  if (prose || line.scope === 'table') {
    // Code spans first: what is inside them is left as written.
    for (const m of t.matchAll(/(`{1,10})([^`\n]|[^`\n][^\n]{0,1000}?[^`\n])\1(?!`)/g)) {
      const a = m.index;
      const n = m[1].length;
      const b = a + m[0].length;
      if (!free(a, b)) continue;
      mark(a, a + n);
      mark(b - n, b);
      keep.fill(1, a + n, b - n);
    }
    // Links: the text stays, the target goes.
    for (const m of t.matchAll(/(?<!!)\[([^\]\n]{0,1000})\]\([^)\n]{0,1000}\)/g)) {
      const a = m.index;
      const b = a + m[0].length;
      if (!free(a, b)) continue;
      mark(a, a + 1);
      mark(a + 1 + m[1].length, b);
    }
    // A whole line in emphasis of any form (`*二、…*`, `***三、…***`, `___四、…___`), as the core reads it
    // (`wholeLineEmphasis`): the wrapper is syntax, the content is the paragraph's text.
    if (prose) {
      const at = WRAP_HEAD.exec(t)?.[0].length ?? 0;
      const n = wholeLineEmphasis(t, at, t.length);
      if (n > 0) {
        let e = t.length;
        while (e > at && t[e - 1] !== t[at]) e--; // past the trailing spaces to the closer
        if (free(at, at + n) && free(e - n, e)) {
          mark(at, at + n);
          mark(e - n, e);
        }
      }
    }
    for (const [re, head, tail] of PAIRS) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(t))) {
        const a = m.index;
        const b = a + m[0].length;
        // Only the delimiters need to be free: emphasis may hold a placeholder (`**XX镇**`).
        const ok = head < 0 ? free(a, b) : free(a, a + head) && free(b - tail, b);
        if (!ok) {
          re.lastIndex = a + 1; // try the next opener inside this match
          continue;
        }
        if (head < 0) mark(a, b);
        else {
          mark(a, a + head);
          mark(b - tail, b);
        }
      }
    }
    // Backslash escapes: the backslash goes, the character stays.
    for (const m of t.matchAll(/\\[\\`*_{}[\]()#+\-.!|>~&]/g)) if (free(m.index, m.index + 1)) mark(m.index, m.index + 1);
    // Character references: the characters they stand for (`&lt;5%` → `<5%`). Not after an escaping backslash.
    for (const m of t.matchAll(REFERENCE)) {
      const a = m.index;
      const b = a + m[0].length;
      if (!free(a, b) || (a > 0 && t[a - 1] === '\\' && drop[a - 1])) continue;
      const chars = decodeReference(m[0]);
      if (chars === undefined) continue;
      mark(a, b);
      put.set(a, chars);
    }
  }
  const mask = { drop, put };
  byLine.set(lineIndex, mask);
  return mask;
}

/**
 * The cells of the Markdown table row `[start, end)` (UTF-16 offsets into `source.text`, one line) as a reader
 * sees them: the row split at each `|` not escaped with a backslash (GFM), the pipes before the first cell
 * and after the last left out, each cell's text `plain` (emphasis, code ticks, link targets, escapes out,
 * character references decoded: `&#124;` is a `|` inside a cell) and trimmed.
 */
export function tableCells(source: Source, start: number, end: number): string[] {
  const text = source.text;
  const pipes: number[] = [];
  for (let i = start; i < end; i++) if (text[i] === '|' && (i === start || text[i - 1] !== '\\')) pipes.push(i);
  const bounds = [start - 1, ...pipes, end];
  const cells: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a = bounds[k] + 1;
    const b = bounds[k + 1];
    // Only white space before the first pipe or after the last: no cell.
    if ((k === 0 || k === bounds.length - 2) && text.slice(a, b).trim() === '' && bounds.length > 2) continue;
    cells.push(plain(source, a, b).trim());
  }
  return cells;
}

/**
 * The text of `[start, end)` (UTF-16 offsets into `source.text`, within one line or across several)
 * as a reader sees it: in Markdown without the syntax listed in the module comment; plain text as it is.
 */
export function plain(source: Source, start: number, end: number): string {
  const text = source.text;
  if (source.language !== 'markdown') return text.slice(start, end);
  let out = '';
  let i = start;
  while (i < end) {
    const line = source.lineAt(i);
    const stop = Math.min(end, line.end);
    const { drop, put } = lineMask(source, line.index);
    let from = i;
    for (let j = i; j < stop; j++) {
      if (drop[j - line.start]) {
        out += text.slice(from, j);
        out += put.get(j - line.start) ?? '';
        from = j + 1;
      }
    }
    out += text.slice(from, stop);
    // The line break itself, when the range spans it.
    out += text.slice(stop, Math.min(end, line.next));
    i = Math.max(line.next, stop + 1);
  }
  return out;
}

/** `*` or `_`: the marks the document model trims from a Markdown paragraph's ends whether or not they are syntax. */
function isEmphasisMark(c: number): boolean {
  return c === 0x2a || c === 0x5f;
}

/**
 * Widens, in place, each Markdown text paragraph of `model` over the `*` and `_` at its ends that are the writer's
 * text, not syntax. The model (`paragraphEnd`, the content start) trims every trailing `*` and `_` and leading `**`
 * and `__` as emphasis delimiters; the export reads which ones are delimiters from the line's syntax (`lineMask`,
 * CommonMark's reading): `* 二、主要任务*` is a bullet whose text ends in a literal `*` (a Markdown viewer shows
 * `二、主要任务*`), `**加强领导` an unclosed `**`, `联系人：林**` a placeholder — none is dropped from the Word file.
 * A run-in heading's `headingEnd` follows its end when they were equal. Offsets are UTF-16 units into `source.text`;
 * a paragraph never crosses its line. Plain text, paragraphs not of scope `text` and lines the checker reads as one
 * bold span (`** 一、总体要求 **`) are left as they are. Only for a model of the export's own (built with `residue`,
 * so no session shares its paragraph objects).
 */
export function widenToShownText(source: Source, model: DocumentModel): void {
  if (source.language !== 'markdown') return;
  const text = source.text;
  for (const p of model.paragraphs) {
    const line = source.lines[p.line];
    // A bold line the checker reads with spaces inside (`** 一、总体要求 **`, `Source.isWholeLineBold`): its marks are the wrapper.
    if (line.scope !== 'text' || p.end < p.start || source.isWholeLineBold(line)) continue;
    const { drop } = lineMask(source, p.line);
    let end = p.end;
    for (let i = p.end; i < line.end; i++) if (isEmphasisMark(text.charCodeAt(i)) && !drop[i - line.start]) end = i + 1;
    let start = p.start;
    for (let i = p.start - 1; i >= line.start; i--) {
      const c = text.charCodeAt(i);
      if (isEmphasisMark(c)) {
        if (!drop[i - line.start]) start = i;
      } else if (!isIndentChar(c)) break;
    }
    if (p.headingEnd === p.end) p.headingEnd = end;
    p.start = start;
    p.end = end;
  }
}

/**
 * Where, in the line's source, the first `count` characters of `plain(source, start, end)` end (`[start, end)`
 * within one line, UTF-16 units): `at`, right after the unit that gives the `count`-th character, and `past`, that
 * point moved over the syntax (delimiters, dropped units) after it — `at < past` when emphasis closes there
 * (`第三条**　…`). Both `end` when the text is shorter. For the export's patterns read on a paragraph's shown text.
 */
export function sourceOffsetOf(source: Source, start: number, end: number, count: number): { at: number; past: number } {
  if (source.language !== 'markdown') {
    const at = Math.min(end, start + count);
    return { at, past: at };
  }
  const line = source.lineAt(start);
  const { drop, put } = lineMask(source, line.index);
  let n = 0;
  let at = start;
  while (at < end && n < count) {
    const k = at - line.start;
    n += drop[k] ? (put.get(k)?.length ?? 0) : 1;
    at++;
  }
  let past = at;
  while (past < end && drop[past - line.start] && !put.has(past - line.start)) past++;
  return { at, past };
}
