/**
 * Findings → LSP diagnostics: message language, basis, rule link, `data` that finds the finding
 * again, and the cap on how many one document reports.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isChinese, pick, type Basis, type Finding, type Severity } from './core';
import type { Analysis, OkAnalysis } from './analysis';
import { toRange } from './convert';

export const SOURCE = 'gongwen';

import { ruleDocUrl } from './rule-docs';
export { rulesDocUrl, ruleDocUrl } from './rule-docs';

/**
 * How diagnostics are shown to one client: `locale`, the UI language of the messages, and
 * `ruleLinks`, whether each diagnostic carries `codeDescription` (the `file:` URL of its rule's
 * section of the packaged docs/rules.md, rule-docs.ts). A client that links codes to the rules itself says so in its
 * initialization options (lifecycle.ts `clientRuleLinks`) and gets `code` alone. `source`: whether
 * the diagnostics of findings carry `source` ('gongwen'); false for a client that sets it itself
 * (lifecycle.ts `clientSource`), true when absent. Where a function takes `DiagnosticView | string`, a
 * string is a locale with rule links and source.
 */
export interface DiagnosticView {
  readonly locale: string;
  readonly ruleLinks: boolean;
  readonly source?: boolean;
}

/** Whether the diagnostics of findings carry `source` for `view` (all but a `clientSource` client's). */
function carriesSource(view: DiagnosticView): boolean {
  return view.source !== false;
}

/** Do two views show diagnostics the same way (locale, rule links, source)? */
function sameView(a: DiagnosticView, b: DiagnosticView): boolean {
  return a.locale === b.locale && a.ruleLinks === b.ruleLinks && carriesSource(a) === carriesSource(b);
}

/** `view` as a `DiagnosticView` (a locale alone: with rule links and source; one object per locale). */
export function viewOf(view: DiagnosticView | string): DiagnosticView {
  if (typeof view !== 'string') return view;
  let v = linkedViews.get(view);
  if (v === undefined) linkedViews.set(view, (v = Object.freeze({ locale: view, ruleLinks: true })));
  return v;
}
const linkedViews = new Map<string, DiagnosticView>();

/**
 * What a finding's diagnostic carries in `data`: the finding's index in its analysis's findings (a
 * non-negative integer below `MAX_DIAGNOSTICS`), the same in every version that shows the finding at the
 * same index, so that a diagnostic shown the same way is the same object, with the same JSON, in every
 * later report (wire.ts sends its cached bytes). What it names is checked against the analysis when a
 * code action is asked for (`findingOf`): the fix itself is taken from the analysis, never from the
 * client. Diagnostics that stand for no finding (`too-many`, `too-large`) carry no `data`.
 */
export type DiagnosticData = number;

/**
 * The finding of `analysis` (of `doc` as it is now: an analysis made for another version than
 * `doc.version` finds nothing) that a diagnostic, as the client sent it back,
 * shows: the finding at the index its `data` names, when the diagnostic shows exactly that finding in
 * the current text (`code` its rule, `severity` its severity, `range` its range, `message` its message
 * for `view`; not `source` nor `codeDescription`, which a client may fill in or rewrite); undefined
 * for anything else (malformed or forged data, an index past the findings or the cap, a diagnostic of
 * an earlier version whose finding moved, changed or went, or of another document whose finding is not
 * this one): such a diagnostic gets no action. A diagnostic that shows a finding of the current text
 * exactly, wherever it came from, stands for that finding, and its actions are built from `analysis`:
 * the edits are those of the current text's finding, never a stale or forged one's.
 */
export function findingOf(diagnostic: { code?: unknown; data?: unknown; range?: unknown; message?: unknown; severity?: unknown } | null | undefined, analysis: Analysis | undefined, doc: TextDocument, shownAs: DiagnosticView | string): Finding | undefined {
  if (!analysis || analysis.kind !== 'ok' || typeof diagnostic !== 'object' || diagnostic === null) return undefined;
  const i = diagnostic.data;
  if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= Math.min(MAX_DIAGNOSTICS, analysis.result.findings.length)) return undefined;
  // the analysis of another version is stale (versions increase with every change: lifecycle.ts documentSync)
  if (doc.version !== analysis.version) return undefined;
  const f = analysis.result.findings[i];
  if (f.rule !== diagnostic.code || diagnostic.severity !== (SEVERITY[f.severity] ?? DiagnosticSeverity.Warning) || diagnostic.message !== findingMessage(f, viewOf(shownAs).locale)) return undefined;
  const r = diagnostic.range as { start?: unknown; end?: unknown } | null | undefined;
  if (typeof r !== 'object' || r === null || !isPosition(r.start) || !isPosition(r.end)) return undefined;
  const { start, end } = r;
  if (!isPositionOf(doc, start, f.start)) return undefined;
  // (as `shows`: an empty finding is shown as an empty range at its start)
  const endShown = f.end <= f.start ? end.line === start.line && end.character === start.character : isPositionOf(doc, end, f.end);
  return endShown ? f : undefined;
}

/** Is `p` an object with a numeric `line` and `character` (what a client sent: anything)? */
function isPosition(p: unknown): p is { line: number; character: number } {
  return typeof p === 'object' && p !== null && typeof (p as { line?: unknown }).line === 'number' && typeof (p as { character?: unknown }).character === 'number';
}

/** A diagnostic's `data` as a value to compare (a number or undefined as it is, anything else as its JSON). */
function dataKey(d: Diagnostic): unknown {
  const data: unknown = d.data;
  return typeof data === 'number' || data === undefined ? data : JSON.stringify(data);
}

/**
 * Whether two diagnostic lists show the same thing: the same length and, at each index, the same
 * range (line and UTF-16 character), severity, code, rule link, source, message and `data` (the
 * finding index). These are all the fields gongwen's diagnostics carry.
 */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    const r = x.range;
    const q = y.range;
    if (r.start.line !== q.start.line || r.start.character !== q.start.character || r.end.line !== q.end.line || r.end.character !== q.end.character) return false;
    if (x.severity !== y.severity || x.code !== y.code || x.source !== y.source || x.message !== y.message) return false;
    if (x.codeDescription?.href !== y.codeDescription?.href) return false;
    if (dataKey(x) !== dataKey(y)) return false;
  }
  return true;
}

/**
 * Whether the diagnostic `shown` (a `Diagnostic`, or the `Shown` part of one) shows finding `f` of
 * `doc` as `toDiagnostic` would for `view`: the same range, severity, code, rule link (none when
 * `view.ruleLinks` is false), source (none when `view.source` is false) and message.
 */
function shows(shown: Omit<Diagnostic, 'data'>, f: Finding, doc: TextDocument, view: DiagnosticView): boolean {
  if (shown.code !== f.rule || shown.source !== (carriesSource(view) ? SOURCE : undefined) || shown.severity !== (SEVERITY[f.severity] ?? DiagnosticSeverity.Warning)) return false;
  if (shown.codeDescription?.href !== (view.ruleLinks ? ruleDocUrl(f.rule) : undefined) || shown.message !== findingMessage(f, view.locale)) return false;
  const r = shown.range;
  return isPositionOf(doc, r.start, f.start) && (f.end <= f.start ? r.end.line === r.start.line && r.end.character === r.start.character : isPositionOf(doc, r.end, f.end));
}

/** One object for `isPositionOf`'s line-start queries (no allocation per query). */
const LINE_START = { line: 0, character: 0 };

/**
 * Whether `p` is `doc.positionAt(offset)` (`offset` a UTF-16 offset, clamped to the text as
 * positionAt clamps it), decided in constant time and without allocating: `p.line` is the line whose
 * start (`doc.offsetAt` of its character 0) is at or before the offset and whose successor's is after
 * it, and `p.character` the offset's distance from that start once moved back before a line break it
 * points into, as positionAt does (vscode-languageserver-textdocument 1.0.12; unit test against it).
 */
export function isPositionOf(doc: TextDocument, p: { line: number; character: number }, offset: number): boolean {
  const text = doc.getText();
  const lines = doc.lineCount;
  const line = p.line;
  if (!(line >= 0 && line < lines) || !Number.isInteger(line)) return false;
  const o = Math.max(Math.min(offset, text.length), 0);
  LINE_START.line = line;
  const start = doc.offsetAt(LINE_START);
  if (o < start) return false;
  if (line + 1 < lines) {
    LINE_START.line = line + 1;
    if (o >= doc.offsetAt(LINE_START)) return false;
  }
  let e = o;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c !== 13 && c !== 10) break;
    e--;
  }
  return p.character === e - start;
}

/**
 * How many leading diagnostics of `items` are what `documentDiagnostics(doc, analysis, view)` puts
 * at the same index (`sameDiagnostics` item by item), found without building the new list; 0 when
 * `analysis` reports no findings or more than `MAX_DIAGNOSTICS` (those lists are compared whole).
 */
export function matchingPrefix(items: readonly Diagnostic[], doc: TextDocument, analysis: Analysis, locale: DiagnosticView | string): number {
  if (analysis.kind !== 'ok' || analysis.result.findings.length > MAX_DIAGNOSTICS) return 0;
  const view = viewOf(locale);
  const findings = analysis.result.findings;
  const n = Math.min(items.length, findings.length);
  let i = 0;
  const built = builtLists.get(items);
  if (built) {
    // a list documentDiagnostics built: item i is parts[i] with data i (both frozen)
    const alike = Alike.of(built, doc, analysis, view);
    const m = Math.min(n, built.parts.length);
    while (i < m && alike.same(i, i)) i++;
    return i;
  }
  for (; i < n; i++) {
    const d = items[i];
    const data: unknown = d.data;
    if (data !== i || !shows(d, findings[i], doc, view)) break;
  }
  return i;
}

/**
 * Whether `documentDiagnostics(doc, analysis, view)` would be `sameDiagnostics` with `items`, found
 * without building the new list (a keystroke in a document with thousands of findings would otherwise
 * build thousands of objects only to find them equal). Reads the same fields `toDiagnostic` writes.
 * `prefix`: `matchingPrefix(items, doc, analysis, view)` when the caller has it already.
 */
export function diagnosticsMatch(items: readonly Diagnostic[], doc: TextDocument, analysis: Analysis, locale: DiagnosticView | string, prefix?: number): boolean {
  if (analysis.kind !== 'ok' || analysis.result.findings.length > MAX_DIAGNOSTICS) return sameDiagnostics(items, documentDiagnostics(doc, analysis, locale));
  const n = analysis.result.findings.length;
  return items.length === n && (prefix ?? matchingPrefix(items, doc, analysis, locale)) === n;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** How a basis is named in messages: `实务` is "通行做法" (office practice), never a "规定". */
export function basisLabel(basis: Basis, locale: string): string {
  const zh = isChinese(locale);
  switch (basis) {
    case '实务':
      return zh ? '通行做法' : 'common practice';
    case '条例':
      return zh ? '《党政机关公文处理工作条例》' : 'Regulations on the Handling of Party and Government Documents';
    default:
      return basis;
  }
}

/**
 * The message in the UI language: what is wrong and what is right (`序号“四、”不连续，应为“三、”`).
 * The basis is not repeated in it: the hover and the rule reference show it (issue 13).
 */
export function findingMessage(f: Finding, locale: string): string {
  return pick(f.message, locale);
}

/**
 * What a finding's diagnostic shows: every field but `data`, frozen (range and positions included), so
 * that lists of later analyses can share it for a finding shown the same (`documentDiagnostics`'s
 * `previous`) and its JSON can be encoded once (wire.ts). Its fields are in `Diagnostic`'s order;
 * `codeDescription` is absent (no key at all) for a view without rule links, `source` for a view
 * without source.
 */
export interface Shown {
  readonly range: Range;
  readonly severity: DiagnosticSeverity;
  readonly code: string;
  readonly codeDescription?: { readonly href: string };
  readonly source?: string;
  readonly message: string;
}

/** The `Shown` of finding `f` of `doc` for `view`. */
function shownOf(doc: TextDocument, f: Finding, view: DiagnosticView): Shown {
  const range = toRange(doc, f.start, f.end);
  Object.freeze(range.start);
  Object.freeze(range.end);
  const severity = SEVERITY[f.severity] ?? DiagnosticSeverity.Warning;
  const message = findingMessage(f, view.locale);
  Object.freeze(range);
  // (four literals, one per shape: each keeps its keys in Diagnostic's order)
  if (carriesSource(view)) {
    return Object.freeze(
      view.ruleLinks
        ? { range, severity, code: f.rule, codeDescription: codeDescriptionOf(f.rule), source: SOURCE, message }
        : { range, severity, code: f.rule, source: SOURCE, message },
    );
  }
  return Object.freeze(view.ruleLinks ? { range, severity, code: f.rule, codeDescription: codeDescriptionOf(f.rule), message } : { range, severity, code: f.rule, message });
}

/** `codeDescription` of a rule: one frozen object per rule. */
function codeDescriptionOf(rule: string): { readonly href: string } {
  let c = codeDescriptions.get(rule);
  if (c === undefined) codeDescriptions.set(rule, (c = Object.freeze({ href: ruleDocUrl(rule) })));
  return c;
}
const codeDescriptions = new Map<string, { readonly href: string }>();

/** The diagnostic that shows `s` with data `data`: `s`'s fields (the same keys), then `data`. Frozen. */
function withData(s: Shown, data: DiagnosticData): Diagnostic {
  let d: Diagnostic;
  if (s.source !== undefined) {
    d = s.codeDescription
      ? { range: s.range, severity: s.severity, code: s.code, codeDescription: s.codeDescription, source: s.source, message: s.message, data }
      : { range: s.range, severity: s.severity, code: s.code, source: s.source, message: s.message, data };
  } else {
    d = s.codeDescription
      ? { range: s.range, severity: s.severity, code: s.code, codeDescription: s.codeDescription, message: s.message, data }
      : { range: s.range, severity: s.severity, code: s.code, message: s.message, data };
  }
  return Object.freeze(d);
}

/** One diagnostic for finding number `index` of `analysis` (of document `doc`), shown for `view`. */
export function toDiagnostic(doc: TextDocument, analysis: OkAnalysis, index: number, view: DiagnosticView | string): Diagnostic {
  return withData(shownOf(doc, analysis.result.findings[index], viewOf(view)), index);
}

/** The single diagnostic shown instead of findings when a document is over `gongwen.maxFileSize`. */
export function tooLargeDiagnostic(length: number, limit: number, locale: string): Diagnostic {
  const zh = isChinese(locale);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: 'too-large',
    source: SOURCE,
    message: zh
      ? `文档过大（${length} 字符，上限 ${limit}），已暂停检查；可调整设置 gongwen.maxFileSize`
      : `Document too large (${length} characters, limit ${limit}): checking is paused; see the setting gongwen.maxFileSize`,
  };
}

/**
 * At most this many findings of one document become diagnostics (the first, in document order),
 * then one diagnostic says how many more there are: a pasted page with 100,000 findings must not
 * run the server or the editor out of memory.
 */
export const MAX_DIAGNOSTICS = 5000;

/** The diagnostic that stands for the `more` findings after the first `MAX_DIAGNOSTICS`, at the first of them. */
export function tooManyDiagnostic(doc: TextDocument, at: number, more: number, locale: string): Diagnostic {
  const zh = isChinese(locale);
  const n = more.toLocaleString('en-US');
  const cap = MAX_DIAGNOSTICS.toLocaleString('en-US');
  return {
    range: toRange(doc, at, at),
    severity: DiagnosticSeverity.Information,
    code: 'too-many',
    source: SOURCE,
    message: zh
      ? `此后还有 ${n} 个问题未显示（每个文档最多显示 ${cap} 个）；先修正前面的问题，或关闭部分规则（gongwen.rules）`
      : `${n} more problems not shown (at most ${cap} per document); fix the ones above first, or turn some rules off (gongwen.rules)`,
  };
}

/** The list `documentDiagnostics` built for an analysis, and the view it was built for. */
const cache = new WeakMap<Analysis, { view: DiagnosticView; items: Diagnostic[] }>();

/**
 * What `documentDiagnostics` keeps of each list of findings it built (frozen, its items too): item i
 * (below `parts.length`) is `parts[i]` with `data` i, and shows finding i of `findings`, found in
 * `text`, for `view`.
 */
export interface BuiltList {
  /** The `Shown` of each finding diagnostic (the `too-many` diagnostic after them has none). */
  readonly parts: readonly Shown[];
  /** That analysis's findings (at least `parts.length`) and text. */
  readonly findings: readonly Finding[];
  readonly text: string;
  readonly view: DiagnosticView;
  /**
   * The 0-based lines of each part's range, flat: `lines[2 * i]` its start line, `lines[2 * i + 1]` its end
   * line (`parts[i].range.start.line`, `.end.line`). `Alike` reads every part's lines on each pull; read from
   * the parts, that was three dependent loads into objects scattered over the heap per part (most of a
   * pull's comparison time on a draft with thousands of findings), from here one sequential read.
   */
  readonly lines: Int32Array;
}

const builtLists = new WeakMap<readonly Diagnostic[], BuiltList>();
const NO_PARTS: readonly Shown[] = [];

/**
 * How `documentDiagnostics` built `items` (see `BuiltList`), or undefined for any other list.
 * wire.ts encodes each `Shown` once.
 */
export function builtList(items: readonly Diagnostic[]): BuiltList | undefined {
  return builtLists.get(items);
}

/** The `Shown` of each finding diagnostic of `items` (a list `documentDiagnostics` built), or undefined for any other list. */
export function shownParts(items: readonly Diagnostic[]): readonly Shown[] | undefined {
  return builtLists.get(items)?.parts;
}

/** Is `c` a line break (CR or LF: what TextDocument breaks lines at)? */
const isBreak = (c: number) => c === 10 || c === 13;

/**
 * Decides whether a part of an earlier list (`BuiltList`) shows a finding of a later analysis the same
 * way (`shows`), without asking the document for positions when it can: when the text changed
 * only inside one line (no line break removed or inserted, no CR LF pair split or joined: the bench's
 * keystrokes, and most typing), every line keeps its index, every position before the change keeps
 * its offset and every position on a later line moves by the change in length with its character
 * unchanged. A part on another line than the changed one then shows a finding when it has the same
 * rule, severity and message and its offsets are the part's finding's, moved by that change past the
 * line: a few comparisons instead of two position checks. Anything else (a part on the changed line,
 * a changed line structure, another view) is decided by `shows`.
 */
class Alike {
  /** The last one made for an analysis: a pull asks `matchingPrefix` and then `documentDiagnostics` for the same pair. */
  private static readonly last = new WeakMap<OkAnalysis, Alike>();

  /** An `Alike` for these arguments (the last one made for `analysis` when the others are the same objects too). */
  static of(built: BuiltList, doc: TextDocument, analysis: OkAnalysis, view: DiagnosticView): Alike {
    const l = Alike.last.get(analysis);
    if (l && l.built === built && l.doc === doc && l.view === view) return l;
    const a = new Alike(built, doc, analysis, view);
    Alike.last.set(analysis, a);
    return a;
  }

  /** The changed line (index in both versions), or -2 when the fast check does not apply, -1 when the text is the same. */
  private readonly line: number = -2;
  private readonly shift: number = 0;
  /** Messages in Chinese (`isChinese(view.locale)`, asked once: it lower-cases the locale). */
  private readonly zh: boolean;
  /** The later analysis's findings. */
  private readonly findings: readonly Finding[];

  constructor(
    private readonly built: BuiltList,
    private readonly doc: TextDocument,
    analysis: OkAnalysis,
    private readonly view: DiagnosticView,
  ) {
    this.zh = isChinese(view.locale);
    this.findings = analysis.result.findings;
    const a = built.text;
    const b = analysis.text;
    if (!sameView(built.view, view) || doc.getText() !== b) return;
    if (a === b) {
      this.line = -1;
      return;
    }
    const { pre, suf } = analysis.result.source.commonWith(a);
    const aEnd = a.length - suf;
    const bEnd = b.length - suf;
    for (let i = pre; i < aEnd; i++) if (isBreak(a.charCodeAt(i))) return;
    for (let i = pre; i < bEnd; i++) if (isBreak(b.charCodeAt(i))) return;
    // a CR before the change and an LF after it: a pair split (in b) or joined (in a), or two breaks in both
    if (pre > 0 && a.charCodeAt(pre - 1) === 13 && a.charCodeAt(aEnd) === 10) return;
    this.line = doc.positionAt(pre).line;
    this.shift = b.length - a.length;
  }

  /** Does part `i` of the earlier list show finding `j` of the later analysis as `toDiagnostic` would? */
  same(i: number, j: number): boolean {
    const p = this.built.parts[i];
    const f = this.findings[j];
    const line = this.line;
    if (line >= -1) {
      const lines = this.built.lines;
      const s = lines[2 * i];
      const e = lines[2 * i + 1];
      const was = this.built.findings[i];
      // the very finding object (a session keeps those before an edit): its offsets are unmoved, so it is shown the
      // same when its lines are before the changed one or nothing moved (no field of it read: they are far apart in memory)
      if (f === was && s !== line && e !== line && ((s < line && e < line) || this.shift === 0)) return true;
      if (s !== line && e !== line && f.rule === was.rule && f.severity === was.severity) {
        if (f.start === was.start + (s > line ? this.shift : 0) && f.end === was.end + (e > line ? this.shift : 0)) {
          if (f.message === was.message || (this.zh ? f.message.zh : f.message.en) === p.message) return true;
        }
      }
    }
    return shows(p, f, this.doc, this.view);
  }
}

/**
 * The diagnostics of `doc` for its analysis, shown for `view` (computed once per analysis and view:
 * a server has one view for its life, so another view rebuilds the list): the findings (at most
 * `MAX_DIAGNOSTICS`, then one `too-many`), one `too-large`, or none when checking is off.
 * `previous`: a list built earlier for the same document (the one the client holds); the findings it
 * shows the same way at the start and at the end (an edit moves only those after it on its line)
 * share its `Shown` parts, which were checked field by field (`shows`), and, at the same index, its
 * diagnostic objects (the same part and the same `data`: the same diagnostic); `samePrefix`: how many
 * leading items of `previous` the caller already found equal (`matchingPrefix`), not checked again.
 * The result is the same with or without `previous`. A list of findings is frozen, and so is each
 * of its finding diagnostics (wire.ts encodes each once).
 */
export function documentDiagnostics(doc: TextDocument, analysis: Analysis, locale: DiagnosticView | string, previous?: readonly Diagnostic[], samePrefix = 0): Diagnostic[] {
  const view = viewOf(locale);
  const cached = cache.get(analysis);
  if (cached && sameView(cached.view, view)) return cached.items;
  let items: Diagnostic[];
  if (analysis.kind === 'too-large') items = [tooLargeDiagnostic(analysis.length, analysis.limit, view.locale)];
  else if (analysis.kind === 'off') items = [];
  else {
    const findings = analysis.result.findings;
    const n = Math.min(findings.length, MAX_DIAGNOSTICS);
    const parts: Shown[] = new Array<Shown>(n);
    const built = previous && builtLists.get(previous);
    let head = 0;
    let tail = 0;
    let before: readonly Shown[] = NO_PARTS;
    if (built) {
      before = built.parts;
      const m = before.length;
      const alike = Alike.of(built, doc, analysis, view);
      head = Math.min(samePrefix, n, m);
      while (head < n && head < m && alike.same(head, head)) head++;
      while (tail < n - head && tail < m - head && alike.same(m - 1 - tail, n - 1 - tail)) tail++;
      for (let i = 0; i < head; i++) parts[i] = before[i];
      for (let k = 0; k < tail; k++) parts[n - 1 - k] = before[m - 1 - k];
    }
    for (let i = head; i < n - tail; i++) parts[i] = shownOf(doc, findings[i], view);
    items = new Array<Diagnostic>(n);
    // item i of `previous` (below its parts' length) is before[i] with data i: the same diagnostic when the part is
    for (let i = 0; i < n; i++) items[i] = i < before.length && before[i] === parts[i] ? (previous as readonly Diagnostic[])[i] : withData(parts[i], i);
    if (findings.length > n) items.push(tooManyDiagnostic(doc, findings[n].start, findings.length - n, view.locale));
    // the lines of the parts shared with the previous list are its own (same part, same range)
    const lines = new Int32Array(2 * n);
    const oldLines = built ? built.lines : undefined;
    if (oldLines !== undefined && head > 0) lines.set(oldLines.subarray(0, 2 * head));
    if (oldLines !== undefined && tail > 0) lines.set(oldLines.subarray(2 * (before.length - tail), 2 * before.length), 2 * (n - tail));
    for (let i = head; i < n - tail; i++) {
      const r = parts[i].range;
      lines[2 * i] = r.start.line;
      lines[2 * i + 1] = r.end.line;
    }
    builtLists.set(Object.freeze(items), { parts, findings, text: analysis.text, view, lines });
  }
  cache.set(analysis, { view, items });
  return items;
}
