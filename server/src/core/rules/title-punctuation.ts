import { msg } from '../messages';
import { titleParagraphs } from '../text/parts';
import type { Rule } from '../types';

/** Marks a title must not end with; `！？` are reported but their removal is only offered. */
const SAFE_END = /[。，；：、.,;:]+$/;
const ANY_END = /[。，；：、.,;:！？!?]+$/;

/**
 * The document's title (标题, GB/T 9704 §7.3.1): no punctuation at its end (GB/T 15834: a title
 * standing on its own line takes no end mark), and no 书名号 around the whole title (they mark the name
 * of a work cited in text, not the heading itself: `关于印发《XX办法》的通知` keeps its inner pair).
 * The title comes from the document model; a first line that reads as a title but ends with `。`
 * (which the model takes for prose) is read leniently (see text/parts.ts). Attachment titles are
 * checked the same way.
 */
export const titlePunctuation: Rule = {
  meta: {
    id: 'title-punctuation',
    name: msg('标题标点', 'Title punctuation'),
    basis: 'GB/T 15834',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg('公文标题末尾不加标点，整个标题不加书名号', 'A document title ends without punctuation and is not wrapped in 书名号'),
    example: { wrong: '《XX县人民政府关于加强安全生产工作的通知》。', right: 'XX县人民政府关于加强安全生产工作的通知' },
  },
  check(ctx) {
    const text = ctx.text;
    const doc = ctx.document;
    const titles = [titleParagraphs(doc, text), ...doc.attachments.map((a) => (a.title ? [a.title] : []))];
    for (const paras of titles) {
      if (paras.length === 0) continue;
      const first = paras[0];
      const last = paras[paras.length - 1];
      const end = text.slice(last.start, last.end).match(ANY_END);
      let stop = last.end;
      if (end) {
        const at = last.end - end[0].length;
        stop = at;
        const safe = SAFE_END.test(end[0]) && end[0].length === text.slice(at, last.end).length;
        ctx.report({
          message: msg(`标题末尾不加标点，应删去“${end[0]}”`, `A title ends without punctuation: delete "${end[0]}"`),
          start: at,
          end: last.end,
          fix: { title: msg(`删去“${end[0]}”`, `Delete "${end[0]}"`), edits: [{ start: at, end: last.end, newText: '' }], kind: safe ? 'safe' : 'suggestion' },
        });
      }
      // 《…》 around the whole title (one line, one pair).
      if (paras.length === 1 && text[first.start] === '《' && text[stop - 1] === '》') {
        const inner = text.slice(first.start + 1, stop - 1);
        if (!inner.includes('《') && !inner.includes('》')) {
          ctx.report({
            message: msg('标题本身不加书名号，应删去首尾的“《》”', 'The title itself takes no 书名号: delete the outer 《》'),
            start: first.start,
            end: stop,
            fix: {
              title: msg('删去首尾的“《》”', 'Delete the outer 《》'),
              edits: [
                { start: first.start, end: first.start + 1, newText: '' },
                { start: stop - 1, end: stop, newText: '' },
              ],
              kind: 'safe',
            },
          });
        }
      }
    }
  },
};
