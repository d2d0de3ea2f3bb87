import * as vscode from 'vscode';
import { analyse } from './analysis';
import { targetSection, type SectionMove } from './navigation';

/**
 * `gongwen.nextSection` / `previousSection` / `parentSection`: put the cursor on a section's title
 * and reveal it. Returns the section's label, or undefined when there is nowhere to go.
 */
export function gotoSection(move: SectionMove): string | undefined {
  const editor = vscode.window.activeTextEditor;
  const analysis = editor && analyse(editor.document);
  if (!editor || !analysis) return undefined;
  const doc = editor.document;
  const pos = editor.selection.active;
  const target = targetSection(analysis.sections, pos.line, doc.offsetAt(pos), move);
  if (!target) return undefined;
  const at = doc.positionAt(target.titleStart);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, doc.positionAt(target.titleEnd)), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return target.label;
}
