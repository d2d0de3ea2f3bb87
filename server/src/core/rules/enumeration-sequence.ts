import { chainDefect, findChains, itemLabel, numeralFor, Predecessors } from '../chains';
import { msg } from '../messages';
import { maxOrdinal } from '../numbering/markers';
import type { MarkerFamily, OffsetEdit, Rule, Section, SectionTree } from '../types';

/**
 * In-text enumeration chains (`一是……二是……`, `一要……二要……`, `第一，……第二，……`, `其一，……`, and
 * structure ordinals run in inside one paragraph: `一、……二、……`, `（1）……（2）……`, `①……②……`) run
 * one, two, three without gaps or repeats. A chain ends with its section (any structure line). A lone item is not reported. Fix (gap, repeat): renumber
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
    const predecessors = new Predecessors(ctx.text);
    for (const chain of findChains(ctx.source, { scopeLines: structureLines(ctx.sections, ctx.source.lines.length) })) {
      const d = chainDefect(chain, predecessors);
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
      let edits: OffsetEdit[] | undefined = [];
      const max = chain.family === 'circled' || chain.family === 'arabic' || chain.family === 'arabic-paren' || chain.family === 'cn' || chain.family === 'cn-paren' ? maxOrdinal(chain.family as MarkerFamily) : 999;
      for (let i = d.at; i < chain.items.length; i++) {
        const it = chain.items[i];
        if (i + 1 > max) {
          edits = undefined;
          break;
        }
        const numeral = numeralFor(chain.family, i + 1);
        if (ctx.text.slice(it.numStart, it.numEnd) !== numeral) edits.push({ start: it.numStart, end: it.numEnd, newText: numeral });
      }
      const message =
        d.kind === 'duplicate'
          ? msg(`列举序号“${written}”重复，此处应为“${want}”`, `Enumeration item “${written}” is repeated: expected “${want}” here`)
          : msg(
              `列举序号“${written}”不连续（上一项为“${prevLabel}”），此处应为“${want}”`,
              `Enumeration item “${written}” breaks the sequence after “${prevLabel}”: expected “${want}”`,
            );
      const lastWant = itemLabel(chain.family, chain.items.length);
      ctx.report({
        message,
        start: item.start,
        end: item.end,
        ...(edits && edits.length
          ? {
              fix: {
                title:
                  edits.length === 1
                    ? msg(`改为“${want}”`, `Change to “${want}”`)
                    : msg(`从此项起依次改为“${want}”至“${lastWant}”`, `Renumber from here as “${want}” to “${lastWant}”`),
                edits,
                kind: 'suggestion' as const,
              },
            }
          : {}),
      });
    }
  },
};

/**
 * Lines where the section tree opens a section (headings, parts, scope lines, markers other than 第一，):
 * chains end there. A lookup by 0-based line index, built on its first use: `findChains` asks only while
 * a chain is open, which most documents never need on most lines.
 */
function structureLines(tree: SectionTree, lineCount: number): { has(line: number): boolean } {
  let table: Uint8Array | undefined;
  const build = (): Uint8Array => {
    const out = new Uint8Array(lineCount);
    const todo: Section[] = [...tree.roots];
    while (todo.length) {
      const s = todo.pop() as Section;
      // `第一，` opening a paragraph is an item of the chain itself, not a structure line.
      if (s.kind !== 'title' && s.marker?.family !== 'di') out[s.line] = 1;
      for (const c of s.children) todo.push(c);
    }
    return out;
  };
  return { has: (line) => (table ??= build())[line] === 1 };
}
