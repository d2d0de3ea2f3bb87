import { msg } from '../messages';
import { formatMarker, hasWideDigits, LEVEL_FAMILY } from '../numbering/markers';
import { misleveled, shortLabel, siblingLists } from '../numbering/tree';
import type { Fix, Marker, OffsetEdit, Rule, RuleContext, Section } from '../types';

/**
 * Ordinals at the wrong structure level (GB/T 9704 §7.3.3):
 *  - the classic 范文 defect: under `一、总体要求` the sub-items are `一、二、三、` and the outer list
 *    resumes at `二、` — the inner run belongs one level down (`（一）（二）（三）`, deeper levels too);
 *  - a level inversion: `（一）` before the document's first `一、`;
 *  - a jump of two or more levels: `（1）` straight under `一、`.
 */
export const numberingLevel: Rule = {
  meta: {
    id: 'numbering-level',
    basis: 'GB/T 9704',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      '层次序号的层级：第一层“一、”之下用“（一）”，再下用“1.”“（1）”；不得在“一、”下再用“一、二、三、”',
      'Ordinal levels: under 一、 use （一）, then 1. and （1）; never 一、二、三、 again inside 一、',
    ),
    example: {
      wrong: '一、总体要求\n一、……\n二、……\n二、主要任务',
      right: '一、总体要求\n（一）……\n（二）……\n二、主要任务',
    },
  },
  check(ctx) {
    const tree = ctx.sections;
    const reported = new Set<unknown>();
    for (const s of tree.markers) {
      const info = misleveled(tree, s);
      if (!info) continue;
      const m = s.marker as Marker;
      const fix = reported.has(info) ? undefined : pushDownFix(info.run);
      const down = formatMarker(LEVEL_FAMILY[m.level + 1] ?? m.family, m.value, hasWideDigits(m));
      const outer = shortLabel(info.outer);
      const resume = info.resume?.marker;
      ctx.report({
        message: resume
          ? msg(
              `序号“${m.text}”与上级“${outer}”同级，应降一级为“${down}”（外层序号在后面续为“${resume.text}”）`,
              `Ordinal "${m.text}" repeats the level of its parent "${outer}" (the outer list resumes at "${resume.text}"); use the next level: "${down}"`,
            )
          : msg(`序号“${m.text}”与上级“${outer}”同级，应降一级为“${down}”`, `Ordinal "${m.text}" repeats the level of its parent "${outer}"; use the next level: "${down}"`),
        start: m.start,
        end: m.end,
        ...(fix ? { fix } : {}),
      });
    }
    for (const list of siblingLists(tree)) {
      inversions(ctx, list);
      jumps(ctx, list);
    }
  },
};

/** Rewrite a run one level down and push every marker below it down one level too. */
function pushDownFix(run: Section[]): Fix | undefined {
  const edits: OffsetEdit[] = [];
  const visit = (s: Section): boolean => {
    const m = s.marker;
    if (m && m.family !== 'di') {
      const family = LEVEL_FAMILY[m.level + 1];
      if (!family || m.level + 1 > 5) return false;
      edits.push({ start: m.start, end: m.end, newText: formatMarker(family, m.value, hasWideDigits(m)) });
    }
    return s.children.every(visit);
  };
  if (!run.every(visit)) return undefined;
  const first = run[0].marker as Marker;
  const last = run[run.length - 1].marker as Marker;
  const a = formatMarker(LEVEL_FAMILY[first.level + 1], first.value);
  const b = formatMarker(LEVEL_FAMILY[last.level + 1], last.value);
  const span = run.length === 1 ? `“${a}”` : `“${a}”至“${b}”`;
  return {
    title: msg(`本组序号降一级，改为${span}（下级序号随之降级）`, `Move this run one level down to ${span.replace(/[“”]/g, '"')} (and the levels below it)`),
    edits,
  };
}

/** `（一）` before the first `一、` of the same container (a heading or the document): the lower level comes first. */
function inversions(ctx: RuleContext, list: Section[]): void {
  if (list[0]?.parent?.marker) return; // under a marker, a higher level would have closed it
  // Backward pass: the first later sibling of the highest level seen after each position.
  const higher = new Array<Section | undefined>(list.length);
  let best: Section | undefined;
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i].marker;
    if (!m || m.family === 'di') continue;
    if (best && (best.marker as Marker).level < m.level) higher[i] = best;
    if (!best || m.level <= (best.marker as Marker).level) best = list[i];
  }
  let prevFamily: string | undefined;
  for (let i = 0; i < list.length; i++) {
    const m = list[i].marker;
    if (!m || m.family === 'di') continue;
    const h = higher[i];
    if (h && m.family !== 'circled' && m.family !== prevFamily) {
      const hm = h.marker as Marker;
      ctx.report({
        message: msg(`层级倒置：“${m.text}”出现在更高一层的“${hm.text}”之前`, `Level inversion: "${m.text}" comes before the higher-level "${hm.text}"`),
        start: m.start,
        end: m.end,
      });
    }
    prevFamily = m.family;
  }
}

/** `（1）` straight under `一、`: two or more levels skipped (one skipped level is numbering-skip). */
function jumps(ctx: RuleContext, list: Section[]): void {
  let prevFamily: string | undefined;
  for (const s of list) {
    const m = s.marker;
    const p = s.parent?.marker;
    if (!m || m.family === 'di') continue;
    if (p && p.family !== 'di' && m.family !== 'circled' && m.family !== prevFamily && m.level - p.level >= 3) {
      const skipped = [];
      for (let l = p.level + 1; l < m.level; l++) skipped.push(`“${formatMarker(LEVEL_FAMILY[l], 1)}”`);
      ctx.report({
        message: msg(
          `层级跳跃：“${p.text}”之下直接用“${m.text}”，跳过了${skipped.join('')}`,
          `Level jump: "${m.text}" directly under "${p.text}" skips the levels ${skipped.join(' ').replace(/[“”]/g, '"')}`,
        ),
        start: m.start,
        end: m.end,
      });
    }
    prevFamily = m.family;
  }
}
