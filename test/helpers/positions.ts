import type { Source } from '../../server/src/core/source';

/** 1-based `line:col` (UTF-16 columns) of an offset — the readable form used in golden files. */
export function lineCol(source: Source, offset: number): string {
  const line = source.lineAt(offset);
  return `${line.index + 1}:${offset - line.start + 1}`;
}

/** `L:C-L:C` for a range. */
export function rangeText(source: Source, start: number, end: number): string {
  return `${lineCol(source, start)}-${lineCol(source, end)}`;
}
