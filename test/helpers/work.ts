/**
 * A deterministic measure of a scanner's work, for growth tests (no timing): while `fn` runs, every
 * RegExp execution is counted by the characters it is handed (from its start position to the end of
 * the input), and `steps` adds any count the caller keeps. A regular expression run once per match
 * over the whole line — the usual way a scan turns quadratic — shows up as n characters per match.
 */
export function regexWork(fn: () => void): number {
  const original = RegExp.prototype.exec;
  let work = 0;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const s = String(input);
    work += s.length - (this.global || this.sticky ? Math.min(this.lastIndex, s.length) : 0) + 1;
    return original.call(this, s);
  };
  try {
    fn();
  } finally {
    RegExp.prototype.exec = original;
  }
  return work;
}
