/**
 * Suppressions written in the document (Markdown only: plain text has no comment syntax and uses
 * the configuration's `ignore` and `overrides` instead), applied by `lint` after the rules ran.
 * A block directive is an HTML comment alone on its line (scope `html-comment`, so never inside a
 * code block):
 *   <!-- gongwen-disable placeholder web-residue -->     off from here…
 *   <!-- gongwen-enable placeholder -->                   …to here (or the end of the document)
 *   <!-- gongwen-disable-next-line placeholder -->        off on the next line only
 *   <!-- gongwen-disable-file numbering-skip -->          off in the whole document
 * A line directive is an inline HTML comment on a line of text, block quote or table (not inside a
 * code span), off on that line only:
 *   会议由XX主持。<!-- gongwen-disable-line placeholder -->
 * Unlike a comment line, an inline comment does not change the document's structure in CommonMark
 * (an HTML block starting with `<!--` interrupts a paragraph, ends a table and a lazy block-quote
 * line; inline HTML does none of this), so it is the way to silence a line inside a paragraph.
 * No rule named means every rule. A name is a rule id (`placeholder`, covers its sub-checks) or a
 * severity key (`placeholder/weak`). Names may be separated by spaces or commas; ` -- ` ends them
 * and starts a free description (`<!-- gongwen-disable-next-line placeholder -- 范文原样 -->`).
 * A comment that starts like a directive but is none (`gongwen-disabled`, `gongwen-disable-lines`),
 * a block directive not alone on its line, a line directive alone on its line (it silences nothing)
 * and a name that is no rule are `DirectiveProblem`s: `lint` reports them as findings of the
 * pseudo-rule `SUPPRESSION_RULE`; the directive or name is otherwise ignored (as a wrong key in a
 * configuration file is). Pure.
 */
import type { Source } from './source';
import type { Finding, Msg } from './types';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or severity keys; empty = all rules. */
  rules: string[];
  /** 0-based line of the comment (for `disable-line`, the line it silences). */
  line: number;
  /** The comment's UTF-16 offsets `[start, end)` in the text. */
  start: number;
  end: number;
  /** Offset just after the last rule name (before a ` -- ` description and the closing `-->`): where another name goes. */
  namesEnd: number;
}

/** A comment that looks like a directive but is wrong: where (UTF-16 `[start, end)`), what is wrong and what is right. */
export interface DirectiveProblem {
  start: number;
  end: number;
  message: Msg;
}

/** The rule id of the findings `lint` makes of `DirectiveProblem`s (not a rule of the registry: it cannot be turned off, only fixed). */
export const SUPPRESSION_RULE = 'suppression-comment';

const KINDS: readonly DirectiveKind[] = ['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file'];
const isKind = (k: string): k is DirectiveKind => (KINDS as readonly string[]).includes(k);
const LIST_ZH = KINDS.map((k) => `gongwen-${k}`).join('、');
const LIST_EN = KINDS.map((k) => `gongwen-${k}`).join(', ');

/** `<!-- gongwen-NAME rest -->` on one line; NAME is anything of letters and hyphens (checked against KINDS). */
const COMMENT = /<!--[ \t]*gongwen-([A-Za-z][A-Za-z-]*?)(?=[\s,]|-->)([^\r\n]*?)-->/g;

/** The directives of a Markdown source in document order (none for plain text). */
export function parseDirectives(source: Source): Directive[] {
  return scanDirectives(source).directives;
}

/**
 * The directives of a Markdown source in document order and the problems of its directive-like
 * comments. `known`: the valid rule names (rule ids and severity keys); when given, a name outside
 * it is a problem. Plain text has neither.
 */
export function scanDirectives(source: Source, known?: ReadonlySet<string>): { directives: Directive[]; problems: DirectiveProblem[] } {
  const directives: Directive[] = [];
  const problems: DirectiveProblem[] = [];
  if (source.language !== 'markdown') return { directives, problems };
  const text = source.text;
  // One search over the text (most documents have no comment at all), not one per line.
  if (text.indexOf('gongwen-') < 0) return { directives, problems };
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(text); m; m = COMMENT.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const line = source.lineAt(start);
    if (line.scope === 'code' || line.scope === 'frontmatter') continue;
    const word = m[1];
    const prose = line.scope === 'text' || line.scope === 'quote' || line.scope === 'table';
    // Inside a code span (an odd number of backticks before it on the line) it is an example, not a comment.
    if (prose && backticks(text, line.start, start) % 2 === 1) continue;
    const alone = text.slice(line.start, line.end).trim().length === m[0].length;
    const problem = (zh: string, en: string, s = start, e = end) => problems.push({ start: s, end: e, message: { zh, en } });
    if (!isKind(word)) {
      const near = closest(word, KINDS);
      const right = near ? [`，应为“gongwen-${near}”？`, `; did you mean "gongwen-${near}"?`] : ['。', '.'];
      problem(`未知的停用注释“gongwen-${word}”，不起作用${right[0]}可用的有 ${LIST_ZH}`, `unknown suppression comment "gongwen-${word}", ignored${right[1]} Valid: ${LIST_EN}`);
      continue;
    }
    if (word === 'disable-line') {
      if (!prose) {
        problem(
          '单独成行的“gongwen-disable-line”不起作用：请写在要停用的那一行末尾，或在其上一行写“gongwen-disable-next-line”',
          'a "gongwen-disable-line" comment alone on its line silences nothing: put it at the end of the line it silences, or use "gongwen-disable-next-line" on the line above',
        );
        continue;
      }
    } else if (prose || !alone) {
      problem(
        `“gongwen-${word}”注释须单独成行，此处不起作用；在一行文字中请用“gongwen-disable-line”（只停用这一行）`,
        `a "gongwen-${word}" comment must stand alone on its line and is ignored here; inside a line of text use "gongwen-disable-line" (that line only)`,
      );
      continue;
    }
    const rules: string[] = [];
    const listStart = end - 3 - m[2].length;
    // ` -- ` starts a free description (as in ESLint): `<!-- gongwen-disable-line placeholder -- 范文原样 -->`.
    const dash = /(?:^|\s)--(?:\s|$)/.exec(m[2]);
    const list = dash ? m[2].slice(0, dash.index) : m[2];
    for (const r of list.matchAll(/[^\s,]+/g)) {
      if (known && !known.has(r[0])) {
        const near = closest(r[0], [...known]);
        const s = listStart + r.index!;
        problem(
          `未知规则“${r[0]}”，不起作用${near ? `，应为“${near}”？` : '。'}规则名见 gongwen rules`,
          `unknown rule "${r[0]}", ignored${near ? `; did you mean "${near}"?` : '.'} The rule names: gongwen rules`,
          s,
          s + r[0].length,
        );
        continue;
      }
      rules.push(r[0]);
    }
    // A list of nothing but unknown names silences nothing (never every rule).
    if (rules.length === 0 && /[^\s,]/.test(list) && known) continue;
    directives.push({ kind: word, rules, line: line.index, start, end, namesEnd: listStart + list.trimEnd().length });
  }
  return { directives, problems };
}

function backticks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('`', from); i >= 0 && i < to; i = text.indexOf('`', i + 1)) n++;
  return n;
}

/** The candidate nearest to `word` by edit distance, if it is near enough to be a slip (at most a third of the word's length, at most 3). */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Math.min(3, Math.max(1, Math.floor(word.length / 3))) + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) >= bestD) continue;
    const d = editDistance(word.toLowerCase(), c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best;
}

/** Levenshtein distance (insert, delete, replace one UTF-16 unit); for short names only. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
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
  // disable-next-line and disable-line: the state of one line.
  const nextLine = new Map<number, State>();
  // Region states: after the directive on line `line`, `state` holds.
  const regions: Array<{ line: number; state: State }> = [];
  let cur: State = { all: false, on: new Set(), off: new Set() };
  for (const d of directives) {
    if (d.kind === 'disable-file') {
      if (d.rules.length === 0) fileOff.all = true;
      else for (const r of d.rules) (fileOff.off as Set<string>).add(r);
    } else if (d.kind === 'disable-next-line' || d.kind === 'disable-line') {
      const target = d.kind === 'disable-line' ? d.line : d.line + 1;
      const s = nextLine.get(target) ?? { all: false, on: new Set<string>(), off: new Set<string>() };
      if (d.rules.length === 0) s.all = true;
      else for (const r of d.rules) (s.off as Set<string>).add(r);
      nextLine.set(target, s);
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
