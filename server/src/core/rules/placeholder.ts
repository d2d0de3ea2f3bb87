import { msg } from '../messages';
import { findPlaceholders, overlaps, visible, type PlaceholderMatch } from '../placeholders';
import { proseOf } from '../text';
import { SURNAMES } from '../text/names';
import { CASE_NUMBER } from '../text/parts';
import type { RuleContext, Rule } from '../types';

/**
 * Unfilled placeholders from a template: `XX镇`, `××局`, `X年X月X日`, `【单位名称】`… (see
 * placeholders.ts for the family). No fix: the value is unknown; the editor fills a group at once.
 */
export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    name: msg('未填占位符', 'Unfilled placeholder'),
    basis: '实务',
    defaultSeverity: 'warning',
    fixable: false,
    allowList: true,
    // A placeholder in a line another rule deletes whole (web-residue: an AI answer's note) is not reported twice.
    yields: true,
    description: msg(
      '未填写的占位符（XX、××、X年X月X日、【单位名称】、____ 等），应替换为实际内容',
      'Unfilled placeholders (XX, ××, X年X月X日, 【单位名称】, ____ …): replace them with the actual text',
    ),
    example: { wrong: 'XX镇党委书记XX同志主持会议。', right: '城关镇党委书记王明同志主持会议。' },
    subChecks: {
      weak: {
        defaultSeverity: 'info',
        example: { wrong: '请某某同志讲话', right: '请王明同志讲话' },
        description: msg('“某某”等可能是未替换的占位符', '“某某” and similar weak forms may be unreplaced placeholders'),
      },
      'empty-field': {
        defaultSeverity: 'info',
        example: { wrong: '会议时间：', right: '会议时间：2024年5月6日上午9时' },
        description: msg(
          '行末只有标签、没有内容的填写项（一份表格中多个空白填写项按占位符报告）',
          'A field label with nothing after it at a line end (several empty fields of a form are reported as placeholders)',
        ),
      },
    },
  },
  check(ctx) {
    const found = findPlaceholders(ctx.source);
    let forms: Array<[number, number]> | undefined;
    let samples: Array<[number, number]> | undefined;
    let notice: boolean | undefined;
    let parties: Set<string> | undefined;
    for (const p of [...found, ...configured(ctx, found)].sort((a, b) => a.start - b.start)) {
      // A blank of a form is for its reader to fill in: a document that is itself a form (`……报名表`), an
      // attachment that is one (the `参会回执` of a notice; `formRanges`). The writer's own blanks are findings.
      if (isFormBlank(p) && overlaps((forms ??= formRanges(ctx)), p.start, p.end)) continue;
      // An attachment that is a format sample (`附件` / `行政规范性文件格式样式` / `（样式）`): its `××` are the sample's.
      if (overlaps((samples ??= sampleRanges(ctx)), p.start, p.end)) continue;
      // A name withheld on purpose (`原局长黄某某`, `申请人：李**`): the norm in a 通报 or 公示; elsewhere a doubt.
      // In a document that publishes cases (`……典型案例的通报`), a company's withheld name (`某某健康科技有限公司`).
      if (p.weak && p.text === '某某' && WITHHELD_FIRM.test(ctx.text.slice(p.end, p.end + 14)) && (notice ??= publishesNames(ctx))) continue;
      const withheld = withheldName(ctx.text, p);
      if (withheld !== undefined) {
        if ((notice ??= publishesNames(ctx))) continue;
        // The same withheld name again (`林某某在忏悔书中写道`) after it was introduced as a case party's.
        const name = ctx.text[p.start - 1] + p.text;
        if (parties?.has(name)) continue;
        if (namesCaseParty(ctx.text, p)) {
          (parties ??= new Set()).add(name);
          continue;
        }
        if (withheld === 'labelled') p.weak = true;
      }
      if (p.field) {
        ctx.report({
          message: msg(`填写项“${p.text}”为空，应填写实际内容`, `Empty field “${p.text}”: fill it in`),
          start: p.start,
          end: p.end,
          group: p.group,
          sub: p.field === 'single' ? 'empty-field' : undefined,
        });
        continue;
      }
      // The squiggle marks exactly what is to be replaced (`XX` in `关于XX的通知`); the group phrase
      // that gives it context is named in the message.
      const start = p.start;
      // Name the group only when it says more than the placeholder itself.
      const zhGroup = p.group === p.text ? '' : `（${p.group}）`;
      const enGroup = p.group === p.text ? '' : ` (${p.group})`;
      if (p.weak) {
        ctx.report({
          message: msg(
            `“${p.text}”可能是未替换的占位符${zhGroup}，请确认或填写实际内容`,
            `“${p.text}” may be an unreplaced placeholder${enGroup}: confirm it or fill in the actual text`,
          ),
          start,
          end: p.end,
          group: p.group,
          sub: 'weak',
        });
        continue;
      }
      ctx.report({
        message: msg(
          `未填写的占位符“${p.text}”${zhGroup}，应替换为实际内容`,
          `Unfilled placeholder “${p.text}”${enGroup}: replace it with the actual text`,
        ),
        start,
        end: p.end,
        group: p.group,
      });
    }
  },
};

/** What stands before a person's name in a 通报, 公示 or a court's 公告: a post, a group, a role (`原局长`, `村民`, `申请人`, `被告`). */
const BEFORE_NAME = /(?:长|书记|主任|委员|干部|职工|员工|党员|村民|居民|群众|人员|会计|出纳|司机|教师|医生|经理|科员|人|原|男|女|被告|原告)$/;
/** A preposition or a court's verb before a party's name (`对张某某等3人提起公诉`, `判处张某某有期徒刑五年`, `与李某某`). */
const BEFORE_PARTY = /(?:对|将|把|被|向|与|和|及|给|由|判处|判决|起诉|认定|责令)$/;
/** What follows a company's withheld name (`某某健康科技有限公司`, `某某建筑工程公司`): the firm's own words, then its kind. */
const WITHHELD_FIRM = /^[\u4e00-\u9fff]{0,10}(?:有限公司|公司|集团|企业|商行|合作社|厂)/;
/** The label of the writer's own contact or officer (`联系人：`, `经办人：`, `填报人：`): a name there is given, never withheld. */
const CONTACT_LABEL = /(?:联系人|经办人|填报人|承办人|报送人|审核人|签发人)[ \u3000]*[:：][ \u3000]*$/;
/** A label that names a person: `申请人：`, `姓名：`, `举报人：`. */
const NAME_LABEL = /(?:人|姓名|名字)[ \u3000]*[:：][ \u3000]*$/;

/**
 * Is `p` a mask after a surname — a name withheld (`黄某某`, `李**`, `张*`) — standing at a word's start
 * (after punctuation, a space, the line start, or a post or role: `原局长黄某某`, `申请人：李**`)?
 * `'labelled'` when a label names the person (`申请人：`), `'name'` otherwise, undefined when not a
 * withheld name. `text`: the analysed text; offsets UTF-16.
 */
function withheldName(text: string, p: PlaceholderMatch): 'labelled' | 'name' | undefined {
  if (p.field || !/^(?:某{2,3}|[*＊]{1,3})$/.test(p.text) || p.start < 1 || !SURNAMES.includes(text[p.start - 1])) return undefined;
  const before = text.slice(Math.max(0, p.start - 12), p.start - 1);
  const c = before.charCodeAt(before.length - 1);
  const wordStart = before === '' || !(c >= 0x3400 && c <= 0x9fff) || BEFORE_NAME.test(before) || BEFORE_PARTY.test(before);
  if (!wordStart) return undefined;
  // The writer's own contact (`联系人：林**`, `经办人：王某某`) is never withheld: a slot the sample left.
  if (CONTACT_LABEL.test(before)) return undefined;
  return NAME_LABEL.test(before) ? 'labelled' : 'name';
}

/** A former official's post (`原市交通局局长`, at a clause's start) or a party to a case (`被告人`, `犯罪嫌疑人`) right before a name. */
const CASE_PARTY = /(?:^|[，、。；：:\s\u3000（(的])原[\u4e00-\u9fff]{1,10}$|(?:被告人?|原告|犯罪嫌疑人|嫌疑人|当事人|上诉人|被上诉人|申诉人|罪犯|服刑人员)$/;

/**
 * Is the withheld name at `p` (`withheldName`) a former official's or a party's to a case (`原市交通局局长林某某`,
 * `被告人王某某因犯受贿罪`)? A 警示教育 speech, a 案例 or a judgment withholds such names on purpose in any document
 * (实务), not only in one titled 通报 or 公示; a template's `王某某局长` or `请王某某同志讲话` is still a slot.
 */
function namesCaseParty(text: string, p: PlaceholderMatch): boolean {
  return CASE_PARTY.test(text.slice(Math.max(0, p.start - 13), p.start - 1));
}

/**
 * Does the document publish people's names (a 通报, 公示, 公告, 名单 …, by its title, or its first line
 * when the model found no title, or one of its first four paragraphs: a 文种 line under the issuer's name, a court's
 * case number)? There a withheld name is the norm (实务; a court's 公告 names its parties so), not an unfilled slot.
 */
function publishesNames(ctx: RuleContext): boolean {
  const t = ctx.document.title ?? ctx.document.paragraphs[0];
  if (t === undefined) return false;
  if (PUBLISHES.test(ctx.text.slice(t.start, t.end))) return true;
  // The 文种 on its own line under the issuer's name (`临川市西湖区人民法院` / `公　　告`), or a court's case number (案号,
  // `（2026）赣1002民初3517号`): among the first lines, which the model may not have taken for the title.
  for (const p of ctx.document.paragraphs.slice(0, 4)) {
    const line = ctx.text.slice(p.start, p.end).replace(/[\s\u3000]/g, '');
    if (line.length <= 40 && (PUBLISHES.test(line) || CASE_NUMBER_LINE.test(line))) return true;
  }
  return false;
}

/** The words of a title that publishes names (`publishesNames`). */
const PUBLISHES = /公示|公告|通告|通报|名单|公布|处分|处理决定|处理意见/;
/** A court's case number alone on a line (`（2026）赣1002民初3517号`, text/parts.ts `CASE_NUMBER`). */
const CASE_NUMBER_LINE = new RegExp(`^${CASE_NUMBER.source}$`);

/**
 * A blank a form leaves for its reader: an empty field label (`姓名：`), a line of underscores or other rules
 * (`__________`, `▁▁▁▁`, `﹍﹍﹍`, `——————`), spaces left for an amount (`　　　　万元`), a blank date
 * (`年　月　日`, `____年__月__日`, `20　　年　　月　　日`), a blank with the date unit the scanner joins to it
 * (`预备期为________年`, `__月__日`) or an empty round bracket (`是（　）否（　）`).
 */
function isFormBlank(p: PlaceholderMatch): boolean {
  return p.field !== undefined || /^(?:[_＿▁﹍﹏—]+|[ \u3000]+|(?:20[ \u3000]*)?[_＿﹍]*年[_＿﹍ \u3000]+月(?:[_＿﹍ \u3000]+日)?|(?:[_＿▁﹍﹏]+[年月日])+|[（(][ \u3000]*[)）])$/.test(p.text);
}

/**
 * A title naming a form: ends in 表, 回执, 登记卡, or names a questionnaire or a test paper (问卷, 试题, 试卷, 习题,
 * 答题卡), whose `（　）` are the answers' places; optionally followed by one bracketed note (`报名表（样表）`).
 * A title that ends in a document type (`关于报送……报名表的通知`) does not.
 */
const FORM_TITLE = /(?:表|回执|登记卡|问卷|试题|试卷|习题|答题卡)(?:[（(][^（）()]{1,12}[)）])?$/u;
/** A title naming a test (`……考试试卷（参考答案）`, `……培训习题`, `……测试题`): its `（　）` are the questions' blanks, however much prose
 * (answers, 解析) stands between them. */
const EXAM_TITLE = /(?:试题|试卷|习题|考题|答题卡)(?:[（(][^（）()]{1,12}[)）])?$/u;

/** An attachment's label alone on its line (GB/T 9704-2012 §7.3.8): `附件`, `附件2`, `附件二`. */
const LONE_ATTACHMENT_LABEL = /^附件[ \u3000]*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})?$/u;

/** A line naming a form inside an attachment (`报名表`, `三、参会回执`): short, no clause or sentence mark. */
function isFormTitleLine(text: string): boolean {
  const ordinal = ITEM_ORDINAL.exec(text);
  const name = ordinal ? text.slice(ordinal[0].length).trim() : text;
  return name.length <= 30 && FORM_TITLE.test(name) && !/[，。；：:,;！？!?]/.test(name);
}

/**
 * The title of a 公文 (`关于召开……会议的通知`; 《党政机关公文处理工作条例》 第八条's kinds and the usual
 * 方案, 办法, 总结 …): a document, not a form, is under it.
 */
const DOCUMENT_TITLE = /^关于.{1,80}的(?:通知|通报|决定|决议|意见|报告|请示|批复|函|纪要|公告|通告|命令|议案|方案|办法|规定|规划|计划|总结|说明)$/u;

/** An ordinal opening a question or an item of a form: `1.` `（1）` `一、` `A.` `①`. */
const ITEM_ORDINAL = /^(?:\d{1,3}[.、．]|[（(][\d一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|[A-Ha-h][.、．]|[\u2460-\u2473])/u;
/** A field label opening a line: `姓名：`, `单位（盖章）：`, `4.您的意见和建议：` after its ordinal. */
const FIELD_START = /^[\u4e00-\u9fff][\u4e00-\u9fff（）()/、]{0,15}[ \u3000]*[:：]/u;
/** A blank or a box a form leaves: `__`, `▁▁`, `（　）`, `□`, `————`, `年　月`. */
const LINE_BLANK = /[_＿▁﹍﹏]{2}|[（(][ \u3000]*[)）]|[□☐]|—{4}|年[ \u3000_＿﹍]+月/u;
/** The marks of running text (not `？`, which ends a questionnaire's question). */
const PROSE_MARK = /[，。；！,;!]/u;

/**
 * What one line of a candidate form is: `form` — a table row, a field (`姓名：________`, `联系电话：0571-…`),
 * a line of blanks or boxes without running text (`是（　）否（　）`, `____年__月__日`), a numbered question
 * with its blank (`1.……属于（　）。`); `prose` — running text (a clause or sentence mark); `neutral` — the
 * rest (a heading, a name, a date, a cell alone on its line). `text`: the paragraph without indentation.
 */
function formLineKind(text: string, table: boolean): 'form' | 'prose' | 'neutral' {
  if (table || /\|.*\||\t\S/.test(text)) return 'form';
  const ordinal = ITEM_ORDINAL.exec(text);
  const body = ordinal ? text.slice(ordinal[0].length).trimStart() : text;
  if (FIELD_START.test(body) && !/[。；！!;]/.test(text)) return 'form';
  if (LINE_BLANK.test(text) && (ordinal !== null || !PROSE_MARK.test(text))) return 'form';
  return PROSE_MARK.test(text) ? 'prose' : 'neutral';
}

/** A field's colon or a blank run, for `fieldCount`; a date of blanks (`____年__月__日`) is one run. */
const FIELD_MARK = /[:：]|[_＿▁﹍﹏]{2,}(?:[年月][_＿▁﹍﹏ \u3000]*)*|[（(][ \u3000]*[)）]|[□☐]+|—{4,}/gu;

/**
 * How many fields a form line holds: its colons or its blank runs, whichever are more, at least one
 * (`姓名：____　性别：____　出生年月：____` is three). A line of many fields weighs against a page of notes;
 * a numbered item (`1.……属于（　）。`, `五、截止时间为____年__月__日。`) counts one.
 */
function fieldCount(text: string): number {
  if (ITEM_ORDINAL.test(text)) return 1;
  let colons = 0;
  let blanks = 0;
  for (const m of text.matchAll(FIELD_MARK)) {
    if (m[0] === ':' || m[0] === '：') colons++;
    else blanks++;
  }
  return Math.max(1, colons, blanks);
}

/**
 * The parts of the document that are forms for their reader to fill in, as sorted, disjoint UTF-16 ranges
 * `[start, end)`. A part is a candidate when it is
 * - the document itself, its title (all its lines; its first line when the model found no title) naming a
 *   form (`……报名表`, `会议回执`, `FORM_TITLE`): from the text's start to its first attachment or the 版记;
 * - an attachment (GB/T 9704-2012 §7.3.8): from its `附件` / `附件N` line to the next one, the 版记 or the end
 *   (a form after the 成文日期 without its `附件` line is not one: its blanks are the writer's to fill);
 *   also a file that is an attachment on its own, its first line `附件1`; inside an attachment, a form under its
 *   own title (`报名须知` then `报名表`) is a part of its own, from that line to the next part.
 * A candidate is a form when it reads as one: under its title are more fields (`fieldCount` of each form
 * line: fields, blanks, table rows, numbered questions; `formLineKind`) than lines of running text, and no
 * 公文 title (`关于……的通知`).
 * So a 工作总结 titled `……暨任务分解表` or a notice pasted under `参会回执` keeps its writer's blanks as
 * findings, while the 回执 attached to the notice leaves its fields to the reader.
 */
function formRanges(ctx: RuleContext): Array<[number, number]> {
  const { paragraphs, imprint } = ctx.document;
  if (paragraphs.length === 0) return [];
  const textOf = (k: number) => ctx.text.slice(paragraphs[k].start, paragraphs[k].end);
  // The document's title: its lines `[titleFrom, titleTo)` (a title broken over two lines, `……招聘工作人员` /
  // `报名表`, is read whole; so is `参会回执` over `关于……的通知`, which then names no form).
  const first = ctx.document.title ?? paragraphs[0];
  const titleFrom = Math.max(0, paragraphs.indexOf(first));
  let titleTo = titleFrom + 1;
  if (first.role === 'title') while (titleTo < paragraphs.length && paragraphs[titleTo].role === 'title') titleTo++;
  // A form's name on the very next line, which the model does not take for a title's second line (it ends in no 文种).
  const next = paragraphs[titleTo];
  if (next !== undefined && next.line === paragraphs[titleTo - 1].line + 1 && next.end - next.start <= 20 && FORM_TITLE.test(textOf(titleTo)) && !/[，。；：:,;！？!?]/.test(textOf(titleTo))) titleTo++;
  let title = '';
  for (let k = titleFrom; k < titleTo; k++) title += textOf(k).trim();
  const imprintStart = imprint?.paragraphs[0];
  // Where each part starts (a paragraph index) and whether it is a candidate.
  // A file that is an attachment on its own (its first line `附件1`, the model's title) is read as one.
  const starts: Array<{ at: number; candidate: boolean }> = [{ at: 0, candidate: FORM_TITLE.test(title) || LONE_ATTACHMENT_LABEL.test(title) }];
  let inAttachment = starts[0].candidate && !FORM_TITLE.test(title);
  for (let k = 1; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (p.role === 'attachment-label') {
      starts.push({ at: k, candidate: true });
      inAttachment = true;
    } else if (p === imprintStart) {
      starts.push({ at: k, candidate: false });
      inAttachment = false;
    } else if (inAttachment && p.role !== 'attachment-title' && isFormTitleLine(textOf(k))) {
      // A form under its own title inside an attachment (`报名须知` then `报名表`): read apart from the text above it.
      starts.push({ at: k, candidate: true });
    }
  }
  const out: Array<[number, number]> = [];
  for (let n = 0; n < starts.length; n++) {
    if (!starts[n].candidate) continue;
    const from = starts[n].at;
    const to = n + 1 < starts.length ? starts[n + 1].at : paragraphs.length;
    let form = 0;
    let prose = 0;
    let isDocument = false;
    for (let k = from; k < to && !isDocument; k++) {
      const p = paragraphs[k];
      // The part's own head: the 附件 line, the attachment's title, the form's title.
      if (k === from || (k >= titleFrom && k < titleTo) || p.role === 'attachment-title') continue;
      const text = textOf(k);
      if (p.role === 'title' || DOCUMENT_TITLE.test(text)) isDocument = true;
      const kind = formLineKind(text, ctx.source.lines[p.line].scope === 'table');
      if (kind === 'form') form += fieldCount(text);
      else if (kind === 'prose') prose++;
    }
    const exam = n === 0 && EXAM_TITLE.test(title);
    if (isDocument || (!exam && (form === 0 || form <= prose))) continue;
    const start = n === 0 ? 0 : paragraphs[from].start;
    const end = to < paragraphs.length ? ctx.source.lines[paragraphs[to].line].start : ctx.text.length;
    out.push([start, end]);
  }
  return out;
}

/**
 * A line saying that what follows is a format sample: a bracketed note alone (`（样式）`, `（式样）`, `（参考样式）`) or a
 * title ending in such a word (`行政规范性文件格式样式`, `公文格式范本`).
 */
const SAMPLE_HEAD = /^(?:[（(](?:参考)?(?:样式|式样|样本|样张|范本|格式)[)）]|\S{0,30}(?:格式样式|参考样式|式样|样张|格式范本|格式样本))$/u;

/**
 * The attachments that are format samples, as sorted, disjoint UTF-16 ranges `[start, end)`: from an attachment's
 * `附件` / `附件N` line (GB/T 9704-2012 §7.3.8) to the next one, the 版记 or the end, when one of the three
 * paragraphs after that line says it is a sample (`SAMPLE_HEAD`). Their `××` and `（正文）` show each writer where
 * their own text goes: a notice fixing a format attaches them on purpose. The document's own text is never one.
 */
function sampleRanges(ctx: RuleContext): Array<[number, number]> {
  const { paragraphs, imprint } = ctx.document;
  const imprintStart = imprint?.paragraphs[0];
  const out: Array<[number, number]> = [];
  for (let k = 0; k < paragraphs.length; k++) {
    if (paragraphs[k].role !== 'attachment-label') continue;
    let sample = false;
    for (let j = k + 1; j <= k + 3 && j < paragraphs.length && !sample; j++) {
      sample = SAMPLE_HEAD.test(ctx.text.slice(paragraphs[j].start, paragraphs[j].end).replace(/[\s\u3000]/g, ''));
    }
    let to = k + 1;
    while (to < paragraphs.length && paragraphs[to].role !== 'attachment-label' && paragraphs[to] !== imprintStart) to++;
    if (sample) out.push([paragraphs[k].start, to < paragraphs.length ? paragraphs[to].start : ctx.text.length]);
    k = to - 1;
  }
  return out;
}

/**
 * Most UTF-16 code units a configured pattern is run on at once. A longer line is searched piece by
 * piece (cut after a sentence end where there is one): a user pattern that backtracks over its text
 * (`【.*】` on a line of 20 000 `【`) then costs at most a fixed amount per piece, so the search stays
 * linear in the line. A match that would cross a cut is not found (placeholders are short).
 */
export const CONFIGURED_MAX_TEXT = 400;

/** Sentence ends a long line is preferably cut after. */
const CUT_AFTER = /[。！？；!?;]/;

/**
 * The pieces `[start, end)` (offsets into `lineText`) a configured pattern is run on: the whole line
 * when it is at most CONFIGURED_MAX_TEXT long, else consecutive pieces of at most that length, each
 * ending after the last sentence end in it when there is one, never between a surrogate pair.
 */
export function configuredPieces(lineText: string): Array<[number, number]> {
  const n = lineText.length;
  if (n <= CONFIGURED_MAX_TEXT) return [[0, n]];
  const out: Array<[number, number]> = [];
  let s = 0;
  while (s < n) {
    let e = Math.min(n, s + CONFIGURED_MAX_TEXT);
    if (e < n) {
      let k = e - 1;
      while (k > s + CONFIGURED_MAX_TEXT / 2 && !CUT_AFTER.test(lineText[k])) k--;
      if (k > s + CONFIGURED_MAX_TEXT / 2) e = k + 1;
      const c = lineText.charCodeAt(e - 1);
      if (c >= 0xd800 && c <= 0xdbff) e--; // keep a surrogate pair whole
    }
    out.push([s, e]);
    s = e;
  }
  return out;
}

/**
 * Matches of the configuration's placeholder patterns (`placeholderPatterns`, flags `gu`) in the prose of
 * visible lines (not code, link targets or markup), each its own group, except where a built-in
 * placeholder already covers the text. Each pattern runs on pieces of at most CONFIGURED_MAX_TEXT
 * (`configuredPieces`); a piece after the first is searched with the character before it and one
 * after it as guards, so `^` and `$` still mean the line's start and end, and a match starting on the
 * guard before (found in the piece before) or using the guard after is dropped.
 */
function configured(ctx: RuleContext, found: readonly PlaceholderMatch[]): PlaceholderMatch[] {
  const patterns = ctx.extraPatterns.placeholder;
  if (patterns.length === 0) return [];
  // The configuration compiles them with `gu`; a caller's regex without `g` still works.
  const globals = patterns.map((re) => (re.global ? re : new RegExp(re.source, `${re.flags}g`)));
  const layer = proseOf(ctx);
  const text = ctx.source.text;
  const builtIn = union(found.map((p) => [p.start, p.end]));
  const out: PlaceholderMatch[] = [];
  for (const line of ctx.source.lines) {
    if (!visible(line)) continue;
    const lineText = ctx.source.lineText(line);
    const first = out.length;
    for (const re of globals) {
      for (const [s, e] of configuredPieces(lineText)) {
        const from = s > 0 ? s - 1 : 0; // guard character before
        const to = e < lineText.length ? e + 1 : e; // guard character after
        const window = from === 0 && to === lineText.length ? lineText : lineText.slice(from, to);
        for (const m of window.matchAll(re)) {
          const at = m.index ?? 0;
          if (m[0].length === 0 || (from < s && at === 0) || (to > e && at + m[0].length > e - from)) continue;
          const start = line.start + from + at;
          const end = start + m[0].length;
          if (!layer.isProseRange(start, end) || overlaps(builtIn, start, end)) continue;
          // another pattern's match on this line
          if (out.slice(first).some((p) => start < p.end && end > p.start)) continue;
          out.push({ start, end, text: text.slice(start, end), group: m[0], weak: false, keyStart: start });
        }
      }
    }
  }
  return out;
}

/** The union of `[start, end)` ranges: sorted by start and disjoint (what `overlaps` searches). */
function union(ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [s, e] of ranges.sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && s < last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
