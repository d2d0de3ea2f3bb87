import { msg } from '../messages';
import { addresseeParagraph, titleParagraphs, typeOf, type DocumentType } from '../text/parts';
import type { DocParagraph } from '../document/types';
import type { Rule, RuleContext } from '../types';

/** A title of a notice that forwards, issues or approves another text (发布性、转发性、批转性通知). */
const FORWARDING = /(?:转发|印发|批转|颁发|发布)[^，。]{0,60}(?:的)?(?:通知|决定|通报|意见|函)$/;

/** Asking for approval: the mark of a 请示 (条例 第十五条（四）: no 请示 matter inside a 报告). */
const ASKS = /妥否|当否|特此请示|请批示|请予批示|请批准|请予批准|请审批|请予审批/g;

/** Closing formulas (实务) and the type each belongs to. */
const CLOSING = /(特此(通知|请示|报告|公告|通告|通报|函告|函复|批复)|此复|请予?函复|(?:以上请示)?(?:妥否|当否)，?请(?:批示|批复)|请批示|请审议)[。！]?$/;
const CLOSING_TYPE: Record<string, DocumentType> = {
  特此通知: '通知',
  特此请示: '请示',
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
 *   inside a 报告 (warning); a request quoted, used as a noun (`报请审批的12件`) or told as past (`已于4月报请批准`)
 *   asks nothing (see `askIn`);
 * - `type-name`: `请示报告` is not a 文种 (条例 第八条 lists 请示 and 报告 apart) (warning);
 * - `one-addressee`: a 请示 goes to one 主送机关 (条例 第十五条（一）, 原则上) — several names in its 主送机关 (info);
 * - `one-matter`: a 请示 asks about one matter (条例 第十五条（四）: 请示应当一文一事) — reported (info) only where the
 *   text itself says there is more than one; `one-matter-requests` (off by default): two requests with no visible
 *   link — see `oneMatter`;
 * - `closing`: the closing formula of the last body paragraphs names another type than the title
 *   (`……的通知` ending `特此报告。`; a 函 ending `妥否，请批示。`; a 批复 ending `特此通知。`) (warning); `此复`
 *   closes any reply, a 复函 included; `请审议` closes a 报告 laid before a congress or its standing committee
 *   (`以上报告，请审议。`) as well as a 议案.
 * Only a 公文 whose title names its type is checked, and only its main document (not the attachments).
 * No fixes: which type is meant, or how to split a 请示, is the writer's call.
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
      'one-matter': {
        defaultSeverity: 'info',
        description: msg(
          '请示应当一文一事：标题或正文写明请示多个事项（“若干问题”“以下两个事项”），或以“另，……请一并批准”附带请示其他事项',
          'One matter per 请示: the title or text counts several matters, or adds one on (另，……请一并批准)',
        ),
        example: { wrong: '……请批准拨付维修经费。另，我局拟增加编制2名，请一并批准。', right: '……请批准拨付维修经费。（增加编制另行请示）' },
      },
      'one-matter-requests': {
        defaultSeverity: 'off',
        description: msg(
          '请示的两个条目（或以“同时”“此外”开头的段落）分别请求批准，且看不出是同一事项（需判断，默认关闭）',
          'Two items (or a paragraph opening 同时/此外) of a 请示 each ask for approval with no visible link (a judgement, off by default)',
        ),
        example: { wrong: '一、关于图书馆维修……请批准安排维修资金。二、关于举办旅游节……请同意主办。', right: '（分两份请示）' },
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
    }

    const body = doc.paragraphs.filter((p) => p.attachment === 0 && (p.role === 'body' || p.role === 'heading'));
    // A 请示报告 that asks for approval is a 请示 under the wrong name: its routing and its matters are checked as one's.
    const asRequest = type === '请示' || (type === '请示报告' && body.some((p) => askIn(text.slice(p.start, p.end)) !== null));
    if (type === '请示报告' && !asRequest) return;
    if (type === '报告') {
      for (const p of body) {
        const m = askIn(text.slice(p.start, p.end));
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

    if (asRequest) {
      const a = addresseeParagraph(doc, text);
      if (a && !a.lenient) {
        const line = text.slice(a.paragraph.start, a.paragraph.end).replace(/[：:]$/, '');
        const names = line.split(/[、，,]/).filter((s) => s.trim() !== '');
        // `县委、县政府` `市委、市政府`: the 党委 and the 政府 of one level, addressed together by a body under
        // both (双重领导) — common practice, not two matters of routing.
        if (names.length > 1 && !isPartyAndGovernment(names)) {
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
      oneMatter(ctx, titleText, title, body);
    }

    if (!COMPARED.has(type)) return;
    // A notice that forwards, issues or approves another text (`关于转发……的通知`, `关于印发……的通知`) carries it after its own
    // date, often with no 附件 label: the last paragraphs are that text's (`特此报告。` of a forwarded 报告), not the notice's.
    if (FORWARDING.test(titleText)) return;
    // The closing formula: the last of the last two body paragraphs that ends with one. A paragraph
    // before the closing may end with a formula of its own (`……现报请审议。` then `妥否，请批示。`):
    // the closing is the later one.
    for (const p of body.slice(-2).reverse()) {
      const s = text.slice(p.start, p.end);
      const m = CLOSING.exec(s);
      if (!m) continue;
      const formula = m[1].replace(/[。！]$/, '');
      const key = formula.replace(/^以上请示/, '').replace(/，/, '');
      const fits: DocumentType = CLOSING_TYPE[formula] ?? CLOSING_TYPE[key] ?? '请示';
      if (fits === type || (type === '报告' && fits === '请示')) break;
      // A 报告 laid before a congress or its standing committee (政府工作报告, 审计工作报告, 计划执行情况的报告) is
      // submitted for deliberation: `以上报告，请审议。` is its closing, as a 议案's.
      if (type === '报告' && formula === '请审议') break;
      // A 请示 that lays a draft before a 党委 or a government's meeting (`关于提请审议《……条例（草案）》的请示`) asks it to
      // review: `以上请示，请审议。`, `妥否，请审议。` close it as they close a 议案.
      if (type === '请示' && (formula === '请审议' || key === '请审议' || formula.endsWith('请审议'))) break;
      // 此复 closes any reply (答复性公文), a 复函 (`……的复函`, `关于……答复的函`) as well as a 批复.
      if (formula === '此复' && type === '函' && titleText.includes('复')) break;
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

/**
 * The first request for approval in a 报告's paragraph `s` that asks now: not one quoted (`“……一律请批准后实施”的要求`),
 * not one used as a noun or a condition (`报请审批的12件`, `请批准后实施`, `上报的请批示事项`, `请审批件`), not one told as past (`已于4月报请批准`,
 * `曾报请审批`).
 */
function askIn(s: string): RegExpExecArray | null {
  ASKS.lastIndex = 0;
  for (let m = ASKS.exec(s); m !== null; m = ASKS.exec(s)) {
    const before = s.slice(0, m.index);
    const quoted = (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
    if (quoted || /^(?:[的后了过]|事项|事宜|件|文件|材料)/.test(s.slice(m.index + m[0].length)) || before.endsWith('的')) continue;
    const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('：')) + 1);
    if (/已|曾|先后|此前|于\d{1,2}月|于\d{4}年/.test(clause)) continue;
    return m;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// One matter per 请示 (条例 第十五条（四）)

/**
 * Matters counted: `若干问题`, `两个事项`, `以下几个问题`, `三项事宜` (with its measure word: `较多问题` is no count, nor
 * `第二个问题` one).
 */
const COUNTED_MATTERS = /若干(?:个|项)?(?:事项|问题|事宜)|(?<![第\d十])(?:几|两|二|三|四|五|多)(?:个|项|件)(?:事项|问题|事宜)/;

/**
 * A second matter added on: `另，……请一并批准`, `另外，……一并审批`, `此外，……请一并批准`, or `另有一事/还有一事……请批准`, at a
 * sentence's start or a paragraph's, behind an item's number there (`2.另，……请一并批准`). The request must follow in the
 * same paragraph.
 */
const ADD_ON = /(?:^(?:\s*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]))?|[。；！？])\s*((?:另(?:外)?|此外)[，,：:]|另有一(?:事|件事|个问题)|还有一(?:事|件事|个问题))/g;
const JOINED_REQUEST = /一并(?:予以)?(?:批准|审批|批复|同意|核准|审定|请示)/;

/** The words that point back wherever they stand (`该项目`, `此项工作`, `上述方案`, `其编制`): `REFERS_BACK` without `所需`. */
const DEMONSTRATIVE = /该(?=\p{Script=Han})|此(?:项|次|事)|上述|前述|其(?:所需|经费|资金|编制|人员|场地|用地)|本(?:次|项)(?=\p{Script=Han})/u;

/**
 * Words pointing back to what was said (`所需经费`, `该项目`, `此项工作`, `上述方案`, `其编制`): a unit holding one
 * is about the matter before it.
 */
const REFERS_BACK = new RegExp(`所需|${DEMONSTRATIVE.source}`, 'u');

/**
 * Does the text of an add-on before its request (`另，该项目所需配套资金50万元，` → `，`) point back to the matter before it?
 * A demonstrative anywhere (`该`, `上述`, `此项`, `其经费`); `所需` only in the first clause: after a new subject
 * (`另，我局拟于10月举办美食节，所需经费120万元，`) it is that subject's need, a second matter.
 */
function refersBack(before: string): boolean {
  if (DEMONSTRATIVE.test(before)) return true;
  // The first clause after the add-on word (`另，`): `所需` there needs what came before; after it, the new subject's.
  const body = before.replace(/^(?:另(?:外)?|此外)[，,：:]/, '');
  const at = body.indexOf('所需');
  if (at < 0) return false;
  const end = body.search(/[，,；;]/);
  return end < 0 || at < end;
}

/** A request for approval in the body: `请批准`, `请予审批`, `恳请……同意`. Not `申请`, not `批示` (the closing's). */
const REQUEST = /(?:恳请|敬请|特请|报请|提请|(?<![申邀])请)(?:上级|贵(?:局|委|府|部|厅|办|院|会))?(?:予以?|给予|一并)?(?:批准|审批|批复|同意|核准|审定)/g;
/**
 * A sentence that closes or sums up (`妥否，请批示`, `以上事项，请予批准`): it asks about everything said, not a new
 * matter. `以上` counts at a clause's start only (`50万元以上` is an amount).
 */
const SUMMING_UP = /妥否|当否|妥当|如无不妥|如无不当|特此请示|(?:^|[，,：:])\s*(?:以上|上述|综上|前述|上列)/;

/**
 * Words that say nothing about what a request is about (a requesting body, the request's own verbs, office
 * boilerplate). Removed before the objects of two requests are compared.
 */
const NO_MATTER = new RegExp(
  [
    '(?:恳请|敬请|特请|报请|提请|请|申请)(?:上级|贵(?:局|委|府|部|厅|办|院|会))?(?:予以?|给予|一并)?(?:批准|审批|批复|同意|核准|审定)?',
    '我(?:局|委|办|县|市|区|镇|乡|院|部|厅|校|所|司|处|科|站|单位|们)',
    '关于|有关|相关|事项|问题|事宜|情况|工作|为此|因此|现将|如下|拟|需要|进行|开展|尽快|予以|给予|一并|为盼|是否|可否|能否|同时|另外|此外|另',
  ].join('|'),
  'g',
);

interface Request {
  /** The request phrase (`请批准`), offsets in the text. */
  start: number;
  end: number;
  /** Its whole unit (the item or the paragraph), heading included: what the request is about. */
  unit: string;
  /** The unit is an item of the top level (`二、关于……`), not a paragraph. */
  item: boolean;
}

/**
 * One matter per 请示 (条例 第十五条（四）: 请示应当一文一事). What makes one matter is the writer's knowledge: a request
 * to found a school and to approve its site is one matter with two parts, a request to mend a library and to hold a
 * festival is two, and no wording tells them apart. So the checks, reported once per document:
 * - `one-matter` (info) — only what the text itself says:
 *   1. the title counts its matters (`关于若干问题的请示`, `关于两个事项的请示`) or joins two `关于` outside 书名号
 *      (`关于A和关于B的请示`; not `关于转发市政府关于……的通知的请示`, a cited title);
 *   2. the body adds a matter on: a sentence opening `另，` `另外，` whose paragraph then asks `一并` (`请一并批准`,
 *      `一并请示`) without pointing back first (`另，该项目所需配套资金……请一并批准` asks for a part of the same
 *      matter), or one opening `另有一事` `还有一事` whose paragraph asks for approval at all;
 *   3. the sentence saying what the 请示 asks about (`……请示如下`, `现就……`) counts its matters (`现将以下两个事项请示
 *      如下：`; not `去年曾就两个问题请示县政府`).
 * - `one-matter-requests` (off by default: a judgement, class J of domain.md) — two top-level items (`一、` `二、`), or a
 *   paragraph and a later one opening `同时，` `此外，` `另外，` `还有，`, each ask for approval (`请批准` `请予审批`
 *   `请同意` …, not the closing `妥否，请批示` nor a summing-up `以上事项，请予批准`), and the later one neither points
 *   back (`所需经费` `该项目` `上述方案`) nor shares a word (two adjacent ideographs, request verbs and office words
 *   removed) with the earlier requesting ones. `一、项目立项` `二、资金安排` of one project share `项目` and pass; the
 *   school and its site share nothing and would be reported, which is why this check is off unless a unit wants it.
 * Not reported: a title joining two things — `关于XX项目立项和资金安排的请示` is one matter (one project's approval,
 * its funding a part of it), and `关于申请A和B的请示` cannot be told from it without knowing A and B; a 请示 in items
 * that asks once (`现将有关情况请示如下：一、…二、…` then `妥否，请批示。`); `一并报上` (attachments, not a request);
 * `另，` without `一并` (it often adds a detail of the same matter).
 */
function oneMatter(ctx: RuleContext, titleText: string, title: readonly DocParagraph[], body: DocParagraph[]): void {
  const text = ctx.text;
  const report = (start: number, end: number, zh: string, en: string, sub = 'one-matter') =>
    ctx.report({ message: msg(`请示应当一文一事：${zh}`, `One matter per 请示: ${en}`), start, end, sub });

  // 1. The title.
  const bare = titleText.replace(/《[^《》]*》/g, (m) => '\u3000'.repeat(m.length));
  const counted = COUNTED_MATTERS.exec(bare);
  // `关于A和关于B`: a second 关于 joined to the first; `关于转发市政府关于……的通知的请示` cites a title (without 书名号).
  const joined = /(?:和|及|与|、|以及|并)关于/.exec(bare);
  const secondAbout = joined && bare.indexOf('关于') < joined.index ? joined.index + joined[0].length - 2 : -1;
  if (counted || secondAbout >= 0) {
    const at = titleOffset(title, text, counted ? counted.index : secondAbout);
    const len = counted ? counted[0].length : 2;
    if (at !== undefined) {
      if (counted) report(at, at + len, `标题写明请示“${counted[0]}”，一份请示只请示一个事项，多个事项应分别行文`, `the title asks about "${counted[0]}"; write one 请示 per matter`);
      else report(at, at + len, '标题含两个“关于”，一份请示只请示一个事项', 'the title has two 关于; write one 请示 per matter');
      return;
    }
  }

  // 2. A matter added on.
  for (const p of body) {
    const s = text.slice(p.start, p.end);
    ADD_ON.lastIndex = 0;
    for (let m = ADD_ON.exec(s); m !== null; m = ADD_ON.exec(s)) {
      const opener = m.index + m[0].length - m[1].length;
      const rest = s.slice(opener);
      const strong = !/^(?:另(?:外)?|此外)[，,：:]/.test(m[1]);
      // `另，该项目所需配套资金……请一并批准` asks for a part of the same matter: only `另有一事` needs no such test.
      let ask: RegExpExecArray | null;
      if (strong) {
        REQUEST.lastIndex = 0;
        ask = REQUEST.exec(rest);
      } else {
        ask = JOINED_REQUEST.exec(rest);
        if (ask && refersBack(rest.slice(0, ask.index))) ask = null;
      }
      if (!ask) continue;
      const opened = m[1].replace(/[，,：:]$/, '');
      // Behind an item's number (`2.另，`) the finding takes the number too: it opens the added matter.
      const from = m.index === 0 ? s.search(/\S/) : opener;
      report(p.start + from, p.start + opener + m[1].length, `“${opened}……${ask[0]}”附带请示了另一事项，应另行请示`, `"${opened}…${ask[0]}" adds another matter; ask about it in a separate 请示`);
      return;
    }
  }

  // 3. The body counts its matters where it says what it asks about (`现将以下两个事项请示如下：`).
  for (const p of body) {
    const s = text.slice(p.start, p.end);
    for (const sentence of s.matchAll(/[^。；！？]+/g)) {
      // What this 请示 asks about (`现将以下两个事项请示如下`), not a mention of another one (`去年曾就两个问题请示`).
      if (!/请示如下/.test(sentence[0]) && !/^(?:现|特|兹)(?:将|就)/.test(sentence[0])) continue;
      const c = COUNTED_MATTERS.exec(sentence[0]);
      if (!c) continue;
      const at = p.start + (sentence.index ?? 0) + c.index;
      report(at, at + c[0].length, `正文写明请示“${c[0]}”，一份请示只请示一个事项，多个事项应分别行文`, `the text asks about "${c[0]}"; write one 请示 per matter`);
      return;
    }
  }

  // 4. Two requests about different things (a judgement: its sub-check is off by default).
  const requests = requestsOf(body, text);
  // Whole units are compared, not only the requests' sentences: a link anywhere makes one matter.
  const seen = new Set<string>();
  for (const [k, r] of requests.entries()) {
    const words = wordsOf(r.unit);
    const separate = r.item || /^(?:同时|此外|另外|再有|还有)[，,]/.test(r.unit);
    if (k > 0 && separate && seen.size > 0 && words.size > 0 && !REFERS_BACK.test(r.unit) && ![...words].some((w) => seen.has(w))) {
      const first = requests[0];
      const line = ctx.source.lineAt(first.start).index + 1;
      const asked = quoteOf(text, r.start);
      report(
        r.start,
        r.end,
        `此处另行请求“${asked}”，与第${line}行的请求看不出是同一事项；如属不同事项，应分别请示`,
        `a second request ("${asked}") with no visible link to the one on line ${line}; if they are separate matters, write one 请示 each`,
        'one-matter-requests',
      );
      return;
    }
    for (const w of words) seen.add(w);
  }
}

/** The request from its verb to the end of its clause, at most 20 characters (`请批准更换办公楼电梯一部`). */
function quoteOf(text: string, start: number): string {
  const m = /^[^。；！？，,\n\r]*/.exec(text.slice(start, start + 40)) as RegExpExecArray;
  const cs = [...m[0]];
  return cs.length > 20 ? cs.slice(0, 20).join('') + '……' : m[0];
}

/** Offset in the text of position `i` of the joined title, or undefined. */
function titleOffset(title: readonly DocParagraph[], text: string, i: number): number | undefined {
  let rest = i;
  for (const p of title) {
    const len = p.end - p.start;
    if (rest < len) return p.start + rest;
    rest -= len;
  }
  return undefined;
}

/**
 * The body's requests, one per unit: per item of the top level when the body has 层次序号 headings (the paragraphs
 * before the first item are the opening, not an item), else per paragraph. A unit's first request counts; a
 * sentence that closes or sums up is no request.
 */
function requestsOf(body: DocParagraph[], text: string): Request[] {
  const headings = body.filter((p) => p.role === 'heading' && p.marker !== undefined);
  const top = headings.length > 0 ? Math.min(...headings.map((p) => p.level)) : 0;
  const units: DocParagraph[][] = [];
  for (const p of body) {
    if (top === 0) units.push([p]);
    else if (p.role === 'heading' && p.marker !== undefined && p.level === top) units.push([p]);
    else if (units.length > 0) units[units.length - 1].push(p);
  }
  const out: Request[] = [];
  for (const unit of units) {
    const r = firstRequest(unit, text);
    if (r) out.push({ ...r, unit: unit.map((p) => text.slice(p.start, p.end)).join('\n'), item: top > 0 });
  }
  return out;
}

/** The first request of a unit that is not a closing or a summing-up. */
function firstRequest(unit: DocParagraph[], text: string): Pick<Request, 'start' | 'end'> | undefined {
  for (const p of unit) {
    const s = text.slice(p.start, p.end);
    REQUEST.lastIndex = 0;
    for (let m = REQUEST.exec(s); m !== null; m = REQUEST.exec(s)) {
      const from = Math.max(s.lastIndexOf('。', m.index), s.lastIndexOf('；', m.index), s.lastIndexOf('！', m.index), s.lastIndexOf('？', m.index)) + 1;
      const stop = s.slice(m.index).search(/[。；！？]/);
      const sentence = s.slice(from, stop < 0 ? s.length : m.index + stop);
      if (SUMMING_UP.test(sentence)) continue;
      return { start: p.start + m.index, end: p.start + m.index + m[0].length };
    }
  }
  return undefined;
}

/** Pairs of adjacent ideographs in `s` once the words that name no matter are removed. */
function wordsOf(s: string): Set<string> {
  const out = new Set<string>();
  for (const run of s.replace(NO_MATTER, ' ').match(/\p{Script=Han}+/gu) ?? []) {
    const cs = [...run];
    for (let i = 0; i + 1 < cs.length; i++) out.add(cs[i] + cs[i + 1]);
  }
  return out;
}

/**
 * Two names that are the 党委 and the 政府 of one place (`县委` + `县政府`, `XX市委` + `XX市人民政府`,
 * `XX镇党委` + `XX镇政府`): a 请示 of a body under both addresses them together.
 */
function isPartyAndGovernment(names: readonly string[]): boolean {
  if (names.length !== 2) return false;
  const [a, b] = names.map((s) => s.trim());
  const party = /^(.*?)(?:党委|委)$/.exec(a);
  const government = /^(.*?)(?:人民政府|政府)$/.exec(b);
  return party !== null && government !== null && party[1] === government[1] && party[1].length > 0;
}
