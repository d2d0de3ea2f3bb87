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
    name: msg('网页残留', 'Web page residue'),
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
      // Residue lines are short; a long line is prose (and is not scanned by the patterns at all).
      if (line.end - line.contentStart > MAX_LINE) {
        if (!inAttachment && /^[\s\u3000]*附件/.test(source.text.slice(line.contentStart, line.contentStart + 8))) inAttachment = true;
        continue;
      }
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
        fix: { title: msg('删除此行', 'Delete this line'), edits: [deleteLine(source, line, (i) => kinds.has(i))], kind: 'safe' },
      });
    }
  },
};

/** A lone long number is an article id unless it reads as data: a phone, a labelled value, a column. */
function isStrayNumber(source: Source, line: Line, t: string, inAttachment: boolean): boolean {
  if (inAttachment || PHONE_SHAPE.test(t)) return false;
  const prev = neighbour(source, line, -1);
  const next = neighbour(source, line, 1);
  const shortText = (l: Line) => residueText(source.text.slice(l.start, Math.min(l.end, l.start + MAX_LINE)));
  if (prev && NUMBER_LABEL.test(shortText(prev))) return false;
  const numeric = (l: Line | undefined) => l !== undefined && /^[\d\s.,，、%％-]+$/.test(shortText(l));
  return !numeric(prev) && !numeric(next);
}

/** The nearest non-blank line before (-1) or after (+1). */
function neighbour(source: Source, line: Line, dir: -1 | 1): Line | undefined {
  for (let i = line.index + dir; i >= 0 && i < source.lines.length; i += dir) {
    if (source.lines[i].scope !== 'blank') return source.lines[i];
  }
  return undefined;
}

/** Longest line the residue patterns look at (the longest pattern bound is 200). */
const MAX_LINE = 400;

/** Blank, or holding nothing but decoration (an emoji line counts as empty). */
const isBlank = (l: Line | undefined, source?: Source) =>
  l !== undefined &&
  (l.scope === 'blank' || (source !== undefined && l.scope === 'text' && l.end - l.start <= MAX_LINE && residueText(source.lineText(l)) === ''));

/**
 * Delete a line with its line break, as one edit. Consecutive residue lines form a run; the edits of
 * a run never overlap, and together they leave no double blank line and no trailing blank:
 * - between blanks (or a blank and the document's start) the run's last line also takes the blank
 *   after it;
 * - at the document's end the run's first line also takes the blank before it, and, when the
 *   document has no final line break, the line break before the run.
 */
export function deleteLine(source: Source, line: Line, isResidue: (index: number) => boolean = () => false): OffsetEdit {
  const lines = source.lines;
  const text = source.text;
  let a = line.index;
  while (a > 0 && isResidue(a - 1)) a--;
  let b = line.index;
  while (b + 1 < lines.length && isResidue(b + 1)) b++;
  const P = lines[a - 1];
  const N = lines[b + 1];
  const pseudoEnd = (l: Line | undefined) => l !== undefined && l.index === lines.length - 1 && l.start === l.end && l.start === text.length;
  const atEnd = N === undefined || pseudoEnd(N);
  let start = line.start;
  let end = line.next;
  if (atEnd) {
    if (line.index === a && P !== undefined) {
      const finalBreak = lines[b].next > lines[b].end;
      if (isBlank(P, source)) start = finalBreak ? P.start : P.index > 0 ? lines[P.index - 1].end : P.start;
      else if (!finalBreak) start = P.end;
    }
  } else if (line.index === b && isBlank(N, source) && (P === undefined || isBlank(P, source))) {
    end = N.next;
  }
  return { start, end, newText: '' };
}
