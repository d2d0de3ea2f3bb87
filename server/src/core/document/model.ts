/**
 * Builds the document model (see types.ts): reads a draft top down as GB/T 9704-2012 lays a 公文 out
 * (版头 → 标题 → 主送机关 → 正文 → 附件说明 → 署名 → 成文日期 → 附注 → 附件 → 版记), or as a speech
 * (title → speaker and date → 称呼 → body). Pure; each line is looked at a constant number of times.
 */
import { afterIndentReferences, isIndentChar, type Source } from '../source';
import { detach, type SourceMemo, type TextMemo } from '../memo';
import type { Line, Section, SectionTree } from '../types';
import { parseMarker } from '../numbering/markers';
import { SURNAMES } from '../text/names';
import { DATE_LINE } from '../text/parts';
import { siblingLists, treeEdit, treeId } from '../numbering/tree';
import { contentResidueKinds, lineResidueKind, residueText, type ResidueKind } from '../residue';
import type { AttachmentNote, AttachmentNoteItem, Attachment, DocParagraph, DocumentModel, Imprint, ParagraphRole } from './types';

/** Longest line (UTF-16 units) read as a title, as in the section tree. */
const TITLE_MAX = 60;
/** Longest line read as a speaker line or one line of a 署名. */
const SHORT_MAX = 40;
/** How many paragraphs after the title the head (speaker, date, 主送机关, 称呼) may take. */
const HEAD_WINDOW = 6;

/** 份号 (six digits), 密级和保密期限, 紧急程度, 签发人 (GB/T 9704-2012 §7.2.1–7.2.3, §7.2.6). */
const MASTHEAD = /^(?:[0-9０-９]{6}|(?:绝密|机密|秘密)(?:\s*★\s*[^\s]{0,8})?|特急|加急|特提|平急|签发人[：:].{1,30})$/;
/** 发文机关标志: `XX县人民政府文件` (§7.2.4); a title says 关于 or names its 文种 instead. */
const ISSUER_MARK = /^[^\s，。：:；]{2,30}文件$/;
/** 发文字号: 机关代字 + 〔年份〕 + 序号 + 号 (§7.2.5), mistyped brackets and placeholders included; 签发人 may follow. */
const DOCUMENT_NUMBER = /^[\u4e00-\u9fffA-Za-zＸＸ×]{1,16}\s*[〔\[［(（【]\s*[0-9０-９XxＸ×]{4}\s*[〕\]］)）】]\s*第?\s*[0-9０-９XxＸ×]{1,5}\s*号(?:[\s\u3000]+签发人[：:].*)?$/;
/** Document types (条例 第八条) and the common kinds of speech and plan that end a title. */
const TITLE_END = /(?:决议|决定|命令|令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要|讲话|致辞|发言|方案|办法|规定|细则|规划|计划|总结|要点|汇报|讲话稿|提纲)$/;
/** A speech's title: `在……上的讲话`, `致辞`, `主持词` (office practice). */
const SPEECH_TITLE = /(?:讲话|致辞|致词|发言|讲话稿|讲话提纲|主持词|开幕词|闭幕词|党课)(?:稿)?$|^在.{2,40}上的/;
/** 称呼 of a speech, ending with a colon: `同志们：`, `各位代表：`, `尊敬的各位来宾：`. */
const SALUTATION = /^(?:各位[^：:。；]{0,30}|尊敬的[^：:。；]{0,40}|[^：:。；，]{0,20}?(?:同志们|朋友们|同学们|老师们|代表们|女士们|先生们))[：:]$/;
/** A `DATE_LINE` (text/parts.ts) in brackets: a speech's date line `（2024年5月6日）`. */
const BRACKETED_DATE = /^[（(]\s*[0-9０-９XxＸ×〇○零一二三四五六七八九]{2,4}\s*年\s*[0-9０-９XxＸ×一二三四五六七八九十]{1,3}\s*月\s*[0-9０-９XxＸ×一二三四五六七八九十]{1,3}\s*日\s*[)）]$/;
/** 附注: a bracketed line (`（此件公开发布）`, `（联系人：XXX，电话：XXXX）`) or `附注：` (§7.3.7). */
const ANNOTATION = /^(?:[（(].*[)）]|附注[：:].*)$/;
/** An attachment's label line: `附件`, `附件2`, `附件二` (§7.3.8); with a colon only after the 成文日期. */
const ATTACHMENT_LABEL = /^附件\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})?$/;
const ATTACHMENT_LABEL_COLON = /^附件\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})?\s*[：:]$/;
/** 附件说明: `附件：1.XXXX` (§7.3.4). */
const ATTACHMENT_NOTE = /^附件\s*[：:]\s*/;
/** 抄送机关 (§7.4.2); `抄报` and `分送` in older practice. */
const COPY_TO = /^(?:抄送|抄报|分送)\s*[：:]/;
/** 印发机关和印发日期 (§7.4.3): `XX县人民政府办公室　　2024年5月6日印发`. */
const PRINTING = /年.{1,4}月.{1,4}日\s*印发$/;
/** `PRINTING.test(s)`, asked only of lines that end with 印发 (the pattern is tried at every 年 of a line otherwise). */
const isPrinting = (s: string): boolean => s.endsWith('印发') && PRINTING.test(s);
/** Sentence and clause punctuation: a line with it is prose, not a name. */
const PROSE_PUNCT = /[。；，！？,;!?：:、]/;
/**
 * The last name of a 主送机关 list ends like an office, a body or a group of people (`县财政局`,
 * `各乡镇人民政府`, `县直各单位`, `各村（社区）`); a lead-in such as `主要内容如下：` or `今天：` does not.
 */
const ADDRESSEE_END = /(?:[局委厅部办院室会处科所站队府位司心校镇乡村道区组门导志馆行团署县市省州旗盟社园场厂业军关党构联织体协台]|公司|中心|学|大学)(?:[（(][^（()）]{1,12}[)）])?[：:]$/;
/** Words of a lead-in sentence, not of a list of names. */
const LEAD_IN = /如下|以下|下面|要求|方法|格式|注意|内容|情况|尊敬|同志们|朋友们/;
/** Site furniture that is not caught as residue but is no title either (as the section tree's title finder). */
const NOT_TITLE = /(?:https?:|www\.|\.com|\.cn|\.net|分享|收藏|举报|阅读|扫码|来源[:：]|时间[:：]|当前位置|首页|登录|登陆|注册)/i;
/** Closing formulas that end the body (`特此通知`, `妥否，请批示`), never a 署名. */
const CLOSING = /^(?:特此|此复|此令|请予|妥否|当否|以上|专此)/;

interface Work {
  source: Source;
  paras: DocParagraph[];
  /** Indices into `paras` of the text paragraphs (not verbatim, residue or separator): the first `count` entries. */
  cands: Int32Array;
  /** Per candidate: which patterns its text matches (`F_*`, see `flagsOf`). */
  flags: Int32Array;
  /** How many candidates there are. */
  count: number;
  /** Set by `findAttachmentNote`: the candidates it read text of, `[noteFrom, noteTo]`; -1 when none. */
  noteFrom: number;
  noteTo: number;
}

/**
 * The arrays of `Work.cands` and `Work.flags`, shared by every build (a build runs to its end before the
 * next begins and keeps neither): grown to the longest document seen, so a keystroke allocates none.
 */
let scratchCands = new Int32Array(256);
let scratchFlags = new Int32Array(256);
let scratchStale = new Uint8Array(256);

/** Bits of `flagsOf`: which of the tail and body patterns a paragraph's text matches. */
const F_SEPARATOR = 1;
const F_DATE = 2;
const F_ANNOTATION = 4;
const F_LABEL = 8;
const F_LABEL_COLON = 16;
const F_COPY_TO = 32;
const F_PRINTING = 64;
const F_NOTE = 128;

/**
 * The flags of the paragraph text `text[start, end)` (non-empty). Each pattern is tried only when the
 * first or last character allows it (most lines start and end with none of these characters); the
 * text is cut out only then.
 */
function flagsOf(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  let s: string | undefined;
  let f = 0;
  if (isSeparatorChar(first) && end - start >= 3 && isSeparator(text, start, end)) f |= F_SEPARATOR;
  if ((last === 0x65e5 /* 日 */ || last === 0x53f7 /* 号 */) && DATE_LINE.test((s ??= text.slice(start, end)))) f |= F_DATE;
  if (last === 0x53d1 /* 发 */ && isPrinting((s ??= text.slice(start, end)))) f |= F_PRINTING;
  if (first === 0x9644 /* 附 */) {
    s ??= text.slice(start, end);
    if (ANNOTATION.test(s)) f |= F_ANNOTATION;
    if (ATTACHMENT_LABEL.test(s)) f |= F_LABEL;
    if (ATTACHMENT_LABEL_COLON.test(s)) f |= F_LABEL_COLON;
    if (ATTACHMENT_NOTE.test(s)) f |= F_NOTE;
  } else if (first === 0xff08 /* （ */ || first === 0x28) {
    if ((last === 0xff09 /* ） */ || last === 0x29) && ANNOTATION.test((s ??= text.slice(start, end)))) f |= F_ANNOTATION;
  } else if ((first === 0x6284 /* 抄 */ || first === 0x5206) /* 分 */ && COPY_TO.test((s ??= text.slice(start, end)))) f |= F_COPY_TO;
  return f;
}

/**
 * A rule drawn in text (`———`, `---`, `***`, `___`), `text[start, end)` being the whole of it: the pattern
 * `/^(?:[-—_=─━*]\s*){3,}$/` read without cutting the text out: the text starts with a character a rule
 * is drawn with and holds only such characters (three or more) and white space (`\s`).
 */
function isSeparator(text: string, start: number, end: number): boolean {
  if (!isSeparatorChar(text.charCodeAt(start))) return false;
  let marks = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSeparatorChar(c)) marks++;
    else if (!isWhiteSpace(c)) return false;
  }
  return marks >= 3;
}

/** A character of the regex class `\s` (ECMAScript WhiteSpace and LineTerminator). */
function isWhiteSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** A character a rule (`isSeparator`) is drawn with: `-—_=─━*`. */
function isSeparatorChar(c: number): boolean {
  return c === 0x2d || c === 0x2014 || c === 0x5f || c === 0x3d || c === 0x2500 || c === 0x2501 || c === 0x2a;
}

/**
 * Is a line of scope `text` web residue by its own words: `classifyResidue(residueText(raw))` (see
 * residue.ts), `raw` being the line from its content start when only indentation (spaces or references) lies before it
 * (residueText drops leading spaces; the residue classifier has read that text: `contentKind`), else the
 * whole line. That whole line, when it begins or ends with a character residueText may trim (a list
 * bullet, `**`, a digit, an emoji), goes through the session's memo: the trimming takes several regex passes.
 */
function isResidueLine(source: Source, line: Line, contentKind: (line: Line) => ResidueKind | undefined, memo: TextMemo<string> | undefined): boolean {
  const text = source.text;
  let i = line.start;
  while (i < line.contentStart && isIndentChar(text.charCodeAt(i))) i++;
  // An indent written as character references (`&emsp;&emsp;`) is indentation too (`afterIndentReferences`).
  if (i < line.contentStart && text.charCodeAt(i) === 0x26) i = line.start + afterIndentReferences(source.lineText(line), i - line.start, source.language === 'markdown');
  if (i === line.contentStart) return contentKind(line) !== undefined;
  const raw = source.lineText(line);
  const t = (plainEnd(raw.charCodeAt(0)) && plainEnd(raw.charCodeAt(raw.length - 1))) || !memo ? residueText(raw) : memo.get(raw, detachedResidueText);
  return lineResidueKind(source, t) !== undefined;
}

function detachedResidueText(raw: string): string {
  return detach(residueText(raw));
}

/** A CJK ideograph, CJK or full-width punctuation: residueText never trims it. */
function plainEnd(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3001 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e);
}

/**
 * Where the paragraph of a non-blank `line` of `text` starts (UTF-16 offset): a text line's content start, any
 * other line's (code, table, HTML …) first non-space character. See `spanEnd`; `buildModel` and `reuseModel` both read spans so.
 */
function spanStart(text: string, line: Line): number {
  return line.scope === 'text' ? line.contentStart : firstNonSpace(text, line.start, line.end);
}

/** Where that paragraph ends (exclusive; `start` from `spanStart`; an empty span: the line has no paragraph). */
function spanEnd(text: string, line: Line, start: number, md: boolean): number {
  return line.scope === 'text' ? paragraphEnd(text, start, line.end, md, line.headingLevel > 0) : trimEnd(text, start, line.end);
}

/** The end of a text line's paragraph: before trailing spaces, Markdown emphasis closers and a closed heading's `#`s. */
function paragraphEnd(text: string, contentStart: number, lineEnd: number, md: boolean, heading: boolean): number {
  let end = lineEnd;
  while (end > contentStart) {
    const ch = text.charCodeAt(end - 1);
    if (ch === 0x20 || ch === 0x09 || ch === 0x3000 || ch === 0xa0 || (md && (ch === 0x2a || ch === 0x5f))) end--;
    else if (md && heading && ch === 0x23) {
      // A closed ATX heading `## 标题 ##`: the closing #s follow a space.
      let h = end;
      while (h > contentStart && text.charCodeAt(h - 1) === 0x23) h--;
      if (h > contentStart && (text.charCodeAt(h - 1) === 0x20 || text.charCodeAt(h - 1) === 0x09)) end = h;
      else break;
    } else break;
  }
  return end;
}

/**
 * Read `source` (with its section tree from `buildSections`) as a 公文 or a speech and give every
 * non-blank line its role. Never throws; a draft with none of the parts gets `body` paragraphs only.
 * Basis: GB/T 9704-2012 §7 (parts and their order), 条例 第九条; speeches: office practice.
 *
 * With a session memo (`source.memo`) the model is written into the previous build's paragraph objects and
 * array (see `Pool`): it is valid until the next build in the same session; without one it is new. When the
 * section tree was reused across an edit inside one line that no role reads (see `reuseModel`), the model is
 * the last one (the same object) with its offsets and markers brought up to date.
 */
export function buildDocumentModel(source: Source, sections: SectionTree, options: ModelOptions = {}): DocumentModel {
  // A caller's own residue lines make a model of its own: neither kept in nor read from the session's pool.
  if (options.residue !== undefined) return buildModel(source, sections, undefined, options.residue);
  const pool = poolFor(source);
  if (pool !== undefined) {
    const reused = reuseModel(source, sections, pool);
    if (reused !== undefined) return reused;
  }
  return buildModel(source, sections, pool);
}

/** Options of `buildDocumentModel`. */
export interface ModelOptions {
  /**
   * The lines (0-based indices) that are web residue, instead of the model's own reading of each line's words: the
   * Word export passes the lines the `web-residue` rule deletes whole (export/residue.ts), so that it leaves out
   * exactly what `check` reports. A line not in the set is a paragraph of the document (a separator stays one).
   */
  residue?: ReadonlySet<number>;
}

/** `buildDocumentModel` in full (into the session's kept objects when there is a pool); `residue`: see `ModelOptions`. */
function buildModel(source: Source, sections: SectionTree, pool: Pool | undefined, residue?: ReadonlySet<number>): DocumentModel {
  const text = source.text;
  const lines = source.lines;
  // The lines of Markdown headings, indexed by line.
  // (Read from the tree's sibling lists, which the numbering rules ask for too: made once per tree.)
  const headingLines = new Uint8Array(lines.length);
  for (const list of siblingLists(sections)) for (const s of list) if (s.kind === 'heading') headingLines[s.line] = 1;

  pool?.forget();
  // The previous model's array, written over (see `Pool`), or a new one; `np` paragraphs so far.
  const paras: DocParagraph[] = pool?.paragraphs ?? [];
  let np = 0;
  if (scratchCands.length < lines.length) {
    scratchCands = new Int32Array(lines.length * 2);
    scratchFlags = new Int32Array(lines.length * 2);
    scratchStale = new Uint8Array(lines.length * 2);
  }
  const cands = scratchCands;
  const flags = scratchFlags;
  // 1 for a paragraph (by index in `paras`) that got a kept object with a `marker` that is not its own yet.
  const stale = scratchStale;
  stale.fill(0, 0, lines.length);
  const ordinalAt = markerFinder(sections.markers);
  let count = 0;
  const md = source.language === 'markdown';
  const residueMemo = source.memo?.table<string>('document.residueText');
  const contentKind = contentResidueKinds(source);
  // (An index loop: a `for…of` allocates an iterator result per line until the loop is optimized.)
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (line.scope === 'blank') continue;
    const start = spanStart(text, line);
    const end = spanEnd(text, line, start, md);
    if (line.scope !== 'text') {
      if (start < end) paras[np++] = paragraph(pool, 'verbatim', line.index, start, end);
      continue;
    }
    if (start >= end) continue;
    // A line that opens an ordinal section is most likely an ordinal heading: it takes a kept object with a
    // `marker` (adding the property to another would allocate its property store).
    const ordinal = pool !== undefined && isOrdinal(ordinalAt(line.index));
    const kept = ordinal ? pool.takeMarked() : undefined;
    let p: DocParagraph;
    if (kept !== undefined) {
      p = kept;
      setParagraph(p, 'body', line.index, start, end);
      stale[np] = 1;
    } else p = paragraph(pool, 'body', line.index, start, end);
    const f = flagsOf(text, start, end);
    if (f & F_SEPARATOR) p.role = 'separator';
    else if (residue !== undefined ? residue.has(line.index) : line.headingLevel === 0 && isResidueLine(source, line, contentKind, residueMemo)) p.role = 'residue';
    else {
      cands[count] = np;
      flags[count++] = f;
    }
    paras[np++] = p;
  }
  if (paras.length > np) paras.length = np;
  const w: Work = { source, paras, cands, flags, count, noteFrom: -1, noteTo: -1 };
  const model: DocumentModel = { kind: 'document', paragraphs: paras, speaker: [], signature: [], annotations: [], attachments: [] };
  const t = (k: number) => textOf(w, k);

  // Head: 版头, then the title.
  let c = 0;
  for (; c < count && c < 8; c++) {
    const s = t(c);
    if (MASTHEAD.test(s)) setRole(w, c, 'masthead');
    else if (ISSUER_MARK.test(s) && !s.includes('关于')) setRole(w, c, 'issuer-mark');
    else if (DOCUMENT_NUMBER.test(s)) {
      setRole(w, c, 'document-number');
      model.documentNumber ??= para(w, c);
    } else break;
  }
  // Up to two lines of site furniture before the title stay body text.
  for (let k = c; k + 1 < count && k < c + 2 && NOT_TITLE.test(t(k)); k++) if (isTitle(w, k + 1)) c = k + 1;
  if (c < count && isTitle(w, c)) {
    setRole(w, c, 'title');
    model.title = para(w, c);
    c++;
    // A title broken over two lines: the first does not end with its 文种, the second does.
    if (c < count && !TITLE_END.test(t(c - 1)) && isTitle(w, c) && TITLE_END.test(t(c))) setRole(w, c++, 'title');
    while (c < count && /^(?:——|--|—)/.test(t(c)) && t(c).length <= TITLE_MAX) setRole(w, c++, 'subtitle');
  }
  const titleText = model.title ? titleString(w) : '';
  let speech = SPEECH_TITLE.test(titleText.replace(/[（(][^）)]*[）)]$/, ''));
  for (let k = c; !speech && k < count && k < c + HEAD_WINDOW; k++) if (SALUTATION.test(t(k))) speech = true;
  model.kind = speech ? 'speech' : 'document';

  if (speech) {
    // Speaker and date lines, then the salutation. The speaker may come after the date (`（2022年10月16日）` /
    // `习　近　平` / `同志们：`): then only a speaker with none before the date, and only when it reads as one
    // (`speakerAfterDate`), not a short line of the body.
    let before = -1; // speakers before the date, once it is met
    for (; c < count; c++) {
      const s = t(c);
      if (BRACKETED_DATE.test(s) || DATE_LINE.test(s)) {
        setRole(w, c, 'speech-date');
        model.speechDate ??= para(w, c);
        if (before < 0) before = model.speaker.length;
      } else if (isName(w, c) && (model.speechDate === undefined || (before === 0 && speakerAfterDate(w, c, count)))) {
        setRole(w, c, 'speaker');
        model.speaker.push(para(w, c));
      } else if (/^[（(].*[)）]$/.test(s) && s.length <= TITLE_MAX && model.speaker.length === 0) setRole(w, c, 'subtitle');
      else break;
    }
    if (c < count && SALUTATION.test(t(c))) {
      setRole(w, c, 'salutation');
      model.salutation = para(w, c++);
    }
  } else {
    // 决议's adoption note `（2024年5月6日XX会议通过）` under the title.
    if (model.title && c < count && /^[（(].*[)）]$/.test(t(c)) && t(c).length <= TITLE_MAX) setRole(w, c++, 'subtitle');
    if (c < count && isAddressee(w, c)) {
      setRole(w, c, 'addressee');
      model.addressee = para(w, c++);
    }
  }
  const bodyStart = c;

  // Tail: 成文日期 and the 署名 above it; then 附注, 附件, 版记.
  let dateAt = -1;
  for (let k = bodyStart; k < count; k++) {
    if (!(flags[k] & F_DATE)) continue;
    if (k + 1 >= count || flags[k + 1] & (F_ANNOTATION | F_LABEL | F_LABEL_COLON | F_COPY_TO | F_PRINTING)) {
      dateAt = k;
      break;
    }
  }
  let mainEnd = count; // candidates of the main body: [bodyStart, mainEnd)
  if (dateAt >= 0) {
    setRole(w, dateAt, 'date');
    model.date = para(w, dateAt);
    let s = dateAt;
    while (s > bodyStart && dateAt - s < 3 && isSignature(w, s - 1)) s--;
    for (let k = s; k < dateAt; k++) {
      setRole(w, k, 'signature');
      model.signature.push(para(w, k));
    }
    mainEnd = s;
  }

  let attachment: Attachment | undefined;
  let imprint: Imprint | undefined;
  let titleNext = false;
  const after = dateAt >= 0 ? dateAt + 1 : bodyStart;
  for (let k = after; k < count; k++) {
    const f = flags[k];
    const p = para(w, k);
    if (f & (F_COPY_TO | F_PRINTING)) {
      setRole(w, k, f & F_COPY_TO ? 'copy-to' : 'printing');
      imprint ??= { paragraphs: [] };
      imprint.paragraphs.push(p);
      if (p.role === 'copy-to') imprint.copyTo ??= p;
      else imprint.printing ??= p;
      if (dateAt < 0 && k < mainEnd) mainEnd = k;
      continue;
    }
    const label = f & F_LABEL ? ATTACHMENT_LABEL.exec(t(k)) : dateAt >= 0 && f & F_LABEL_COLON ? ATTACHMENT_LABEL_COLON.exec(t(k)) : null;
    if (label && (dateAt >= 0 || k > bodyStart)) {
      setRole(w, k, 'attachment-label');
      attachment = { ...(label[1] ? { number: numberOf(label[1]) } : {}), label: p, paragraphs: [] };
      model.attachments.push(attachment);
      titleNext = true;
      if (k < mainEnd) mainEnd = k;
      continue;
    }
    if (dateAt >= 0 && !attachment && f & F_ANNOTATION && !imprint) {
      setRole(w, k, 'annotation');
      model.annotations.push(p);
      continue;
    }
    if (!attachment) continue; // text after the date that is none of the above stays body
    p.attachment = model.attachments.length;
    if (titleNext && isTitle(w, k)) setRole(w, k, 'attachment-title');
    titleNext = false;
    if (p.role === 'attachment-title') attachment.title = p;
    attachment.paragraphs.push(p);
  }
  if (imprint) model.imprint = imprint;

  // 附件说明 inside the main body, then headings and body.
  const note = findAttachmentNote(w, bodyStart, mainEnd);
  if (note) model.attachmentNote = note;
  const markerAt = markerFinder(sections.markers);
  for (let k = bodyStart; k < count; k++) {
    const p = para(w, k);
    if (p.role !== 'body') continue;
    const line = source.lines[p.line];
    const ms = markerAt(p.line);
    if (ms?.marker && ms.marker.family !== 'di') {
      stale[cands[k]] = 0;
      p.role = 'heading';
      p.level = ms.marker.level;
      p.marker = ms.marker;
      p.headingEnd = line.headingLevel > 0 ? p.end : Math.min(p.end, Math.max(ms.titleEnd, ms.marker.end));
    } else if (line.headingLevel > 0 || headingLines[p.line] === 1) {
      p.role = 'heading';
      const titleIsHeading = model.title !== undefined && source.lines[model.title.line].headingLevel === 1;
      p.level = line.headingLevel > 0 ? Math.max(1, Math.min(4, line.headingLevel - (titleIsHeading ? 1 : 0))) : 1;
    }
  }
  // A kept object whose old marker is not replaced (the line took another role) loses it.
  if (pool !== undefined) {
    for (let i = 0; i < paras.length; i++) {
      if (stale[i] === 0) continue;
      stale[i] = 0;
      delete paras[i].marker;
    }
    pool.keep(source, paras);
    // Where this model's roles read paragraph texts (see `reuseModel`), as indices into `paras`.
    const headEnd = Math.max(8, bodyStart + HEAD_WINDOW + 2);
    const tailStart = mainEnd - 4;
    pool.last = {
      model,
      patterns: source.residuePatterns,
      text,
      tree: treeId(sections),
      readFrom: headEnd < count ? cands[headEnd] : paras.length,
      readTo: tailStart > 0 ? cands[tailStart] : -1,
      noteFrom: w.noteFrom >= 0 ? cands[w.noteFrom] : -1,
      noteTo: w.noteTo >= 0 ? cands[w.noteTo] : -1,
    };
  }
  return model;
}

/** A paragraph with its fields set (`headingEnd` = `end`, level 0, main document), a kept object when there is one. */
function paragraph(pool: Pool | undefined, role: ParagraphRole, line: number, start: number, end: number): DocParagraph {
  const p = pool?.takePlain();
  if (p === undefined) return { role, line, start, end, headingEnd: end, level: 0, attachment: 0 };
  setParagraph(p, role, line, start, end);
  return p;
}

/** Write every field of a kept paragraph object but `marker` (see `paragraph`). */
function setParagraph(p: DocParagraph, role: ParagraphRole, line: number, start: number, end: number): void {
  p.role = role;
  p.line = line;
  p.start = start;
  p.end = end;
  p.headingEnd = end;
  p.level = 0;
  p.attachment = 0;
}

/** Does `s` open an ordinal section that makes its body line an ordinal heading (not a `第X` one)? */
function isOrdinal(s: Section | undefined): boolean {
  return s !== undefined && s.marker !== undefined && s.marker.family !== 'di';
}

/**
 * The paragraph objects of the last model built in a session (one per `Source.memo`): the next build in that
 * session writes its paragraphs into them instead of allocating new ones (hundreds to thousands per
 * keystroke), and its `paragraphs` into the same array. Every field is written again, so the model is the
 * one a fresh build gives; but a model built with a memo is valid only until the next build in the same
 * session (`lint` builds one per version and keeps none). Objects with a `marker` are kept apart: a line
 * that opens an ordinal section takes one (see `buildDocumentModel`).
 */
class Pool {
  /** The line texts (`Source.lineRecord().lineTexts`) of the version the objects were built for. */
  texts: readonly string[] | undefined;
  /** That version's `DocumentModel.paragraphs`: the next build writes its own into the same array. */
  paragraphs: DocParagraph[] | undefined;
  /** The kept objects without a `marker` (the first `plainCount`), and those with one; each is handed out once. */
  private readonly plain: DocParagraph[] = [];
  private readonly marked: DocParagraph[] = [];
  private plainCount = 0;
  private markedCount = 0;
  private nextPlain = 0;
  private nextMarked = 0;

  /** What `reuseModel` needs of the model last built into these objects, if it was built in full and is still theirs. */
  last: LastModel | undefined;

  /** A full build begins: the objects are about to be written over. */
  forget(): void {
    this.last = undefined;
  }

  /** The next kept object without a `marker`, if any. */
  takePlain(): DocParagraph | undefined {
    return this.nextPlain < this.plainCount ? this.plain[this.nextPlain++] : undefined;
  }

  /** The next kept object with a `marker`, if any (its marker is to be replaced). */
  takeMarked(): DocParagraph | undefined {
    return this.nextMarked < this.markedCount ? this.marked[this.nextMarked++] : undefined;
  }

  /** The build for `source` is done: its paragraphs are the objects the next build reuses. */
  keep(source: Source, paras: DocParagraph[]): void {
    this.texts = source.lineRecord().lineTexts;
    this.paragraphs = paras;
    let np = 0;
    let nm = 0;
    // Written in place (the lists are as long as the longest model seen; entries past the counts are stale).
    for (let k = 0; k < paras.length; k++) {
      const p = paras[k];
      if (p.marker === undefined) this.plain[np++] = p;
      else this.marked[nm++] = p;
    }
    this.plainCount = np;
    this.markedCount = nm;
    this.nextPlain = this.nextMarked = 0;
  }
}

/**
 * The last model of a session (see `Pool.last`): the model and the text and tree (`treeId`) it was read from,
 * and where its roles read the texts of candidate paragraphs, as indices into `model.paragraphs`: every
 * paragraph outside `(readFrom, readTo)` and in `[noteFrom, noteTo]` (the head and the tail of the document,
 * the 附件说明 and the line after it) may have been read; the others only by their flags, their line's
 * section and their line's heading level.
 */
interface LastModel {
  model: DocumentModel;
  /** The configured residue patterns it read (`Source.residuePatterns`): residue roles depend on them. */
  patterns: readonly RegExp[];
  text: string;
  tree: number;
  readFrom: number;
  readTo: number;
  noteFrom: number;
  noteTo: number;
}

/**
 * The model of `source` made from the last one (`pool.last`, written over in place as a full build writes over
 * the kept objects) when the section tree was made from that model's tree by an edit inside one line (see
 * `TreeEdit`: every line keeps its scope, heading level and content start) and that line's paragraph gives
 * nothing else to read: it exists in both versions or in neither, keeps its kind (verbatim, separator, residue
 * by its own words, or a candidate), and a candidate has no flags in either version, had the role `body` or
 * `heading`, and lies where no role reads its text (see `LastModel`). Every role then stays; the paragraphs
 * after the line move by the change in length, the line's own takes its new offsets, and ordinal headings
 * take the new tree's markers. Else undefined (then build in full).
 */
function reuseModel(source: Source, sections: SectionTree, pool: Pool): DocumentModel | undefined {
  const last = pool.last;
  const edit = treeEdit(sections);
  if (last === undefined || edit === undefined || edit.from !== last.tree || pool.paragraphs !== last.model.paragraphs) return undefined;
  if (!samePatterns(last.patterns, source.residuePatterns)) return undefined;
  const text = source.text;
  const old = last.text;
  const at = edit.at;
  const delta = edit.delta;
  const line = source.lines[at];
  const paras = last.model.paragraphs;
  // The edited line's paragraph, if it has one (paragraphs are in line order, at most one per line).
  let lo = 0;
  let hi = paras.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paras[mid].line < at) lo = mid + 1;
    else hi = mid;
  }
  const i = lo;
  const p = i < paras.length && paras[i].line === at ? paras[i] : undefined;
  let start = 0;
  let end = 0;
  if (line.scope !== 'blank') {
    start = spanStart(text, line);
    end = spanEnd(text, line, start, source.language === 'markdown');
  }
  if ((start < end) !== (p !== undefined)) return undefined;
  if (p !== undefined && line.scope === 'text') {
    const f = flagsOf(text, start, end);
    if (f & F_SEPARATOR) {
      if (p.role !== 'separator') return undefined;
    } else if (line.headingLevel === 0 && isResidueLine(source, line, contentResidueKinds(source), source.memo?.table<string>('document.residueText'))) {
      if (p.role !== 'residue') return undefined;
    } else {
      if (p.role !== 'body' && p.role !== 'heading') return undefined;
      if (f !== 0 || flagsOf(old, p.start, p.end) !== 0) return undefined;
      if (i <= last.readFrom || i >= last.readTo || (i >= last.noteFrom && i <= last.noteTo)) return undefined;
    }
  }
  // Ordinal headings take this tree's markers: walk them along with the paragraphs (both in line order).
  const markers = sections.markers;
  let mi = 0;
  for (let k = i; k < paras.length; k++) {
    const q = paras[k];
    if (q.line === at) {
      q.start = start;
      q.end = end;
      q.headingEnd = end;
    } else {
      q.start += delta;
      q.end += delta;
      q.headingEnd += delta;
    }
    if (q.marker !== undefined) {
      while (mi < markers.length && markers[mi].line < q.line) mi++;
      const ms = mi < markers.length && markers[mi].line === q.line ? markers[mi] : undefined;
      if (ms === undefined || ms.marker === undefined) return undefined;
      q.marker = ms.marker;
      if (q.line === at && source.lines[at].headingLevel === 0) q.headingEnd = Math.min(q.end, Math.max(ms.titleEnd, ms.marker.end));
    }
  }
  const note = last.model.attachmentNote;
  if (note !== undefined && delta !== 0) {
    for (let k = 0; k < note.items.length; k++) {
      const item = note.items[k];
      if (item.line <= at) continue;
      const m = item.marker;
      note.items[k] = { ...(item.number !== undefined ? { number: item.number } : {}), ...(m ? { marker: { ...m, start: m.start + delta, end: m.end + delta } } : {}), line: item.line, start: item.start + delta, end: item.end + delta };
    }
  }
  pool.texts = source.lineRecord().lineTexts;
  last.patterns = source.residuePatterns;
  last.text = text;
  last.tree = treeId(sections);
  return last.model;
}

/** Two lists of regular expressions with the same patterns and flags, in the same order. */
function samePatterns(a: readonly RegExp[], b: readonly RegExp[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && (a[i].source !== b[i].source || a[i].flags !== b[i].flags)) return false;
  return true;
}

const pools = new WeakMap<SourceMemo, Pool>();

/** The pool of `source`'s session, or undefined: no session, or a second build for the same version (whose first model may be in use). */
function poolFor(source: Source): Pool | undefined {
  const memo = source.memo;
  if (memo === undefined) return undefined;
  let pool = pools.get(memo);
  if (pool === undefined) pools.set(memo, (pool = new Pool()));
  return pool.texts === source.lineRecord().lineTexts ? undefined : pool;
}

/**
 * The first marker section (in `markers`' order) of each 0-based line, asked for lines in increasing order:
 * a walk along `markers` when they are sorted by line, as the section tree lists them (else a table by line).
 */
function markerFinder(markers: readonly Section[]): (line: number) => Section | undefined {
  let sorted = true;
  for (let i = 1; i < markers.length && sorted; i++) sorted = markers[i - 1].line <= markers[i].line;
  if (!sorted) {
    const byLine = new Map<number, Section>();
    for (const s of markers) if (!byLine.has(s.line)) byLine.set(s.line, s);
    return (line) => byLine.get(line);
  }
  let at = 0;
  return (line) => {
    while (at < markers.length && markers[at].line < line) at++;
    return at < markers.length && markers[at].line === line ? markers[at] : undefined;
  };
}

function firstNonSpace(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isWhiteSpace(text.charCodeAt(i))) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

function para(w: Work, k: number): DocParagraph {
  return w.paras[w.cands[k]];
}

function textOf(w: Work, k: number): string {
  const p = para(w, k);
  return w.source.text.slice(p.start, p.end);
}

function setRole(w: Work, k: number, role: ParagraphRole): void {
  const p = para(w, k);
  p.role = role;
  p.headingEnd = p.end;
}

function titleString(w: Work): string {
  return w.paras
    .filter((p) => p.role === 'title')
    .map((p) => w.source.text.slice(p.start, p.end))
    .join('');
}

/** A title: a Markdown heading without an ordinal, or a short line with Chinese text that is no sentence, list item or label. */
function isTitle(w: Work, k: number): boolean {
  const p = para(w, k);
  const line = w.source.lines[p.line];
  const s = textOf(w, k);
  if (parseMarker(w.source.text, p.start, p.end)) return false;
  if (line.headingLevel > 0) return true;
  if (s.length > TITLE_MAX || !/[\u4e00-\u9fff]/.test(s) || NOT_TITLE.test(s)) return false;
  if (/[。；，,！？!?]$/.test(s) || /[：:]/.test(s)) return false;
  if (DATE_LINE.test(s) || BRACKETED_DATE.test(s) || ANNOTATION.test(s)) return false;
  // Something must follow a title.
  return k + 1 < w.count;
}

/**
 * Is candidate `k` (a name line, `isName`, right after a speech's date line or after such a line) the speaker? When the
 * lines of names from `k` on — at most two with `k`'s, an office and a name — are followed by the salutation
 * (`同志们：`), or the last of them is a person's name (`PERSON`: `张三`, `张　三`, `市委书记　李四`). A short line of the
 * body (`会议开始`, `方案如下`) is neither.
 */
function speakerAfterDate(w: Work, k: number, count: number): boolean {
  let e = k;
  while (e < count && e < k + 2 && isName(w, e) && !SALUTATION.test(textOf(w, e))) e++;
  if (e < count && SALUTATION.test(textOf(w, e))) return true;
  return PERSON.test(textOf(w, e - 1));
}

/**
 * A line that is a person's name (`speakerAfterDate`): a common surname and one or two more characters (`张三`, `王　明`),
 * or one to three after an office set off by a space (`市委书记　李明华`); `方案如下` is no name.
 */
const PERSON = new RegExp(`^(?:[^\\s\u3000]{2,30}[\\s\u3000]+[${SURNAMES}](?:[\\s\u3000]*[\u4e00-\u9fff]){1,3}|[${SURNAMES}](?:[\\s\u3000]*[\u4e00-\u9fff]){1,2})$`);

/** A short line naming an office or a person: no ordinal, no sentence or clause punctuation. */
function isName(w: Work, k: number): boolean {
  const p = para(w, k);
  const s = textOf(w, k);
  if (s.length > SHORT_MAX || PROSE_PUNCT.test(s) || !/[\u4e00-\u9fffXxＸ×]/.test(s)) return false;
  if (w.source.lines[p.line].headingLevel > 0) return false;
  return !parseMarker(w.source.text, p.start, p.end);
}

/** 主送机关: a line of names ending with a full- or half-width colon and holding no other (§7.3.2). */
function isAddressee(w: Work, k: number): boolean {
  const p = para(w, k);
  const s = textOf(w, k);
  if (s.length > 120 || !ADDRESSEE_END.test(s) || /[：:]/.test(s.slice(0, -1)) || /[。；！？]/.test(s) || LEAD_IN.test(s)) return false;
  if (SALUTATION.test(s) || ATTACHMENT_NOTE.test(s) || w.source.lines[p.line].headingLevel > 0) return false;
  return !parseMarker(w.source.text, p.start, p.end);
}

function isSignature(w: Work, k: number): boolean {
  const p = para(w, k);
  if (p.role !== 'body' || CLOSING.test(textOf(w, k)) || ATTACHMENT_NOTE.test(textOf(w, k))) return false;
  return isName(w, k);
}

function numberOf(s: string): number {
  const digits = s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[0-9]+$/.test(digits)) return Number(digits);
  const cn = '一二三四五六七八九';
  if (s === '十') return 10;
  if (s.length === 1) return cn.indexOf(s) + 1;
  if (s[0] === '十') return 10 + cn.indexOf(s[1]) + 1;
  const tens = cn.indexOf(s[0]) + 1;
  return tens * 10 + (s.length === 3 ? cn.indexOf(s[2]) + 1 : 0);
}

/**
 * The 附件说明 in `[from, to)` (candidate indices): the first `附件：` line, with its first item after
 * the colon or on the next line, and the numbered item lines that follow it (`2.XXXX`, `3.XXXX`); an item's
 * name wrapped onto indented lines (`isWrappedName`) takes them in (its `end` is the last line's end).
 */
function findAttachmentNote(w: Work, from: number, to: number): AttachmentNote | undefined {
  const text = w.source.text;
  for (let k = from; k < to; k++) {
    const p = para(w, k);
    if (p.role !== 'body' || !(w.flags[k] & F_NOTE)) continue;
    const m = ATTACHMENT_NOTE.exec(textOf(w, k)) as RegExpExecArray;
    const note: AttachmentNote = { paragraphs: [p], items: [] };
    w.noteFrom = k;
    w.noteTo = to - 1;
    setRole(w, k, 'attachment-note');
    const first = itemAt(w, p, p.start + m[0].length);
    let last = first?.number;
    if (first) note.items.push(first);
    for (let j = k + 1; j < to; j++) {
      const q = para(w, j);
      if (q.role !== 'body') {
        w.noteTo = j;
        break;
      }
      const marker = parseMarker(text, q.start, q.end);
      const open = note.items[note.items.length - 1];
      if (!marker && open && isWrappedName(w.source, q)) {
        // A long name wrapped under its own first character (§7.3.4): the item goes on.
        setRole(w, j, 'attachment-note');
        note.paragraphs.push(q);
        open.end = q.end;
        continue;
      }
      if (!marker || marker.family === 'di' || (last !== undefined ? marker.value !== last + 1 : marker.value !== 1)) {
        w.noteTo = j;
        break;
      }
      setRole(w, j, 'attachment-note');
      note.paragraphs.push(q);
      const item = itemAt(w, q, q.start);
      if (item) note.items.push(item);
      last = marker.value;
    }
    return note;
  }
  return undefined;
}

/**
 * Whether paragraph `p` reads as the wrapped rest of an attachment's name in the 附件说明: GB/T 9704 §7.3.4
 * aligns a wrapped name under the name's first character, three to eight characters in (`附件：1.` is about
 * four and a half), deeper than a body paragraph's two; a line indented further (a 署名 set off to the right)
 * or one that ends a sentence (`。`) is not.
 */
function isWrappedName(source: Source, p: DocParagraph): boolean {
  const text = source.text;
  const line = source.lines[p.line];
  let width = 0;
  for (let i = line.start; i < p.start; i++) {
    const c = text.charCodeAt(i);
    width += c === 0x3000 ? 1 : c === 0x09 ? 2 : 0.5;
  }
  return width >= 3 && width <= 8 && !/[。！？]$/.test(text.slice(p.start, p.end));
}

function itemAt(w: Work, p: DocParagraph, at: number): AttachmentNoteItem | undefined {
  const text = w.source.text;
  if (at >= p.end) return undefined;
  const marker = parseMarker(text, at, p.end);
  let start = marker ? marker.end : at;
  while (start < p.end && isWhiteSpace(text.charCodeAt(start))) start++;
  return { ...(marker ? { number: marker.value, marker } : {}), line: p.line, start, end: p.end };
}
