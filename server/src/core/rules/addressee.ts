import { msg } from '../messages';
import { addresseeParagraph } from '../text/parts';
import type { Rule } from '../types';

/**
 * 主送机关, GB/T 9704 §7.3.2: under the title, flush left, the names of the bodies addressed, the last
 * followed by a full-width colon `：`. A half-width `:` is replaced (safe). A line under the title
 * that lists bodies but lacks the colon (`各乡镇人民政府，县直各单位`) is found leniently (see
 * text/parts.ts): the colon is offered, not applied in bulk, since the reading of that line is a guess.
 */
export const addressee: Rule = {
  meta: {
    id: 'addressee',
    name: msg('主送机关', 'Addressee'),
    basis: 'GB/T 9704',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg('主送机关最后一个机关名称后标全角冒号“：”', 'The addressee line ends with a full-width colon "："'),
    example: { wrong: '各乡镇人民政府，县直各单位:', right: '各乡镇人民政府，县直各单位：' },
  },
  check(ctx) {
    const text = ctx.text;
    const found = addresseeParagraph(ctx.document, text);
    if (!found) return;
    const p = found.paragraph;
    const last = text[p.end - 1];
    if (last === '：') return;
    if (last === ':') {
      ctx.report({
        message: msg('主送机关后用全角冒号“：”，不用半角“:”', 'The addressee takes a full-width colon "：", not ":"'),
        start: p.end - 1,
        end: p.end,
        fix: { title: msg('改为“：”', 'Change to "："'), edits: [{ start: p.end - 1, end: p.end, newText: '：' }], kind: 'safe' },
      });
      return;
    }
    const wrong = /[，,。；]$/.test(last);
    ctx.report({
      message: wrong
        ? msg(`主送机关末尾应为全角冒号“：”，不用“${last}”`, `The addressee ends with a full-width colon "：", not "${last}"`)
        : msg('主送机关末尾缺少全角冒号“：”', 'The addressee lacks its full-width colon "："'),
      start: p.start,
      end: p.end,
      fix: {
        title: msg(wrong ? '改为“：”' : '加上“：”', wrong ? 'Change to "："' : 'Add "："'),
        edits: [wrong ? { start: p.end - 1, end: p.end, newText: '：' } : { start: p.end, end: p.end, newText: '：' }],
        kind: 'suggestion',
      },
    });
  },
};
