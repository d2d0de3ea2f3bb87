import { msg } from '../messages';
import { titleParagraphs, typeOf } from '../text/parts';
import type { Rule } from '../types';
import type { DocParagraph, DocumentModel } from '../document/types';

/** Marks a title must not end with; `！？` are reported but their removal is only offered. */
const SAFE_END = /[。，；：、.,;:]+$/;
const ANY_END = /[。，；：、.,;:！？!?]+$/;

/** A title in the form of 条例 第九条（五）: `关于…的<文种>` (or `在…上的讲话`), a bracketed suffix allowed. */
const TITLE_FORM = /关于.+的(?:请示报告|决议|决定|命令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|纪要|函|令|讲话|致辞|方案|规定|办法|细则|规划|要点|总结)(?:[（(][^（）()]{1,20}[）)])?$|^在.{2,40}上的(?:讲话|致辞|发言|主持词)$/;
/** A speech's title ends so (office practice). */
const SPEECH_END = /(?:讲话|致辞|致词|发言|主持词|开幕词|闭幕词)$/;
/** Words of a sentence, not of a title: an aspect particle, a pronoun, a meeting's act, an injunction (`各单位要认真执行市政府令。`). */
const SENTENCE_WORDS = /了|已经|正在|我们|你们|审议通过|研究决定|会议认为|会议指出|会议强调|要认真|必须|应当|务必/;

/** Opening words of an injunction or a request: a sentence, not a title (`要用好…`, `请各单位…`). */
const SENTENCE_START = /^(?:要|应当|应|须|必须|务必|请|各地|各单位|各部门)/;
/** A clause mark inside a line: a title holds none (a title with a clause is a sentence). */
const CLAUSE_MARK = /[，,；;]/;
/** A line at least this long (UTF-16 units, end marks aside) that ends with a full stop reads as a sentence. */
const SENTENCE_MIN = 30;

/**
 * Is the document's first line (`paras`, the title the model or `titleCandidate` found) a sentence of a body-first
 * excerpt rather than a title: one line ending with `。` or `.`, not in a title's form (`关于…的通知`, a 文种 or
 * a speech at its end), not a Markdown heading, with no 版头, 发文字号, 副标题 or 主送机关 around it (no other sign
 * of a title), and reading as a sentence: a clause mark inside, an injunction at its start (`要` `请` `各单位`), or
 * `SENTENCE_MIN` units or more. Such a line is not reported (its `.` is punctuation-width's: → `。`).
 */
function sentenceFirstLine(doc: DocumentModel, text: string, paras: readonly DocParagraph[]): boolean {
  if (paras.length !== 1) return false;
  const p = paras[0];
  const s = text.slice(p.start, p.end);
  const end = s.match(ANY_END);
  if (!end || (end[0] !== '。' && end[0] !== '.')) return false;
  const bare = s.slice(0, s.length - 1).trim();
  if (TITLE_FORM.test(bare) || typeOf(bare) !== undefined || SPEECH_END.test(bare)) return false;
  if (/^\s*#/.test(s)) return false;
  for (const q of doc.paragraphs) {
    if (q.role === 'masthead' || q.role === 'document-number' || q.role === 'issuer-mark' || q.role === 'subtitle' || q.role === 'addressee' || q.role === 'salutation') return false;
  }
  return CLAUSE_MARK.test(bare) || SENTENCE_START.test(bare) || bare.length >= SENTENCE_MIN;
}

/**
 * The document's title (标题, GB/T 9704 §7.3.1): no punctuation at its end (GB/T 15834: a title
 * standing on its own line takes no end mark; 附录B.4 allows ？ or ！ at the end of an article's title when needed, so
 * these are reported only on a 公文's title, one that names its 文种 or reads `关于……的…`), and no 书名号 around the whole title (they mark the name
 * of a work cited in text, not the heading itself: `关于印发《XX办法》的通知` keeps its inner pair).
 * The title comes from the document model; a first line that reads as a title but ends with `。`
 * (which the model takes for prose) is read leniently (see text/parts.ts). Attachment titles are
 * checked the same way. Whether such a first line is the title is a guess unless it reads as one
 * (`关于…的通知`, or a 文种 or speech at its end, no clause inside): only then are its fixes safe.
 * A line that reads as a sentence (`县政府常务会议审议通过了年度工作报告。`, a body-first draft) is not
 * reported; any other lenient title gets suggestions.
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
      // A first line the model did not take for the title (it ends with `。`): a title only when it reads as one.
      let sure = true;
      if (paras === titles[0] && sentenceFirstLine(doc, text, paras)) continue;
      if (first.role !== 'title' && paras === titles[0]) {
        const bare = text.slice(first.start, last.end).replace(ANY_END, '');
        if (SENTENCE_WORDS.test(bare)) continue;
        sure = TITLE_FORM.test(bare) || typeOf(bare) !== undefined || SPEECH_END.test(bare);
      }
      let end = text.slice(last.start, last.end).match(ANY_END);
      // GB/T 15834 附录B.4: an article's title (a speech, a 党课, an 倡议) may end with ？ or ！ when needed; a 公文's title
      // (`关于……的通知`, a 文种 at its end) may not.
      if (end && /^[！？!?]+$/.test(end[0])) {
        const bare = text.slice(first.start, last.end - end[0].length);
        if (!TITLE_FORM.test(bare) && typeOf(bare) === undefined) end = null;
      }
      let stop = last.end;
      if (end) {
        const at = last.end - end[0].length;
        stop = at;
        const safe = SAFE_END.test(end[0]) && end[0].length === text.slice(at, last.end).length;
        ctx.report({
          message: msg(`标题末尾不加标点，应删去“${end[0]}”`, `A title ends without punctuation: delete "${end[0]}"`),
          start: at,
          end: last.end,
          fix: { title: msg(`删去“${end[0]}”`, `Delete "${end[0]}"`), edits: [{ start: at, end: last.end, newText: '' }], kind: safe && sure ? 'safe' : 'suggestion' },
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
              kind: sure ? 'safe' : 'suggestion',
            },
          });
        }
      }
    }
  },
};
