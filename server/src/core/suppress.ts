/**
 * Suppressions written in the document (Markdown only: plain text has no comment syntax and uses
 * the configuration's `ignore` and `overrides` instead), applied by `lint` after the rules ran.
 * A directive is an HTML comment alone on its line (scope `html-comment`, so never inside a code
 * block):
 *   <!-- gongwen-disable placeholder web-residue -->     off from here…
 *   <!-- gongwen-enable placeholder -->                   …to here (or the end of the document)
 *   <!-- gongwen-disable-next-line placeholder -->        off on the next line only
 *   <!-- gongwen-disable-file numbering-skip -->          off in the whole document
 * No rule named means every rule. A name is a rule id (`placeholder`, covers its sub-checks) or a
 * severity key (`placeholder/weak`). Names may be separated by spaces or commas. Unknown names
 * are kept (they match nothing), never an error. Pure.
 */
import type { Source } from './source';
import type { Finding } from './types';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or severity keys; empty = all rules. */
  rules: string[];
  /** 0-based line of the comment. */
  line: number;
}

const DIRECTIVE = /^<!--\s*gongwen-(disable-next-line|disable-file|disable|enable)(?=[\s,]|-->)([^]*?)-->\s*$/;

/** The directives of a Markdown source in document order (none for plain text). */
export function parseDirectives(source: Source): Directive[] {
  if (source.language !== 'markdown') return [];
  const out: Directive[] = [];
  for (const line of source.lines) {
    if (line.scope !== 'html-comment') continue;
    const text = source.text.slice(line.start, line.end).trim();
    const m = DIRECTIVE.exec(text);
    if (!m) continue;
    const rules = m[2].split(/[\s,]+/).filter((r) => r.length > 0);
    out.push({ kind: m[1] as DirectiveKind, rules, line: line.index });
  }
  return out;
}

/** What is off at one point: all rules (minus re-enabled ones) and/or some rules. */
interface State {
  all: boolean;
  on: ReadonlySet<string>;
  off: ReadonlySet<string>;
}

const names = (f: Finding) => (f.severityKey === f.rule ? [f.rule] : [f.rule, f.severityKey]);

function isOff(s: State, f: Finding): boolean {
  const n = names(f);
  if (n.some((x) => s.off.has(x))) return true;
  return s.all && !n.some((x) => s.on.has(x));
}

/**
 * Findings not silenced by the directives. A finding belongs to the line of its start offset.
 * Findings must be sorted by start (as `lint` sorts them).
 */
export function applySuppressions(findings: readonly Finding[], source: Source, directives: readonly Directive[] = parseDirectives(source)): Finding[] {
  if (directives.length === 0) return [...findings];
  const fileOff: State = { all: false, on: new Set(), off: new Set() };
  const nextLine = new Map<number, State>();
  // Region states: after the directive on line `line`, `state` holds.
  const regions: Array<{ line: number; state: State }> = [];
  let cur: State = { all: false, on: new Set(), off: new Set() };
  for (const d of directives) {
    if (d.kind === 'disable-file') {
      if (d.rules.length === 0) fileOff.all = true;
      else for (const r of d.rules) (fileOff.off as Set<string>).add(r);
    } else if (d.kind === 'disable-next-line') {
      const s = nextLine.get(d.line + 1) ?? { all: false, on: new Set<string>(), off: new Set<string>() };
      if (d.rules.length === 0) s.all = true;
      else for (const r of d.rules) (s.off as Set<string>).add(r);
      nextLine.set(d.line + 1, s);
    } else {
      const on = new Set(cur.on);
      const off = new Set(cur.off);
      let all = cur.all;
      if (d.kind === 'disable') {
        if (d.rules.length === 0) {
          all = true;
          on.clear();
        } else for (const r of d.rules) (off.add(r), on.delete(r));
      } else if (d.rules.length === 0) {
        all = false;
        on.clear();
        off.clear();
      } else for (const r of d.rules) (off.delete(r), all && on.add(r));
      cur = { all, on, off };
      regions.push({ line: d.line, state: cur });
    }
  }
  const out: Finding[] = [];
  let ri = -1;
  for (const f of findings) {
    const line = source.lineAt(f.start).index;
    if (isOff(fileOff, f)) continue;
    const nl = nextLine.get(line);
    if (nl && isOff(nl, f)) continue;
    // findings are sorted by start, so lines never go backwards: advance the region pointer
    while (ri + 1 < regions.length && regions[ri + 1].line < line) ri++;
    if (ri >= 0 && isOff(regions[ri].state, f)) continue;
    out.push(f);
  }
  return out;
}

/**
 * Findings not covered by an allow-listed word: dropped when one of `allow` occurs in `text` over
 * the finding's whole span, or equals its `group`. Only for findings whose rule is in `rules`.
 */
export function applyAllowList(findings: readonly Finding[], text: string, allow: readonly string[], rules: ReadonlySet<string>): Finding[] {
  const words = allow.filter((w) => w.length > 0);
  if (words.length === 0) return [...findings];
  return findings.filter((f) => {
    if (!rules.has(f.rule)) return true;
    if (f.group !== undefined && words.includes(f.group)) return false;
    const len = f.end - f.start;
    for (const w of words) {
      if (w.length < len) continue;
      // every placement of w that covers [start, end)
      for (let s = Math.max(0, f.end - w.length); s <= f.start; s++) if (text.startsWith(w, s)) return false;
    }
    return true;
  });
}
