import { msg } from '../messages';
import { formatMarker, LEVEL_FAMILY } from '../numbering/markers';
import { siblingLists } from '../numbering/tree';
import type { Rule } from '../types';

/**
 * One structure level skipped: `一、` straight to `1.` with no `（一）` between (GB/T 9704 §7.3.3
 * orders the levels). Practice allows it in a document with only two levels, so it is off by
 * default. Jumps of two or more levels are numbering-level's.
 */
export const numberingSkip: Rule = {
  meta: {
    id: 'numbering-skip',
    name: msg('序号跳级', 'Skipped level'),
    basis: 'GB/T 9704',
    defaultSeverity: 'off',
    fixable: false,
    description: msg(
      '层次序号跳一级：“一、”之下直接用“1.”，缺少“（一）”一级（只有两层的文件通行如此，默认关闭；跨两级如“一、”下直接用“（1）”由 numbering-level 报告）',
      'One level skipped: "1." directly under "一、" without "（一）" (common in two-level documents; off by default; a jump of two levels, "（1）" under "一、", is numbering-level\'s)',
    ),
    example: { wrong: '一、总体要求\n1.工作目标', right: '一、总体要求\n（一）工作目标' },
  },
  check(ctx) {
    for (const list of siblingLists(ctx.sections)) {
      let prevFamily: string | undefined;
      for (const s of list) {
        const m = s.marker;
        const p = s.parent?.marker;
        if (!m || m.family === 'di') continue;
        const gap = p && p.family !== 'di' ? m.level - p.level : 0;
        // Two skipped levels are numbering-level's, except for ①, which practice uses under any level.
        if (p && m.family !== prevFamily && gap >= 2 && (gap === 2 || m.family === 'circled')) {
          const missing = formatMarker(LEVEL_FAMILY[p.level + 1], 1);
          ctx.report({
            message: msg(`层级跳跃：“${p.text}”之下直接用“${m.text}”，缺少“${missing}”一级`, `"${m.text}" directly under "${p.text}" skips the "${missing}" level`),
            start: m.start,
            end: m.end,
          });
        }
        prevFamily = m.family;
      }
    }
  },
};
