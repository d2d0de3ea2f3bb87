/**
 * What the Word export leaves out as web residue: exactly what the `web-residue` rule deletes with a safe fix, among
 * the findings `check` reports for the same text under the same configuration and suppressions — whole lines
 * (`residueLinesToLeaveOut`) and the residue inside a line of the document's own text (`residuePartsToLeaveOut`: a
 * site notice appended to a sentence, a banner before a title). One source of truth: text `check` does not report
 * (the rule off, silenced by a `gongwen-disable` comment, a heading the rule keeps, a phrase the document quotes) is
 * exported; a deletion the rule only offers (a context call, a line the document introduces, a notice run into a
 * sentence) is the writer's to confirm, so that text is exported too. Pure.
 */
import { msg, type Finding, type Msg, type Source } from '../core';

/** The rule whose findings decide. */
const RULE = 'web-residue';

/** A web-residue finding of the rule itself (not its `invisible` sub-check) with a safe fix. */
function safeResidue(f: Finding): boolean {
  return f.rule === RULE && f.severityKey === RULE && f.fix?.kind === 'safe';
}

/**
 * The 0-based indices of the lines of `source` that a `web-residue` finding of `findings` (from `lint` of
 * `source.text`; offsets UTF-16 into it) deletes whole with a safe fix: a finding of the rule itself (not its
 * `invisible` sub-check) whose fix is `safe` and whose edits delete the line's whole text, `[start, end)`.
 */
export function residueLinesToLeaveOut(source: Source, findings: readonly Finding[]): Set<number> {
  const out = new Set<number>();
  for (const f of findings) {
    if (!safeResidue(f)) continue;
    const line = source.lineAt(f.start);
    if (line.start >= line.end) continue;
    if (f.fix!.edits.some((e) => e.newText === '' && e.start <= line.start && e.end >= line.end)) out.add(line.index);
  }
  return out;
}

/** A stretch of a line the export leaves out: UTF-16 offsets `[start, end)` into the draft's text, inside one line. */
export interface ResiduePart {
  start: number;
  end: number;
}

/**
 * The residue inside lines that a `web-residue` finding of `findings` (from `lint` of `source.text`) deletes with a
 * safe fix made only of deletions: each deleted stretch that lies inside one line (no line break in it) and leaves
 * some of that line's text (a whole line is `residueLinesToLeaveOut`'s). Sorted by start, without overlaps (touching
 * or overlapping stretches are merged).
 */
export function residuePartsToLeaveOut(source: Source, findings: readonly Finding[]): ResiduePart[] {
  const parts: ResiduePart[] = [];
  for (const f of findings) {
    if (!safeResidue(f)) continue;
    const edits = f.fix!.edits;
    // A fix that also writes something is not a plain cut: the export cannot take half of it.
    if (edits.some((e) => e.newText !== '')) continue;
    for (const e of edits) {
      if (e.end <= e.start) continue;
      const line = source.lineAt(e.start);
      if (e.end > line.end || (e.start <= line.start && e.end >= line.end)) continue;
      parts.push({ start: e.start, end: e.end });
    }
  }
  parts.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: ResiduePart[] = [];
  for (const p of parts) {
    const last = merged[merged.length - 1];
    if (last !== undefined && p.start <= last.end) last.end = Math.max(last.end, p.end);
    else merged.push({ ...p });
  }
  return merged;
}

/**
 * `text` without the stretches `parts` names (sorted, without overlaps, each inside one line, as
 * `residuePartsToLeaveOut` gives them): the same lines, in the same order, each without its residue.
 * Throws RangeError when a part is out of order, outside the text, or holds a line break (it would move the lines
 * that `residueLinesToLeaveOut` named by index).
 */
export function withoutParts(text: string, parts: readonly ResiduePart[]): string {
  if (parts.length === 0) return text;
  let out = '';
  let at = 0;
  for (const p of parts) {
    if (p.start < at || p.end < p.start || p.end > text.length) throw new RangeError(`residue part [${p.start}, ${p.end}) out of order or outside the text (length ${text.length})`);
    const cut = text.slice(p.start, p.end);
    if (/[\r\n]/.test(cut)) throw new RangeError(`residue part [${p.start}, ${p.end}) holds a line break`);
    out += text.slice(at, p.start);
    at = p.end;
  }
  return out + text.slice(at);
}

/**
 * What the export says it left out as web residue (`DocxResult.omitted`: whole lines, stretches inside lines), both
 * languages, without a closing full stop; undefined when it left out none.
 */
export function describeResidueLeftOut(omitted: { residue: number; residueParts: number }): Msg | undefined {
  const { residue: lines, residueParts: parts } = omitted;
  if (lines === 0 && parts === 0) return undefined;
  const zh = [lines > 0 ? `网页残留 ${lines} 行` : '', parts > 0 ? `行内网页残留 ${parts} 处` : ''].filter(Boolean).join('、');
  const en = [lines > 0 ? `${lines} line(s)` : '', parts > 0 ? `${parts} stretch(es) inside lines` : ''].filter(Boolean).join(' and ');
  return msg(`略去${zh}`, `Left out ${en} of web residue`);
}
