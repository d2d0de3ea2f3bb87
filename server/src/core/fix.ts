import type { Fix, OffsetEdit } from './types';

export interface ApplyResult {
  text: string;
  /** Edits applied, in offset order. */
  applied: OffsetEdit[];
  /** Edits skipped because they overlap an earlier one (or are out of range). */
  skipped: OffsetEdit[];
}

/**
 * Apply offset edits to `text`: the one implementation used by the CLI, the editor and the tests.
 * Edits are sorted by start (stable); adjacent edits (`[0,2)` then `[2,4)`) both apply, as do
 * several insertions at one offset; an edit overlapping one already taken is skipped and reported.
 */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): ApplyResult {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
    .map((x) => x.e);
  const applied: OffsetEdit[] = [];
  const skipped: OffsetEdit[] = [];
  const parts: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos || e.end < e.start || e.end > text.length || e.start < 0) {
      skipped.push(e);
      continue;
    }
    parts.push(text.slice(pos, e.start), e.newText);
    pos = e.end;
    applied.push(e);
  }
  parts.push(text.slice(pos));
  return { text: parts.join(''), applied, skipped };
}

/**
 * Choose fixes whose edits do not overlap (a fix is all-or-nothing), in the given order, and
 * return their edits. Fixes that would conflict with one already chosen wait for the next pass.
 */
export function compatibleEdits(fixes: readonly Fix[]): { edits: OffsetEdit[]; taken: Fix[]; deferred: Fix[] } {
  const taken: Fix[] = [];
  const deferred: Fix[] = [];
  const ranges: Array<[number, number]> = [];
  const overlaps = (e: OffsetEdit) =>
    ranges.some(([s, t]) => (e.start < t && e.end > s) || (e.start === e.end && e.start > s && e.start < t) || (s === t && s > e.start && s < e.end));
  for (const fix of fixes) {
    if (fix.edits.some(overlaps)) {
      deferred.push(fix);
      continue;
    }
    taken.push(fix);
    for (const e of fix.edits) ranges.push([e.start, e.end]);
  }
  return { edits: taken.flatMap((f) => f.edits), taken, deferred };
}
