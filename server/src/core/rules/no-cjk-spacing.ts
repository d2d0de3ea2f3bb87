import { msg } from '../messages';
import { codePointAt, codePointBefore, isAsciiDigit, isAsciiLetter, isIdeograph, proseOf } from '../text';
import type { Rule } from '../types';

/**
 * Spaces between Chinese and digits or Latin letters, 实务: 公文 sets `乐政发〔2018〕59号`, `2024年`, `GDP增长`
 * with no space (the opposite of what general Chinese linters insert). Off by default: in other Chinese
 * writing the space is a matter of taste. Only an ASCII space or a no-break space inside a line is taken;
 * indentation, alignment runs of three or more spaces, a space next to a URL or code, and the space after a
 * line-initial clause number or caption label (`1 范围`, `3.1 通信协议`, `表1 主要指标`, GB/T 1.1 layout) are left alone.
 * Fix: delete the space (safe).
 */
export const noCjkSpacing: Rule = {
  meta: {
    id: 'no-cjk-spacing',
    scope: 'paragraph',
    name: msg('中西文间空格', 'Space between Chinese and Latin'),
    basis: '实务',
    defaultSeverity: 'off',
    fixable: true,
    description: msg(
      '公文中汉字与数字、字母之间不加空格（默认关闭）',
      'No space between Chinese and digits or Latin letters in a 公文 (off by default)',
    ),
    example: { wrong: '乐政发〔2018〕59 号，2024 年 GDP 增长', right: '乐政发〔2018〕59号，2024年GDP增长' },
  },
  check(ctx) {
    const text = ctx.source.text;
    const layer = proseOf(ctx);
    const latin = (cp: number) => isAsciiDigit(cp) || isAsciiLetter(cp);
    layer.forEachProseMatch(/(?<![ \u00a0])[ \u00a0]{1,2}(?![ \u00a0])/g, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      const line = ctx.source.lineAt(start);
      if (start <= line.contentStart || end >= line.end) return;
      if (!layer.isProse(start - 1) || !layer.isProse(end)) return;
      const before = codePointBefore(text, start);
      const after = codePointAt(text, end);
      if (!((isIdeograph(before) && latin(after)) || (latin(before) && isIdeograph(after)))) return;
      // `1 范围`, `3.1 通信协议`, `## 2 规范性引用文件`, `表1 主要指标`: the space after a line-initial clause number or
      // caption label is the layout of GB/T 1.1 and of captions, not a space inside running text.
      const lead = text.slice(line.contentStart, start).replace(/^(?:#{1,6}[ \t]+|>[ \t]*)+/, '');
      if (/^(?:\d{1,2}(?:\.\d{1,2})*|附?[表图]\d{1,3}(?:[.\-－]\d{1,3})*)$/.test(lead)) return;
      ctx.report({
        message: msg('汉字与数字、字母之间不加空格', 'No space between Chinese and digits or Latin letters'),
        start,
        end,
        fix: { title: msg('删除空格', 'Delete the space'), edits: [{ start, end, newText: '' }], kind: 'safe' },
      });
    });
  },
};
