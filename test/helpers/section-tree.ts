/**
 * A section tree as text, for comparing a session's tree with a fresh build: every field of every section
 * (keys in order), parent links, markers with their offsets, and the rules' questions (scope, series,
 * misleveled runs, inversions, sibling lists — each list must be the roots or a section's own children array).
 */
import { inversions, misleveled, scopeKind, seriesOf, siblingLists } from '../../server/src/core/numbering/tree';
import type { Section, SectionTree } from '../../server/src/core/types';

/** Everything `tree` says, one line per section then markers, inversions and sibling lists. */
export function dumpSectionTree(tree: SectionTree): string {
  const out: string[] = [];
  const todo: Array<[Section, Section | undefined, number]> = [...tree.roots].reverse().map((s) => [s, undefined, 0]);
  while (todo.length) {
    const [s, parent, depth] = todo.pop() as [Section, Section | undefined, number];
    const mis = misleveled(tree, s);
    out.push(
      [
        depth,
        s.parent === parent ? 'parent ok' : 'PARENT WRONG',
        'parent' in s ? 'has parent key' : 'no parent key',
        JSON.stringify({ ...s, parent: undefined, children: s.children.length }),
        scopeKind(s) ?? '',
        s.marker ? seriesOf(tree, s) : '',
        mis ? `misleveled ${mis.outer.line} ${mis.resume?.line} ${mis.run.map((x) => x.line).join(',')} ${Object.keys(mis).join(',')}` : '',
      ].join(' | '),
    );
    for (let i = s.children.length - 1; i >= 0; i--) todo.push([s.children[i], s, depth + 1]);
  }
  out.push(`markers ${tree.markers.map((s) => `${s.line}:${s.marker?.start}`).join(',')}`);
  out.push(`inversions ${inversions(tree).map((x) => `${x.section.line}>${x.under.line}`).join(',')}`);
  // Each list is the roots or a section's own children array, in depth-first order.
  out.push(`lists ${siblingLists(tree).map((l, i) => ((i === 0 ? l === tree.roots : l[0].parent?.children === l) ? l.map((s) => s.line).join('.') : 'NOT THE CHILDREN ARRAY')).join(',')}`);
  return out.join('\n');
}
