import { msg } from '../messages';
import { proseOf } from '../text';
import type { Rule } from '../types';

/**
 * Words that never reduplicate (adverbs, conjunctions, prepositions, pronouns and 公文 verbs that have no
 * `ABAB` form): written twice in a row they are a slip. Verbs that do reduplicate (`研究研究` `讨论讨论`
 * `学习学习` `努力努力`) and words that can end one word and start the next (`工作工作机制`, `组织实施实施方案`,
 * `有关有关部门`) are not listed.
 */
const NEVER_DOUBLED = [
  '进一步', '不断', '切实', '全面', '深入', '积极', '持续', '坚决', '着力', '大力', '加快', '加强', '提高', '提升',
  '完善', '健全', '贯彻', '坚持', '确保', '认真', '充分', '始终', '自觉', '扎实', '全力', '进而', '从而', '同时',
  '以便', '以及', '并且', '而且', '但是', '因此', '所以', '如果', '虽然', '通过', '按照', '根据', '关于', '对于',
  '我们', '他们', '各级', '目前', '当前', '已经', '正在', '必须', '应当', '进行', '开展',
];

/**
 * The same word written twice in a row, 实务 (proofreading):
 * - a word from a list of words that never reduplicate (`进一步进一步`, `加强加强`): fix deletes one copy (safe);
 * - `的的`, except where one 的 ends a word (`目的的`, `别的的`, `似的的`, the idioms `一语中的的`, `众矢之的的`) or the
 *   second starts one (`乘坐的的士`, `有的的确`, `的的确确`, `开车的的哥`: see `DI_WORDS`) (safe; after 美 only offered:
 *   `美的的工厂` may name the company 美的);
 * - any other run of three or four ideographs written twice (`党支部党支部`): reported with a suggestion, since
 *   a run can end one phrase and start the next; not `一个项目一个项目地抓` (one by one, `ONE_BY_ONE`).
 * A word said twice and a third time after 再/又 (`坚持坚持再坚持`) is rhetoric: not reported.
 * Reduplication (`研究研究`, `看看`, `常常`, `明明白白`) is never reported: two-character repeats outside the list
 * and single characters other than 的 are left alone.
 */
export const duplicateWord: Rule = {
  meta: {
    id: 'duplicate-word',
    scope: 'paragraph',
    name: msg('词语重复', 'Repeated word'),
    basis: '实务',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      '同一词语误写两遍（进一步进一步、的的）；“有的的确”“乘坐的的士”“目的的”和“研究研究”等重叠式不算',
      'A word written twice by mistake (进一步进一步, 的的); 有的的确, 乘坐的的士, 目的的 and reduplication such as 研究研究 are fine',
    ),
    example: { wrong: '要进一步进一步加强组织的的领导', right: '要进一步加强组织的领导' },
  },
  check(ctx) {
    const layer = proseOf(ctx);
    const report = (start: number, word: string, safe: boolean) =>
      ctx.report({
        message: msg(`“${word}”重复，应删去一个`, `"${word}" written twice: delete one`),
        start,
        end: start + word.length * 2,
        fix: {
          title: msg(`删去重复的“${word}”`, `Delete the repeated "${word}"`),
          edits: [{ start: start + word.length, end: start + word.length * 2, newText: '' }],
          kind: safe ? 'safe' : 'suggestion',
        },
      });
    const text = ctx.source.text;
    const n = text.length;
    const at: number[] = [];
    const code = (k: number): number => (k < n ? text.charCodeAt(k) : -1);
    for (const [from, to] of layer.windows) {
    // A doubled run of length L (2 to 4) at i has text[i] === text[i + L] and text[i + 1] === text[i + L + 1].
    // First a tight scan for that, each character read once (a window of six codes slides along; -1 past the
    // end, equal to no code); then the runs are compared only at those offsets.
    at.length = 0;
    let c0 = code(from), c1 = code(from + 1), c2 = code(from + 2), c3 = code(from + 3), c4 = code(from + 4), c5 = code(from + 5);
    for (let i = from; i + 4 <= n && i < to; i++) {
      if ((c0 === c2 && c1 === c3) || (c0 === c3 && c1 === c4) || (c0 === c4 && c1 === c5)) at.push(i);
      c0 = c1;
      c1 = c2;
      c2 = c3;
      c3 = c4;
      c4 = c5;
      c5 = i + 6 < n ? text.charCodeAt(i + 6) : -1;
    }
    let after = from;
    for (let k = 0; k < at.length; k++) {
      const i = at[k];
      if (i < after) continue;
      const c = text.charCodeAt(i);
      if (c < 0x4e00 || c > 0x9fff) continue;
      let hit = 0;
      let listed = false;
      for (let len = 4; len >= 2; len--) {
        if (i + 2 * len > n || text.charCodeAt(i + len) !== c || text.charCodeAt(i + 1) !== text.charCodeAt(i + len + 1)) continue;
        if (text.slice(i, i + len) !== text.slice(i + len, i + 2 * len)) continue;
        const w = text.slice(i, i + len);
        if (LISTED.has(w)) {
          hit = len;
          listed = true;
          break;
        }
        if (len >= 3 && isGenericDouble(w)) {
          hit = len;
          break;
        }
      }
      if (hit === 0 || !layer.isProseRange(i, i + 2 * hit)) continue;
      // `坚持坚持再坚持`, `学习学习再学习`: a word said twice and then again after 再/又 is rhetoric, not a slip.
      if (isRepeatedAgain(text, i, hit)) continue;
      report(i, text.slice(i, i + hit), listed);
      after = i + 2 * hit;
    }
    // 的的, except 有的的确, 目的的, 别的的 …
    for (let i = text.indexOf('的的', from); i >= 0 && i < to; i = text.indexOf('的的', i + 2)) {
      if (!layer.isProseRange(i, i + 2)) continue;
      if (startsDiWord(text, i + 1)) continue; // 乘坐的的士, 有的的确, 的的确确, 开车的的哥
      if (DI_WORDS.some((w) => w.startsWith('的的') && text.startsWith(w, i))) continue; // 依托的的喀喀湖 (the lake's own name)
      if (i > 0 && '目有别似是真端标打'.includes(text[i - 1])) continue; // 目的 有的 别的 似的 是的 真的 … 打的 (a taxi: 打的的费用)
      const word = diWordEndingAt(text, i + 1);
      if (word === 'idiom') continue; // 一语中的的论述, 众矢之的的心理
      // 美的的工厂: the company 美的, or 美的 (beautiful) + a doubled particle: only offered.
      report(i, '的', word === undefined);
    }
    }
  },
};

const LISTED = new Set(NEVER_DOUBLED);

/**
 * Whether the doubled word at `i` (`len` UTF-16 units) is said a third time after 再 or 又 (`坚持坚持再坚持`,
 * `努力努力再努力`): the emphatic triple of speeches, written without the 顿号 of `坚持、坚持、再坚持`.
 */
function isRepeatedAgain(text: string, i: number, len: number): boolean {
  const after = i + 2 * len;
  const w = text.slice(i, i + len);
  return (text[after] === '再' || text[after] === '又') && text.startsWith(w, after + 1);
}

/**
 * Idioms ending in 的 (dì, the target): `一语中的的论述` is the idiom and the particle, not a doubled 的. 有的放矢 and
 * 无的放矢 do not end in 的.
 */
const DI_IDIOMS = ['一语中的', '众矢之的'];

/**
 * Whether the 的 just before `end` (the exclusive end of the word, a UTF-16 offset into `text`) ends a word that is read with 的 as its last character:
 * `idiom` for an idiom of `DI_IDIOMS` (`一语中的`, `众矢之的`), `name` for the company name 美的 (which is also
 * 美 + the particle: `很美的的风景` is a slip), undefined otherwise.
 */
function diWordEndingAt(text: string, end: number): 'idiom' | 'name' | undefined {
  for (const w of DI_IDIOMS) if (end >= w.length && text.startsWith(w, end - w.length)) return 'idiom';
  return end >= 2 && text[end - 2] === '美' ? 'name' : undefined;
}

/**
 * Words that start with 的 (read dí or dì): after the particle 的 they make a correct `的的`; those that start with
 * `的的` (the lake 的的喀喀湖) are correct after any character. 的哥 and 的姐 only when no second 哥/姐 follows
 * (`我的的哥哥` is a slip: 的 + 哥哥). Place names: 的黎波里 (Tripoli), 的里雅斯特 (Trieste), 的的喀喀 (Titicaca).
 */
const DI_WORDS = ['的确', '的士', '的卢', '的黎波里', '的里雅斯特', '的的喀喀'];

/** Whether a word beginning with 的 starts at `i` (a UTF-16 offset of a 的): `的士`, `的确`, `的哥` (not `的哥哥`)… */
function startsDiWord(text: string, i: number): boolean {
  for (const w of DI_WORDS) if (text.startsWith(w, i)) return true;
  const next = text[i + 1];
  return (next === '哥' || next === '姐') && text[i + 2] !== next;
}

/**
 * A run of three or four ideographs written twice that is not reduplication: not one repeated character
 * (`哈哈哈哈哈哈`), not itself `ABAB`, all ideographs.
 */
function isGenericDouble(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  if (/^(.)\1+$/.test(w)) return false;
  // `一个项目一个项目地抓`, `一家企业一家企业地帮`, `一个村一个村过筛子`: one by one, a distributive repetition.
  if (w.charCodeAt(0) === 0x4e00 /* 一 */ && ONE_BY_ONE.includes(w[1])) return false;
  return !(w.length % 2 === 0 && w.slice(0, w.length / 2) === w.slice(w.length / 2));
}

/**
 * Measure words after 一 in a repeated `一 + measure word + noun` (`一个项目一个项目地抓`, `一户一户走访`): the
 * spoken "one by one", written twice on purpose.
 */
const ONE_BY_ONE = '个家项件批户村人条次所座步张份位名处块场道类笔单段节环';
