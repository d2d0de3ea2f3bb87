import { msg } from '../messages';
import { proseOf } from '../text';
import type { Rule } from '../types';

/**
 * Two sentence-internal or sentence-final marks in a row, GB/T 15834 §4 (each mark has its own
 * use; none doubles): `。。` `，，` `、、` `；；` `：：` and mixed pairs such as `，。` `；。` `，、`.
 * Not `？！` `！！` `？？` (GB/T 15834 §4.2 and §4.3 allow them for strong feeling), not `……` or `——`
 * (one mark of two characters), not three or more `。` (an ellipsis written wrong: punctuation-ellipsis).
 * `？。` `！。`: the first mark ends the sentence already.
 * Fix: a doubled mark loses its copy (safe); a mixed pair keeps the second mark (a suggestion: the
 * writer may have meant the first); `？。` `！。` lose the `。` (a suggestion).
 */
export const punctuationDuplicate: Rule = {
  meta: {
    id: 'punctuation-duplicate',
    scope: 'paragraph',
    name: msg('标点重复', 'Doubled punctuation'),
    basis: 'GB/T 15834',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg('标点连用：“。。”“，，”“，。”“；。”等，应只留一个', 'Two marks in a row (。。 ，， ，。 ；。…): keep one'),
    example: { wrong: '会议要求，，各单位抓好落实。。', right: '会议要求，各单位抓好落实。' },
  },
  check(ctx) {
    const text = ctx.source.text;
    const layer = proseOf(ctx);
    layer.forEachProseMatch(/(?<![。，、；：])[。，、；：]{2}(?![。，、；：])/g, (m) => {
      const [a, b] = m[0];
      // Three or more `。` are an ellipsis; `。。` inside such a run is left to punctuation-ellipsis.
      const start = m.index;
      if (a === b && a === '。' && (text[start - 1] === '。' || text[start + 2] === '。')) return;
      const same = a === b;
      ctx.report({
        message: same
          ? msg(`标点“${a}”重复，应只用一个“${a}”`, `"${a}" doubled: use one "${a}"`)
          : msg(`标点“${a}${b}”连用，应只留一个，通常为“${b}”`, `"${a}${b}" in a row: keep one, usually "${b}"`),
        start,
        end: start + 2,
        fix: same
          ? { title: msg(`删除重复的“${a}”`, `Delete the extra "${a}"`), edits: [{ start: start + 1, end: start + 2, newText: '' }], kind: 'safe' }
          : { title: msg(`删除“${a}”`, `Delete "${a}"`), edits: [{ start, end: start + 1, newText: '' }], kind: 'suggestion' },
      });
    });
    // `？。` `！。`: the question or exclamation mark already ends the sentence (GB/T 15834 §4.2, §4.3).
    layer.forEachProseMatch(/[？！]。(?![。，、；：])/g, (m) => {
      const start = m.index;
      const a = m[0][0];
      ctx.report({
        message: msg(`“${a}”后又用“。”，句末只用“${a}”`, `"${a}" already ends the sentence: delete the "。" after it`),
        start,
        end: start + 2,
        fix: { title: msg('删除“。”', 'Delete "。"'), edits: [{ start: start + 1, end: start + 2, newText: '' }], kind: 'suggestion' },
      });
    });
  },
};
