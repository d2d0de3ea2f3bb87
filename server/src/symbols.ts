/** Outline (DocumentSymbol) and folding ranges from the core section tree. */
import { SymbolKind, type DocumentSymbol, type FoldingRange, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Section, SectionTree, Source } from './core';
import { toRange } from './convert';

const LEVEL_NAMES = ['', '一、', '（一）', '1.', '（1）', '①'];

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

function toSymbol(doc: TextDocument, s: Section, depth: number): DocumentSymbol {
  const range = toRange(doc, s.start, Math.max(s.end, s.titleEnd));
  const selectionRange = clampRange(toRange(doc, s.titleStart, s.titleEnd), range);
  const name = s.label.trim() || s.marker?.text || (s.kind === 'title' ? '（标题）' : '（无标题）');
  const detail = s.kind === 'marker' ? LEVEL_NAMES[s.level] ?? '' : s.kind === 'heading' ? `H${s.level}` : '';
  // Guard against a malformed (cyclic or absurdly deep) tree: the outline is a view, not worth a crash.
  const children = depth < 64 ? s.children.map((c) => toSymbol(doc, c, depth + 1)) : [];
  return { name, detail, kind: kindOf(s), range, selectionRange, children };
}

/** Hierarchical symbols for Outline, breadcrumbs and Go to Symbol. */
export function documentSymbols(doc: TextDocument, tree: SectionTree): DocumentSymbol[] {
  return tree.roots.map((s) => toSymbol(doc, s, 0));
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
