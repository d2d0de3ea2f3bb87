import { chainDefect, findChains, itemLabel } from '../chains';
import { msg } from '../messages';
import { toChineseNumeral } from '../numbering/numerals';
import type { OffsetEdit, Rule } from '../types';

/**
 * In-text enumeration chains (`一是……二是……`, `一要……二要……`, `第一，……第二，……`, `其一，……`) run
 * one, two, three without gaps or repeats. A lone item is not reported. Fix (gap, repeat): renumber
 * the chain from the first wrong item, rewriting only the numerals. A chain that starts above one is
 * reported without a fix: its first item may live where the rule cannot see it.
 */
export const enumerationSequence: Rule = {
  meta: {
    id: 'enumeration-sequence',
    name: msg('文中列举编号', 'In-text enumeration'),
    basis: '实务',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      '文中列举（一是……二是……、第一，……第二，……、一要……二要……）应连续编号，不缺号、不重号',
      'In-text enumerations (一是……二是……, 第一，……第二，……, 一要……二要……) run in order, without gaps or repeats',
    ),
    example: { wrong: '一是加强领导；二是完善制度；四是强化督查。', right: '一是加强领导；二是完善制度；三是强化督查。' },
  },
  check(ctx) {
    for (const chain of findChains(ctx.source)) {
      const d = chainDefect(chain, ctx.text);
      if (!d) continue;
      const item = chain.items[d.at];
      const written = ctx.text.slice(item.start, item.end);
      const want = itemLabel(chain.family, d.expected);
      if (d.kind === 'start') {
        ctx.report({
          message: msg(`列举从“${written}”开始，缺少“${want}”`, `The enumeration starts at “${written}”: “${want}” is missing`),
          start: item.start,
          end: item.end,
        });
        continue;
      }
      const prevLabel = ctx.text.slice(chain.items[d.at - 1].start, chain.items[d.at - 1].end);
      const edits: OffsetEdit[] = [];
      for (let i = d.at; i < chain.items.length; i++) {
        const it = chain.items[i];
        const numeral = toChineseNumeral(i + 1);
        if (ctx.text.slice(it.numStart, it.numEnd) !== numeral) edits.push({ start: it.numStart, end: it.numEnd, newText: numeral });
      }
      const message =
        d.kind === 'duplicate'
          ? msg(`列举序号“${written}”重复，此处应为“${want}”`, `Enumeration item “${written}” is repeated: expected “${want}” here`)
          : msg(
              `列举序号“${written}”不连续（上一项为“${prevLabel}”），此处应为“${want}”`,
              `Enumeration item “${written}” breaks the sequence after “${prevLabel}”: expected “${want}”`,
            );
      ctx.report({
        message,
        start: item.start,
        end: item.end,
        fix: { title: msg(`从“${want}”起重新编号`, `Renumber from “${want}”`), edits, kind: 'suggestion' },
      });
    }
  },
};
