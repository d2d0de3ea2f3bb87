import { msg } from '../messages';
import { addresseeParagraph, titleParagraphs, typeOf } from '../text/parts';
import type { Rule } from '../types';

/**
 * 主送机关, GB/T 9704 §7.3.2: under the title, flush left, the names of the bodies addressed, the last
 * followed by a full-width colon `：`. A half-width `:` is replaced (safe). A line under the title
 * that lists bodies but lacks the colon (`各乡镇人民政府，县直各单位`) is found leniently (see
 * text/parts.ts): the colon is offered, not applied in bulk, since the reading of that line is a guess.
 * Such a line is reported only where it reads as an addressee: it starts with `各`, or lists several bodies
 * (`、` `，`), or it names one body under a `关于…的<文种>` title of a type sent to a 主送机关 (请示 报告 批复 函
 * 通知 通报 意见 议案). A single name under a 总结 or a 调研报告 (`城关镇人民政府` under
 * `城关镇2024年工作总结`) is the author's line: not reported.
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
    if (found.lenient && !readsAsAddressee(text.slice(p.start, p.end), ctx.document, text)) return;
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

/** Types of 条例 第八条 sent to a 主送机关 (a 公告, 通告, 公报, 决议, 纪要 or 命令 usually has none). */
const ADDRESSED_TYPES = new Set(['请示', '报告', '批复', '函', '通知', '通报', '意见', '议案']);
/** Reports that are not 公文 sent up but papers with an author line: `调研报告`, `述职报告`, `政府工作报告`. */
const AUTHORED_REPORT = /(?:调研|调查|述职|考察|工作|研究|评估|分析)报告$/;

/**
 * Whether a line found leniently under the title (no colon; `line` without its line break) reads as a
 * 主送机关 rather than the author's line: it starts with `各`, lists several bodies, or names one under a
 * `关于…的<文种>` title of a type sent to a 主送机关.
 */
function readsAsAddressee(line: string, doc: Parameters<typeof titleParagraphs>[0], text: string): boolean {
  const bare = line.replace(/[，,。；]$/, '');
  if (bare.startsWith('各') || /[、，,]/.test(bare)) return true;
  const title = titleParagraphs(doc, text);
  if (title.length === 0) return false;
  const t = text.slice(title[0].start, title[title.length - 1].end).replace(/[。，；：、.,;:！？!?]+$/, '');
  const type = typeOf(t);
  return type !== undefined && ADDRESSED_TYPES.has(type) && /关于.+的/.test(t) && !AUTHORED_REPORT.test(t.replace(/[（(][^（）()]{1,20}[）)]$/, ''));
}
