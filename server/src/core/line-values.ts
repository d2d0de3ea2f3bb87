import type { TextMemo } from './memo';
import type { Source } from './source';
import type { Line } from './types';

/**
 * Per-line values of a pure function of the line's text, for every line of `source` that `wanted` accepts
 * (undefined for the others), kept from one version of a document to the next.
 *
 * With a memo (`source.memo`, table `table`) a keystroke pays for the lines it changed and, for the
 * rest, a string comparison instead of hash-table lookups: the lines before the first changed line and
 * after the last are compared with the previous version's at the same place (from the top and from the
 * bottom), and their values reused; a line in between is compared with the previous version's line at the
 * same index and at the same distance from the end, then looked up in the memo table by its text. Every
 * reused value was computed from a text equal to the line's, so the result is the one `compute` gives.
 * Without a memo every wanted line is computed, into a new array.
 *
 * With a memo the returned array is the table's own and is updated in place by the next call for the same
 * table (the lines before and after the changed ones keep their slots; a change in the number of lines
 * moves the slots after it): a caller reads it during its own pass and keeps no reference to it. So a
 * keystroke allocates nothing here but the values of the lines it changed.
 *
 * `compute(text, line)` must depend on `text` only (`line` is for the caller's own checks); it must not
 * return undefined. One table stands for one computation: the same `wanted` and `compute` for every call
 * (a call for a source whose table is already up to date returns at once). The values must not hold views
 * of the text (see `detach` in memo.ts).
 */
export function lineValues<T>(
  source: Source,
  table: string,
  wanted: (line: Line) => boolean,
  compute: (text: string, line: Line) => T,
): Array<T | undefined> {
  const lines = source.lines;
  const n = lines.length;
  const memo = source.memo?.table<T>(table);
  if (!memo) {
    const values: Array<T | undefined> = new Array(n);
    for (let i = 0; i < n; i++) if (wanted(lines[i])) values[i] = compute(source.lineText(lines[i]), lines[i]);
    return values;
  }
  const texts = textsOf(source);
  const old = previous.get(memo) as Version<T> | undefined;
  if (old === undefined) {
    const values: Array<T | undefined> = new Array(n);
    for (let i = 0; i < n; i++) if (wanted(lines[i])) values[i] = cached(memo, texts[i], lines[i], compute);
    previous.set(memo, { texts, values });
    return values;
  }
  const values = old.values;
  const oldTexts = old.texts;
  // The same source asked again (its lines, scopes and so the wanted ones are the same): as it was.
  if (oldTexts === texts) return values;
  old.texts = texts;
  const m = oldTexts.length;
  const { a, b } = common(texts, oldTexts);
  // The changed lines [a, n - b) (the previous version's [a, m - b)): their values, read before any slot moves.
  const middle: Array<T | undefined> = n - b - a > 0 ? new Array(n - b - a) : NO_VALUES;
  for (let i = a; i < n - b; i++) {
    const line = lines[i];
    if (!wanted(line)) continue;
    const text = texts[i];
    let v: T | undefined;
    if (i < m && oldTexts[i] === text) v = values[i];
    else if (i - n + m >= 0 && oldTexts[i - n + m] === text) v = values[i - n + m];
    // (undefined when the previous version did not want the line)
    middle[i - a] = v !== undefined ? v : cached(memo, text, line, compute);
  }
  // The last b lines move from [m - b, m) to [n - b, n).
  if (n > m) {
    for (let k = m; k < n; k++) values.push(undefined);
    for (let k = b - 1; k >= 0; k--) values[n - b + k] = values[m - b + k];
  } else if (n < m) {
    for (let k = 0; k < b; k++) values[n - b + k] = values[m - b + k];
    values.length = n;
  }
  for (let i = a; i < n - b; i++) values[i] = middle[i - a];
  // The unchanged lines keep their values, but whether a line is wanted may change with its neighbours
  // (a scope, a title line): such a line loses its value or gets one.
  for (let i = 0; i < a; i++) refresh(values, i, lines[i], texts[i], wanted, memo, compute);
  for (let i = n - b; i < n; i++) refresh(values, i, lines[i], texts[i], wanted, memo, compute);
  return values;
}

/** Slot `i` of `values` for `line` (text `text`) after the slot was kept from the previous version. */
function refresh<T>(values: Array<T | undefined>, i: number, line: Line, text: string, wanted: (line: Line) => boolean, memo: TextMemo<T>, compute: (text: string, line: Line) => T): void {
  if (!wanted(line)) {
    if (values[i] !== undefined) values[i] = undefined;
  } else if (values[i] === undefined) values[i] = cached(memo, text, line, compute);
}

/**
 * `compute(text, line)` through the memo table. (A function of its own: a closure over `line` in the
 * caller's loop would make every iteration allocate a context for `line`, used or not.)
 */
function cached<T>(memo: TextMemo<T>, text: string, line: Line, compute: (text: string, line: Line) => T): T {
  return memo.get(text, (t) => compute(t, line));
}

const NO_VALUES: never[] = [];

interface Version<T> {
  /** The line texts of the last version (the array `textsOf` gave). */
  texts: readonly string[];
  /** The table's values, updated in place for each version. */
  values: Array<T | undefined>;
}

/** The last version each memo table saw (the table stands for one document's session). */
const previous = new WeakMap<TextMemo<unknown>, Version<unknown>>();

/** The line texts of a source (the array `Source` keeps; one per source, so `common` is asked once per version). */
function textsOf(source: Source): readonly string[] {
  const texts = source.lineRecord().lineTexts;
  if (!ids.has(texts)) ids.set(texts, ++lastId);
  return texts;
}

/** A number for each array of `textsOf`: `common` remembers what it compared by these, holding no array. */
const ids = new WeakMap<readonly string[], number>();
let lastId = 0;

/**
 * How many lines `texts` and `old` (arrays of `textsOf`) have equal from the top (`a`) and then from the
 * bottom (`b`, not overlapping those): remembered for the last `old` each `texts` was compared with. (The
 * entry names `old` by number: holding it would keep every earlier version alive through the chain.)
 */
function common(texts: readonly string[], old: readonly string[]): { a: number; b: number } {
  const oldId = ids.get(old);
  const known = commons.get(texts);
  if (known && oldId !== undefined && known.oldId === oldId) return known;
  const n = texts.length;
  const m = old.length;
  let a = 0;
  while (a < n && a < m && texts[a] === old[a]) a++;
  let b = 0;
  while (b < n - a && b < m - a && texts[n - 1 - b] === old[m - 1 - b]) b++;
  const found = { oldId: oldId ?? -1, a, b };
  commons.set(texts, found);
  return found;
}

const commons = new WeakMap<readonly string[], { oldId: number; a: number; b: number }>();
