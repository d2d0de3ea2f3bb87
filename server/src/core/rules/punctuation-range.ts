import { msg } from '../messages';
import { proseOf } from '../text';
import { EnglishSentenceFinder } from '../text/script';
import type { Rule } from '../types';

/**
 * Ranges, GB/T 15834 §4.13 (连接号): the start and end of a span of time take the 一字线 `—`
 * (`2020—2024年`); a range of values takes the 浪纹线 `～` (`25～30℃`, `5%～10%`).
 * - years: `2020-2024年`, `2024-2025学年`, `2023-2024赛季`, `2020~2024年`, `2020–2024年`, `2020－2024年`, `2020年-2024年` → `—`; both numbers
 *   must read as years in order (1000–2199, first < second) — `GB/T 9704-2012`, `HJ 1237-2021年` and `500-100` are not ranges;
 * - dates: `5月6日-8日`, `5月6日-5月8日`, `2026年5月-6月` → `—` (the first date ends in a whole month or day, so
 *   the mark can only join a span);
 * - values: two percentages joined by `-` or `~` (`5%-10%`), or numbers with a unit joined by the ASCII `~`
 *   or the wave dash `〜` (`25~30℃`) → `～`; a percentage takes its `%` on both numbers (`40-60%` → `40%～60%`,
 *   GB/T 15835-2011: `15%～30%`, not `15～30%`), and so does a magnitude with its unit (`3~5亿元` → `3亿元～5亿元`:
 *   `13万元～17万元`, not `13～17万元`). A hyphen between bare numbers may be a minus (`（500-100）×0.7%`), a
 *   phone or a code: left alone.
 * Arithmetic is not a range: nothing is reported when an operator (`+ − × ÷ =`) stands before or after the pair
 * (`5.5%-3.2%=2.3个百分点`), nor for a hyphen between descending values (`8%-3%`, a difference); a tilde
 * between descending values is still reported, with a suggestion. Other fixes are safe: they change only
 * the joining mark (and write the `%` the standard puts on the first number). An English sentence of a bilingual
 * notice (`Time: 9:00-11:30.`, see `englishSentences`) keeps its English marks.
 */
export const punctuationRange: Rule = {
  meta: {
    id: 'punctuation-range',
    scope: 'paragraph',
    name: msg('起止连接号', 'Range mark'),
    basis: 'GB/T 15834',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      '起止范围：年份等时间起止用一字线“—”（2020—2024年），数值范围用浪纹线“～”（5%～10%）',
      'Ranges: a span of years takes — (2020—2024年); a range of values takes ～ (5%～10%)',
    ),
    example: { wrong: '2020-2024年，增速保持在5%-10%', right: '2020—2024年，增速保持在5%～10%' },
  },
  check(ctx) {
    const layer = proseOf(ctx);
    const text = ctx.source.text;
    const english = new EnglishSentenceFinder(text);
    /** `shown`: the range as the fix writes it, for the fix's title (the new mark alone when omitted). */
    const report = (at: number, len: number, bad: string, right: string, what: 'year' | 'date' | 'value' | 'time' | 'percent' | 'magnitude', kind: 'safe' | 'suggestion' = 'safe', shown = right) => {
      // `Time: 9:00-11:30.` in an English sentence of a bilingual notice: English punctuation (GB/T 15834 is for Chinese).
      const line = ctx.source.lineAt(at);
      if (english.has(at, line.start, line.end)) return;
      ctx.report({
        message:
          what === 'year'
            ? msg(`年份起止用一字线“—”，不用“${bad}”`, `A span of years takes "—", not "${bad}"`)
            : what === 'date'
              ? msg(`月份、日期起止用一字线“—”，不用“${bad}”`, `A span of months or days takes "—", not "${bad}"`)
              : what === 'time'
              ? msg(`时刻起止用一字线“—”，不用“${bad}”`, `A span of clock times takes "—", not "${bad}"`)
              : what === 'percent'
                ? msg(`百分数范围用浪纹线“～”，不用“${bad}”，两个数值都带“%”（15%～30%，不写为15～30%）`, `A range of percentages takes "～", not "${bad}", and a % on both numbers (15%～30%, not 15～30%)`)
                : what === 'magnitude'
                  ? msg(`数值范围用浪纹线“～”，不用“${bad}”，两个数值都带“万”“亿”（13万元～17万元，不写为13～17万元）`, `A range of values takes "～", not "${bad}", and 万 or 亿 on both numbers (13万元～17万元, not 13～17万元)`)
                  : msg(`数值范围用浪纹线“～”，不用“${bad}”`, `A range of values takes "～", not "${bad}"`),
        start: at,
        end: at + len,
        fix: { title: msg(`改为“${shown}”`, `Change to "${shown}"`), edits: [{ start: at, end: at + len, newText: right }], kind },
      });
    };

    // 2020-2024年 2020年-2024年 (hyphen, tilde, en dash, full-width hyphen-minus, wave dashes)
    layer.forEachProseMatch(YEAR_SPAN, (m) => {
      const a = Number(m[1]);
      const b = Number(m[4]);
      if (a < 1000 || b > 2199 || a >= b) return;
      // `HJ 1237-2021年发布`: a standard's number and year, not a span.
      if (codeBefore(text, m.index) || arithmeticAround(text, m.index, m.index + m[0].length)) return;
      const at = m.index + m[1].length + m[2].length;
      const len = m[0].length - m[1].length - m[2].length - m[4].length - m[5].length;
      report(at, len, m[3], '—', 'year');
    });

    // 5月6日-8日 5月6日-5月8日 2026年5月-6月 2026年3月-2026年6月: a span between dates whose first end is a whole
    // month or day (the hyphen cannot be a minus or a code there).
    layer.forEachProseMatch(DATE_SPAN, (m) => {
      const [whole, from, dash, to] = m;
      if (!validDatePart(from) || !validDatePart(to)) return;
      if (!/\d/.test(to)) return;
      const at = m.index + from.length + (whole.slice(from.length).indexOf(dash));
      report(at, dash.length, dash, '—', 'date');
    });
    // 5%-10% 5%~10%; not 5.5%-3.2%=2.3个百分点 (a difference)
    layer.forEachProseMatch(/(?<![\d.])(\d+(?:\.\d+)?)%([-~〜－])(\d+(?:\.\d+)?)%/g, (m) => {
      if (arithmeticAround(text, m.index, m.index + m[0].length)) return;
      const descending = Number(m[1]) >= Number(m[3]);
      if (descending && (m[2] === '-' || m[2] === '－')) return;
      const at = m.index + m[1].length + 1;
      report(at, 1, m[2], '～', 'value', descending ? 'suggestion' : 'safe');
    });
    // 25~30℃ 3~5个 2.0~2.5之间: ASCII tilde or wave dash between numbers, a unit or measure (or 之间) after
    layer.forEachProseMatch(/(?<![\d.A-Za-z])\d+(?:\.\d+)?([~〜])\d+(?:\.\d+)?(?=[℃%‰万亿千百个人次名天年月日周小时分钟米元吨斤倍项家所户公亩萬億個項間週時噸戶歲畝]|平方|立方|之间)/g, (m) => {
      const at = m.index + m[0].indexOf(m[1]);
      // `2020~2024年` is a span of years (above), not a range of values.
      if (/^\d{4}[~〜]\d{4}$/.test(m[0]) && ctx.source.text[m.index + m[0].length] === '年') return;
      if (arithmeticAround(text, m.index, m.index + m[0].length)) return;
      const [a, b] = m[0].split(m[1]).map(Number);
      const kind = a >= b ? 'suggestion' : 'safe';
      const unit = text[m.index + m[0].length];
      // `5~10%`: GB/T 15835-2011 writes the % on both numbers (`15%～30%`, not `15～30%`).
      if (unit === '%' || unit === '‰') report(at, 1, m[1], unit + '～', 'percent', kind, `${m[0].slice(0, at - m.index)}${unit}～${m[0].slice(at - m.index + 1)}${unit}`);
      else {
        // `3~5亿元`: GB/T 15835-2011 writes the 万 or 亿 on both numbers (`9亿～16亿`, `13万元～17万元`, not `13～17万元`).
        const mag = magnitudeAt(text, m.index + m[0].length);
        if (mag !== undefined) report(at, 1, m[1], mag + '～', 'magnitude', kind, `${m[0].slice(0, at - m.index)}${mag}～${m[0].slice(at - m.index + 1)}${mag}`);
        else report(at, 1, m[1], '～', 'value', kind);
      }
    });
    // 3～5亿元 (the wave dash already right): the magnitude on the first number too (GB/T 15835-2011: 9亿～16亿, 13万元～17万元).
    layer.forEachProseMatch(/(?<![\d.A-Za-z])(\d+(?:\.\d+)?)～(\d+(?:\.\d+)?)(?=万|亿)/g, (m) => {
      if (arithmeticAround(text, m.index, m.index + m[0].length)) return;
      const mag = magnitudeAt(text, m.index + m[0].length);
      if (mag === undefined) return;
      const at = m.index + m[1].length;
      ctx.report({
        message: msg(`数值范围两个数值都带“${mag}”：“${m[1]}${mag}～${m[2]}${mag}”（不写为“${m[1]}～${m[2]}${mag}”）`, `Both numbers of a range take "${mag}": "${m[1]}${mag}～${m[2]}${mag}" (not "${m[1]}～${m[2]}${mag}")`),
        start: m.index,
        end: m.index + m[0].length + mag.length,
        fix: { title: msg(`改为“${m[1]}${mag}～${m[2]}${mag}”`, `Change to "${m[1]}${mag}～${m[2]}${mag}"`), edits: [{ start: at, end: at, newText: mag }], kind: 'safe' },
      });
    });
    // 25-30℃ 3-5个工作日 1-5月 9:00-11:30: a hyphen may be a minus, a code or a serial, so each is a suggestion,
    // and only between ascending values with a unit of measure or of the calendar after them.
    layer.forEachProseMatch(HYPHEN_RANGE, (m) => {
      const [, a, dash, b, unit] = m;
      if (!(Number(a) < Number(b))) return;
      if (codeBefore(text, m.index) || arithmeticAround(text, m.index, m.index + m[0].length)) return;
      const at = m.index + a.length;
      const calendar = (unit === '月' && Number(b) <= 12) || (unit === '日' && Number(b) <= 31);
      if (unit === '月' || unit === '日') {
        if (calendar) report(at, dash.length, dash, '—', 'date', 'suggestion');
        return;
      }
      // `40-60%` → `40%～60%` (GB/T 15835-2011: `15%～30%`, not `15～30%`).
      if (unit === '%' || unit === '‰') report(at, dash.length, dash, unit + '～', 'percent', 'suggestion', `${a}${unit}～${b}${unit}`);
      else {
        const mag = magnitudeAt(text, m.index + m[0].length - unit.length);
        if (mag !== undefined) report(at, dash.length, dash, mag + '～', 'magnitude', 'suggestion', `${a}${mag}～${b}${mag}`);
        else report(at, dash.length, dash, '～', 'value', 'suggestion');
      }
    });
    layer.forEachProseMatch(TIME_SPAN, (m) => {
      const [, h1, m1, dash, h2, m2] = m;
      const from = Number(h1) * 60 + Number(m1);
      const to = Number(h2) * 60 + Number(m2);
      if (Number(h2) > 24 || Number(m1) > 59 || Number(m2) > 59 || from >= to) return;
      if (codeBefore(text, m.index)) return;
      const at = m.index + h1.length + 1 + m1.length;
      report(at, dash.length, dash, '—', 'time', 'suggestion');
    });
  },
};

/**
 * Two years joined by a hyphen, a tilde, an en dash, a full-width hyphen-minus or a wave dash (`2020-2024年`,
 * `2020年-2024年`), then a word that makes the pair a span of time: 年 (年度), 学年 (学年度), 财年 (财年度), 赛季,
 * 采暖季 or 供暖季 (`2023-2024赛季`, `2023-2024采暖季`). Groups: first year, its 年, the mark, second year, the word.
 * A code (`GB/T 9704-2012`) has no such word and a Latin letter or `/` before it (see `codeBefore`).
 */
const YEAR_SPAN = /(?<![\d.\-/A-Za-z])(\d{4})(年?)\s?([-~–－〜])\s?(\d{4})(学年|财年|年|赛季|采暖季|供暖季)/g;

/**
 * The magnitude (`万`, `亿`, `万亿`) at UTF-16 offset `i` of `text` with the one-character unit after it (`万元`, `亿人`,
 * `万吨`), or undefined when none stands there. GB/T 15835-2011 writes it on both numbers of a range (`9亿～16亿`,
 * `13万元～17万元`, not `13～17万元`).
 */
function magnitudeAt(text: string, i: number): string | undefined {
  const m = /^(?:万亿|万|亿|萬億|萬|億)[元人吨户个名次件台辆亩噸戶個輛畝]?/.exec(text.slice(i, i + 3));
  return m?.[0];
}

/**
 * A hyphen (ASCII, full width or en dash) between two whole numbers of up to three digits with a unit after
 * (`25-30℃`, `3-5个工作日`, `10-15万元`, `1-5月`, `10-20平方米`, `3-5公顷`, `2-3個`): not inside a longer number or a code
 * (`3-1号`, `A3-5`, `0571-8888`), and not a span of years (above). The units: temperature, percent, counts and measure
 * words, magnitudes, time, length, area (平方米, 平方千米, 平方公里, 公顷, 亩) and volume (立方米), money and mass, in the
 * simplified and the traditional forms (個 項 間 萬 億 噸 戶 歲 週 小時 分鐘 畝) of a 繁体 text. Groups: the first number,
 * the mark, the second number, the unit.
 */
const HYPHEN_RANGE = /(?<![\d.,A-Za-z_/\-－–#＃])(\d{1,3})([-－–])(\d{1,3})(?![\d.:：])(℃|%|‰|个|人|次|名|天|周|小时|分钟|万|亿|千|百|平方米|平方千米|平方公里|立方米|公顷|公頃|亩|畝|米|公里|公斤|元|吨|斤|倍|项|家|所|户|岁|月|日|個|項|間|萬|億|噸|戶|歲|週|小時|分鐘)/g;

/**
 * Two dates joined by a hyphen, an en dash or an ASCII tilde: the first ends in 月 or 日 (`5月6日`, `2026年5月`), the
 * second is a day, a month or a full date (`8日`, `6月`, `5月8日`, `2026年6月`).
 */
const DATE_SPAN = /(?<![\d.])((?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?)\s?([-－–~〜])\s?((?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[月日])/g;

/** Months 1–12 and days 1–31 in a date written `2026年5月6日` (any of its parts). */
function validDatePart(s: string): boolean {
  const month = /(\d{1,2})月/.exec(s);
  const day = /(\d{1,2})日/.exec(s);
  return (!month || (Number(month[1]) >= 1 && Number(month[1]) <= 12)) && (!day || (Number(day[1]) >= 1 && Number(day[1]) <= 31));
}

/** `9:00-11:30`: a span of clock times (ASCII or full-width colon) joined by a hyphen. */
const TIME_SPAN = /(?<![\d.:：A-Za-z])(\d{1,2})[:：](\d{2})\s?([-－–])\s?(\d{1,2})[:：](\d{2})(?![\d:：])/g;

/**
 * Whether the pair at `start` belongs to a code or a serial: Latin letters, digits and `/` `-` run up to it
 * (`GB/T 9704-2012`, `ISO 9001-2015`, `京A·12-34`), allowing one space.
 */
function codeBefore(text: string, start: number): boolean {
  let i = start;
  if (i > 0 && text[i - 1] === ' ') i--;
  return i > 0 && /[A-Za-z0-9/\-·]/.test(text[i - 1]);
}

/** Arithmetic operators: a pair of values next to one is a sum or a difference, not a range. */
const OPERATORS = new Set([...'+-−×÷=＝＋－']);

/**
 * Whether an arithmetic operator stands just before `start` or just after `end` (UTF-16 offsets of the pair
 * of values), skipping spaces and the brackets around the pair: `5.5%-3.2%=2.3`, `(5%-3%)×2`, `=8%-3%`.
 * A `-` or `+` that opens its line (a Markdown list item `- 5%-10%`) is no operator.
 */
function arithmeticAround(text: string, start: number, end: number): boolean {
  let b = start;
  while (b > 0 && /[ \t\u3000(（]/.test(text[b - 1])) b--;
  let e = end;
  while (e < text.length && /[ \t\u3000)）]/.test(text[e])) e++;
  if (e < text.length && OPERATORS.has(text[e])) return true;
  if (b === 0 || !OPERATORS.has(text[b - 1])) return false;
  if (text[b - 1] !== '-' && text[b - 1] !== '+') return true;
  let p = b - 1;
  while (p > 0 && /[ \t\u3000]/.test(text[p - 1])) p--;
  return p > 0 && text[p - 1] !== '\n' && text[p - 1] !== '\r';
}
