/**
 * Code written inline in plain Chinese text, which keeps its ASCII marks: a JSON object or array
 * (`{"name":"张三","age":30}`) and a quoted argument after a command word (`输入 echo "完成" 即可`).
 * Used by punctuation-quotes and punctuation-width, which leave such code alone (GB/T 15834 covers
 * Chinese prose, not program text).
 */

/**
 * The JSON-like spans on `[start, end)` of `text` (UTF-16 offsets, end exclusive), as flat pairs
 * `[from0, to0, from1, to1, …]` (`from` at the `{` or `[`, `to` after its closing bracket), in order. A span is
 * an outermost bracketed run `{…}` or `[…]` closed on the same line and holding a quoted key followed by a
 * colon (`"name":` or `"name" :`): a bracket pair without one (`[2025]`, `{姓名,单位}`) is no code. An unclosed
 * or unopened bracket ends no span. Nothing is thrown; one pass, linear in the length of the range.
 */
export function jsonSpans(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  const open: number[] = [];
  const closed: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) open.push(i);
    else if (c === 0x7d || c === 0x5d) {
      const a = open.pop();
      if (a === undefined) continue;
      // The spans closed inside this one are no longer outermost.
      while (closed.length > 0 && closed[closed.length - 2] > a) closed.length -= 2;
      closed.push(a, i + 1);
    } else if (c === 0x0a || c === 0x0d) {
      open.length = 0;
    }
  }
  for (let k = 0; k < closed.length; k += 2) {
    if (JSON_KEY.test(text.slice(closed[k], closed[k + 1]))) out.push(closed[k], closed[k + 1]);
  }
  return out;
}

/** A quoted key and its colon inside a bracketed run. */
const JSON_KEY = /[{,]\s*"[^"\n]*"\s*:/;

/** Whether offset `i` lies in one of `spans` (flat pairs `[from, to)`: `jsonSpans`, `UrlFinder.runsOn`). */
export function inSpans(spans: readonly number[], i: number): boolean {
  for (let k = 0; k < spans.length; k += 2) if (i >= spans[k] && i < spans[k + 1]) return true;
  return false;
}

/**
 * Whether the straight quote opening at `open` (a UTF-16 offset) quotes a command's argument: right after a
 * space and an ASCII command word that itself follows a space, a tab or the line's start (`输入 echo "完成"`,
 * `运行 git commit -m "修复"`), with a space, the line's end (`lineEnd`) or another argument after the closing
 * quote at `close`. `他说"好"` (a Chinese character before) and `"Word"` (no space) are not.
 */
export function isCommandArgument(text: string, open: number, close: number, lineStart: number, lineEnd: number): boolean {
  if (open - 2 < lineStart || text[open - 1] !== ' ') return false;
  let k = open - 1;
  while (k > lineStart && text[k - 1] === ' ') k--;
  const wordEnd = k;
  while (k > lineStart && /[A-Za-z0-9_.\-/]/.test(text[k - 1])) k--;
  if (k === wordEnd || !/[A-Za-z-]/.test(text[k])) return false;
  if (k > lineStart && text[k - 1] !== ' ' && text[k - 1] !== '\t') return false;
  const after = close + 1;
  return after >= lineEnd || text[after] === ' ' || text[after] === '\t';
}
