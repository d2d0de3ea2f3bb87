/**
 * The one place where core offsets (UTF-16 code units into the exact text linted) become LSP
 * positions and back. Everything goes through `TextDocument.positionAt` / `offsetAt`, which count
 * UTF-16 units and treat `\r\n`, `\n` and `\r` as line breaks, so CRLF, a BOM kept in the text and
 * astral characters (𠮷) all map exactly. LSP's default position encoding is UTF-16, which is the
 * only one we announce.
 */
import type { Position, Range, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isHighSurrogate, isLowSurrogate, type OffsetEdit } from './core';

/** Position of an offset (clamped to the document). */
export function toPosition(doc: TextDocument, offset: number): Position {
  return doc.positionAt(offset);
}

/** Range of `[start, end)`; `end` below `start` is treated as empty. */
export function toRange(doc: TextDocument, start: number, end: number): Range {
  const s = doc.positionAt(start);
  return { start: s, end: end <= start ? s : doc.positionAt(end) };
}

/** Offset of a position (clamped to its line, before the line break). */
export function toOffset(doc: TextDocument, position: Position): number {
  return doc.offsetAt(position);
}

/** `[start, end)` offsets of a range. */
export function rangeToOffsets(doc: TextDocument, range: Range): { start: number; end: number } {
  return { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
}

/**
 * True when an offset can be edited at without damaging the text: inside the document, not
 * between the two halves of a surrogate pair, and not between `\r` and `\n` (no LSP position
 * points there: positionAt would move it before the `\r`).
 */
export function isEditableOffset(text: string, offset: number): boolean {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return false;
  if (offset === 0 || offset === text.length) return true;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (isHighSurrogate(before) && isLowSurrogate(after)) return false;
  if (before === 13 && after === 10) return false;
  return true;
}

/**
 * LSP text edits for offset edits, or `undefined` when any of them cannot be represented exactly
 * (out of range, splitting a surrogate pair or a CRLF): a fix is all-or-nothing.
 */
export function toTextEdits(doc: TextDocument, edits: readonly OffsetEdit[]): TextEdit[] | undefined {
  const text = doc.getText();
  const out: TextEdit[] = [];
  for (const e of edits) {
    if (e.end < e.start || !isEditableOffset(text, e.start) || !isEditableOffset(text, e.end)) return undefined;
    out.push({ range: toRange(doc, e.start, e.end), newText: e.newText });
  }
  return out;
}

/** Offset edits for LSP text edits (the inverse of `toTextEdits`, for tests and tools). */
export function toOffsetEdits(doc: TextDocument, edits: readonly TextEdit[]): OffsetEdit[] {
  return edits.map((e) => ({ ...rangeToOffsets(doc, e.range), newText: e.newText }));
}
