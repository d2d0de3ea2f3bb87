/**
 * A draft's text as a reader of the Word file sees it: Markdown syntax taken out, the writer's text
 * kept character for character. Pure.
 *
 * In Markdown, per line (CommonMark, simplified to what drafts carry):
 * - a bullet list marker (`- `, `* `, `+ ` after any indentation) and the spaces after it: a 公文 has
 *   no bullets, the item becomes a paragraph of its own;
 * - the spaces after an ordered list's `1.` or `1)`, also inside a bullet item (`1. 加强领导` → `1.加强领导`:
 *   GB/T 9704 §7.3.3 writes the level-3 ordinal `1.` with the text right after it); no other space;
 * - emphasis in pairs (`**…**`, `__…__`, `*…*`, `~~…~~`), code ticks in pairs, a link's target, an
 *   image, inline HTML and comments, backslash escapes, a quote's `>`.
 * Never taken out: a lone `*` or `_` (`3*4`, `file_name`), and any character inside an unfilled
 * placeholder as the core finds it (`林**同志`, `____`, `XX`), so a placeholder a writer forced through
 * the export stays visible for the reader to fill in. Plain text is left exactly as it is.
 */
import { findPlaceholders, type Source } from '../core';

/** Per source and line: which UTF-16 units of the line are Markdown syntax (1), not text. */
const masks = new WeakMap<Source, Map<number, Uint8Array>>();
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
  [/\*\*(?![\s*])(?:[^*\n]|\*(?!\*)){1,1000}?(?<![\s*])\*\*/g, 2, 2],
  [/__(?![\s_])(?:[^_\n]|_(?!_)){1,1000}?(?<![\s_])__/g, 2, 2],
  [/~~(?![\s~])[^~\n]{1,1000}?(?<![\s~])~~/g, 2, 2],
  [/(?<![*\\])\*(?![\s*])[^*\n]{1,1000}?(?<![\s*\\])\*(?!\*)/g, 1, 1],
];

/** The syntax mask of line `lineIndex`: 1 on each UTF-16 unit of the line that is Markdown syntax. Computed once per line. */
function lineMask(source: Source, lineIndex: number): Uint8Array {
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
  if (line.scope === 'text' || line.scope === 'quote') {
    // A list item's marker. Indentation itself is not part of the paragraph's text range.
    const from = line.scope === 'quote' ? (/^[ \t]*>[ \t]?/.exec(t)?.[0].length ?? 0) : 0;
    const rest = t.slice(from);
    // `- 项目`, `* 项目`, `+ 项目`, `- [x] 项目`; not a rule drawn with `- - -` or `* * *`.
    const bullet = /^([ \t\u3000]*)[-*+][ \t]+(?:\[[ xX]\][ \t]+)?(?=\S)/.exec(rest);
    let itemFrom = from;
    if (bullet && !/^[ \t]*([-*_])[ \t]*\1[ \t]*\1/.test(rest)) {
      mark(from + bullet[1].length, from + bullet[0].length);
      itemFrom = from + bullet[0].length;
    }
    // `1. 加强` or `1) 加强` as a list item (also inside a bullet item, `- 1. 加强`) or as a heading's text
    // (`### 1. 加强`): the marker stays, the spaces after it go. Nowhere else is a space taken out.
    const ordered = /^[ \t\u3000]*(?:#{1,6}[ \t]+)?\d{1,9}[.)]([ \t]+)(?=\S)/.exec(t.slice(itemFrom));
    if (ordered && (itemFrom === from || !/^[ \t\u3000]*#/.test(ordered[0]))) mark(itemFrom + ordered[0].length - ordered[1].length, itemFrom + ordered[0].length);
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
    for (const m of t.matchAll(/\\[\\`*_{}[\]()#+\-.!|>~]/g)) if (free(m.index, m.index + 1)) mark(m.index, m.index + 1);
  }
  byLine.set(lineIndex, drop);
  return drop;
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
    const mask = lineMask(source, line.index);
    let from = i;
    for (let j = i; j < stop; j++) {
      if (mask[j - line.start]) {
        out += text.slice(from, j);
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
