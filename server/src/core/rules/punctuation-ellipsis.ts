import { msg } from '../messages';
import { chineseNumberLists, numberListAt, codePointAt, codePointBefore, isAsciiLetter, isChineseChar, isIdeograph, isPageNumberTail, proseOf, type NumberList } from '../text';
import type { Rule } from '../types';
import { EnglishSentenceFinder } from '../text/script';

/**
 * The ellipsis, GB/T 15834 §4.11: `……` (two `…`, U+2026 twice). Wrong forms in Chinese text: three or
 * more ASCII dots `...`, full stops `。。。`, middle dots `···`, full-width dots `．．．`, a single `…`, and the
 * mathematical midline ellipsis `⋯` (U+22EF, alone or doubled: `⋯⋯`), which is no Chinese mark (in a formula or a
 * mathematical list, `1+2+⋯+n`, `a₁, a₂, ⋯, aₙ`, it stays: no Chinese beside it, or a literal run of the text layer).
 * Twelve dots (`…………`, an omitted paragraph) are right. A run of dots (or of more than four `…`) before a
 * page number at the end of a line is a table-of-contents leader (目录) and is left alone. An English sentence of a
 * bilingual notice (`The visit covers 西湖, 灵隐寺 and 良渚古城遗址... and more.`, see `englishSentences`) keeps its dots. `……等` `……等等`,
 * and `等……` `等等……` closing a list (`等...` too, whose dots the fix above makes `……`): an ellipsis and 等 say the
 * same thing (GB/T 15834 §4.11): keep one (a suggestion deletes the ellipsis).
 */
export const punctuationEllipsis: Rule = {
  meta: {
    id: 'punctuation-ellipsis',
    scope: 'paragraph',
    name: msg('省略号', 'Ellipsis'),
    basis: 'GB/T 15834',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      '省略号应为“……”（两个“…”）：“...”“。。。”“···”“⋯⋯”和单个“…”都不规范；“……等”重复，二者留一',
      'The ellipsis is …… (two …): "...", "。。。", "···", "⋯⋯" and a single … are wrong; "……等" says it twice, keep one',
    ),
    example: { wrong: '加强党建、业务、队伍建设...等工作', right: '加强党建、业务、队伍建设等工作' },
    subChecks: {
      deng: {
        defaultSeverity: 'warning',
        description: msg('省略号后又用“等”“等等”，二者留一', 'An ellipsis followed by 等/等等: keep one of them'),
        example: { wrong: '党建、业务、队伍建设……等工作', right: '党建、业务、队伍建设等工作' },
      },
    },
  },
  check(ctx) {
    const text = ctx.source.text;
    const layer = proseOf(ctx);
    const source = ctx.source;
    const english = new EnglishSentenceFinder(text);
    let listsAt = -1;
    let lists: NumberList[] = [];
    const chineseNear = (start: number, end: number, lineStart: number) =>
      isChineseChar(codePointBefore(text, start)) || isChineseChar(codePointAt(text, end)) || numberAfterChinese(text, start, lineStart);
    // Does the 等 or 等等 at `at` close a list (a 顿号 earlier in its clause: not the verb, `等等……让我想想`), not end a
    // word (`男女平等、民族平等……`, see `DENG_WORD`)?
    const closesList = (at: number, deng: string): boolean => {
      if (deng.length === 1 && at > 0 && DENG_WORD.includes(text[at - 1])) return false;
      const clause = text.slice(source.lineAt(at).start, at);
      const from = Math.max(clause.lastIndexOf('，'), clause.lastIndexOf('。'), clause.lastIndexOf('；'), clause.lastIndexOf('：'));
      return clause.slice(from + 1).includes('、');
    };
    layer.forEachProseMatch(/\.{3,}|。{3,}|·{3,}|．{3,}|…+|⋯+/g, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      const s = m[0];
      if (s[0] === '…' && (s.length === 2 || s.length === 4)) return;
      const line = source.lineAt(start);
      // Table-of-contents leaders: dots (or a run of `…` longer than an ellipsis), then a page number, then
      // the end of the line (`第一章　总则……………………1`).
      if (((s[0] !== '…' && s[0] !== '⋯') || s.length > 4) && isPageNumberTail(text.slice(end, line.end))) return;
      // `第1, 2, …, 5条`: the ellipsis of a number list in a Chinese sentence is Chinese, its commas too
      // (`punctuation-width` widens them in the same pass).
      // (The lists of a line are read once for all its matches: a line of 100,000 `…` must stay linear.)
      if (listsAt !== line.start) {
        listsAt = line.start;
        lists = chineseNumberLists(text, line.start, line.end);
      }
      const list = s[0] === '.' || s[0] === '…' || s[0] === '⋯' ? numberListAt(lists, start) : undefined;
      const listed = list !== undefined;
      if ((s[0] === '.' || s[0] === '·') && !chineseNear(start, end, line.start) && !listed) return;
      // The dots that end an English phrase quoted or named in Chinese text (`“To be continued...”一句`) are English:
      // a Latin letter before them and no ideograph right after.
      if (s[0] === '.' && !listed && isAsciiLetter(codePointBefore(text, start)) && !isIdeograph(codePointAt(text, end))) return;
      if ((s[0] === '…' || s[0] === '⋯') && !chineseNear(start, end, line.start) && !listed) return;
      // `The visit covers 西湖, 灵隐寺 and 良渚古城遗址... and more.`: the ellipsis of an English sentence is English.
      if (!listed && s[0] !== '。' && english.has(start, line.start, line.end)) return;
      const right = (s[0] === '…' || s[0] === '⋯') && s.length >= 4 ? '…………' : '……';
      const twice = text[start - 2] === '等' && text[start - 1] === '等';
      const deng = text[end] === '等' || (text[start - 1] === '等' && closesList(twice ? start - 2 : start - 1, twice ? '等等' : '等'));
      ctx.report({
        message: msg(`省略号“${s}”不规范，应为“${right}”`, `Ellipsis "${s}" should be "${right}"`),
        start,
        end,
        // `共1,200,…,3,400元`: which commas separate thousands is a reading; the list's commas are offered too.
        // Where the `deng` finding says to delete it (`总磷、氨氮等...`, `...等`), written as `……` it would still be wrong: offered.
        fix: { title: msg(`改为“${right}”`, `Change to "${right}"`), edits: [{ start, end, newText: right }], kind: list?.kind === 'grouped' || deng ? 'suggestion' : 'safe' },
      });
    });
    // `……等` / `……等等`: report on the ellipsis (well-formed or not) and the 等. Each run is tried from its first
    // character only (the lookbehinds): tried from every character of a long run without a 等 after it, the
    // search was quadratic (100,000 `。` took 25 s).
    layer.forEachProseMatch(/(?:(?<!…)…+|(?<!⋯)⋯+|(?<!\.)\.{3,}|(?<!。)。{3,}|(?<!·)·{3,})(等等|等)/g, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      const dots = m[0].length - m[1].length;
      ctx.report({
        message: msg(`省略号与“${m[1]}”重复，二者留一：删去省略号`, `The ellipsis and "${m[1]}" say the same: delete the ellipsis`),
        start,
        end,
        sub: 'deng',
        fix: { title: msg('删去省略号', 'Delete the ellipsis'), edits: [{ start, end: start + dots, newText: '' }], kind: 'suggestion' },
      });
    });
    // `党建、业务、队伍建设等等……`, `申报书、可行性研究报告等...`: 等等 or 等 closing a list (a 顿号 earlier in its clause: not
    // the verb, `等等……让我想想`), then an ellipsis that says it again — well-formed or not: `等...` becomes `等……` by
    // the fix above and is just as redundant. Not 等 ending a word (`男女平等、民族平等……`, see `DENG_WORD`).
    layer.forEachProseMatch(/(等等|等)(?:(?<!…)…+|(?<!⋯)⋯+|(?<!\.)\.{3,}|(?<!。)。{3,}|(?<!·)·{3,})/g, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      const deng = m[1];
      if (!closesList(start, deng)) return;
      ctx.report({
        message: msg(`“${deng}”与省略号重复，二者留一：删去省略号`, `The ellipsis and "${deng}" say the same: delete the ellipsis`),
        start,
        end,
        sub: 'deng',
        fix: { title: msg('删去省略号', 'Delete the ellipsis'), edits: [{ start: start + deng.length, end, newText: '' }], kind: 'suggestion' },
      });
    });
  },
};

/**
 * Characters before 等 that make it the end of a word, not the 等 closing a list (`平等` `同等` `相等` `对等` `均等` `高等`
 * `中等` `初等` `优等` `上等` `特等` `头等` `次等` `劣等` `超等` `一等` `二等` `三等`, 何等, 此等, 彼等, 若等, 吾等):
 * `男女平等、民族平等……` lists words that end in 等, and its ellipsis is no repetition.
 */
const DENG_WORD = '平同相对均高中初优上特头次劣超一二三何此彼若吾';

/** How far back (UTF-16 units) `numberAfterChinese` reads a number. */
const NUMBER_REACH = 24;

/**
 * Does a number written in a Chinese sentence end right before `start` (the ellipsis' offset), on the line starting
 * at `lineStart`: ASCII digits with `.` `,` `%` `‰`, at most `NUMBER_REACH` units, right after an ideograph
 * (`已完成80%...`, `全年增长5.2%...` at the end of a paragraph)? `version 1.2...` has no ideograph before its number.
 */
function numberAfterChinese(text: string, start: number, lineStart: number): boolean {
  let k = start;
  let digits = false;
  while (k > lineStart && start - k < NUMBER_REACH) {
    const c = text.charCodeAt(k - 1);
    if (c >= 0x30 && c <= 0x39) digits = true;
    else if (c !== 0x2e && c !== 0x2c && c !== 0x25 && c !== 0x2030) break;
    k--;
  }
  return digits && k > lineStart && isIdeograph(codePointBefore(text, k));
}
