/**
 * Rule documentation links that work offline: the server links each diagnostic and hover to its
 * rule's section of docs/rules.md (a web address); inside VS Code those links are turned into the
 * command `gongwen.showRules`, which opens the copy packaged in the extension.
 */
import * as vscode from 'vscode';

/** `command:gongwen.showRules?["<rule>"]`: opens the packaged rule reference at `rule`. */
export function ruleCommandUri(rule: string): vscode.Uri {
  return vscode.Uri.parse(`command:gongwen.showRules?${encodeURIComponent(JSON.stringify([rule]))}`);
}

/** A Markdown link to a `…rules.md#<rule-id>` section (any base address). */
const RULES_LINK = /\]\((?:[^()\s]*\/)?rules\.md#([a-z][a-z0-9-]*)\)/g;

/** Markdown with every `[…](…rules.md#rule)` link pointing at the packaged reference instead. */
export function rewriteRuleLinks(markdown: string): string {
  return markdown.replace(RULES_LINK, (_, rule: string) => `](${ruleCommandUri(rule).toString()})`);
}

/** gongwen's diagnostics with their code link (`codeDescription`) pointing at the packaged reference. */
export function localiseDiagnostics<T extends vscode.Diagnostic>(diagnostics: readonly T[]): T[] {
  for (const d of diagnostics) {
    const code = d.code;
    if (d.source === 'gongwen' && code && typeof code === 'object' && 'target' in code) {
      d.code = { value: code.value, target: ruleCommandUri(String(code.value)) };
    }
  }
  return [...diagnostics];
}

/** Hover contents with their rule links rewritten (MarkdownStrings keep their trust settings). */
export function localiseHover(hover: vscode.Hover | null | undefined): vscode.Hover | null | undefined {
  if (!hover) return hover;
  for (const c of hover.contents) {
    if (c instanceof vscode.MarkdownString) c.value = rewriteRuleLinks(c.value);
  }
  return hover;
}
