import { msg } from '../messages';
import { proseOf } from '../text';
import type { Rule } from '../types';

/**
 * Two sentence-internal or sentence-final marks in a row, GB/T 15834 §4 (each mark has its own
 * use; none doubles): `。。` `，，` `、、` `；；` `：：` and mixed pairs such as `，。` `；。` `，、`.
 * Not `？！` `！！` `？？` (GB/T 15834 §4.2 and §4.3 allow them for strong feeling), not `……` or `——`
 * (one mark of two characters), not three or more `。` (an ellipsis written wrong: punctuation-ellipsis).
 * `？。` `！。`: the first mark ends the sentence already. Runs of three (`，，。` `，、，`) are read the same way;
 * a half-width `.` next to `。` (`扎实'.。`, `落实。.`) is a stray (not `Inc.。`, `No.。`: an abbreviation's point).
 * Fix: a doubled mark loses its copy (safe); a mixed run keeps its last mark (a suggestion: the writer may
 * have meant another), safely when that is a `。` ending the line after `，` `、` `。` only (`工作，，。`: a
 * paragraph ends with a full stop); `？。` `！。` lose the `。` (a suggestion); the stray `.` goes (safe).
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
    layer.forEachProseMatch(/(?<![。，、；：])[。，、；：]{2,}(?![。，、；：])/g, (m) => {
      const run = m[0];
      const start = m.index;
      const end = start + run.length;
      // Three or more `。` are an ellipsis; `。。` next to such a run, or a run holding one, is left to punctuation-ellipsis.
      if (run.includes('。。。') || (run === '。。' && (text[start - 1] === '。' || text[end] === '。'))) return;
      const a = run[0];
      const last = run[run.length - 1];
      const same = [...run].every((c) => c === a);
      if (same) {
        ctx.report({
          message: msg(`标点“${a}”重复，应只用一个“${a}”`, `"${a}" doubled: use one "${a}"`),
          start,
          end,
          fix: { title: msg(`删除重复的“${a}”`, `Delete the extra "${a}"`), edits: [{ start: start + 1, end, newText: '' }], kind: 'safe' },
        });
        return;
      }
      const extra = run.slice(0, -1);
      // `工作，，。` at the end of its line: the paragraph ends with the `。`, and `，` `、` never end one.
      const sure = last === '。' && /^[，、。]+$/.test(extra) && endsLine(text, end);
      ctx.report({
        message: msg(`标点“${run}”连用，应只留一个，通常为“${last}”`, `"${run}" in a row: keep one, usually "${last}"`),
        start,
        end,
        fix: { title: msg(`删除“${extra}”`, `Delete "${extra}"`), edits: [{ start, end: end - 1, newText: '' }], kind: sure ? 'safe' : 'suggestion' },
      });
    });
    // A stray half-width `.` next to `。`: `要求'扎实'.。`, `落实。.`. Not `Inc.。` `No.。` `3.。` (a Latin or digit before the
    // point: an abbreviation's), not `。..` or `。.NET`.
    layer.forEachProseMatch(/(?<![.A-Za-z0-9])\.。|。\.(?![.A-Za-z0-9])/g, (m) => {
      const start = m.index;
      const dot = m[0][0] === '.' ? start : start + 1;
      ctx.report({
        message: msg(`半角“.”与“。”连用，应删去“.”`, `A half-width "." next to "。": delete the "."`),
        start,
        end: start + 2,
        fix: { title: msg('删除“.”', 'Delete "."'), edits: [{ start: dot, end: dot + 1, newText: '' }], kind: 'safe' },
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

/** Does only closing quotes or brackets and spaces follow offset `i` up to its line's end? */
function endsLine(text: string, i: number): boolean {
  let k = i;
  while (k < text.length && '”’）》」』】〕"\' \t\u3000'.includes(text[k])) k++;
  return k >= text.length || text[k] === '\n' || text[k] === '\r';
}
