import * as vscode from 'vscode';
import type { Section } from '../../server/src/core';
import { analyse } from './analysis';

export type SectionMove = 'next' | 'previous' | 'parent';

/**
 * The section to move to from the cursor's line, over sections flattened in document order.
 * next: the first section below the line; previous: the last one above it; parent: the parent of
 * the section on the cursor's line, or — from inside a section's body — that section's own title.
 */
export function targetSection(sections: readonly Section[], line: number, offset: number, move: SectionMove): Section | undefined {
  if (move === 'next') return sections.find((s) => s.line > line);
  if (move === 'previous') {
    for (let i = sections.length - 1; i >= 0; i--) if (sections[i].line < line) return sections[i];
    return undefined;
  }
  // Innermost section containing the offset: the last one in document order that contains it
  // (a section ends at the end of its last line, so the end is inclusive).
  let current: Section | undefined;
  for (const s of sections) if (s.start <= offset && offset <= s.end) current = s;
  if (!current) return undefined;
  return current.line === line ? current.parent : current;
}

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
