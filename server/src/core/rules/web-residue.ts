import { msg } from '../messages';
import { classifyResidue, LONG_NUMBER, NUMBER_LABEL, PHONE_SHAPE, RESIDUE_LABELS, residueText, type ResidueKind } from '../residue';
import type { Source } from '../source';
import type { Line, OffsetEdit, Rule } from '../types';

/**
 * Whole lines pasted from a template site (banner, byline, share prompts, `221381`…): see residue.ts
 * for the curated patterns. Only prose lines are checked — a code block, table, quote or comment
 * is not site furniture. Fix: delete the line with its line break in one edit.
 */
export const webResidue: Rule = {
  meta: {
    id: 'web-residue',
    basis: '实务',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      '从范文网站复制带入的网页残留行（网站横幅、署名栏、扫码分享、翻页、版权备案等），应删除',
      'Lines pasted from a template site (banner, byline, share prompts, page navigation, copyright…): delete them',
    ),
    example: {
      wrong: 'SUCAI198.COM —— 专注党建行政公文写作范文\n关于加强基层治理的实施意见',
      right: '关于加强基层治理的实施意见',
    },
  },
  check(ctx) {
    const { source } = ctx;
    const kinds = new Map<number, ResidueKind>();
    let inAttachment = false;
    for (const line of source.lines) {
      if (line.scope !== 'text') continue;
      const t = residueText(source.text.slice(line.contentStart, line.end));
      if (/^附件(?:\s*\d|\s*[:：]|\s|$)/.test(t)) inAttachment = true;
      let kind: ResidueKind | undefined = classifyResidue(t);
      if (kind === undefined && LONG_NUMBER.test(t) && isStrayNumber(source, line, t, inAttachment)) kind = 'number';
      if (kind !== undefined) kinds.set(line.index, kind);
    }
    for (const [index, kind] of kinds) {
      const line = source.lines[index];
      const raw = source.text.slice(line.contentStart, line.end);
      const t = residueText(raw);
      const label = RESIDUE_LABELS[kind];
      const start = line.contentStart + Math.max(0, raw.indexOf(t[0]));
      const end = line.contentStart + raw.lastIndexOf(t[t.length - 1]) + 1;
      ctx.report({
        message: msg(
          `网页残留（${label.zh}）：此行是模板网站的页面内容，不属于正文，应删除整行`,
          `Template-site residue (${label.en}): this line is web page furniture, not part of the document; delete the whole line`,
        ),
        start: Math.max(line.contentStart, Math.min(start, line.end)),
        end: Math.max(line.contentStart, Math.min(end, line.end)),
        fix: { title: msg('删除此行', 'Delete this line'), edits: [deleteLine(source, line, (i) => kinds.has(i))] },
      });
    }
  },
};

/** A lone long number is an article id unless it reads as data: a phone, a labelled value, a column. */
function isStrayNumber(source: Source, line: Line, t: string, inAttachment: boolean): boolean {
  if (inAttachment || PHONE_SHAPE.test(t)) return false;
  const prev = neighbour(source, line, -1);
  const next = neighbour(source, line, 1);
  if (prev && NUMBER_LABEL.test(residueText(source.lineText(prev)))) return false;
  const numeric = (l: Line | undefined) => l !== undefined && /^[\d\s.,，、%％-]+$/.test(residueText(source.lineText(l)));
  return !numeric(prev) && !numeric(next);
}

/** The nearest non-blank line before (-1) or after (+1). */
function neighbour(source: Source, line: Line, dir: -1 | 1): Line | undefined {
  for (let i = line.index + dir; i >= 0 && i < source.lines.length; i += dir) {
    if (source.lines[i].scope !== 'blank') return source.lines[i];
  }
  return undefined;
}

/** Blank, or holding nothing but decoration (an emoji line counts as empty). */
const isBlank = (l: Line | undefined, source?: Source) =>
  l !== undefined && (l.scope === 'blank' || (source !== undefined && l.scope === 'text' && residueText(source.lineText(l)) === ''));

/**
 * Delete a line with its line break. When the line (with the residue lines just before it) stood
 * between blank lines or a blank and the document's edge, one blank goes too, so no double blank is
 * left behind. Residue lines before it count as gone; a run of residue lines gives non-overlapping
 * edits except at the end of the document, where the last line's edit waits for the next pass.
 */
export function deleteLine(source: Source, line: Line, isResidue: (index: number) => boolean = () => false): OffsetEdit {
  const lines = source.lines;
  let p = line.index - 1;
  while (p >= 0 && isResidue(p)) p--;
  const prev = lines[p]; // nearest line before that stays
  const next = lines[line.index + 1];
  if (next !== undefined) {
    if (isBlank(next, source) && (prev === undefined || isBlank(prev, source)) && !isResidue(next.index)) return { start: line.start, end: next.next, newText: '' };
    return { start: line.start, end: line.next, newText: '' };
  }
  // The last line: take the line break before it (and a blank line before that, if any).
  const before = lines[line.index - 1];
  if (before === undefined) return { start: line.start, end: line.end, newText: '' };
  if (isBlank(before, source) && line.index >= 2) return { start: lines[line.index - 2].end, end: line.end, newText: '' };
  return { start: before.end, end: line.end, newText: '' };
}
