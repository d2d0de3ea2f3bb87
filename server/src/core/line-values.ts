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
 * Without a memo every wanted line is computed.
 *
 * `compute(text, line)` must depend on `text` only (`line` is for the caller's own checks); it must not
 * return undefined. The values must not hold views of the text (see `detach` in memo.ts).
 */
export function lineValues<T>(
  source: Source,
  table: string,
  wanted: (line: Line) => boolean,
  compute: (text: string, line: Line) => T,
): Array<T | undefined> {
  const lines = source.lines;
  const n = lines.length;
  const values: Array<T | undefined> = new Array(n);
  const memo = source.memo?.table<T>(table);
  if (!memo) {
    for (let i = 0; i < n; i++) if (wanted(lines[i])) values[i] = compute(source.lineText(lines[i]), lines[i]);
    return values;
  }
  const texts = textsOf(source);
  const old = previous.get(memo) as Version<T> | undefined;
  const oldTexts = old?.texts ?? NO_TEXTS;
  const oldValues = old?.values ?? [];
  const m = oldTexts.length;
  const { a, b } = m === 0 ? NONE_COMMON : common(texts, oldTexts);
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    if (!wanted(line)) continue;
    const text = texts[i];
    let v: T | undefined;
    if (i < a) v = oldValues[i];
    else if (i >= n - b) v = oldValues[i - n + m];
    else if (i < m && oldTexts[i] === text) v = oldValues[i];
    else if (i - n + m >= 0 && oldTexts[i - n + m] === text) v = oldValues[i - n + m];
    // (undefined when the previous version did not want the line)
    values[i] = v !== undefined ? v : memo.get(text, (t) => compute(t, line));
  }
  previous.set(memo, { texts, values });
  return values;
}

const NO_TEXTS: readonly string[] = [];
const NONE_COMMON = { a: 0, b: 0 };

interface Version<T> {
  /** The line texts of the version (the array `textsOf` gave). */
  texts: readonly string[];
  values: ReadonlyArray<T | undefined>;
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
