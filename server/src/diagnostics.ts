/** Findings → LSP diagnostics (message language, basis, rule link, data for quick fixes). */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isChinese, pick, type Basis, type Finding, type Msg, type OffsetEdit, type Severity } from './core';
import { toRange } from './convert';

export const SOURCE = 'gongwen';

/** Where each rule is documented: `docs/rules.md#<rule-id>`. */
export const RULES_DOC_URL = 'https://github.com/gongwen-dev/gongwen/blob/main/docs/rules.md';

/** Link to a rule's documentation. */
export function ruleDocUrl(rule: string): string {
  return `${RULES_DOC_URL}#${rule}`;
}

/** What a diagnostic carries for quick fixes: the document version it was computed on and its fix as offsets. */
export interface DiagnosticData {
  version: number;
  rule: string;
  severityKey: string;
  start: number;
  end: number;
  fix?: { title: Msg; edits: OffsetEdit[] };
  group?: string;
}

/** True when `v` looks like data we put on a diagnostic (anything else is ignored, never trusted). */
export function isDiagnosticData(v: unknown): v is DiagnosticData {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Record<string, unknown>;
  if (typeof d.version !== 'number' || typeof d.rule !== 'string' || typeof d.start !== 'number' || typeof d.end !== 'number') return false;
  if (d.fix === undefined) return true;
  const fix = d.fix as Record<string, unknown> | null;
  return (
    typeof fix === 'object' &&
    fix !== null &&
    Array.isArray(fix.edits) &&
    fix.edits.every((e: unknown) => {
      const x = e as Record<string, unknown> | null;
      return typeof x === 'object' && x !== null && typeof x.start === 'number' && typeof x.end === 'number' && typeof x.newText === 'string';
    }) &&
    typeof (fix.title as Record<string, unknown> | undefined)?.zh === 'string'
  );
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

/** The message in the UI language with its basis: `序号“四、”不连续，应为“三、”（GB/T 9704）`. */
export function findingMessage(f: Finding, locale: string): string {
  const text = pick(f.message, locale);
  const label = basisLabel(f.basis, locale);
  if (text.includes(f.basis) || text.includes(label)) return text;
  return isChinese(locale) ? `${text}（${label}）` : `${text} (${label})`;
}

/** One diagnostic for one finding of document `doc` at `version`. */
export function toDiagnostic(doc: TextDocument, version: number, f: Finding, locale: string): Diagnostic {
  const data: DiagnosticData = { version, rule: f.rule, severityKey: f.severityKey, start: f.start, end: f.end };
  if (f.fix) data.fix = { title: f.fix.title, edits: f.fix.edits };
  if (f.group !== undefined) data.group = f.group;
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
