import { msg } from '../messages';
import { isIdeographBefore, proseOf } from '../text';
import type { Rule, RuleContext } from '../types';

/**
 * 发文字号, GB/T 9704 §7.2.5: 发文机关代字 + 年份 + 发文顺序号, `国发〔2024〕1号`. The year is in full and in
 * 六角括号 `〔〕`; the number has no leading zero and no `第`. Checked wherever a number appears — the
 * 版头, a citation `《关于…的通知》（国发〔2024〕1号）`, a 批复's opening.
 * Taken: an agency code (1–12 ideographs) directly before a bracketed year, then a number and `号` (not `号楼`
 * `号院`). A two-digit year in round or square brackets (`（24）6号`) counts only after a code ending in 发 函 字 令 办
 * 文 电 复: after any other word (`小区（12）3号`) two digits in brackets are more likely an ordinary number.
 * Not taken after a word naming a certificate, a registration or a contract (`备案凭证（2024）第0012号`,
 * `许可证〔2023〕5号`): such a number is the holder's serial, not a 发文字号.
 * A 执法文书 code (`京海市监罚字〔2019〕第1234号`, `X市监复决字〔2026〕第6号`, see `ENFORCEMENT_CODE`) numbers its own series,
 * often with 第 and zeros: only its brackets and year are checked; so does a 公告's series, issued with 第
 * (`中国人民银行公告〔2018〕第10号`, `海关总署公告〔2026〕第12号`: the word before the bracket ends in 公告).
 * Fixes change only the brackets, the `第` and the zeros. The brackets alone are a safe fix. Dropping `第` or
 * leading zeros is a suggestion: a number cited must be reproduced as issued. A two-digit year (`国发〔24〕1号`) is completed only as a
 * suggestion, since the century is a guess, and only when one century is possible (see `fullYear`); a
 * suggestion carries the other edits of the same number too.
 */
/** What follows `N号` in an address or a seat, never after a 发文字号. */
const NOT_AFTER_NUMBER = /[楼院房室线门床位段桥馆栋座]/;
/**
 * Words naming a certificate, licence, registration or contract: a bracketed year after one of them starts the
 * document's own serial (`消防验收备案凭证（2024）第0012号`), not a 发文字号. Tested on the text before the bracket.
 */
const HOLDER_NUMBER = /(?:凭证|证书|许可证|合格证|执照|备案|登记|合同|协议|证明|批准书|决定书|判决书|裁定书|调解书|通知书|告知书|回执|收据|发票)$/;
/**
 * The end of a 执法文书 code (`京海市监罚字` `X公行罚决字` `X市监复决字` `X罚告字`): a penalty, review or notice 文书's own
 * number, whose series are commonly issued with 第 and zeros (`京海市监罚字〔2019〕第1234号`); copied as issued, so only its
 * brackets are checked. Tested on the text before the bracket.
 */
const ENFORCEMENT_CODE = /(?:罚|决|裁|处|告)字$/;
/** The last character of most 发文机关代字 (`国发` `国办函` `京政字` `X政令` `X政办电` `X政复`). */
const CODE_END = /[发函字令办文电复]/;

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
    /** Computed on the first two-digit year only. */
    let bound: number | undefined;
    layer.forEachProseMatch(re, (m) => {
      if (!isIdeographBefore(text, m.index)) return;
      const [whole, open, year, close, di, zeros, num] = m;
      // `3号楼`, `5号院`: a building or a seat, not a document.
      if (NOT_AFTER_NUMBER.test(text.charAt(m.index + whole.length))) return;
      // Two digits in round or square brackets (`小区（12）3号`) read as a 发文字号 only after a code ending as one does.
      if (year.length === 2 && open !== '〔' && !CODE_END.test(text.charAt(m.index - 1))) return;
      // `备案凭证（2024）第0012号`, `许可证〔2023〕5号`: a certificate's own serial.
      if (HOLDER_NUMBER.test(text.slice(Math.max(0, m.index - 3), m.index))) return;
      // `X罚字〔2026〕第6号`: a 执法文书's serial keeps its 第 and zeros.
      // A 公告's series (`中国人民银行公告〔2017〕第7号`, `海关总署公告〔2018〕第10号`) is issued with 第: kept the same way.
      const enforcement = ENFORCEMENT_CODE.test(text.slice(Math.max(0, m.index - 2), m.index)) || text.endsWith('公告', m.index);
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
      if (di && !enforcement) {
        problems.push({ zh: '顺序号前不加“第”', en: 'no 第 before the number' });
        edits.push({ start: at + diAt, end: at + diAt + 1, newText: '' });
      }
      if (zeros && !enforcement) {
        problems.push({ zh: '顺序号不编虚位（不加前导零）', en: 'no leading zero in the number' });
        edits.push({ start: at + diAt + di.length, end: at + diAt + di.length + zeros.length, newText: '' });
      }
      const shortYear = year.length === 2;
      if (shortYear) problems.push({ zh: '年份应写全（四位）', en: 'the year in full (four digits)' });
      if (problems.length === 0) return;
      const full = shortYear ? fullYear(Number(year), (bound ??= latestPossibleYear(ctx))) : year;
      if (shortYear && full !== undefined) edits.push({ start: at + 1, end: at + 3, newText: full });
      const kept = enforcement ? di + zeros : '';
      const right = full === undefined ? undefined : `〔${full}〕${kept}${num}号`;
      // A completed year rests on a guess of the century, and a 第 or zeros dropped on a guess that the number was
      // issued without them: the whole fix is then a suggestion.
      const dropped = !enforcement && (di !== '' || zeros !== '');
      const kind = shortYear || dropped ? ('suggestion' as const) : ('safe' as const);
      const zhRight = right === undefined ? '' : shortYear ? `，可能为“${right}”` : `，应为“${right}”`;
      const enRight = right === undefined ? '' : shortYear ? `; probably "${right}"` : `; write "${right}"`;
      // Some series are issued with 第 (`公告〔2018〕第10号`): a cited number is copied as issued.
      const asIssued = dropped ? msg('（引用的文号须与原文一致，请核对）', ' (a cited number is copied as issued: check it)') : msg('', '');
      ctx.report({
        message: msg(
          `发文字号“${whole}”不规范：${problems.map((p) => p.zh).join('，')}${zhRight}${asIssued.zh}`,
          `Document number "${whole}": ${problems.map((p) => p.en).join('; ')}${enRight}${asIssued.en}`,
        ),
        start: at,
        end: at + whole.length,
        ...(right === undefined ? {} : { fix: { title: msg(`改为“${right}”`, `Change to "${right}"`), edits, kind } }),
      });
    });
  },
};

/**
 * The first year of the 发文字号 in their present form: documents of the People's Republic, from 1949. A two-digit
 * year that reads as 19xx before it is no document number's year.
 */
const FIRST_YEAR = 1949;

/**
 * The latest year a 发文字号 in this document can carry: the year of its 成文日期 (a document cites numbers issued
 * before it, and its own number carries its own year) when that is a real year, and never after the present
 * year (no number is issued in the future). A 成文日期 with placeholders (`20XX年`) or later than the present
 * (a template's made-up date) is ignored. Result: a four-digit year.
 */
function latestPossibleYear(ctx: RuleContext): number {
  const now = new Date().getFullYear();
  const d = ctx.document.date;
  if (!d) return now;
  const y = yearOf(ctx.source.text.slice(d.start, d.end));
  return y !== undefined && y >= FIRST_YEAR && y <= now ? y : now;
}

/** The year of a 成文日期 written `2024年…` or `二〇二四年…`, or undefined. */
function yearOf(date: string): number | undefined {
  const arabic = /^(\d{4})\s*年/.exec(date);
  if (arabic) return Number(arabic[1]);
  const chinese = /^([〇○零O0一二三四五六七八九]{4})\s*年/.exec(date);
  if (!chinese) return undefined;
  return Number([...chinese[1]].map((c) => ('〇○零O0'.includes(c) ? 0 : '一二三四五六七八九'.indexOf(c) + 1)).join(''));
}

/**
 * The full year of a two-digit year `yy` (0–99), or undefined when the century is not settled. Of the two readings,
 * 20yy is possible only when it is not after `latest` (see `latestPossibleYear`), 19yy only from 1949 on (no earlier
 * number is a 发文字号 of today's system); the completion is given only when exactly one reading is possible:
 * `〔24〕` in a document dated 2024 or later → 2024, `〔98〕` → 1998; `〔35〕` in 2026 (2035 is in the future, 1935 before
 * 1949) and `〔24〕` in a document dated 2023 get none.
 */
export function fullYear(yy: number, latest: number): string | undefined {
  const readings = [2000 + yy, 1900 + yy].filter((y) => y >= FIRST_YEAR && y <= latest);
  return readings.length === 1 ? String(readings[0]) : undefined;
}
