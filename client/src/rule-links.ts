/**
 * Rule documentation links that work offline: the server links each hover (and, for clients that do
 * not link codes themselves, each diagnostic) to its rule's section of docs/rules.md (a web address);
 * inside VS Code diagnostic codes and those links go to the command `gongwen.showRules`, which opens
 * the copy packaged in the extension.
 */
import * as vscode from 'vscode';
import { filledSource, linkedRuleCode } from './rule-code';

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

/**
 * gongwen's diagnostics (all those of its language server) with their `source` set where the server left
 * it out (`filledSource`: it does for this extension, `INITIALIZATION_OPTIONS` in rule-code.ts) and their
 * code linked to the packaged reference (`command:gongwen.showRules`), whether the server sent a web link
 * (`codeDescription`) or, as it does for this extension, none: which diagnostics get a link is `linkedRuleCode`.
 */
export function localiseDiagnostics<T extends vscode.Diagnostic>(diagnostics: readonly T[]): T[] {
  for (const d of diagnostics) {
    d.source = filledSource(d.source);
    const code = linkedRuleCode(d.source, d.code, ruleCommandUri);
    if (code) d.code = code;
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
