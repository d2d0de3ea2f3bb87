/**
 * Which lines the Word export leaves out as web residue: exactly the lines the `web-residue` rule deletes whole
 * with a safe fix, among the findings `check` reports for the same text under the same configuration and
 * suppressions. One source of truth: a line `check` does not report (the rule off, silenced by a
 * `gongwen-disable` comment, a heading the rule keeps, a phrase the document quotes, a notice appended to a
 * sentence — where only the notice is residue) is exported; a deletion the rule only offers (a context call, a
 * line the document introduces) is the writer's to confirm, so that line is exported too. Pure.
 */
import type { Finding, Source } from '../core';

/** The rule whose findings decide. */
const RULE = 'web-residue';

/**
 * The 0-based indices of the lines of `source` that a `web-residue` finding of `findings` (from `lint` of
 * `source.text`; offsets UTF-16 into it) deletes whole with a safe fix: a finding of the rule itself (not its
 * `invisible` sub-check) whose fix is `safe` and whose edits delete the line's whole text, `[start, end)`.
 */
export function residueLinesToLeaveOut(source: Source, findings: readonly Finding[]): Set<number> {
  const out = new Set<number>();
  for (const f of findings) {
    if (f.rule !== RULE || f.severityKey !== RULE || f.fix?.kind !== 'safe') continue;
    const line = source.lineAt(f.start);
    if (line.start >= line.end) continue;
    if (f.fix.edits.some((e) => e.newText === '' && e.start <= line.start && e.end >= line.end)) out.add(line.index);
  }
  return out;
}
