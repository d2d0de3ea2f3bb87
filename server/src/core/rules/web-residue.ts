import { msg } from '../messages';
import { classifyLines, lineResidueText, namesTheSite, RESIDUE_LABELS, RESIDUE_MAX_LINE, residueText, type ResidueCall, type ResidueKind } from '../residue';
import { isIndentChar, isInvisibleFormat, type Source } from '../source';
import type { Line, Msg, OffsetEdit, Rule } from '../types';

/**
 * Lines pasted from a template site (banner, byline, document-sharing metadata, collection headers,
 * paywalls, related-article blocks, download notices, page numbers, anti-copy noise…): see residue.ts
 * for the classifier and docs/notes/web-residue.md for its features. Only prose lines are checked —
 * a code block, table, quote or comment is not site furniture.
 *
 * Fix: delete the line with its line break in one edit (or, for noise appended to a sentence, only
 * the noise; for residue at both ends of a line, `【免费下载】关于……的通知（本文来自XX文库）`, each end in a
 * finding and an edit of its own, the text between them kept). The fix is `safe` when the line is furniture
 * by its own words, a `suggestion` when the call rests on context (position, block, neighbours): the user
 * confirms those one by one.
 */
export const webResidue: Rule = {
  meta: {
    id: 'web-residue',
    name: msg('网页残留', 'Web page residue'),
    basis: '实务',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      '从范文网站复制带入的网页残留行（网站横幅、署名栏、文档信息、合集标题、付费提示、相关文章、翻页、防复制乱码等），应删除',
      'Lines pasted from a template site (banner, byline, document metadata, collection headers, paywalls, related articles, pagers, noise…): delete them',
    ),
    example: {
      wrong: 'SUCAI198.COM —— 专注党建行政公文写作范文\n关于加强基层治理的实施意见',
      right: '关于加强基层治理的实施意见',
    },
    subChecks: {
      invisible: {
        defaultSeverity: 'warning',
        description: msg(
          '行首有不可见的格式字符（零宽空格 U+200B、U+200C、U+200D、U+2060、U+FEFF），多为复制网页带入，应删除',
          'An invisible format character (zero-width space U+200B, U+200C, U+200D, U+2060, U+FEFF) at a line start, usually copied from a web page: delete it',
        ),
        example: { wrong: '\u200b二、主要任务', right: '二、主要任务' },
      },
    },
  },
  check(ctx) {
    const { source } = ctx;
    const byLine = classifyLines(source);
    const calls = inLineOrder(byLine);
    const configuredSafe = configuredMayBeSafe(source, calls);
    // Runs of consecutive whole-line residue (a run of 10⁵ pager lines stays linear): calls k … runEnd - 1
    // of `calls` when they are whole-line calls on consecutive lines (a partial call on a line between
    // two whole ones is a line between them: the run ends there either way).
    let runStart = 0;
    let runEnd = 0;
    /** Whether the document introduces the current run (see `introducedByDocument`). */
    let runIntroduced = false;
    /** Whether the current run stands between two sentences of the document and speaks of no site (see `amidBody`). */
    let runAmid = false;
    for (let k = 0; k < calls.length; k++) {
      const call = calls[k];
      const line = source.lines[call.line];
      const sure = call.certainty === 'sure' && (call.kind !== 'configured' || configuredSafe);
      // A line the document itself introduces (`稿件末尾格式如下：` then `责任编辑：…`; `转发如下：` then a mail header;
      // `网站页脚须标注：主办：…`) may be its own text: its deletion is only offered.
      const shows = sure && SHOWS.test(source.text.slice(line.contentStart, Math.min(line.end, line.contentStart + 40)));
      if (call.part) {
        const kind = sure && !shows ? 'safe' : 'suggestion';
        // Residue opening the line as well as closing it (`【免费下载】关于……的通知（本文来自XX文库）`): its own finding and edit.
        if (call.head !== undefined) {
          const h = call.head;
          ctx.report({
            message: messages(h.kind).head,
            start: h.start,
            end: h.end,
            fix: { title: DELETE_HEAD, edits: [{ start: h.start, end: h.end, newText: '' }], kind: h.certainty === 'sure' && !shows ? 'safe' : 'suggestion' },
          });
        }
        // Residue opening the line (`第一篇:` before a document's name, an English word injected before a heading), closing
        // it (`……通知如下。（本文来自公文库，转载请注明出处）`) or between two sentences of the document's own.
        const head = !call.part.inside && source.text.slice(line.contentStart, call.part.start).trim() === '' && call.part.end < line.end;
        const m = messages(call.kind);
        ctx.report({
          message: call.part.inside ? m.middle : head ? m.head : m.part,
          start: call.part.start,
          end: call.part.end,
          fix: { title: call.part.inside ? DELETE_MIDDLE : head ? DELETE_HEAD : DELETE_END, edits: [{ start: call.part.start, end: call.part.end, newText: '' }], kind },
        });
        continue;
      }
      if (k >= runEnd) {
        runStart = k;
        runEnd = k + 1;
        while (runEnd < calls.length && calls[runEnd].part === undefined && calls[runEnd].line === calls[runEnd - 1].line + 1) runEnd++;
        runIntroduced = introducedByDocument(source, call.line, byLine);
      }
      if (k === runStart) runAmid = !runIntroduced && sure && amidBody(source, calls, runStart, runEnd, byLine);
      const kind = sure && !shows && !runIntroduced && !runAmid ? 'safe' : 'suggestion';
      const raw = source.text.slice(line.contentStart, line.end);
      const t = lineResidueText(source, call.line); // residueText(raw), as the classifier read it
      const start = line.contentStart + Math.max(0, raw.indexOf(t[0]));
      const end = line.contentStart + raw.lastIndexOf(t[t.length - 1]) + 1;
      ctx.report({
        message: messages(call.kind).whole,
        start: Math.max(line.contentStart, Math.min(start, line.end)),
        end: Math.max(line.contentStart, Math.min(end, line.end)),
        fix: {
          title: DELETE_LINE,
          edits: [deleteLineInRun(source, line, calls[runStart].line, calls[runEnd - 1].line)],
          kind,
        },
      });
    }
    reportInvisible(ctx, byLine);
  },
};

/**
 * `web-residue/invisible`: invisible format characters (`isInvisibleFormat`) at the start of a prose line's
 * content, before its first visible character (indentation between them allowed): `\u200B二、主要任务`. Nothing
 * on the page shows them, yet they hide an ordinal from a reader that takes them for text. Deleting them
 * changes nothing visible, so the fix is `safe`. A line with nothing visible (a zero-width space standing
 * for a blank line) and a line deleted whole as residue are left alone; so is U+FEFF at offset 0 (a BOM).
 * In a Markdown heading the spaces among them go too (`## \u200B 二、` → `## 二、`): the `## ` keeps its own.
 * Cost: one character test per prose line.
 */
function reportInvisible(ctx: Parameters<Rule['check']>[0], byLine: ReadonlyMap<number, ResidueCall>): void {
  const { source } = ctx;
  const text = source.text;
  const lines = source.lines;
  // (An index loop: a `for…of` allocates an iterator result per line until the loop is optimized: 2.3 MB on 10 MB.)
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (line.scope !== 'text' || line.contentStart >= line.end) continue;
    const at = line.contentStart === 0 && text.charCodeAt(0) === 0xfeff ? 1 : line.contentStart;
    if (at >= line.end || !isInvisibleFormat(text.charCodeAt(at))) continue;
    const call = byLine.get(line.index);
    if (call && call.part === undefined) continue;
    const edits: OffsetEdit[] = [];
    const codes: string[] = [];
    // A Markdown heading's `## ` already has its space: spaces and tabs among the invisible characters go with them
    // (`## \u200B 二、` → `## 二、`, not `##  二、`; CommonMark drops them anyway). Ideographic spaces stay.
    const heading = line.headingLevel > 0;
    const goes = (c: number) => isInvisibleFormat(c) || (heading && (c === 0x20 || c === 0x09));
    let i = at;
    while (i < line.end) {
      const c = text.charCodeAt(i);
      if (isInvisibleFormat(c)) {
        const from = i;
        while (i < line.end && goes(text.charCodeAt(i))) {
          const code = text.charCodeAt(i);
          const u = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
          if (isInvisibleFormat(code) && !codes.includes(u)) codes.push(u);
          i++;
        }
        edits.push({ start: from, end: i, newText: '' });
      } else if (isIndentChar(c)) i++;
      else break;
    }
    if (i >= line.end) continue;
    const names = codes.join('、');
    ctx.report({
      message: msg(
        `行首有不可见的格式字符（${names}），多为复制网页带入，应删除`,
        `Invisible format character${codes.length > 1 ? 's' : ''} (${codes.join(', ')}) at the line start, usually copied from a web page: delete ${codes.length > 1 ? 'them' : 'it'}`,
      ),
      start: edits[0].start,
      end: edits[edits.length - 1].end,
      sub: 'invisible',
      fix: { title: msg('删除不可见字符', 'Delete the invisible characters'), edits, kind: 'safe' },
    });
  }
}

/** A line of the document's prose that introduces what follows: at least four ideographs before a colon that ends it. */
const LEAD_IN = /^[^：:]*?(?:[\u4e00-\u9fff][^\u4e00-\u9fff：:]*){4}[：:][ \t\u3000]*$/;
/** Words by which a line shows or quotes what follows its colon on the same line (`须标注：主办：…`, `例如：…`). */
const SHOWS = /(?:标注|注明|写明|载明|署明|格式为|格式如下|如下|示例|样式|例如|比如)[ \t\u3000]*[：:][ \t\u3000]*[^ \t\u3000\r\n]/;

/**
 * Does the document itself introduce the run of residue lines starting at line `first`: is the line before it
 * (skipping one blank line) a line of prose that ends in a colon and is no residue (`各单位要用好以下平台：`,
 * `现将来函转发如下：`)? Such a run is the document's list or quotation as often as furniture: deleting it rests on
 * a guess. Items of the same list may stand between the two (`以下平台：` `抖音` `学习强国`). `calls`: the classifier's
 * calls by line (`classifyLines`); only whole-line calls count. Bounded time (at most LIST_ITEMS lines back).
 */
function introducedByDocument(source: Source, first: number, calls: ReadonlyMap<number, ResidueCall>): boolean {
  const lines = source.lines;
  const whole = (i: number) => calls.get(i)?.part === undefined && calls.has(i);
  let i = first - 1;
  if (i >= 0 && isBlank(lines[i], source)) i--;
  // A heading that names a model text (`一、版权声明参考文本`, `（二）页脚格式`) right above: what follows is the model, the document's.
  if (i >= 0 && !whole(i) && lines[i].end - lines[i].contentStart <= MAX_LINE && MODEL_HEADING.test(source.text.slice(lines[i].contentStart, lines[i].end).trimEnd())) return true;
  // the items of the same list before it (`微信公众号` `抖音` … then `学习强国`): short lines that end no sentence
  for (let items = 0; items < LIST_ITEMS && i >= 0 && !whole(i) && isListItem(source, lines[i]); items++) i--;
  if (i < 0 || whole(i)) return false;
  const line = lines[i];
  if (line.end - line.contentStart > MAX_LINE) return false;
  return endsInColon(source.text, line.contentStart, line.end) && LEAD_IN.test(source.text.slice(line.contentStart, line.end));
}

/**
 * Do the whole-line calls `calls[from]` … `calls[to - 1]` (consecutive lines) stand amid the document's body — the nearest
 * non-blank line before them and the one after them are lines of the document (no call) that end a sentence or clause
 * (`。` `！` `？` `；` `：`) — each of a kind a document may hold word for word (`AMID_KINDS`), naming no site's own
 * things (`namesTheSite`: 本站, 公众号, 二维码, 转载, 范文…; `UNMISTAKABLE`) and no page of a file (`第 2 页 / 共 3 页`)? Such a
 * line is furniture by its shape alone where a document may hold the same line: its deletion is offered, not applied.
 */
function amidBody(source: Source, calls: readonly ResidueCall[], from: number, to: number, byLine: ReadonlyMap<number, ResidueCall>): boolean {
  const lines = source.lines;
  const text = source.text;
  for (let k = from; k < to; k++) {
    const t = lineResidueText(source, calls[k].line);
    const kind = calls[k].kind;
    // (A page number's own line as typed: `- 1 -` reads `1 -` once its list marker is trimmed.)
    const typed = kind === 'page-number' ? text.slice(lines[calls[k].line].start, lines[calls[k].line].end).trim() : '';
    if (!AMID_KINDS.has(kind) || namesTheSite(t) || UNMISTAKABLE.test(t) || (kind === 'page-number' && (PAGE_OF_FILE.test(t) || PAGE_OF_FILE.test(typed)))) return false;
    // Of navigation, only a path (`首页>个人中心>修改密码`): a bar of a site's sections (`工作总结｜工作计划｜述职报告`) is no document's.
    if (kind === 'breadcrumb' && !/[>＞›»]\s*[^\s>＞›»]/.test(t)) return false;
  }
  const prose = (i: number): boolean => {
    if (i < 0 || i >= lines.length || byLine.has(i)) return false;
    const line = lines[i];
    let e = line.end;
    while (e > line.contentStart && isIndentChar(text.charCodeAt(e - 1))) e--;
    return e - line.contentStart >= 6 && BODY_END.includes(text[e - 1]);
  };
  let before = calls[from].line - 1;
  while (before >= 0 && isBlank(lines[before], source)) before--;
  let after = calls[to - 1].line + 1;
  while (after < lines.length && isBlank(lines[after], source)) after++;
  return prose(before) && prose(after);
}

/** The marks that end a sentence or a clause of the document's body (`amidBody`). */
const BODY_END = '。！？；：!?;:';
/**
 * Kinds whose lines a document may hold word for word (`阅读量：1200万`, `字数：3215字`, `首页>个人中心>修改密码`,
 * `请下载“赣服通”APP`, `（中间部分从略）`, a 目录's `……办法　　第3页`, `2页`): amid the body they are offered (`amidBody`). Not a
 * toolbar's, a forum's, a chat's or a converted file's marks, which no document writes.
 */
const AMID_KINDS: ReadonlySet<ResidueKind> = new Set<ResidueKind>(['byline', 'metadata', 'breadcrumb', 'promo', 'paywall', 'page-number', 'source', 'disclaimer', 'number']);
/** Words only a page says, whatever the kind: an ad's slot, a fold. */
const UNMISTAKABLE = /广告|展开全文|阅读全文/;
/**
 * A page's number in a file or a reader (`第 2 页 / 共 3 页`, `— 2 —`, a running header `某某办法　　第6页`): sure wherever it
 * stands (a 目录's entries under their heading are the classifier's to keep).
 */
const PAGE_OF_FILE = /第\s*\d{1,4}\s*页|^[—–－-]\s*\d{1,3}\s*[—–－-]$/;

/**
 * Does `[from, to)` of `text` end in a colon, perhaps before spaces (what `LEAD_IN` ends with)? Asked first: most
 * lines do not, and `LEAD_IN`'s lazy prefix tries every start on a line that has no colon.
 */
function endsInColon(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000) break;
    i--;
  }
  return i >= from && (text.charCodeAt(i) === 0xff1a || text.charCodeAt(i) === 0x3a);
}

/**
 * A numbered heading of the document naming a model text for the reader to copy (`一、版权声明参考文本`, `（二）页脚格式`,
 * `3.示例`). Numbered: a page's own title (`通知公文写作格式范例`, `慰问信的写法与格式`) is no heading of the document.
 */
const MODEL_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）])[^。！？!?，,]{0,30}(?:参考文本|参考样式|参考格式|示例|范本|范例|样本|样式|格式|模板)[：:]?$/;

/** How many list items `introducedByDocument` looks back over. */
const LIST_ITEMS = 12;

/** A short line that ends no sentence or clause: an item of a list of names (`抖音`, `政务公开`). */
function isListItem(source: Source, line: Line): boolean {
  const n = line.end - line.contentStart;
  return n > 0 && n <= 16 && !/[。；;！!？?：:，,]/.test(source.text.slice(line.contentStart, line.end));
}

/**
 * May deletions for the configuration's residue patterns be safe fixes? Not when those patterns take
 * more than half of the document's non-blank lines: a pattern that takes most of a document is more
 * likely wrong than the document (`^.`), so each deletion is then only offered, never applied by
 * `--fix` or Fix All.
 */
function configuredMayBeSafe(source: Source, calls: readonly ResidueCall[]): boolean {
  let configured = 0;
  for (const c of calls) if (c.kind === 'configured' && c.part === undefined) configured++;
  if (configured === 0) return true;
  let nonBlank = 0;
  for (const l of source.lines) if (l.scope !== 'blank') nonBlank++;
  return configured * 2 <= nonBlank;
}

/** The calls of `classifyLines` in line order (the map's own order when it is already: no sort). */
function inLineOrder(calls: ReadonlyMap<number, ResidueCall>): ResidueCall[] {
  const out: ResidueCall[] = new Array(calls.size);
  let k = 0;
  let sorted = true;
  for (const call of calls.values()) {
    if (k > 0 && call.line < out[k - 1].line) sorted = false;
    out[k++] = call;
  }
  if (!sorted) out.sort((a, b) => a.line - b.line);
  return out;
}

/** Titles of the two fixes (one object each: findings share them, nothing changes them). */
const DELETE_END = msg('删除行尾残留', 'Delete the residue at the line end');
const DELETE_HEAD = msg('删除行首残留', 'Delete the residue at the line start');
const DELETE_LINE = msg('删除此行', 'Delete this line');
const DELETE_MIDDLE = msg('删除行中残留', 'Delete the residue inside the line');

/** The messages of a residue kind, for a whole line, the end, the start and the inside of a line: built once per kind. */
function messages(kind: ResidueKind): KindMessages {
  let m = kindMessages.get(kind);
  if (m === undefined) {
    const label = RESIDUE_LABELS[kind];
    m =
      kind === 'page-number'
        ? // Not a web page's: the page number of the Word file or PDF the text was copied from (`— 1 —`).
          {
            whole: msg('打印或导出文档的页码（如“— 1 —”），属于版面而非正文，应删除此行', 'Page number of the printed or exported document (like “— 1 —”): it belongs to the page layout, not the text; delete this line'),
            part: msg('行尾有打印或导出文档的页码，属于版面而非正文，应删除', 'Page number of the printed or exported document at the end of this line: it belongs to the page layout, not the text; delete it'),
            head: msg('行首有打印或导出文档的页码，属于版面而非正文，应删除', 'Page number of the printed or exported document at the start of this line: it belongs to the page layout, not the text; delete it'),
            middle: msg('行中有打印或导出文档的页码，属于版面而非正文，应删除', 'Page number of the printed or exported document inside this line: it belongs to the page layout, not the text; delete it'),
          }
        : {
            whole: msg(`网页残留（${label.zh}），不属于正文，应删除此行`, `Web page residue (${label.en}): delete this line`),
            part: msg(`行尾有网页残留（${label.zh}），应删除`, `Web page residue (${label.en}) at the end of this line: delete it`),
            head: msg(`行首有网页残留（${label.zh}），应删除，保留其后的文字`, `Web page residue (${label.en}) at the start of this line: delete it, keep the text after it`),
            middle: msg(`行中有网页残留（${label.zh}），应删除，保留前后的文字`, `Web page residue (${label.en}) inside this line: delete it, keep the text around it`),
          };
    kindMessages.set(kind, m);
  }
  return m;
}
/** A kind's messages: a whole line, the end of a line, its start, its inside. */
interface KindMessages {
  whole: Msg;
  part: Msg;
  head: Msg;
  middle: Msg;
}
const kindMessages = new Map<ResidueKind, KindMessages>();

/** Longest line the residue classifier looks at. */
const MAX_LINE = RESIDUE_MAX_LINE;

/** Blank, or holding nothing but decoration (an emoji line counts as empty). */
const isBlank = (l: Line | undefined, source?: Source) =>
  l !== undefined && (l.scope === 'blank' || (source !== undefined && l.scope === 'text' && l.end - l.start <= MAX_LINE && decorationOnly(source, source.lineText(l))));

/**
 * Whether a line's text `t` holds nothing but decoration (`residueText(t)` is empty): through the
 * session's memo when there is one (a function of the text alone; each residue line asks it of its
 * neighbours, every version).
 */
function decorationOnly(source: Source, t: string): boolean {
  return source.memo ? source.memo.table<boolean>('web-residue.decorationOnly').get(t, isDecorationOnly) : isDecorationOnly(t);
}
const isDecorationOnly = (t: string): boolean => residueText(t) === '';

/**
 * Delete a line with its line break, as one edit. Consecutive residue lines form a run; the edits of
 * a run never overlap, and together they leave no double blank line and no trailing blank:
 * - between blanks (or a blank and the document's start) the run's last line also takes the blank
 *   after it;
 * - at the document's end the run's first line also takes the blank before it, and, when the
 *   document has no final line break, the line break before the run.
 */
export function deleteLine(source: Source, line: Line, isResidue: (index: number) => boolean = () => false): OffsetEdit {
  let a = line.index;
  while (a > 0 && isResidue(a - 1)) a--;
  let b = line.index;
  while (b + 1 < source.lines.length && isResidue(b + 1)) b++;
  return deleteLineInRun(source, line, a, b);
}

/** `deleteLine` for a line of the known run `[a, b]` (0-based line indices, inclusive). */
function deleteLineInRun(source: Source, line: Line, a: number, b: number): OffsetEdit {
  const lines = source.lines;
  const text = source.text;
  const P = lines[a - 1];
  const N = lines[b + 1];
  const pseudoEnd = (l: Line | undefined) => l !== undefined && l.index === lines.length - 1 && l.start === l.end && l.start === text.length;
  const atEnd = N === undefined || pseudoEnd(N);
  let start = line.start;
  let end = line.next;
  if (atEnd) {
    if (line.index === a && P !== undefined) {
      const finalBreak = lines[b].next > lines[b].end;
      if (isBlank(P, source)) start = finalBreak ? P.start : P.index > 0 ? lines[P.index - 1].end : P.start;
      else if (!finalBreak) start = P.end;
    }
  } else if (line.index === b && isBlank(N, source) && (P === undefined || isBlank(P, source))) {
    end = N.next;
  }
  return { start, end, newText: '' };
}
