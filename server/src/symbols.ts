/** Outline (DocumentSymbol) and folding ranges from the core section tree. */
import { SymbolKind, type DocumentSymbol, type FoldingRange, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findPlaceholders, isChinese, type Section, type SectionTree, type Source } from './core';
import { lineCharacterCounts } from './core';
import { toRange } from './convert';

function kindOf(s: Section): SymbolKind {
  if (s.kind === 'title') return SymbolKind.File;
  if (s.kind === 'heading') return SymbolKind.String; // as VS Code's Markdown outline does
  return SymbolKind.Number;
}

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** Clamp `inner` into `outer` so that selectionRange ⊆ range always holds (VS Code drops the outline otherwise). */
export function clampRange(inner: Range, outer: Range): Range {
  let start = inner.start;
  let end = inner.end;
  if (before(start, outer.start)) start = outer.start;
  if (before(outer.end, start)) start = outer.end;
  if (before(outer.end, end)) end = outer.end;
  if (before(end, start)) end = start;
  return { start, end };
}

/** A CommonMark setext underline (`===` or `---` under a paragraph line). */
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/**
 * Whether the line `index` of a Markdown source is a heading that VS Code's built-in Markdown
 * outline shows already: an ATX heading (`# …`) or the text line above a setext underline.
 */
export function isBuiltInHeading(source: Source, index: number): boolean {
  const line = source.lines[index];
  if (!line || line.scope !== 'text') return false;
  if (line.headingLevel > 0) return true;
  const next = source.lines[index + 1];
  return !!next && next.scope === 'text' && line.contentStart < line.end && SETEXT_UNDERLINE.test(source.lineText(next));
}

/** Per section tree, the prefix sums of the counted characters per line (see `lineCharacterCounts`). */
const prefixCache = new WeakMap<SectionTree, number[]>();

function characterPrefix(tree: SectionTree, source: Source): number[] {
  let prefix = prefixCache.get(tree);
  if (!prefix) {
    // Placeholders are counted apart, as in the status bar.
    const per = lineCharacterCounts(source.text, source.language, findPlaceholders(source));
    prefix = [0];
    for (const n of per) prefix.push(prefix[prefix.length - 1] + n);
    prefixCache.set(tree, prefix);
  }
  return prefix;
}

interface SymbolContext {
  doc: TextDocument;
  source?: Source;
  prefix?: number[];
  zh: boolean;
  /** Markdown: leave headings to the built-in outline. */
  skipHeadings: boolean;
}

/**
 * The outline's detail column: the section's length in counted characters (`1,234 字` /
 * `1,234 chars`, placeholders apart), or nothing for the document title and an empty section.
 */
function detailOf(s: Section, c: SymbolContext): string {
  if (s.kind === 'title' || !c.source || !c.prefix) return '';
  const first = s.line;
  const last = c.source.lineAt(Math.max(s.start, Math.max(s.end, s.titleEnd) - 1)).index;
  const n = (c.prefix[Math.min(last + 1, c.prefix.length - 1)] ?? 0) - (c.prefix[Math.min(first, c.prefix.length - 1)] ?? 0);
  if (!(n > 0)) return '';
  const num = n.toLocaleString('en-US');
  return c.zh ? `${num} 字` : `${num} chars`;
}

function toSymbols(c: SymbolContext, s: Section, depth: number): DocumentSymbol[] {
  // Guard against a malformed (cyclic or absurdly deep) tree: the outline is a view, not worth a crash.
  const children = depth < 64 ? s.children.flatMap((x) => toSymbols(c, x, depth + 1)) : [];
  // A heading the built-in Markdown outline shows already: its children take its place.
  if (c.skipHeadings && c.source && isBuiltInHeading(c.source, s.line)) return children;
  const range = toRange(c.doc, s.start, Math.max(s.end, s.titleEnd));
  const selectionRange = clampRange(toRange(c.doc, s.titleStart, s.titleEnd), range);
  const name = s.label.trim() || s.marker?.text || (s.kind === 'title' ? (c.zh ? '（标题）' : '(title)') : c.zh ? '（无标题）' : '(untitled)');
  return [{ name, detail: detailOf(s, c), kind: kindOf(s), range, selectionRange, children }];
}

/**
 * Hierarchical symbols for Outline, breadcrumbs and Go to Symbol, from the section tree of `doc`.
 * With `source` (the `Source` the tree was built from), each symbol's detail is its section's
 * length in counted characters, in the UI `locale`; and in Markdown the headings VS Code's own
 * Markdown outline already shows (`#` and setext) are left out, their sections' children taking
 * their place, so no heading appears twice. Generic over `Section.kind`.
 */
export function documentSymbols(doc: TextDocument, tree: SectionTree, source?: Source, locale = 'en'): DocumentSymbol[] {
  const c: SymbolContext = {
    doc,
    source,
    prefix: source ? characterPrefix(tree, source) : undefined,
    zh: isChinese(locale),
    skipHeadings: !!source && source.language === 'markdown',
  };
  return tree.roots.flatMap((s) => toSymbols(c, s, 0));
}

/** The last non-blank line of `[start, end)`, not before `firstLine`. */
function lastContentLine(source: Source, start: number, end: number, firstLine: number): number {
  if (source.lines.length === 0) return firstLine;
  let line = source.lineAt(Math.max(start, end - 1)).index;
  // `end` at a line start (after the break) belongs to the previous line
  if (end > start && source.lines[line].start >= end && line > 0) line--;
  while (line > firstLine && source.lines[line].scope === 'blank') line--;
  return line;
}

/** One folding range per section: from its first line to its last non-blank line. */
export function foldingRanges(tree: SectionTree, source: Source): FoldingRange[] {
  const out: FoldingRange[] = [];
  const seen = new Set<string>();
  const visit = (s: Section, depth: number) => {
    const startLine = source.lineAt(s.start).index;
    const endLine = lastContentLine(source, s.start, s.end, startLine);
    const key = `${startLine}:${endLine}`;
    if (endLine > startLine && !seen.has(key)) {
      seen.add(key);
      out.push({ startLine, endLine });
    }
    if (depth < 64) for (const c of s.children) visit(c, depth + 1);
  };
  for (const s of tree.roots) visit(s, 0);
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
