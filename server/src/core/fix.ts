import type { Fix, OffsetEdit } from './types';

export interface ApplyResult {
  text: string;
  /** Edits applied, in offset order. */
  applied: OffsetEdit[];
  /** Edits skipped: overlapping an earlier one, out of range, or bringing an inner U+FEFF to offset 0. */
  skipped: OffsetEdit[];
}

/**
 * Apply offset edits to `text`: the one implementation used by the CLI, the editor and the tests.
 * Edits are sorted by start (stable); adjacent edits (`[0,2)` then `[2,4)`) both apply, as do
 * several insertions at one offset; an edit overlapping one already taken is skipped and reported.
 * A text that does not start with U+FEFF never comes out starting with one: an edit at offset 0 that
 * would bring an inner U+FEFF to the front (deleting the line before it) is skipped, because once
 * saved that character would read as a byte-order mark. Time O(n + k log k) for k edits.
 */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): ApplyResult {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
    .map((x) => x.e);
  let result = build(text, sorted);
  const dropped: OffsetEdit[] = [];
  if (text.charCodeAt(0) !== 0xfeff) {
    // Each round drops the first applied edit (the only one that can put a character at offset 0).
    while (result.text.charCodeAt(0) === 0xfeff && result.applied.length > 0) {
      const first = result.applied[0];
      dropped.push(first);
      sorted.splice(sorted.indexOf(first), 1);
      result = build(text, sorted);
    }
  }
  return { text: result.text, applied: result.applied, skipped: [...result.skipped, ...dropped] };
}

function build(text: string, sorted: readonly OffsetEdit[]): ApplyResult {
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
 * Two edits overlap when `a.start < b.end && b.start < a.end`: an insertion strictly inside another
 * edit's range overlaps it, one at its boundary does not, and insertions never overlap each other.
 * Time O(k log k) for k edits in all (coordinates compressed, a Fenwick tree counts covered cells),
 * so `--fix` on tens of thousands of fixable lines stays fast.
 */
export function compatibleEdits(fixes: readonly Fix[]): { edits: OffsetEdit[]; taken: Fix[]; deferred: Fix[] } {
  const taken: Fix[] = [];
  const deferred: Fix[] = [];
  // Every start and end, sorted and unique (a typed-array sort is numeric and fast).
  let count = 0;
  for (const f of fixes) count += 2 * f.edits.length;
  const all = new Float64Array(count);
  count = 0;
  for (const f of fixes) {
    for (const e of f.edits) {
      all[count++] = e.start;
      all[count++] = e.end;
    }
  }
  all.sort();
  const xs: number[] = [];
  for (const x of all) if (xs.length === 0 || xs[xs.length - 1] !== x) xs.push(x);
  const index = (x: number): number => {
    let lo = 0;
    let hi = xs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Cell 2i is the point xs[i]; cell 2i+1 the open gap (xs[i], xs[i+1]). A taken non-empty edit
  // [xs[p], xs[q]) covers cells 2p+1 … 2q-1; a taken insertion at xs[p] is counted in `inserts[p]`.
  const cells = Math.max(1, 2 * xs.length - 1);
  const covered = new Fenwick(cells);
  const inserts = new Fenwick(Math.max(1, xs.length));
  // next[c]: the first cell at or after c not yet covered (path-compressed), so each cell is covered once.
  const next = new Int32Array(cells + 1);
  for (let c = 0; c <= cells; c++) next[c] = c;
  const firstFree = (c: number): number => {
    let r = c;
    while (next[r] !== r) r = next[r];
    while (next[c] !== r) {
      const n = next[c];
      next[c] = r;
      c = n;
    }
    return r;
  };
  const overlaps = (e: OffsetEdit): boolean => {
    const i = index(e.start);
    const j = index(e.end);
    if (j < i) return false;
    if (i === j) return covered.sum(2 * i, 2 * i) > 0;
    return covered.sum(2 * i + 1, 2 * j - 1) > 0 || (j - i > 1 && inserts.sum(i + 1, j - 1) > 0);
  };
  const take = (e: OffsetEdit): void => {
    const i = index(e.start);
    const j = index(e.end);
    if (j < i) return;
    if (i === j) {
      inserts.add(i);
      return;
    }
    for (let c = firstFree(2 * i + 1); c <= 2 * j - 1; c = firstFree(c)) {
      covered.add(c);
      next[c] = c + 1;
    }
  };
  for (const fix of fixes) {
    if (fix.edits.some(overlaps)) {
      deferred.push(fix);
      continue;
    }
    taken.push(fix);
    for (const e of fix.edits) take(e);
  }
  return { edits: taken.flatMap((f) => f.edits), taken, deferred };
}

/** Counts over cells 0 … n-1 with point increments and range sums, each O(log n). */
class Fenwick {
  private readonly tree: Int32Array;
  constructor(n: number) {
    this.tree = new Int32Array(n + 1);
  }
  add(i: number): void {
    for (let k = i + 1; k < this.tree.length; k += k & -k) this.tree[k]++;
  }
  private prefix(i: number): number {
    let s = 0;
    for (let k = i + 1; k > 0; k -= k & -k) s += this.tree[k];
    return s;
  }
  /** The count over cells lo … hi inclusive (0 when hi < lo). */
  sum(lo: number, hi: number): number {
    return hi < lo ? 0 : this.prefix(hi) - (lo > 0 ? this.prefix(lo - 1) : 0);
  }
}
