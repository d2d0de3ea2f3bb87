import { msg } from '../messages';
import { isIdeographBefore, proseOf } from '../text';
import type { Rule } from '../types';

/**
 * 发文字号, GB/T 9704 §7.2.5: 发文机关代字 + 年份 + 发文顺序号, `国发〔2024〕1号`. The year is in full and in
 * 六角括号 `〔〕`; the number has no leading zero and no `第`. Checked wherever a number appears — the
 * 版头, a citation `《关于…的通知》（国发〔2024〕1号）`, a 批复's opening.
 * Taken: an agency code (1–12 ideographs) directly before a bracketed year, then a number and `号`.
 * Fixes change only the brackets, the `第` and the zeros (safe); a two-digit year is not completed
 * (which century is a guess).
 */
export const documentNumber: Rule = {
  meta: {
    id: 'document-number',
    scope: 'paragraph',
    name: msg('发文字号', 'Document number'),
    basis: 'GB/T 9704',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      '发文字号写作“国发〔2024〕1号”：年份用六角括号“〔〕”并写全，顺序号不加“第”、不编虚位',
      'A document number reads 国发〔2024〕1号: the full year in 〔〕, no 第 and no leading zero in the number',
    ),
    example: { wrong: '国发[2024]第01号', right: '国发〔2024〕1号' },
  },
  check(ctx) {
    const layer = proseOf(ctx);
    // The bracket first (a fast scan); the agency code's last ideograph is checked by hand.
    const re = /([[【（(〔［﹝〖])(\d{4}|\d{2})([\]】）)〕］﹞〗])\s?(第?)(0*)(\d{1,5})号/g;
    const text = ctx.source.text;
    layer.forEachProseMatch(re, (m) => {
      if (!isIdeographBefore(text, m.index)) return;
      const [whole, open, year, close, di, zeros, num] = m;
      const problems: { zh: string; en: string }[] = [];
      const edits: Array<{ start: number; end: number; newText: string }> = [];
      const at = m.index;
      if (open !== '〔' || close !== '〕') {
        problems.push({ zh: '年份用六角括号“〔〕”', en: 'the year goes in 〔〕' });
        if (open !== '〔') edits.push({ start: at, end: at + 1, newText: '〔' });
        if (close !== '〕') edits.push({ start: at + 1 + year.length, end: at + 2 + year.length, newText: '〕' });
      }
      // `（2024）1号` reads as a document number only after an agency code, not after a title or a name in 书名号.
      const afterClose = at + 2 + year.length;
      const diAt = whole.indexOf(di + zeros + num + '号', 2 + year.length);
      if (whole.slice(2 + year.length, diAt) !== '') edits.push({ start: afterClose, end: at + diAt, newText: '' });
      if (di) {
        problems.push({ zh: '顺序号前不加“第”', en: 'no 第 before the number' });
        edits.push({ start: at + diAt, end: at + diAt + 1, newText: '' });
      }
      if (zeros) {
        problems.push({ zh: '顺序号不编虚位（不加前导零）', en: 'no leading zero in the number' });
        edits.push({ start: at + diAt + di.length, end: at + diAt + di.length + zeros.length, newText: '' });
      }
      const shortYear = year.length === 2;
      if (shortYear) problems.push({ zh: '年份应写全（四位）', en: 'the year in full (four digits)' });
      if (problems.length === 0) return;
      const right = `〔${year}〕${num}号`;
      ctx.report({
        message: msg(
          `发文字号“${whole}”不规范：${problems.map((p) => p.zh).join('，')}${shortYear ? '' : `，应为“${right}”`}`,
          `Document number "${whole}": ${problems.map((p) => p.en).join('; ')}${shortYear ? '' : `; write "${right}"`}`,
        ),
        start: at,
        end: at + whole.length,
        ...(shortYear ? {} : { fix: { title: msg(`改为“${right}”`, `Change to "${right}"`), edits, kind: 'safe' as const } }),
      });
    });
  },
};
