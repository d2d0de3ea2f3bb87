import { msg } from '../messages';
import { findPlaceholders, overlaps, visible, type PlaceholderMatch } from '../placeholders';
import { proseOf } from '../text';
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
    let notice: boolean | undefined;
    for (const p of [...found, ...configured(ctx, found)].sort((a, b) => a.start - b.start)) {
      // A blank of a form in an attachment (`附件` / `附件2` and what follows) is for the recipient to fill in.
      // So is one of a document that is itself a form (`……报名表`, `……回执` by its title).
      if (isFormBlank(p) && overlaps((forms ??= isFormDocument(ctx) ? [[0, ctx.text.length]] : attachmentRanges(ctx)), p.start, p.end)) continue;
      // A name withheld on purpose (`原局长黄某某`, `申请人：李**`): the norm in a 通报 or 公示; elsewhere a doubt.
      const withheld = withheldName(ctx.text, p);
      if (withheld !== undefined) {
        if ((notice ??= publishesNames(ctx))) continue;
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

/**
 * Common single-character surnames (the most frequent of 百家姓), for a name withheld with a mask. Characters
 * that are also frequent words (`于`, `高`, `向`, `万`, `时`) are left out.
 */
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤';
/** What stands before a person's name in a 通报 or 公示: a post, a group, a role (`原局长`, `村民`, `申请人`). */
const BEFORE_NAME = /(?:长|书记|主任|委员|干部|职工|员工|党员|村民|居民|群众|人员|会计|出纳|司机|教师|医生|经理|科员|人|原|男|女)$/;
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
  const wordStart = before === '' || !(c >= 0x3400 && c <= 0x9fff) || BEFORE_NAME.test(before);
  if (!wordStart) return undefined;
  return NAME_LABEL.test(before) ? 'labelled' : 'name';
}

/**
 * Does the document publish people's names (a 通报, 公示, 公告, 名单 …, by its title, or its first line
 * when the model found no title)? There a withheld name is the norm (实务), not an unfilled slot.
 */
function publishesNames(ctx: RuleContext): boolean {
  const t = ctx.document.title ?? ctx.document.paragraphs[0];
  if (t === undefined) return false;
  return /公示|公告|通告|通报|名单|公布|处分|处理决定|处理意见/.test(ctx.text.slice(t.start, t.end));
}

/**
 * A blank a form leaves for its reader: an empty field label (`姓名：`), a line of underscores or other rules
 * (`__________`, `▁▁▁▁`, `﹍﹍﹍`, `——————`), spaces left for an amount (`　　　　万元`), a blank date
 * (`年　月　日`, `____年__月__日`, `20　　年　　月　　日`) or an empty round bracket (`是（　）否（　）`).
 */
function isFormBlank(p: PlaceholderMatch): boolean {
  return p.field !== undefined || /^(?:[_＿▁﹍﹏—]+|[ \u3000]+|(?:20[ \u3000]*)?[_＿﹍]*年[_＿﹍ \u3000]+月(?:[_＿﹍ \u3000]+日)?|[（(][ \u3000]*[)）])$/.test(p.text);
}

/**
 * Is the document itself a form to be filled in — its title (or its first line when the model found no
 * title) names one: `……报名表`, `……登记表`, `……申请表`, `……汇总表`, `会议回执`, `……登记卡`, `……调查问卷`,
 * `……测试题`, also with a bracketed note after it (`报名表（样表）`)? A title that ends in a document type
 * (`关于报送……报名表的通知`) does not. Its blanks (`姓名：________`, `____年__月__日`) are for the reader, as in an attachment.
 */
function isFormDocument(ctx: RuleContext): boolean {
  const t = ctx.document.title ?? ctx.document.paragraphs[0];
  if (t === undefined) return false;
  return FORM_TITLE.test(ctx.text.slice(t.start, t.end).trim());
}

/**
 * A title naming a form: ends in 表, 回执, 登记卡, or names a questionnaire or a test paper (问卷, 试题, 试卷,
 * 答题卡), whose `（　）` are the answers' places; optionally followed by one bracketed note.
 */
const FORM_TITLE = /(?:表|回执|登记卡|问卷|试题|试卷|答题卡)(?:[（(][^（）()]{1,12}[)）])?$/u;

/**
 * The attachments of the document (GB/T 9704-2012 §7.3.8: each opens with its `附件` / `附件N` line
 * after the main text), as sorted, disjoint UTF-16 ranges `[start, end)`: from a label line's start to
 * the next label, the 版记 or the end of the text (a table of the attachment included).
 */
function attachmentRanges(ctx: RuleContext): Array<[number, number]> {
  const { attachments, imprint } = ctx.document;
  const starts = attachments.map((a) => a.label.start).sort((x, y) => x - y);
  const imprintStart = imprint?.paragraphs[0]?.start;
  return starts.map((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : imprintStart !== undefined && imprintStart > s ? imprintStart : ctx.text.length;
    return [s, end];
  });
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
