/**
 * A deterministic measure of a scanner's work, for growth tests (no timing): while `fn` runs, every
 * RegExp execution is counted by the characters it covers — from its start position to the end of
 * its match, or to the end of the input when it fails. A regular expression run per match over the
 * rest of the line — the usual way a scan turns quadratic — shows up as n characters per match.
 * Calls of `String.prototype.includes` and `startsWith` (the scanners' character-class tests) and
 * of `Map.prototype.has` (the residue scan's line lookups) count one each, so a loop that walks the
 * line or the document per match shows up too.
 */
export function regexWork(fn: () => void): number {
  const original = RegExp.prototype.exec;
  const includes = String.prototype.includes;
  const startsWith = String.prototype.startsWith;
  const has = Map.prototype.has;
  let work = 0;
  Map.prototype.has = function (this: Map<unknown, unknown>, key: unknown) {
    work++;
    return has.call(this, key);
  };
  String.prototype.includes = function (this: string, ...args: Parameters<string['includes']>) {
    work++;
    return includes.apply(this, args);
  };
  String.prototype.startsWith = function (this: string, ...args: Parameters<string['startsWith']>) {
    work++;
    return startsWith.apply(this, args);
  };
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const s = String(input);
    const from = this.global || this.sticky ? Math.min(this.lastIndex, s.length) : 0;
    const m = original.call(this, s);
    work += (m ? m.index + m[0].length : s.length) - from + 1;
    return m;
  };
  try {
    fn();
  } finally {
    RegExp.prototype.exec = original;
    String.prototype.includes = includes;
    String.prototype.startsWith = startsWith;
    Map.prototype.has = has;
  }
  return work;
}
