import { msg } from '../messages';
import { markerOffsets, proseOf, toChineseNumber } from '../text';
import type { Rule } from '../types';

/**
 * Numerals, GB/T 15835:
 * - `fixed-term`: numbers inside a fixed name take Chinese numerals (定型的词语): `党的二十大`,
 *   `十九届六中全会`, `市第八次党代会`, `十四届全国人大三次会议`, `四个意识`, `两个维护`, not `党的20大`,
 *   `十九届6中全会`, `市第8次党代会`, `十四届全国人大3次会议`, `县18届人大`, `20届中央委员会`, `市委15届9次全会`,
 *   `“14五”规划`, `4个意识`, `2个维护` (safe: the value is written, only
 *   the form changes; a formula's count must be its own, `3个意识` is left alone);
 * - `full-width`: Arabic digits are written half-width: `２０２４` → `2024` (safe).
 *   Full-width digits inside a line-initial ordinal are the numbering rules' concern.
 */
/** A Chinese numeral or zero beside full-width digits: a Chinese-numeral year, not an Arabic number. */
const CHINESE_NUMERAL = /[〇○零一二三四五六七八九十]/;

/** Set formulas of Party documents written with a count (四个意识, 四个自信, 两个维护, 两个确立, 三个务必). */
const FORMULA_COUNT: Record<string, { n: number; cn: string }> = {
  意识: { n: 4, cn: '四' },
  自信: { n: 4, cn: '四' },
  维护: { n: 2, cn: '两' },
  确立: { n: 2, cn: '两' },
  务必: { n: 3, cn: '三' },
};

/** Characters that may follow such a formula in running text (`增强4个意识的自觉`, `做到2个维护和…`). */
const FORMULA_AFTER = '的和与及、上中方等';

export const numeralUsage: Rule = {
  meta: {
    id: 'numeral-usage',
    scope: 'paragraph',
    name: msg('数字用法', 'Numeral usage'),
    basis: 'GB/T 15835',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      '数字用法：党代会、全会等定型名称用汉字数字（党的二十大、十九届六中全会）；阿拉伯数字用半角',
      'Numerals: fixed names of congresses and plenums take Chinese numerals (党的二十大, 十九届六中全会); Arabic digits are half-width',
    ),
    example: { wrong: '党的20大和十九届6中全会精神，２０２４年', right: '党的二十大和十九届六中全会精神，2024年' },
    subChecks: {
      'fixed-term': {
        defaultSeverity: 'warning',
        description: msg('定型名称中的数字用汉字', 'Numbers in fixed names are written in Chinese numerals'),
        example: { wrong: '党的20大', right: '党的二十大' },
      },
      'full-width': {
        defaultSeverity: 'warning',
        description: msg('全角阿拉伯数字应为半角', 'Full-width Arabic digits should be half-width'),
        example: { wrong: '２０２４年', right: '2024年' },
      },
    },
  },
  check(ctx) {
    const layer = proseOf(ctx);
    const markers = markerOffsets(ctx.sections);
    const fixed = (at: number, digits: string, suffixLen: number, label: string, cnText?: string, kind: 'safe' | 'suggestion' = 'safe') => {
      const n = Number(digits);
      if (!Number.isInteger(n) || n <= 0 || n >= 1000) return;
      const cn = cnText ?? toChineseNumber(n);
      ctx.report({
        message: msg(`“${label}”是定型名称，数字应用汉字：“${cn}”`, `"${label}" is a fixed name: write the number as "${cn}"`),
        start: at,
        end: at + digits.length + suffixLen,
        sub: 'fixed-term',
        fix: { title: msg(`改为“${cn}”`, `Change to "${cn}"`), edits: [{ start: at, end: at + digits.length, newText: cn }], kind },
      });
    };
    // 党的20大 / 第19次全国代表大会 is right as it is (第 + Arabic is allowed); only `的N大` and `届N中全会`.
    layer.forEachProseMatch(/党的(\d{1,3})大/g, (m) => fixed(m.index + 2, m[1], 1, m[0]));
    // `学习贯彻20大精神`, `19大以来`: the congress's short name without 党的, known by what follows it. Without 党的 it
    // rests on a guess (`全国15大代表城市` is a count): offered, not applied; 代表 alone is not enough to tell.
    layer.forEachProseMatch(/(?<![\d.第前的])(1[2-9]|2\d)大(?=精神|报告|以来|胜利召开|召开|开幕|闭幕|代表大会|提出|强调|指出|作出|部署|擘画|确立)/g, (m) =>
      fixed(m.index, m[1], 1, m[0], undefined, 'suggestion'),
    );
    layer.forEachProseMatch(/(\d{1,3})届([一二三四五六七八九十\d]{1,2})中全会/g, (m) => {
      if (/\d/.test(m[1])) fixed(m.index, m[1], 1, m[0]);
    });
    layer.forEachProseMatch(/届(\d{1,2})中全会/g, (m) => fixed(m.index + 1, m[1], 3, m[0]));
    // 市第8次党代会 → 第八次党代会; 十四届全国人大3次会议 → 三次会议 (the short names of the sessions).
    layer.forEachProseMatch(/第(\d{1,2})次党代会/g, (m) => fixed(m.index + 1, m[1], 4, m[0]));
    layer.forEachProseMatch(/届(?:全国|省|市|县|区)?(?:人大|政协)(?:常委会)?(\d{1,2})次(?:全体)?会议/g, (m) => {
      const at = m.index + m[0].indexOf(m[1], 1);
      fixed(at, m[1], m[0].length - (at - m.index) - m[1].length, m[0].slice(1));
    });
    // 县18届人大 → 十八届人大, 20届中央委员会 → 二十届, 市委15届9次全会 → 十五届九次全会: the short names of a
    // congress or a committee's term and plenum, written without 第 (`第19届亚运会` keeps its digits).
    // `连任3届人大代表`, `曾任2届政协委员` count terms served: a number, not a name.
    // A count of terms (`历经3届人大`, `先后在2届人大常委会工作`) reads the same: offered, not applied.
    layer.forEachProseMatch(/(?<![第\d.任续选历经过了在跨])(\d{1,2})届(?=(?:全国|省|市|县|区)?(?:人大|政协)(?!代表|委员)|中央委员会|中央|中委|[一二三四五六七八九十\d]{1,2}次全会)/g, (m) =>
      fixed(m.index, m[1], 1, m[0], undefined, 'suggestion'),
    );
    layer.forEachProseMatch(/届(\d{1,2})次全会/g, (m) => fixed(m.index + 1, m[1], 3, m[0]));
    // “14五”规划 → “十四五”: the five-year plans' short name.
    layer.forEachProseMatch(/(?<![\d.])(1\d)五(?=”|规划|时期|期间|开局|收官)/g, (m) => fixed(m.index, m[1], 1, m[0]));
    // 4个意识 → 四个意识, 2个维护 → 两个维护: the set formulas of Party documents, with their own count.
    layer.forEachProseMatch(/(?<![\d.])(\d)个(意识|自信|维护|确立|务必)/g, (m) => {
      const want = FORMULA_COUNT[m[2]];
      if (Number(m[1]) !== want.n) return;
      const after = ctx.text[m.index + m[0].length] ?? '';
      // `4个意识形态阵地`, `2个维护班组`: a longer word, not the formula.
      if (/\p{Script=Han}/u.test(after) && !FORMULA_AFTER.includes(after)) return;
      fixed(m.index, m[1], m[0].length - 1, m[0], want.cn);
    });

    layer.forEachProseMatch(/[０-９]+(?:[．.][０-９]+)?/g, (m) => {
      if (markers.has(m.index)) return;
      // Beside a Chinese numeral (二０００年, 二０２０年) the digits belong to a Chinese-numeral year written
      // with full-width digits: date-format reports the zeros; turning them half-width would make 二000年.
      const before = m.index > 0 ? ctx.text[m.index - 1] : '';
      const after = ctx.text[m.index + m[0].length] ?? '';
      if (CHINESE_NUMERAL.test(before) || CHINESE_NUMERAL.test(after)) {
        if (/^０+$/.test(m[0])) return;
        ctx.report({
          message: msg(`汉字与全角数字混写“${before}${m[0]}${after}”：年份应全用汉字（“〇”）或全用阿拉伯数字`, `Chinese numerals mixed with full-width digits "${before}${m[0]}${after}": write the year all in Chinese numerals (〇) or all in Arabic digits`),
          start: m.index,
          end: m.index + m[0].length,
          sub: 'full-width',
        });
        return;
      }
      const right = m[0].replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
      ctx.report({
        message: msg(`全角数字“${m[0]}”应为半角“${right}”`, `Full-width digits "${m[0]}" should be half-width "${right}"`),
        start: m.index,
        end: m.index + m[0].length,
        sub: 'full-width',
        fix: { title: msg(`改为“${right}”`, `Change to "${right}"`), edits: [{ start: m.index, end: m.index + m[0].length, newText: right }], kind: 'safe' },
      });
    });
  },
};
