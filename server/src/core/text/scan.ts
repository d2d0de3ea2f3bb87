/**
 * Regex scans of one window of a text (an incremental analysis re-checks a few paragraphs; see
 * `TextLayer.windows`). `re.exec(text)` from a window's start runs on past the window to the next match,
 * which for a rare pattern is the end of the document: ~0.2 ms per pattern on 100,000 characters, paid by
 * every pattern of every paragraph-local rule on every keystroke. `forEachMatchIn` searches a prefix of
 * the text that ends a little after the window instead, with the same matches.
 */

import { isHighSurrogate, isLowSurrogate } from './chars';

/**
 * How far past the end of the window's last line the searched prefix reaches (then on to the end of that
 * line): what a pattern may read after a line break it crosses.
 */
const MARGIN = 2048;

/**
 * Call `fn` for each match of the global regex `re` that starts in `[from, to)` of `text`, in order, as
 * `re.exec(text)` finds them from `from` (lookbehinds see the text before `from`; offsets are offsets in
 * `text`). `fn` may move `re.lastIndex` on; the scan continues from there. An empty match advances by one
 * code unit, or past a whole surrogate pair for a `u` or `v` regex.
 *
 * The searched prefix holds every line a window's match can start on, whole, and `MARGIN` (2,048) code
 * units after it. So the matches are exactly those of the whole text for any pattern that reads fewer
 * than 2,048 code units past a line break it crosses (`\s?` crosses one and reads a few characters on).
 * Every pattern of gongwen's rules does (document-number's `\s?第?0*` would need a run of 2,000 zeros
 * after a line break to read further); a pattern with an unbounded run across lines (`[\s\S]*`, `\s+`,
 * `[^。]+`) must not be scanned with this.
 *
 * @param re a regex with the `g` flag (its `lastIndex` is used and left after the last match)
 * @param from UTF-16 offset where the search starts
 * @param to UTF-16 offset: matches starting here or later are not reported (the scan stops)
 */
export function forEachMatchIn(re: RegExp, text: string, from: number, to: number, fn: (m: RegExpExecArray) => void): void {
  const subject = prefixFor(text, to);
  re.lastIndex = from;
  for (let m = re.exec(subject); m !== null && m.index < to; m = re.exec(subject)) {
    if (m[0].length === 0) re.lastIndex = nextIndex(text, m.index, re.unicode || re.flags.includes('v'));
    fn(m);
  }
}

/** The prefix of `text` that `forEachMatchIn` searches for matches starting before `to` (see there). */
function prefixFor(text: string, to: number): string {
  const lineEnd = text.indexOf('\n', Math.max(0, to - 1));
  if (lineEnd < 0) return text;
  const nl = text.indexOf('\n', lineEnd + 1 + MARGIN);
  return nl < 0 ? text : text.slice(0, nl + 1);
}

/**
 * The position after `i` (ECMAScript AdvanceStringIndex): past a whole surrogate pair for a `u` or `v`
 * regex. (V8 moves a `u` regex's `lastIndex` that falls inside a pair back to the pair's start, so
 * stepping one unit past an empty match there would find the same match forever.)
 */
function nextIndex(text: string, i: number, unicode: boolean): number {
  return unicode && isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? i + 2 : i + 1;
}
