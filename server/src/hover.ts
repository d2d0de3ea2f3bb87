/** Hover on a finding: what the rule checks, its basis, one wrong and one right example. */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isChinese, pick, ruleById, type Finding } from './core';
import { toRange } from './convert';
import { basisLabel, ruleDocUrl } from './diagnostics';

/** Inline code that survives backticks in the example. */
function code(s: string): string {
  const ticks = (s.match(/`+/g) ?? []).reduce((m, t) => Math.max(m, t.length), 0);
  const fence = '`'.repeat(ticks + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s.replace(/\r?\n|\r/g, ' ⏎ ')}${pad}${fence}`;
}

/** The Markdown explaining one rule, in the UI language. */
export function ruleMarkdown(ruleId: string, locale: string): string | undefined {
  const rule = ruleById(ruleId);
  if (!rule) return undefined;
  const zh = isChinese(locale);
  const m = rule.meta;
  const lines = [`**gongwen · ${m.id}** — ${zh ? '依据' : 'basis'}: ${basisLabel(m.basis, locale)}`, '', pick(m.description, locale)];
  if (m.example.wrong || m.example.right) {
    lines.push('');
    if (m.example.wrong) lines.push(`- ${zh ? '✗ 错误' : '✗ wrong'}: ${code(m.example.wrong)}`);
    if (m.example.right) lines.push(`- ${zh ? '✓ 正确' : '✓ right'}: ${code(m.example.right)}`);
  }
  lines.push('', `[${zh ? '规则说明' : 'Rule documentation'}](${ruleDocUrl(m.id)})`);
  return lines.join('\n');
}

/** Hover for the findings under `offset`, or null. */
export function hoverAt(doc: TextDocument, findings: readonly Finding[], offset: number, locale: string): Hover | null {
  const here = findings.filter((f) => (f.start <= offset && offset < f.end) || (f.start === f.end && f.start === offset));
  if (here.length === 0) return null;
  const rules = [...new Set(here.map((f) => f.rule))];
  const parts = rules.flatMap((r) => {
    const md = ruleMarkdown(r, locale);
    return md ? [md] : [];
  });
  if (parts.length === 0) return null;
  const start = Math.min(...here.map((f) => f.start));
  const end = Math.max(...here.map((f) => f.end));
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: toRange(doc, start, end) };
}
