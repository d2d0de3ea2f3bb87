import * as vscode from 'vscode';
import type { PlaceholderGroupAnswer, PlaceholderOccurrence } from '../../server/src/placeholder-request';
import { placeholdersOf } from './analysis';
import { pickPlaceholder } from './navigation';

/**
 * `gongwen.nextPlaceholder` / `gongwen.previousPlaceholder`: select the next (previous) unfilled
 * placeholder, as the language server reports it for this version, and reveal it. Returns the
 * placeholder's text, or undefined when there is none (or no answer from the server).
 */
export async function gotoPlaceholder(forward: boolean): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const answer = editor && (await placeholdersOf(editor.document));
  if (!editor || !answer) return undefined;
  const doc = editor.document;
  const sel = editor.selection;
  const all = answer.placeholders.map((o) => ({ ...o, group: '', weak: false }));
  const picked = pickPlaceholder(all, doc.offsetAt(sel.start), doc.offsetAt(sel.end), forward);
  const m = picked && answer.placeholders.find((o) => o.start === picked.start && o.end === picked.end);
  if (!m) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No unfilled placeholders left.'));
    return undefined;
  }
  const range = new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end));
  editor.selection = m.insert ? new vscode.Selection(range.end, range.end) : new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return m.text;
}

/** A picker line for one occurrence: `12: …镇党委书记XX同志出席…`. */
function occurrenceItem(o: PlaceholderOccurrence, index: number) {
  return { label: vscode.l10n.t('Line {0}', o.line + 1), description: o.text, detail: o.context, picked: true, index };
}

/**
 * `gongwen.fillPlaceholders(group?, value?, which?)`: fill one placeholder group (`XX镇` ×12)
 * with a value typed once, as one undoable edit — in every occurrence, or in those the user keeps
 * ticked in the second picker (each shown with its line and context), or, scripted, in the
 * occurrences whose 0-based indices within the group are given in `which`. Only the placeholder is
 * replaced (`XX` in `XX镇`); for an empty field (`联系电话：`) the value is inserted after it.
 * Positions come from the language server's analysis of this version. Returns the number of
 * occurrences filled (0 when cancelled, nothing matched, or the document changed meanwhile).
 */
export async function fillPlaceholders(groupArg?: unknown, valueArg?: unknown, whichArg?: unknown): Promise<number> {
  const editor = vscode.window.activeTextEditor;
  const first = editor && (await placeholdersOf(editor.document));
  if (!editor || !first) return 0;
  const doc = editor.document;
  if (first.groups.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No unfilled placeholders left.'));
    return 0;
  }
  const scripted = valueArg !== undefined;

  let groupKey = typeof groupArg === 'string' && groupArg.length > 0 ? groupArg : undefined;
  if (groupKey === undefined) {
    // The group under the cursor comes first; each item shows where its first occurrence is.
    const cursor = doc.offsetAt(editor.selection.active);
    const here = first.placeholders.find((m) => m.start <= cursor && cursor <= m.end);
    const hereGroup = here && first.groups.find((g) => g.occurrences.includes(here))?.group;
    const ordered = hereGroup === undefined ? first.groups : [...first.groups].sort((a, b) => Number(b.group === hereGroup) - Number(a.group === hereGroup));
    const picked = await vscode.window.showQuickPick(
      ordered.map((g) => ({ label: g.group, description: `×${g.occurrences.length}`, detail: `${g.occurrences[0].line + 1}: ${g.occurrences[0].context}`, group: g })),
      { title: vscode.l10n.t('Fill placeholders'), placeHolder: vscode.l10n.t('Choose the placeholder to fill everywhere'), matchOnDetail: true },
    );
    if (!picked) return 0;
    groupKey = picked.group.group;
  }
  const chosen = first.groups.find((g) => g.group === groupKey);
  if (!chosen) {
    if (!scripted) void vscode.window.showWarningMessage(vscode.l10n.t('Placeholder “{0}” not found.', groupKey));
    return 0;
  }

  // Which occurrences: all, the scripted indices, or those the user keeps ticked.
  let which: number[] = chosen.occurrences.map((_, i) => i);
  if (Array.isArray(whichArg)) which = whichArg.filter((i): i is number => Number.isInteger(i) && i >= 0 && i < chosen.occurrences.length);
  else if (!scripted && chosen.occurrences.length > 1) {
    const kept = await vscode.window.showQuickPick(chosen.occurrences.map(occurrenceItem), {
      title: vscode.l10n.t('Fill “{0}”: which occurrences?', chosen.group),
      placeHolder: vscode.l10n.t('Untick the occurrences to leave as they are'),
      canPickMany: true,
      matchOnDetail: true,
    });
    if (!kept) return 0;
    which = kept.map((k) => k.index);
  }
  if (which.length === 0) return 0;

  let value = typeof valueArg === 'string' ? valueArg : undefined;
  if (value === undefined) {
    const sample = chosen.occurrences[which[0]].text;
    const isField = chosen.occurrences[which[0]].insert;
    value = await vscode.window.showInputBox({
      title: vscode.l10n.t('Fill “{0}” (×{1})', chosen.group, which.length),
      prompt: isField ? vscode.l10n.t('Inserted after “{0}”.', sample) : vscode.l10n.t('Replaces “{0}” in every “{1}”; the words after it stay.', sample, chosen.group),
      value: isField ? '' : sample,
      valueSelection: isField ? undefined : [0, sample.length],
      validateInput: (v) => (v.trim().length === 0 || (!isField && v === sample) ? vscode.l10n.t('Type the value that replaces the placeholder.') : undefined),
    });
    if (value === undefined) return 0;
  }
  if (value.trim().length === 0) return 0;

  // The document may have changed while the user typed: ask again and find the same occurrences.
  const now = await placeholdersOf(doc);
  const group: PlaceholderGroupAnswer | undefined = now?.groups.find((g) => g.group === groupKey);
  if (!now || !group || group.occurrences.length !== chosen.occurrences.length || now.version !== doc.version) {
    if (!scripted) void vscode.window.showWarningMessage(vscode.l10n.t('The document changed; choose the placeholder again.'));
    return 0;
  }
  const text = value;
  const targets = which.map((i) => group.occurrences[i]);
  const ok = await editor.edit((b) => {
    for (const m of targets) {
      if (m.insert) b.insert(doc.positionAt(m.end), text);
      else b.replace(new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end)), text);
    }
  });
  return ok ? targets.length : 0;
}
