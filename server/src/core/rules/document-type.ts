import { msg } from '../messages';
import { addresseeParagraph, titleParagraphs, typeOf, type DocumentType } from '../text/parts';
import type { Rule } from '../types';

/** Asking for approval: the mark of a 请示 (条例 第十五条（四）: no 请示 matter inside a 报告). */
const ASKS = /妥否|当否|请批示|请予批示|请批准|请予批准|请审批|请予审批/g;

/** Closing formulas (实务) and the type each belongs to. */
const CLOSING = /(特此(通知|报告|公告|通告|通报|函告|函复|批复)|此复|请予?函复|(?:以上请示)?(?:妥否|当否)，?请(?:批示|批复)|请批示|请审议)[。！]?$/;
const CLOSING_TYPE: Record<string, DocumentType> = {
  特此通知: '通知',
  特此报告: '报告',
  特此公告: '公告',
  特此通告: '通告',
  特此通报: '通报',
  特此函告: '函',
  特此函复: '函',
  请予函复: '函',
  请函复: '函',
  此复: '批复',
  特此批复: '批复',
  请审议: '议案',
};
/** Types whose closing formula is settled enough to compare. */
const COMPARED: ReadonlySet<DocumentType> = new Set(['通知', '报告', '请示', '批复', '函', '公告', '通告', '通报', '议案']);

/**
 * Document type (文种), 条例 第八条 and 第十五条, with the closing formulas of office practice (domain.md §6):
 * - `report-asks`: a 报告 that asks for approval (`妥否，请批示`, `请批准`) — 条例 第十五条（四）: no 请示 matter
 *   inside a 报告 (warning);
 * - `type-name`: `请示报告` is not a 文种 (条例 第八条 lists 请示 and 报告 apart) (warning);
 * - `one-addressee`: a 请示 goes to one 主送机关 (条例 第十五条（一）, 原则上) — several names in its 主送机关 (info);
 * - `closing`: the closing formula of the last body paragraphs names another type than the title
 *   (`……的通知` ending `特此报告。`; a 函 ending `妥否，请批示。`; a 批复 ending `特此通知。`) (warning).
 * Only a 公文 whose title names its type is checked, and only its main document (not the attachments).
 * No fixes: which type is meant is the writer's call. `请示` with more than one matter is not detected.
 */
export const documentType: Rule = {
  meta: {
    id: 'document-type',
    name: msg('文种', 'Document type'),
    basis: '条例',
    defaultSeverity: 'warning',
    fixable: false,
    description: msg(
      '文种使用：报告不得夹带请示事项，“请示报告”不是文种，请示一般只主送一个机关，结尾用语与标题文种一致',
      'Document type: a 报告 asks for no approval, 请示报告 is no type, a 请示 goes to one addressee, the closing formula fits the title\'s type',
    ),
    example: { wrong: 'XX县教育局关于申请维修经费的报告\n……\n妥否，请批示。', right: 'XX县教育局关于申请维修经费的请示\n……\n妥否，请批示。' },
    subChecks: {
      'report-asks': {
        defaultSeverity: 'warning',
        description: msg('报告中夹带请示事项（请批示、请批准）', 'A 报告 asking for approval'),
        example: { wrong: '……的报告 …… 妥否，请批示。', right: '……的请示 …… 妥否，请批示。' },
      },
      'type-name': {
        defaultSeverity: 'warning',
        description: msg('“请示报告”不是公文文种', '请示报告 is not a document type'),
        example: { wrong: '关于申请维修经费的请示报告', right: '关于申请维修经费的请示' },
      },
      'one-addressee': {
        defaultSeverity: 'info',
        description: msg('请示原则上只主送一个上级机关', 'A 请示 goes, as a rule, to one superior body'),
        example: { wrong: '市财政局、市教育局：', right: '市财政局：' },
      },
      closing: {
        defaultSeverity: 'warning',
        description: msg('结尾用语与标题的文种不一致（通行做法）', 'The closing formula does not fit the title\'s type (office practice)'),
        example: { wrong: '……的通知 …… 特此报告。', right: '……的通知 …… 特此通知。' },
      },
    },
  },
  check(ctx) {
    const text = ctx.text;
    const doc = ctx.document;
    if (doc.kind !== 'document') return;
    const title = titleParagraphs(doc, text);
    if (title.length === 0) return;
    const titleText = title.map((p) => text.slice(p.start, p.end)).join('');
    const type = typeOf(titleText);
    if (type === undefined) return;
    const last = title[title.length - 1];

    if (type === '请示报告') {
      const at = text.lastIndexOf('请示报告', last.end);
      ctx.report({
        message: msg('“请示报告”不是公文文种：请示事项用“请示”，汇报工作用“报告”', '请示报告 is no document type: use 请示 to ask, 报告 to report'),
        start: at >= last.start ? at : last.start,
        end: at >= last.start ? at + 4 : last.end,
        sub: 'type-name',
      });
      return;
    }

    const body = doc.paragraphs.filter((p) => p.attachment === 0 && (p.role === 'body' || p.role === 'heading'));
    if (type === '报告') {
      for (const p of body) {
        ASKS.lastIndex = 0;
        const m = ASKS.exec(text.slice(p.start, p.end));
        if (!m) continue;
        ctx.report({
          message: msg(`报告中不得夹带请示事项（“${m[0]}”）：请示事项应另行用“请示”行文`, `A 报告 must not ask for approval ("${m[0]}"): ask in a separate 请示`),
          start: p.start + m.index,
          end: p.start + m.index + m[0].length,
          sub: 'report-asks',
        });
        break;
      }
    }

    if (type === '请示') {
      const a = addresseeParagraph(doc, text);
      if (a && !a.lenient) {
        const line = text.slice(a.paragraph.start, a.paragraph.end).replace(/[：:]$/, '');
        const names = line.split(/[、，,]/).filter((s) => s.trim() !== '');
        if (names.length > 1) {
          // Marked from the first separator: the names after the first one.
          const sep = line.search(/[、，,]/);
          ctx.report({
            message: msg(`请示原则上只主送一个上级机关，此处主送${names.length}个；其他机关可抄送`, `A 请示 goes to one superior body as a rule; ${names.length} are addressed (copy the others)`),
            start: a.paragraph.start + sep,
            end: a.paragraph.start + line.length,
            sub: 'one-addressee',
          });
        }
      }
    }

    if (!COMPARED.has(type)) return;
    // The closing formula: one of the last two body paragraphs of the main document.
    for (const p of body.slice(-2)) {
      const s = text.slice(p.start, p.end);
      const m = CLOSING.exec(s);
      if (!m) continue;
      const formula = m[1].replace(/[。！]$/, '');
      const key = formula.replace(/^以上请示/, '').replace(/，/, '');
      const fits: DocumentType = CLOSING_TYPE[formula] ?? CLOSING_TYPE[key] ?? '请示';
      if (fits === type || (type === '报告' && fits === '请示')) continue;
      ctx.report({
        message: msg(`标题文种是“${type}”，结尾用语“${formula}”通常用于“${fits}”`, `The title's type is ${type}, but the closing "${formula}" belongs to a ${fits}`),
        start: p.start + m.index,
        end: p.start + m.index + m[0].length,
        sub: 'closing',
      });
      break;
    }
  },
};
