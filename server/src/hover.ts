/** Hover on a finding: the rule's name, what it checks, its basis, one wrong and one right example. */
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

/**
 * The Markdown explaining one rule or sub-check, in the UI language. `severityKey` is the rule id
 * (`placeholder`) or `rule/sub` (`placeholder/weak`, see `Finding.severityKey`): a sub-check shows
 * its own description and example when it declares them, its rule's otherwise. Chinese text uses
 * full-width colons (`依据：`). Undefined for an unknown rule.
 */
export function ruleMarkdown(severityKey: string, locale: string): string | undefined {
  const slash = severityKey.indexOf('/');
  const ruleId = slash < 0 ? severityKey : severityKey.slice(0, slash);
  const rule = ruleById(ruleId);
  if (!rule) return undefined;
  const zh = isChinese(locale);
  const colon = zh ? '：' : ': ';
  const m = rule.meta;
  const sub = slash < 0 ? undefined : m.subChecks?.[severityKey.slice(slash + 1)];
  const description = sub?.description ?? m.description;
  const example = sub?.example ?? m.example;
  const lines = [`**${pick(m.name, locale)}** · \`${severityKey}\` — ${zh ? '依据' : 'basis'}${colon}${basisLabel(m.basis, locale)}`, '', pick(description, locale)];
  if (example.wrong || example.right) {
    lines.push('');
    if (example.wrong) lines.push(`- ${zh ? '✗ 错误' : '✗ wrong'}${colon}${code(example.wrong)}`);
    if (example.right) lines.push(`- ${zh ? '✓ 正确' : '✓ right'}${colon}${code(example.right)}`);
  }
  lines.push('', `[${zh ? '规则说明' : 'Rule documentation'}](${ruleDocUrl(m.id)})`);
  return lines.join('\n');
}

/** Hover for the findings under `offset` (a UTF-16 offset into `doc`), or null when there are none. */
export function hoverAt(doc: TextDocument, findings: readonly Finding[], offset: number, locale: string): Hover | null {
  const here = findings.filter((f) => (f.start <= offset && offset < f.end) || (f.start === f.end && f.start === offset));
  if (here.length === 0) return null;
  const keys = [...new Set(here.map((f) => f.severityKey || f.rule))];
  const parts = keys.flatMap((k) => {
    const md = ruleMarkdown(k, locale);
    return md ? [md] : [];
  });
  if (parts.length === 0) return null;
  const start = Math.min(...here.map((f) => f.start));
  const end = Math.max(...here.map((f) => f.end));
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: toRange(doc, start, end) };
}
