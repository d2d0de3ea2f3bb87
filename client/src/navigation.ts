/**
 * Where the navigation commands go: pure functions over the core's placeholders and sections,
 * kept free of `vscode` so they are unit-tested (test/unit/navigation.test.ts).
 */
import type { PlaceholderMatch, Section } from '../../server/src/core';

/**
 * The placeholder to select from the selection `[selStart, selEnd)`: forward, the first one that
 * starts at or after the selection's end; backward, the last one that ends at or before its start.
 * The selected placeholder itself is skipped, and the search wraps round the document.
 */
export function pickPlaceholder(matches: readonly PlaceholderMatch[], selStart: number, selEnd: number, forward: boolean): PlaceholderMatch | undefined {
  if (matches.length === 0) return undefined;
  const isSelected = (m: PlaceholderMatch) => m.start === selStart && m.end === selEnd;
  if (forward) return matches.find((m) => m.start >= selEnd && !isSelected(m)) ?? matches[0];
  for (let i = matches.length - 1; i >= 0; i--) {
    const m = matches[i];
    if (m.end <= selStart && !isSelected(m)) return m;
  }
  return matches[matches.length - 1];
}

/** Every section of a tree in document order (pre-order: a title before its children). */
export function flattenSections(roots: readonly Section[]): Section[] {
  const flat: Section[] = [];
  const walk = (list: readonly Section[]) => {
    for (const s of list) {
      flat.push(s);
      walk(s.children);
    }
  };
  walk(roots);
  return flat.sort((a, b) => a.titleStart - b.titleStart);
}

export type SectionMove = 'next' | 'previous' | 'parent';

/**
 * The section to move to from the cursor (its line and offset), over sections in document order.
 * next: the first section on a later line; previous: the last one on an earlier line (from inside a
 * body that is the section itself); parent: from a section's title line, its parent; from inside
 * its body, the section's own title. No wrapping: at either end there is nowhere to go.
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
