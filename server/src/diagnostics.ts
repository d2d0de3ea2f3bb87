/**
 * Findings → LSP diagnostics: message language, basis, rule link, `data` that finds the finding
 * again, and the cap on how many one document reports.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isChinese, pick, type Basis, type Finding, type Severity } from './core';
import type { Analysis, OkAnalysis } from './analysis';
import { toRange } from './convert';

export const SOURCE = 'gongwen';

import { ruleDocUrl } from './rule-docs';
export { RULES_DOC_URL, ruleDocUrl } from './rule-docs';

/**
 * What a diagnostic carries: only what finds its finding again in the analysis it came from. The
 * fix itself is taken from that analysis when a code action is asked for, never from the client.
 */
export interface DiagnosticData {
  /** The document version the diagnostic was computed on. */
  version: number;
  /** `Analysis.id`: the exact text and settings analysed. */
  analysis: string;
  /** Index of the finding in the analysis (below `MAX_DIAGNOSTICS`). */
  index: number;
  /** The finding's rule, checked against the finding found. */
  rule: string;
}

const DATA_KEYS = ['analysis', 'index', 'rule', 'version'];

/**
 * The finding a diagnostic's `data` names in `analysis`, or undefined when the data is malformed,
 * forged, from another analysis (the text, its version or the settings moved on) or names no
 * finding: such a diagnostic gets no action.
 */
export function findingOf(data: unknown, analysis: Analysis | undefined): Finding | undefined {
  if (!analysis || analysis.kind !== 'ok' || typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const d = data as Record<string, unknown>;
  if (Object.keys(d).sort().join() !== DATA_KEYS.join()) return undefined;
  const held = heldAs.get(analysis);
  const own = d.analysis === analysis.id && d.version === analysis.version;
  if (!own && !(held && d.analysis === held.analysis && d.version === held.version)) return undefined;
  const i = d.index;
  if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= Math.min(MAX_DIAGNOSTICS, analysis.result.findings.length)) return undefined;
  const f = analysis.result.findings[i];
  return f.rule === d.rule ? f : undefined;
}

/** Which analysis's `data` the client holds for an analysis reported "unchanged" (see `holdAs`). */
const heldAs = new WeakMap<Analysis, { analysis: string; version: number }>();

/**
 * Record that the client shows, for `analysis`, the diagnostics it received for an earlier analysis
 * (`held`: that analysis's id and version, as in their `data`), because the two lists are equal
 * (`sameDiagnostics`) and the server answered the pull "unchanged". Then `findingOf` accepts data of
 * `held` for `analysis`: the diagnostic at index i of both lists is the same range, rule and message,
 * and the finding is taken from `analysis`, the current text, never from the client.
 */
export function holdAs(analysis: Analysis, held: { analysis: string; version: number }): void {
  heldAs.set(analysis, held);
}

/**
 * Whether two diagnostic lists show the same thing: the same length and, at each index, the same
 * range (line and UTF-16 character), severity, code, rule link, source, message and finding index.
 * These are all the fields gongwen's diagnostics carry; `data.analysis` and `data.version` are not compared
 * (they differ for every version).
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
    const dx = x.data as DiagnosticData | undefined;
    const dy = y.data as DiagnosticData | undefined;
    if ((dx === undefined) !== (dy === undefined) || (dx && dy && (dx.index !== dy.index || dx.rule !== dy.rule))) return false;
  }
  return true;
}

/**
 * Whether `documentDiagnostics(doc, analysis, locale)` would be `sameDiagnostics` with `items`, found
 * without building the new list (a keystroke in a document with thousands of findings would otherwise
 * build thousands of objects only to find them equal). Reads the same fields `toDiagnostic` writes.
 */
export function diagnosticsMatch(items: readonly Diagnostic[], doc: TextDocument, analysis: Analysis, locale: string): boolean {
  if (analysis.kind !== 'ok' || analysis.result.findings.length > MAX_DIAGNOSTICS) return sameDiagnostics(items, documentDiagnostics(doc, analysis, locale));
  const findings = analysis.result.findings;
  if (items.length !== findings.length) return false;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const d = items[i];
    const data = d.data as DiagnosticData | undefined;
    if (d.code !== f.rule || data?.rule !== f.rule || data.index !== i || d.source !== SOURCE) return false;
    if (d.severity !== (SEVERITY[f.severity] ?? DiagnosticSeverity.Warning) || d.codeDescription?.href !== ruleDocUrl(f.rule) || d.message !== findingMessage(f, locale)) return false;
    const r = d.range;
    const s = doc.positionAt(f.start);
    if (r.start.line !== s.line || r.start.character !== s.character) return false;
    const e = f.end <= f.start ? s : doc.positionAt(f.end);
    if (r.end.line !== e.line || r.end.character !== e.character) return false;
  }
  return true;
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

/** One diagnostic for finding number `index` of `analysis` (of document `doc`). */
export function toDiagnostic(doc: TextDocument, analysis: OkAnalysis, index: number, locale: string): Diagnostic {
  const f = analysis.result.findings[index];
  const data: DiagnosticData = { version: analysis.version, analysis: analysis.id, index, rule: f.rule };
  return {
    range: toRange(doc, f.start, f.end),
    severity: SEVERITY[f.severity] ?? DiagnosticSeverity.Warning,
    code: f.rule,
    codeDescription: { href: ruleDocUrl(f.rule) },
    source: SOURCE,
    message: findingMessage(f, locale),
    data,
  };
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

const cache = new WeakMap<Analysis, Diagnostic[]>();

/**
 * The diagnostics of `doc` for its analysis (computed once per analysis): the findings (at most
 * `MAX_DIAGNOSTICS`, then one `too-many`), one `too-large`, or none when checking is off.
 */
export function documentDiagnostics(doc: TextDocument, analysis: Analysis, locale: string): Diagnostic[] {
  let items = cache.get(analysis);
  if (items) return items;
  if (analysis.kind === 'too-large') items = [tooLargeDiagnostic(analysis.length, analysis.limit, locale)];
  else if (analysis.kind === 'off') items = [];
  else {
    const findings = analysis.result.findings;
    const shown = Math.min(findings.length, MAX_DIAGNOSTICS);
    items = [];
    for (let i = 0; i < shown; i++) items.push(toDiagnostic(doc, analysis, i, locale));
    if (findings.length > shown) items.push(tooManyDiagnostic(doc, findings[shown].start, findings.length - shown, locale));
  }
  cache.set(analysis, items);
  return items;
}
