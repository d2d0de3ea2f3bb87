/**
 * `gongwen.showRules(rule?)`: the rule reference (docs/rules.md, packaged in the extension) in the
 * Markdown preview, scrolled to one rule when its id is given. Works offline: nothing is fetched.
 */
import * as vscode from 'vscode';

/** A rule id as the docs' headings spell it (`numbering-level`); anything else opens the top. */
const RULE_ID = /^[a-z][a-z0-9-]{0,63}$/;

/**
 * Open the packaged rule reference in the Markdown preview; `rule` (a rule id, or `rule/sub`) picks
 * the section. Falls back to the Markdown source when the built-in Markdown extension is disabled.
 * Returns the URI opened (with the rule as its fragment).
 */
export async function showRules(extensionUri: vscode.Uri, rule?: unknown): Promise<vscode.Uri> {
  const id = typeof rule === 'string' ? rule.split('/')[0] : '';
  const base = vscode.Uri.joinPath(extensionUri, 'docs', 'rules.md');
  const uri = RULE_ID.test(id) ? base.with({ fragment: id }) : base;
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    const doc = await vscode.workspace.openTextDocument(base);
    const line = RULE_ID.test(id) ? doc.getText().split(/\r?\n/).findIndex((l) => l === `## ${id}`) : -1;
    const at = new vscode.Position(Math.max(0, line), 0);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(at, at), preview: true });
  }
  return uri;
}
