import * as vscode from 'vscode';
import type { PlaceholderGroup } from '../../server/src/core';
import { analyse } from './analysis';
import { pickPlaceholder } from './navigation';

/**
 * `gongwen.nextPlaceholder` / `gongwen.previousPlaceholder`: select the next (previous) unfilled
 * placeholder and reveal it. Returns the placeholder's text, or undefined when there is none.
 */
export function gotoPlaceholder(forward: boolean): string | undefined {
  const editor = vscode.window.activeTextEditor;
  const analysis = editor && analyse(editor.document);
  if (!editor || !analysis) return undefined;
  const doc = editor.document;
  const sel = editor.selection;
  const m = pickPlaceholder(analysis.placeholders, doc.offsetAt(sel.start), doc.offsetAt(sel.end), forward);
  if (!m) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No unfilled placeholders left.'));
    return undefined;
  }
  const range = new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return m.text;
}

/**
 * `gongwen.fillPlaceholders(group?, value?)`: replace every occurrence of one placeholder group
 * (`XX镇` ×12) with the value typed once, as one undoable edit. Only the placeholder characters are
 * replaced (`XX` in `XX镇`), never the words after them. With both arguments no UI is shown (tests,
 * keybindings with args). Returns the number of replacements (0 when cancelled or nothing matched).
 */
export async function fillPlaceholders(groupArg?: unknown, valueArg?: unknown): Promise<number> {
  const editor = vscode.window.activeTextEditor;
  const first = editor && analyse(editor.document);
  if (!editor || !first) return 0;
  if (first.groups.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No unfilled placeholders left.'));
    return 0;
  }

  let groupKey = typeof groupArg === 'string' && groupArg.length > 0 ? groupArg : undefined;
  if (groupKey === undefined) {
    // The group under the cursor comes first; each item shows where its first occurrence is.
    const doc = editor.document;
    const cursor = doc.offsetAt(editor.selection.active);
    const here = first.placeholders.find((m) => m.start <= cursor && cursor <= m.end)?.group;
    const ordered = here === undefined ? first.groups : [...first.groups].sort((a, b) => Number(b.group === here) - Number(a.group === here));
    const picked = await vscode.window.showQuickPick(
      ordered.map((g) => {
        const line = doc.lineAt(doc.positionAt(g.occurrences[0].start).line);
        const context = line.text.trim();
        return { label: g.group, description: `×${g.occurrences.length}`, detail: `${line.lineNumber + 1}: ${context.length > 60 ? `${context.slice(0, 60)}…` : context}`, group: g };
      }),
      { title: vscode.l10n.t('Fill placeholders'), placeHolder: vscode.l10n.t('Choose the placeholder to fill everywhere'), matchOnDetail: true },
    );
    if (!picked) return 0;
    groupKey = picked.group.group;
  }
  const chosen = first.groups.find((g) => g.group === groupKey);
  if (!chosen) {
    // Interactive callers hear about it; scripted ones (group and value given) just get 0.
    if (valueArg === undefined) void vscode.window.showWarningMessage(vscode.l10n.t('Placeholder “{0}” not found.', groupKey));
    return 0;
  }

  let value = typeof valueArg === 'string' ? valueArg : undefined;
  if (value === undefined) {
    const sample = chosen.occurrences[0].text;
    value = await vscode.window.showInputBox({
      title: vscode.l10n.t('Fill “{0}” (×{1})', chosen.group, chosen.occurrences.length),
      prompt: vscode.l10n.t('Replaces “{0}” in every “{1}”; the words after it stay.', sample, chosen.group),
      value: sample,
      valueSelection: [0, sample.length],
      validateInput: (v) => (v.trim().length === 0 || v === sample ? vscode.l10n.t('Type the value that replaces the placeholder.') : undefined),
    });
    if (value === undefined) return 0;
  }
  if (value.trim().length === 0) return 0;

  // The document may have changed while the user typed: find the group again in the current text.
  const now = analyse(editor.document);
  const group: PlaceholderGroup | undefined = now?.groups.find((g) => g.group === groupKey);
  if (!group) return 0;
  const doc = editor.document;
  const ok = await editor.edit((b) => {
    for (const m of group.occurrences) b.replace(new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end)), value);
  });
  return ok ? group.occurrences.length : 0;
}
