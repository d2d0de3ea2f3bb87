import { msg } from '../messages';
import { proseOf } from '../text';
import { CASE_NUMBER } from '../text/parts';
import type { Rule } from '../types';

/** Characters written for zero in a year of Chinese numerals; only `〇` is right (GB/T 15835: a numeral used as a label writes zero as 〇). */
const WRONG_ZERO = '0OoＯｏ○◯零Ｏ０';
const YEAR_CHARS = `[〇一二三四五六七八九${WRONG_ZERO}]`;
/** A Chinese-numeral year (the character before it is checked by hand: a leading lookbehind slows the scan). */
const ZERO_YEAR = new RegExp(`[一二]${YEAR_CHARS}{3}年`, 'g');
const NOT_BEFORE_YEAR = new RegExp(`[〇一二三四五六七八九十${WRONG_ZERO}\\dA-Za-z]`);

/**
 * Dates, GB/T 15835 and GB/T 9704 §7.3.5.4 (成文日期):
 * - `leading-zero`: `2024年05月06日` → `2024年5月6日` (month and day without a leading zero; safe); a day written
 *   with 号 (`2025年05月06号`) gets one fix for the zeros and the 号 together in a 公文 (→ `2025年5月6日`, a suggestion, as
 *   `hao`), so no fix leaves the half-corrected `5月06号`; elsewhere the zeros alone go (safe);
 *   a day after a month word or a Chinese-numeral month (`每月05日`, `次月05日`, `三月05日` → `每月5日`…; safe), not
 *   one with no month before it (`第05日`, `ID05日`);
 * - `short-year`: `24年5月` → `2024年5月` (the year in full). Only a two-digit year directly followed by a month
 *   is taken — `改革开放40年来`, `近10年` are durations — or one the words around make a year (`24年全年`, `24年度`,
 *   `23年底`, `24年上半年`, `2023年和24年`: `PART_OF_YEAR`, `JOINED_TO_YEAR`; a bare `99年建成` may be `用30年建成`, a span).
 *   The century is a guess: a suggestion;
 * - `signing-date`: the 成文日期 under the 署名 (from the document model) in Chinese numerals → Arabic (GB/T 9704
 *   §7.3.5.4: 用阿拉伯数字将年、月、日标全); a suggestion (which line is the 成文日期 is the model's reading). Not in a
 *   letter or certificate (`贺信`, `倡议书`, `聘书`: not a 公文, see `isLetter`);
 * - `impossible`: a day the month does not have (`2025年2月29日`, `4月31日`, `5月0日`; leap years counted, `2月29日`
 *   with no year allowed; after `农历` any day up to 30, the length of a lunar month), or a month past 12 or 0 after
 *   a year (`2025年13月5日`, `2024年0月`, `2024年00月`); no fix, and no leading-zero fix on `00月` or `00日` either;
 * - `hao`: `2025年4月18号` in a 公文 (not a 讲话稿) → `2025年4月18日` (实务: the day is written 日; a suggestion,
 *   `3月5号楼` and `5号文件` are left alone);
 * - `zero`: `二0二四年` `二O二四年` `二○二四年` `二零二四年` → `二〇二四年` (the zero of a Chinese-numeral year is `〇`; safe).
 */
/** The message of a date `written` whose month does not exist: month 0 (`zero`) or past 12. */
function noSuchMonth(written: string, zero: boolean) {
  return zero
    ? msg(`日期“${written}”不存在：月从1月算起`, `Date "${written}" does not exist: months start at 1`)
    : msg(`日期“${written}”不存在：一年只有12个月`, `Date "${written}" does not exist: a year has 12 months`);
}

export const dateFormat: Rule = {
  meta: {
    id: 'date-format',
    scope: 'paragraph',
    name: msg('日期格式', 'Date format'),
    basis: 'GB/T 15835',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      '日期写法：月、日不加前导零（2024年5月6日），年份写全（2024年），汉字年份中的零写作“〇”',
      'Dates: no leading zero in month or day (2024年5月6日), the year in full (2024年), 〇 for zero in a Chinese-numeral year',
    ),
    example: { wrong: '24年05月06日', right: '2024年5月6日' },
    subChecks: {
      'leading-zero': {
        defaultSeverity: 'warning',
        description: msg('月、日前加了“0”', 'A leading zero in a month or day'),
        example: { wrong: '2024年05月06日', right: '2024年5月6日' },
      },
      'short-year': {
        defaultSeverity: 'warning',
        description: msg('年份只写两位，应写全', 'A two-digit year: write it in full'),
        example: { wrong: '24年5月', right: '2024年5月' },
      },
      'signing-date': {
        defaultSeverity: 'warning',
        description: msg('成文日期用阿拉伯数字将年、月、日标全', 'The date of a document (成文日期) is written in Arabic numerals, in full'),
        example: { wrong: '二〇二四年五月六日', right: '2024年5月6日' },
      },
      impossible: {
        defaultSeverity: 'warning',
        description: msg('日期不存在（2月30日、4月31日、5月0日，非闰年的2月29日，13月、0月）', 'A date that does not exist (2月30日, 4月31日, 5月0日, 2月29日 of a common year, month 13 or 0)'),
        example: { wrong: '2025年2月29日', right: '2025年2月28日' },
      },
      hao: {
        defaultSeverity: 'warning',
        description: msg('公文中日期的“日”不写作“号”', 'A 公文 writes the day with 日, not 号'),
        example: { wrong: '2025年4月18号', right: '2025年4月18日' },
      },
      zero: {
        defaultSeverity: 'warning',
        description: msg('汉字年份中的零应写作“〇”', 'Zero in a Chinese-numeral year is 〇'),
        example: { wrong: '二0二四年', right: '二〇二四年' },
      },
    },
  },
  check(ctx) {
    const layer = proseOf(ctx);
    const text = ctx.source.text;

    // 2024年05月06日, 5月06日, 2024年05月, and with the day written 号: 2025年05月06号, 5月06号
    layer.forEachProseMatch(/(?<!\d)(?:(\d{4})年)?0(\d)月(?:0?\d{1,2}[日号])?|(?<!\d)(?:\d{1,2})月0(\d)[日号]/g, (m) => {
      let s = m[0];
      // `5月06号楼`: the 号 numbers a thing; only the month is a date here.
      if (s.endsWith('号') && NUMBERED_THING.includes(text[m.index + s.length] ?? '\n')) s = s.slice(0, s.indexOf('月') + 1);
      // `00月`, `5月00日`: no such month or day (`impossible`); dropping a zero would only leave `0月`.
      if (/(?:^|年)00月|月00[日号]/.test(s)) return;
      const edits: Array<{ start: number; end: number; newText: string }> = [];
      // every `0` that opens a month or a day number
      const re = /(^|[年月])0(?=\d[月日号])/g;
      for (let z = re.exec(s); z !== null; z = re.exec(s)) {
        const at = m.index + z.index + z[1].length;
        edits.push({ start: at, end: at + 1, newText: '' });
      }
      if (edits.length === 0) return;
      let right = s.replace(/(^|[年月])0(?=\d[月日号])/g, '$1');
      // In a 公文 the day is 日 (see `hao`): the zeros and the 号 go in one edit, so that no fix leaves
      // the half-corrected `5月06号` → `5月6号`. Whether 号 is a day is a reading: a suggestion.
      const hao = s.endsWith('号') && ctx.document.kind === 'document';
      if (hao) {
        edits.push({ start: m.index + s.length - 1, end: m.index + s.length, newText: '日' });
        right = right.slice(0, -1) + '日';
      }
      ctx.report({
        message: hao
          ? msg(`日期“${s}”的月、日不加前导零，公文中日写作“日”，应为“${right}”`, `Date "${s}": no leading zero in month or day, and a 公文 writes the day with 日: "${right}"`)
          : msg(`日期“${s}”的月、日不加前导零，应为“${right}”`, `Date "${s}": no leading zero in month or day, write "${right}"`),
        start: m.index,
        end: m.index + s.length,
        sub: 'leading-zero',
        fix: { title: msg(`改为“${right}”`, `Change to "${right}"`), edits, kind: hao ? 'suggestion' : 'safe' },
      });
    });

    // `每月05日`, `次月05日`, `三月05日`: a day of the month with a leading zero after a month that is a word
    // (每月 本月 次月 当月 上月 下月) or a Chinese-numeral month (一月…十二月, 正月, 腊月). `5月05日` is the
    // match above; a day with no month before it (`第05日`, `ID05日`) may be a number or a code, and is left.
    layer.forEachProseMatch(/(?:(?<![一二三四五六七八九十〇零百千万两几第])(?:十[一二]|[一二三四五六七八九十])|[每本次当上下正腊])月0[1-9]日/g, (m) => {
      const s = m[0];
      const at = m.index + s.length - 3;
      const right = s.slice(0, -3) + s.slice(-2);
      ctx.report({
        message: msg(`日期“${s}”的日不加前导零，应为“${right}”`, `Date "${s}": no leading zero in the day, write "${right}"`),
        start: m.index,
        end: m.index + s.length,
        sub: 'leading-zero',
        fix: { title: msg(`改为“${right}”`, `Change to "${right}"`), edits: [{ start: at, end: at + 1, newText: '' }], kind: 'safe' },
      });
    });

    // 24年5月 — a two-digit year, then a month
    layer.forEachProseMatch(/(?<![\d.\-/第近约])(\d{2})年(?=(?:[1-9]|1[0-2])月)/g, (m) => {
      const before = text.slice(Math.max(0, m.index - 2), m.index);
      if (/[近约共满逾达]$|[过了]$/.test(before)) return;
      const yy = Number(m[1]);
      // 20yy unless that is in the future (`35年5月` in 2026 is 1935): a suggestion, the century is a reading.
      const full = 2000 + yy <= new Date().getFullYear() ? 2000 + yy : 1900 + yy;
      ctx.report({
        message: msg(`年份“${m[1]}年”应写全，如“${full}年”`, `Year "${m[1]}年" should be written in full, e.g. "${full}年"`),
        start: m.index,
        end: m.index + m[0].length,
        sub: 'short-year',
        fix: {
          title: msg(`改为“${full}年”`, `Change to "${full}年"`),
          edits: [{ start: m.index, end: m.index + 2, newText: String(full) }],
          kind: 'suggestion',
        },
      });
    });

    // 24年全年, 24年度, 23年底, 24年上半年, 2023年和24年: a two-digit year without a month, taken only where the words around
    // it make it a year of the calendar (`工作24年`, `近10年`, `用30年建成` are durations, and so is a bare `99年建成`).
    // Two digits and 年 found first (a plain scan), their context read after: the pattern's leading lookbehinds made
    // the regex engine try every offset of the text.
    layer.forEachProseMatch(/\d\d年/g, (m) => {
      const at = m.index;
      const yy = m[0].slice(0, 2);
      const after = text.slice(at + 3, at + 8);
      const partOfYear = !SHORT_YEAR_NOT_AFTER.test(text.charAt(at - 1)) && PART_OF_YEAR.test(after);
      if (partOfYear ? !YEAR_BEFORE.test(text.slice(Math.max(0, at - 1), at)) : !JOINED_TO_YEAR.test(text.slice(Math.max(0, at - 9), at)) || NOT_A_YEAR_AFTER.test(after)) return;
      const full = 2000 + Number(yy) <= new Date().getFullYear() ? 2000 + Number(yy) : 1900 + Number(yy);
      ctx.report({
        message: msg(`年份“${yy}年”应写全，如“${full}年”`, `Year "${yy}年" should be written in full, e.g. "${full}年"`),
        start: at,
        end: at + 3,
        sub: 'short-year',
        fix: { title: msg(`改为“${full}年”`, `Change to "${full}年"`), edits: [{ start: at, end: at + 2, newText: String(full) }], kind: 'suggestion' },
      });
    });

    // 2024年13月, 2024年0月 (no day): a month the year does not have; with a day, the check below reports it
    layer.forEachProseMatch(/(?<![\d.])\d{4}年(?:1[3-9]|[2-9]\d|00?)月(?!\d)/g, (m) => {
      ctx.report({
        message: noSuchMonth(m[0], /年00?月$/.test(m[0])),
        start: m.index,
        end: m.index + m[0].length,
        sub: 'impossible',
      });
    });

    // 2025年2月29日, 4月31日: a day the month does not have (no fix: which date is meant is the writer's call)
    layer.forEachProseMatch(/(?<![\d.])(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]/g, (m) => {
      const year = m[1] === undefined ? undefined : Number(m[1]);
      const month = Number(m[2]);
      const day = Number(m[3]);
      const noMonth = month < 1 || month > 12;
      // a month past 12 only with its year (`2025年13月5日`): without one, `13月5日` may be a cut-off reading
      if (noMonth ? year === undefined : day >= 1 && day <= daysIn(month, year)) return;
      // `农历2月30日`: a month of the lunar calendar has 29 or 30 days, whichever month it is.
      if (!noMonth && day >= 1 && day <= 30 && /(?:农历|阴历|夏历)$/.test(text.slice(Math.max(0, m.index - 2), m.index))) return;
      const last = noMonth ? 0 : daysIn(month, year);
      ctx.report({
        message: noMonth
          ? noSuchMonth(m[0], month === 0)
          : day === 0
            ? msg(`日期“${m[0]}”不存在：日从1日算起`, `Date "${m[0]}" does not exist: days start at 1`)
            : msg(
                `日期“${m[0]}”不存在：${year !== undefined ? `${year}年` : ''}${month}月只有${last}天`,
                `Date "${m[0]}" does not exist: ${month}月${year !== undefined ? ` of ${year}` : ''} has ${last} days`,
              ),
        start: m.index,
        end: m.index + m[0].length,
        sub: 'impossible',
      });
    });

    // 2025年4月18号 in a 公文: the day is written 日
    if (ctx.document.kind === 'document') {
      layer.forEachProseMatch(/(?<![\d.])(?:\d{4}年)?(?:[1-9]|1[0-2])月(?:[1-9]|[12]\d|3[01])号/g, (m) => {
        const after = text[m.index + m[0].length] ?? '';
        // `3月5号楼`, `5号文件`: 号 numbering a thing, not a day.
        if (NUMBERED_THING.includes(after) && after !== '') return;
        const at = m.index + m[0].length - 1;
        const right = m[0].slice(0, -1) + '日';
        ctx.report({
          message: msg(`公文中日期写作“日”，不写“号”：“${right}”`, `A 公文 writes the day with 日, not 号: "${right}"`),
          start: m.index,
          end: m.index + m[0].length,
          sub: 'hao',
          fix: { title: msg(`改为“${right}”`, `Change to "${right}"`), edits: [{ start: at, end: at + 1, newText: '日' }], kind: 'suggestion' },
        });
      });
    }

    // 成文日期 in Chinese numerals
    const d = ctx.document.date;
    const title = ctx.document.title && text.slice(ctx.document.title.start, ctx.document.title.end);
    if (
      d &&
      ctx.document.kind === 'document' &&
      !isLetter(title) &&
      !isLitigation(text.slice(0, d.start), ctx.document.signature.map((p) => text.slice(p.start, p.end)))
    ) {
      const s = text.slice(d.start, d.end);
      const arabic = chineseDate(s);
      if (arabic !== undefined) {
        ctx.report({
          message: msg(`成文日期用阿拉伯数字：“${arabic}”`, `The date of a document is written in Arabic numerals: "${arabic}"`),
          start: d.start,
          end: d.end,
          sub: 'signing-date',
          // Which line is the 成文日期 is the document model's reading: a suggestion, never applied in bulk.
          fix: { title: msg(`改为“${arabic}”`, `Change to "${arabic}"`), edits: [{ start: d.start, end: d.end, newText: arabic }], kind: 'suggestion' },
        });
      }
    }

    // 二0二四年: four year characters, at least one a wrong zero, at least two Chinese numerals
    layer.forEachProseMatch(ZERO_YEAR, (m) => {
      if (m.index > 0 && NOT_BEFORE_YEAR.test(text[m.index - 1])) return;
      const year = m[0].slice(0, 4);
      if (![...year].some((c) => WRONG_ZERO.includes(c))) return;
      // Two Chinese numerals make it a Chinese-numeral year (二0二四); so do 二 or 一 and three zeros of the
      // full-width kinds (二０００, 一九○○ is covered above), never ASCII (二000 may be a typo for 2000).
      const chinese = [...year].filter((c) => '一二三四五六七八九〇'.includes(c)).length;
      if (chinese < 2 && ![...year.slice(1)].every((c) => '０○◯零Ｏ'.includes(c))) return;
      const right = [...year].map((c) => (WRONG_ZERO.includes(c) ? '〇' : c)).join('');
      const edits = [...year].flatMap((c, k) => (WRONG_ZERO.includes(c) ? [{ start: m.index + k, end: m.index + k + 1, newText: '〇' }] : []));
      ctx.report({
        message: msg(`汉字年份“${year}年”中的零应写作“〇”：“${right}年”`, `Zero in the year "${year}年" is 〇: "${right}年"`),
        start: m.index,
        end: m.index + 5,
        sub: 'zero',
        fix: { title: msg(`改为“${right}年”`, `Change to "${right}年"`), edits, kind: 'safe' },
      });
    });
  },
};

/*
 * A two-digit year without a month that the words around it make a year of the calendar (the constants below):
 * followed by a part of the year (`24年全年`, `24年度`, `23年底`, `24年初`, `24年末`, `24年上半年`, `24年一季度`; not
 * `年度过`, `年底蕴`, `年初心`, `年初步`: `用30年度过`, `坚守20年初心`, `用10年初步建成` are durations), or after a year in
 * full and a word that joins two years (`2023年和24年`, `2023—24年`; not before `后` `来` `前` `间` `内` `里` `以` `多` `之`
 * `的` `时` `过` `中` `左右`: `从2000年到24年后` is a span; not after a comma: `2014年，10年过去了`). The first kind takes only what `YEAR_BEFORE`
 * allows before it (`坚持10年全年无休`, `近10年全年` are spans).
 */
/** What may not stand right before the two digits (`2024年` holds `24年`; `1.5年`, `3-24年`, `第24年`). */
const SHORT_YEAR_NOT_AFTER = /[\d.\-/第]/;
/** A part of the year right after `NN年` (`24年全年`, `24年度`, `23年底`, `20年初`, `24年上半年`, `24年一季度`). */
const PART_OF_YEAR = /^(?:全年|度(?!过)|底(?![蕴线子色气])|初(?![心衷步见具显有始])|末|[上下]半年|第?[一二三四]季度)/;
/** A full year and a word joining the two-digit one to it, right before the digits (`2023年和`, `2023—`). */
const JOINED_TO_YEAR = /(?<![\d.])\d{4}年(?:和|与|及|或|、|至|到|—|－|-)$/;
/** After a joined two-digit year, what makes it a span (`从2000年到24年后`, `24年来`, `24年左右`). */
const NOT_A_YEAR_AFTER = /^(?:[后来前间内里以多之的时过中]|左右)/;
/**
 * What may stand right before a two-digit year followed by a part of the year: no ideograph (the clause's start, a
 * mark, a space), or a word that introduces a time (`在24年底`, `截至23年底`, `较23年底`, `和24年全年`). After another word
 * the number is as often a span (`坚持10年全年无休`, `近10年全年`, `连续10年度`).
 */
const YEAR_BEFORE = /(?:^|[^\u3400-\u9fff]|[在于至止到从自比较和与及同])$/;

/**
 * Titles of letters and certificates (事务文书, not among the 公文 of 条例 第八条, so outside GB/T 9704): `贺信`,
 * `慰问信`, `感谢信`, `倡议书`, `致全市教师的一封信`, `聘书`, `奖状`… Their date is often written in Chinese
 * numerals (`二〇二六年九月十八日`), as letter practice has it; the 成文日期 check does not apply.
 */
const LETTER_TITLE = /(?:贺信|贺电|贺词|慰问信|慰问电|感谢信|表扬信|致歉信|倡议书|公开信|一封信|聘书|证书|奖状|请柬|讣告|唁电)$/;

/** Is `title` (the title's text, or undefined) that of a letter or certificate (`LETTER_TITLE`), spaces and a last bracketed note aside? */
function isLetter(title: string | undefined): boolean {
  if (title === undefined) return false;
  return LETTER_TITLE.test(title.replace(/[\s\u3000]/g, '').replace(/[（(][^（）()]*[）)]$/, ''));
}

/** A signature (署名) of a court, procuratorate or arbitration commission. */
const JUDICIAL_BODY = /(?:人民法院|人民检察院|仲裁委员会)$/;

/**
 * Is this a litigation or arbitration document (诉讼文书: a court's 公告 or 判决书, a procuratorate's 起诉书, an
 * arbitration award)? Their forms (最高人民法院《法院诉讼文书样式》, the procuratorates' and arbitration commissions'
 * counterparts) write the date in Chinese numerals (`二〇二六年十一月十六日`), so the 成文日期 check of GB/T 9704 does not
 * apply. Read from `before` (the text before the date: a case number 案号 in it) or from `signature` (the 署名 lines: a
 * court, procuratorate or arbitration commission) with one of the first three lines of `before` a 公告 or a document
 * of 书 (`判决书`, `起诉书`…). A court's ordinary 公文 (`关于……的通知`, no case number) is still checked.
 */
function isLitigation(before: string, signature: string[]): boolean {
  if (CASE_NUMBER.test(before)) return true;
  const bare = (t: string) => t.replace(/[\s\u3000]/g, '');
  if (!signature.some((s) => JUDICIAL_BODY.test(bare(s)))) return false;
  // The title, or the 文种 line under the court's name (`临川市西湖区人民法院` / `公　　告`): among the first three lines.
  const head = before.split(/\r?\n|\r/).map(bare).filter((l) => l !== '').slice(0, 3);
  return head.some((l) => l.length <= 40 && /(?:公告|书)$/.test(l));
}

/** Characters after `N号` that make it the number of a thing (`5号楼`, `1号文件`, `3号线`), not a day. */
const NUMBERED_THING = '楼院线文令房门库机车井仓厅室馆台站口码窗柜桥路街段区';

/**
 * Days in `month` (1–12) of `year` (Gregorian: a leap year is divisible by 4, and by 400 if by 100);
 * February has 29 when the year is not given (it may be a leap year).
 */
function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `二〇二四年五月六日` → `2024年5月6日`; undefined unless the whole date is in Chinese numerals. */
function chineseDate(s: string): string | undefined {
  const m = /^([〇○零O0一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号]$/.exec(s);
  if (!m) return undefined;
  const digit = (c: string) => ('〇○零O0'.includes(c) ? 0 : '一二三四五六七八九'.indexOf(c) + 1);
  const year = [...m[1]].map(digit).join('');
  const small = (t: string): number | undefined => {
    if (t === '十') return 10;
    if (t.length === 1) return digit(t);
    if (t.length === 2 && t[0] === '十') return 10 + digit(t[1]);
    if (t.length === 2 && t[1] === '十') return digit(t[0]) * 10;
    if (t.length === 3 && t[1] === '十') return digit(t[0]) * 10 + digit(t[2]);
    return undefined;
  };
  const month = small(m[2]);
  const day = small(m[3]);
  if (month === undefined || day === undefined || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}年${month}月${day}日`;
}
