/**
 * Semantic tokens, so plain text gets highlighting too (VS Code has no grammar to inject into for
 * plaintext).
 *
 * LEGEND (the client's package.json must match it):
 *   tokenTypes:     [ "gongwenOrdinal", "gongwenPlaceholder" ]            (indexes 0, 1)
 *   tokenModifiers: [ "level1", "level2", "level3", "level4", "level5", "weak" ]  (bits 0..5)
 *
 *   gongwenOrdinal     a line-initial structure ordinal marker (`一、` `（一）` `1.` `（1）` `①`), with
 *                      modifier levelN = its GB/T 9704 level (一、=1 … ①=5); `第一，` has no level modifier.
 *   gongwenPlaceholder an unfilled placeholder (`XX`, `××`, `【单位名称】`); modifier `weak` for the
 *                      weak forms (`某某`) reported at info level.
 *
 * Suggested contributes for the client:
 *   "semanticTokenTypes": [
 *     { "id": "gongwenOrdinal", "superType": "keyword", "description": "Structure ordinal marker" },
 *     { "id": "gongwenPlaceholder", "superType": "variable", "description": "Unfilled placeholder" } ],
 *   "semanticTokenModifiers": [ {"id":"level1",...}, … {"id":"level5",...}, {"id":"weak",...} ],
 *   "semanticTokenScopes": [ { "scopes": {
 *     "gongwenOrdinal": ["keyword.other.ordinal.gongwen"],
 *     "gongwenOrdinal.level1": ["markup.heading.ordinal.level1.gongwen"], … ,
 *     "gongwenPlaceholder": ["invalid.deprecated.placeholder.gongwen"] } } ]
 */
import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findPlaceholders, type SectionTree, type Source } from './core';

export const TOKEN_TYPES = ['gongwenOrdinal', 'gongwenPlaceholder'] as const;
export const TOKEN_MODIFIERS = ['level1', 'level2', 'level3', 'level4', 'level5', 'weak'] as const;

export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const ORDINAL = 0;
const PLACEHOLDER = 1;
const WEAK = 1 << 5;

interface Token {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

/** The tokens of a document in offset order, non-overlapping; placeholders only when that rule is on. */
export function collectTokens(tree: SectionTree, source: Source, options: { placeholders?: boolean } = {}): Token[] {
  const tokens: Token[] = [];
  for (const s of tree.markers) {
    const m = s.marker;
    if (!m || m.end <= m.start) continue;
    const modifiers = m.level >= 1 && m.level <= 5 ? 1 << (m.level - 1) : 0;
    tokens.push({ start: m.start, end: m.end, type: ORDINAL, modifiers });
  }
  for (const p of options.placeholders === false ? [] : findPlaceholders(source)) {
    if (p.end > p.start) tokens.push({ start: p.start, end: p.end, type: PLACEHOLDER, modifiers: p.weak ? WEAK : 0 });
  }
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Token[] = [];
  let last = -1;
  for (const t of tokens) {
    if (t.start < last) continue;
    out.push(t);
    last = t.end;
  }
  return out;
}

/** Encode tokens (relative line/character, UTF-16 lengths), clipped to their first line and to `range`. */
export function encodeTokens(doc: TextDocument, tokens: readonly Token[], range?: Range): SemanticTokens {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  const from = range ? doc.offsetAt(range.start) : 0;
  const to = range ? doc.offsetAt(range.end) : Infinity;
  for (const t of tokens) {
    if (t.end <= from || t.start >= to) continue;
    const start = doc.positionAt(t.start);
    let end = doc.positionAt(t.end);
    if (end.line !== start.line) end = doc.positionAt(doc.offsetAt({ line: start.line + 1, character: 0 }) - 1);
    const length = end.line === start.line ? end.character - start.character : 0;
    if (length <= 0) continue;
    const dl = start.line - prevLine;
    const dc = dl === 0 ? start.character - prevChar : start.character;
    data.push(dl, dc, length, t.type, t.modifiers);
    prevLine = start.line;
    prevChar = start.character;
  }
  return { data };
}
