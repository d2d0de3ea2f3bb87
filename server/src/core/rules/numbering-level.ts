import { msg } from '../messages';
import { formatMarker, LEVEL_FAMILY, listMarkerEnd } from '../numbering/markers';
import { inversions, misleveled, shortLabel, siblingLists, type Misleveled } from '../numbering/tree';
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
    name: msg('序号层级', 'Ordinal level'),
    basis: 'GB/T 9704',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      '层次序号的层级：第一层“一、”之下用“（一）”，再下用“1.”“（1）”；不得在“一、”下再用“一、二、三、”，不得层级倒置或跨两级（“一、”下直接用“（1）”）',
      'Ordinal levels: under 一、 use （一）, then 1. and （1）; never 一、二、三、 again inside 一、, no inversion, no jump of two levels (（1） straight under 一、)',
    ),
    example: {
      wrong: '一、总体要求\n一、……\n二、……\n二、主要任务',
      right: '一、总体要求\n（一）……\n（二）……\n二、主要任务',
    },
  },
  check(ctx) {
    const tree = ctx.sections;
    const inverted = inversions(tree);
    const fixes = new Map<Misleveled, Fix | undefined>();
    for (const s of tree.markers) {
      const info = misleveled(tree, s);
      const m = s.marker as Marker;
      // One finding per run (a run restarts at one): on its first ordinal, naming the whole run.
      if (!info || m.value !== 1) continue;
      const at = info.run.indexOf(s);
      let last = at;
      while (last + 1 < info.run.length && (info.run[last + 1].marker as Marker).value !== 1) last++;
      const lm = info.run[last].marker as Marker;
      const outerLevel = (info.outer.marker as Marker).level;
      const shift = outerLevel + 1 - m.level;
      // In a document whose levels are inverted throughout, a mechanical fix would only move the problem.
      if (!fixes.has(info)) fixes.set(info, inverted.length || shift < 1 ? undefined : pushDownFix(ctx, info.run, shift));
      const fix = fixes.get(info);
      const family = LEVEL_FAMILY[outerLevel + 1] ?? m.family;
      const written = last === at ? `“${m.text}”` : `“${m.text}”至“${lm.text}”`;
      const down = last === at ? `“${formatMarker(family, m.value)}”` : `“${formatMarker(family, m.value)}”至“${formatMarker(family, lm.value)}”`;
      const en = (q: string) => q.replace(/“/g, '"').replace(/”/g, '"').replace(/至/g, ' to ');
      const outer = shortLabel(info.outer);
      const resume = info.resume?.marker;
      const zhResume = resume ? `（外层序号在后面续为“${resume.text}”）` : '';
      const enResume = resume ? ` (the outer list resumes at "${resume.text}")` : '';
      ctx.report({
        message:
          shift === 1
            ? msg(
                `序号${written}与上级“${outer}”同级，应降一级为${down}${zhResume}`,
                `Ordinals ${en(written)} repeat the level of their parent "${outer}"${enResume}; use the next level: ${en(down)}`,
              )
            : msg(
                `序号${written}用在较低层级的“${outer}”之下，应改为其下一层级${down}${zhResume}`,
                `Ordinals ${en(written)} are used under the lower-level "${outer}"${enResume}; use the level below it: ${en(down)}`,
              ),
        start: m.start,
        end: m.end,
        ...(fix ? { fix } : {}),
      });
    }
    for (const { section, under } of inverted) {
      const m = section.marker as Marker;
      ctx.report({
        message: msg(
          `层级倒置：“${m.text}”用在较低层级的“${shortLabel(under)}”之下（“一、”在上，“（一）”“1.”“（1）”依次在下）`,
          `Level inversion: "${m.text}" is used under the lower-level "${shortLabel(under)}" (一、 comes above （一）, 1. and （1）)`,
        ),
        start: m.start,
        end: m.end,
      });
    }
    for (const list of siblingLists(tree)) {
      beforeHigher(ctx, list);
      jumps(ctx, list);
    }
  },
};

/**
 * Rewrite a run `shift` levels down, and every marker below it down as far as it must go to stay below its
 * (rewritten) parent: a child already below its parent's new level keeps its own (`二、` [`1.`] pushed to
 * `（二）` keeps `1.`, which skipped a level before and no longer does). Iterative: no recursion on depth.
 * A Markdown ordered-list item (`1. 人防到位；`) that takes a form Markdown has no list syntax for (`（1）`)
 * becomes a paragraph of its own: the space after the list marker goes (nothing follows a bracketed
 * ordinal, GB/T 15834 附录B) and, when the line before is not blank, a blank line is inserted so that the
 * items do not run together into one paragraph.
 */
function pushDownFix(ctx: RuleContext, run: Section[], shift: number): Fix | undefined {
  const edits: OffsetEdit[] = [];
  let paragraphs = false;
  const todo: Array<{ s: Section; floor: number }> = [...run].reverse().map((s) => ({ s, floor: 0 }));
  while (todo.length) {
    const { s, floor } = todo.pop() as { s: Section; floor: number };
    const m = s.marker;
    // The level this section's marker ends at (the run's own: `shift` down; below it: at least one under its parent).
    let level = floor;
    if (m && m.family !== 'di') {
      level = floor === 0 ? m.level + shift : Math.max(m.level, floor + 1);
      if (level > 5) return undefined;
      if (level !== m.level) {
        // The standard form, half-width digits included (`１．` → `（1）`): one application leaves nothing to narrow.
        const newText = formatMarker(LEVEL_FAMILY[level], m.value);
        const line = ctx.source.lines[s.line];
        const item = LEVEL_FAMILY[level] === 'arabic' || ctx.language !== 'markdown' ? -1 : listMarkerEnd(ctx.text, line.start, line.end, m);
        if (item < 0) edits.push({ start: m.start, end: m.end, newText });
        else {
          paragraphs = true;
          if (s.line > 0 && ctx.source.lines[s.line - 1].scope !== 'blank') edits.push({ start: line.start, end: line.start, newText: ctx.source.eol });
          edits.push({ start: m.start, end: item, newText });
        }
      }
    }
    for (let i = s.children.length - 1; i >= 0; i--) todo.push({ s: s.children[i], floor: level });
  }
  const first = run[0].marker as Marker;
  const last = run[run.length - 1].marker as Marker;
  const a = formatMarker(LEVEL_FAMILY[first.level + shift], first.value);
  const b = formatMarker(LEVEL_FAMILY[last.level + shift], last.value);
  const zh = run.length === 1 ? `“${a}”` : `“${a}”至“${b}”`;
  const en = run.length === 1 ? `"${a}"` : `"${a}" to "${b}"`;
  const zhList = paragraphs ? '，Markdown 列表项改为段落' : '';
  const enList = paragraphs ? '; Markdown list items become paragraphs' : '';
  return {
    title: msg(`本组序号改为${zh}（下级序号随之降级${zhList}）`, `Renumber this run as ${en} (and the levels below it${enList})`),
    edits,
    kind: 'suggestion',
  };
}

/** `（一）` before the first `一、` of the same container (a heading or the document): the lower level comes first. */
function beforeHigher(ctx: RuleContext, list: Section[]): void {
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
