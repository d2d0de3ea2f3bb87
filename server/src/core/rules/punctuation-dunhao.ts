import { msg } from '../messages';
import { toChineseNumeral } from '../numbering/numerals';
import { cnDigitValue, markerOffsets, proseOf } from '../text';
import type { Rule } from '../types';

/**
 * After `、和`: a given name of one or two characters and a title or form of address, as in `王明、和晓燕同志`
 * (和 is a surname, not the conjunction). Tested on the text right after `和`.
 */
const SURNAME_HE = /^\p{Script=Han}{1,2}(?:同志|先生|女士|老师|教授|院士|书记|主任|局长|县长|市长|镇长|乡长|部长|处长|科长|委员|代表|等同志)/u;

/** One item of a list of personal names: two or three Han characters, a two-character name padded with spaces (`李　明`). */
const NAME_ITEM = /^\p{Script=Han}[\s\u3000]*\p{Script=Han}{1,2}$/u;

/**
 * Is the `、和…` at UTF-16 offset `at` of `text` (the offset of the 、) inside a list of personal names, where 和 is a
 * surname (`王丽华、李　明、……、董建平、和萧红`)? The item from 和 to the next `、` `，` `。` `；` or line end is a name
 * (`NAME_ITEM`), and so are the four items before it on the line: a list of four or more short items is a roll of
 * names, where `党建、业务、和队伍建设` has two items before and a longer one after.
 */
function inNameList(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const after = /^[^、，。；;,\r\n]*/.exec(text.slice(at + 1, at + 12))![0];
  if (!NAME_ITEM.test(after)) return false;
  // The list starts after the line's last other mark before it (`获奖名单：王丽华、…`).
  const head = text.slice(lineStart, at);
  const before = head.slice(Math.max(...[...'：:，,；;。'].map((c) => head.lastIndexOf(c))) + 1).split('、');
  if (before.length < 4) return false;
  return before.slice(-4).every((item) => NAME_ITEM.test(item.trim()));
}

/**
 * The 顿号 `、`, GB/T 15834 §4.5:
 * - `approximate`: two neighbouring numerals that give an approximate number take no 顿号 (
 *   `三四天`, not `三、四天`). Only a count followed by a measure word is taken; `第一、二季度`, ordinals at the
 *   start of a line and lists such as `一、二年级` (grades one and two) are left alone. Fix: a suggestion.
 * - `quoted`: items each in quotes or in 书名号 with nothing between them take no 顿号
 *   (`“四个意识”“四个自信”`). The standard says 通常 (usually) and published documents of the State Council keep
 *   the 顿号, so this sub-check is off by default. Fix: delete the 顿号 (safe).
 * - `approximate` also in Arabic digits (`3、4个` → `三四个`, GB/T 15835-2011 §4.2; a suggestion: `1、2号楼` lists two).
 * - `conjunction`: `、和` `、或` `、及` `、以及`: the conjunction already joins the last item; `、等` likewise. Whether 和/或/及
 *   is the conjunction is a guess (`喀什、和田地区`, `隐性债务、或有债务`, `王明、和晓燕同志`): words that start with
 *   the character (和田 和县 和龙 和合 和而不同 或有 或然 及时 …) and `和` + a name before a title (`同志`) are
 *   not reported, and the fix is a suggestion (safe for `、以及`, a conjunction whatever follows).
 */
export const punctuationDunhao: Rule = {
  meta: {
    id: 'punctuation-dunhao',
    scope: 'paragraph',
    name: msg('顿号', 'Enumeration comma'),
    basis: 'GB/T 15834',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      '顿号误用：相邻数字表概数不用顿号（三四天）；引号、书名号并列之间不用顿号；“、和”“、或”多余',
      'Misused 、: no 、 in an approximate number (三四天), between quoted or titled items, or before 和/或',
    ),
    example: { wrong: '用三、四天时间学习党章、党规、和党纪', right: '用三四天时间学习党章、党规和党纪' },
    subChecks: {
      approximate: {
        defaultSeverity: 'warning',
        description: msg('相邻数字连用表示概数，中间不用顿号', 'Neighbouring numerals giving an approximate number take no 、'),
        example: { wrong: '三、四天', right: '三四天' },
      },
      quoted: {
        // GB/T 15834 says 通常 (usually), and the State Council's own reports keep the 顿号 (`“一国两制”、“港人治港”`).
        defaultSeverity: 'off',
        description: msg('并列的引号或书名号之间通常不用顿号（默认关闭）', 'No 、 between items each in quotes or 书名号, as the standard usually has it (off by default)'),
        example: { wrong: '“四个意识”、“四个自信”', right: '“四个意识”“四个自信”' },
      },
      conjunction: {
        defaultSeverity: 'warning',
        description: msg('顿号后紧跟“和”“或”“及”“以及”，顿号多余', '、 followed by 和/或/及/以及: drop the 、'),
        example: { wrong: '党建、业务、和队伍建设', right: '党建、业务和队伍建设' },
      },
    },
  },
  check(ctx) {
    const text = ctx.source.text;
    const source = ctx.source;
    const layer = proseOf(ctx);
    const del = (at: number, kind: 'safe' | 'suggestion') => ({
      title: msg('删除顿号', 'Delete the 、'),
      edits: [{ start: at, end: at + 1, newText: '' }],
      kind,
    });

    // 三、四天 五、六十人 十三、四岁
    layer.forEachProseMatch(/([一二两三四五六七八九])、([二三四五六七八九])(?=(?:十|百|千|万)?(?:个|天|日|次|人|名|位|家|岁|倍|种|项|条|所|里|米|公里|斤|元|分钟|小时|周|遍|层|户|件|台|辆|本|句|点|成))/g, (m) => {
      const a = m[1] === '两' ? 2 : cnDigitValue(m[1]);
      const b = cnDigitValue(m[2]);
      if (b !== a + 1) return;
      const start = m.index;
      const line = source.lineAt(start);
      if (text[start - 1] === '第' || text[start - 1] === '、' || text[start + 3] === '、') return;
      // A line-initial ordinal `三、` followed by text that starts with a numeral (`三、四个方面`).
      if (start <= line.contentStart) return;
      ctx.report({
        message: msg(`“${m[0]}”是概数，相邻数字间不用顿号，应为“${m[1]}${m[2]}”`, `"${m[0]}" is an approximate number: no 、, write "${m[1]}${m[2]}"`),
        start,
        end: start + 3,
        sub: 'approximate',
        fix: del(start + 1, 'suggestion'),
      });
    });

    // 3、4个 2、3次: the same in Arabic digits. GB/T 15835-2011 §4.2 writes an approximate number of neighbouring
    // numerals in Chinese numerals (`三四个`): offered, since `1、2号楼` may list two buildings.
    // (The lookbehind stands after the digit it guards, as elsewhere: the engine then skips ahead to a digit.)
    layer.forEachProseMatch(/([1-8])(?<![\d.．,，第、][1-8])、([2-9])(?![\d.．、])(?=(?:十|百|千|万)?(?:个|天|日|次|人|名|位|家|岁|倍|种|项|条|所|分钟|小时|周|遍|层|户|件|台|辆|本|句|成|组|批))/g, (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (b !== a + 1) return;
      const start = m.index;
      if (start <= source.lineAt(start).contentStart) return; // `3、4个方面的问题` after a line-initial ordinal
      // 两 for 二 in a count: 一两个, 两三次.
      const cn = `${a === 2 ? '两' : toChineseNumeral(a)}${b === 2 ? '两' : toChineseNumeral(b)}`;
      ctx.report({
        message: msg(`“${m[0]}”是概数，相邻数字间不用顿号，应写作“${cn}”`, `"${m[0]}" is an approximate number: no 、, write "${cn}"`),
        start,
        end: start + 3,
        sub: 'approximate',
        fix: { title: msg(`改为“${cn}”`, `Change to "${cn}"`), edits: [{ start, end: start + 3, newText: cn }], kind: 'suggestion' },
      });
    });

    // ”、“ 》、《 ’、‘
    layer.forEachProseMatch(/[”》’]、[“《‘]/g, (m) => {
      const at = m.index + 1;
      ctx.report({
        message: msg('引号或书名号并列时，中间不用顿号', 'No 、 between items each in quotes or 书名号'),
        start: at,
        end: at + 1,
        sub: 'quoted',
        fix: del(at, 'safe'),
      });
    });

    // 、和 、或 、及 、以及
    // Not a word that starts with the conjunction's character: 和谐 和平 及时 或许 (`富强、民主、文明、和谐`),
    // place names (和田 和县 和龙 和静 和硕 和政 和林格尔 和布克赛尔), 和合 和而不同 和风细雨, 或有债务 或然, and the
    // pattern 或X或Y (`主动、或多或少`, `或明或暗`).
    const markers = markerOffsets(ctx.sections);
    layer.forEachProseMatch(/、(以及|和(?![谐平睦美解气善顺蔼衷声田县龙合而静硕政林布约弦煦畅颜盘风])|或(?![许有然]|\p{Script=Han}或)|及(?![时時早格第物]))/gu, (m) => {
      const at = m.index;
      if (markers.has(at)) return; // `3、及时性`: the 顿号 of a line-initial ordinal
      if (m[1] === '和' && SURNAME_HE.test(text.slice(at + 2, at + 12))) return; // `王明、和晓燕同志`: 和 is a surname
      if (m[1] === '和' && inNameList(text, at)) return; // `……、董建平、和萧红`: the last name of a list of names
      ctx.report({
        message: msg(`顿号后又用“${m[1]}”，顿号多余`, `、 followed by "${m[1]}": drop the 、`),
        start: at,
        end: at + 1 + m[1].length,
        sub: 'conjunction',
        // 以及 is a conjunction whatever follows; a lone 和/或/及 may start a word or a name.
        fix: del(at, m[1] === '以及' ? 'safe' : 'suggestion'),
      });
    });

    // 、等 (`市场监管局、等单位`): 等 closes the list, with nothing before it. Not words that start with 等 (等级 等同 等于 …)
    // or 等 as an item of its own (`等、靠、要`). (`、并` is left: a speech's `向在座的各位、并通过你们向……` is usage.)
    layer.forEachProseMatch(/、等(?![级待候同额量于比次奖位高距价边分速温腰外、])/g, (m) => {
      const at = m.index;
      if (markers.has(at)) return; // `三、等级评定`: the 顿号 of a line-initial ordinal
      ctx.report({
        message: msg('顿号后又用“等”，顿号多余', '、 followed by 等: drop the 、'),
        start: at,
        end: at + 2,
        sub: 'conjunction',
        fix: del(at, 'suggestion'),
      });
    });
  },
};

