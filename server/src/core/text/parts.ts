import type { DocParagraph, DocumentModel } from '../document/types';

/**
 * A lenient second reading of a draft's head, for the rules that check the parts the document model
 * declines to recognise because they are malformed: a title that ends with `。`, a 主送机关 without its
 * colon. The model reads strictly (a line ending with `。` is prose); these helpers accept such a line
 * only where nothing else can be: the first text paragraph after the 版头, naming a 文种 or a speech, or saying 关于.
 */

/** The 15 types of 条例 第八条, longest first (`命令` before `令`), and `请示报告`, which is not one. */
export const DOCUMENT_TYPES = ['请示报告', '决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '纪要', '函', '令'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** A speech's title: `在……上的讲话`, `致辞` (office practice). */
const SPEECH_TITLE = /(?:讲话|致辞|致词|发言|主持词|开幕词|闭幕词)$|^在.{2,40}上的/;

/** Trailing marks a title or a name may be wrongly given. */
const TRAILING = /[。，；：、.,;:！？!?]+$/;
/** A bracketed suffix of a title: `（试行）`, `（2024年修订）`, `（征求意见稿）`. */
const BRACKET_SUFFIX = /[（(][^（）()]{1,20}[）)]$/;

/**
 * The last answer of `titleParagraphs`, for the model and text it was found for. One slot, holding the
 * last version only (the rules that ask all ask during one lint), not a WeakMap keyed by the model: V8's
 * scavenger keeps a WeakMap's values alive until a full collection, and this value holds the text, so
 * every version's text was copied out of the young generation by the next scavenge.
 */
let lastTitle: { doc: DocumentModel; text: string; title: readonly DocParagraph[] } | undefined;

/**
 * The title's paragraphs: the model's (one or two lines), or the lenient candidate. Found once per model
 * and text (three rules ask, and the model of a long draft has thousands of paragraphs); do not modify.
 */
export function titleParagraphs(doc: DocumentModel, text: string): readonly DocParagraph[] {
  const cached = lastTitle;
  if (cached !== undefined && cached.doc === doc && cached.text === text) return cached.title;
  const own: DocParagraph[] = [];
  const paras = doc.paragraphs;
  for (let k = 0; k < paras.length; k++) if (paras[k].role === 'title' && paras[k].attachment === 0) own.push(paras[k]);
  let title: readonly DocParagraph[] = own;
  if (own.length === 0) {
    const c = titleCandidate(doc, text);
    title = c ? [c] : own;
  } else if (own.length === 1 && ISSUER_LINE.test(text.slice(own[0].start, own[0].end))) {
    // A title in two lines whose first is the issuing body's name and whose second the model declined for its mark
    // (`青禾市教育局` / `关于申请……的报告。`; GB/T 9704-2012 §7.3.1: 发文机关名称 + 事由 + 文种): both lines.
    const below = paras[paras.indexOf(own[0]) + 1];
    if (below !== undefined && below.role === 'body' && below.line === own[0].line + 1 && readsAsTitle(text.slice(below.start, below.end))) title = [own[0], below];
  }
  lastTitle = { doc, text, title };
  return title;
}

/**
 * The first text paragraph after the 版头 when it reads as a title the model declined: at most 60
 * characters, ending with punctuation, and (without it) ending with a 文种 or holding `关于`.
 */
export function titleCandidate(doc: DocumentModel, text: string): DocParagraph | undefined {
  if (doc.title) return undefined;
  for (const p of doc.paragraphs) {
    if (p.role === 'masthead' || p.role === 'issuer-mark' || p.role === 'document-number' || p.role === 'residue' || p.role === 'separator') continue;
    if (p.role !== 'body') return undefined;
    return readsAsTitle(text.slice(p.start, p.end)) ? p : undefined;
  }
  return undefined;
}

/**
 * Does a line the model read as prose read as a title given a wrong mark: at most 60 characters, ending with
 * punctuation, and (without it) one clause ending with a 文种 or a speech, or holding `关于`?
 */
function readsAsTitle(s: string): boolean {
  if (s.length > 60 || !TRAILING.test(s)) return false;
  const bare = s.replace(TRAILING, '').replace(BRACKET_SUFFIX, '');
  if (/[。；，,！？!?：:]/.test(bare)) return false;
  // A sentence of a 主持词 (`请XX同志讲话。`, `下面请……致辞。`) names a speech but is no title.
  if (/^(?:请|下面|现在|接下来|由|欢迎|让我们)/.test(bare)) return false;
  return typeOf(bare) !== undefined || /关于/.test(bare) || SPEECH_TITLE.test(bare);
}

/** An issuing body's name alone on a line (`青禾市教育局`, `中共青禾市委办公室`): a two-line title's first line. */
const ISSUER_LINE = /^[^\s，。；：:、,.!?！？]{3,30}(?:局|委|委员会|办公室|办公厅|厅|部|院|政府|公司|集团|中心|学校|大学)$/;

/** The 文种 a title ends with (a bracketed suffix and trailing marks ignored), or undefined. */
export function typeOf(title: string): DocumentType | undefined {
  const bare = title.replace(TRAILING, '').replace(BRACKET_SUFFIX, '').replace(/[》"”]+$/, '');
  return DOCUMENT_TYPES.find((t) => bare.endsWith(t));
}

/**
 * The 主送机关 paragraph of a 公文 with a title: the model's, or the paragraph right under the title when it
 * is a short list of bodies (`各乡镇人民政府，县直各单位`) that lacks its colon.
 */
export function addresseeParagraph(doc: DocumentModel, text: string): { paragraph: DocParagraph; lenient: boolean } | undefined {
  if (doc.kind !== 'document') return undefined;
  const title = titleParagraphs(doc, text);
  // Without a title above it, a line ending with a colon is a sentence or a heading, not a 主送机关.
  if (title.length === 0) return undefined;
  if (doc.addressee) return doc.addressee.line > title[0].line ? { paragraph: doc.addressee, lenient: false } : undefined;
  const last = title[title.length - 1];
  const i = doc.paragraphs.indexOf(last);
  const next = doc.paragraphs[i + 1];
  const after = doc.paragraphs[i + 2];
  if (!next || next.role !== 'body' || !after) return undefined;
  const s = text.slice(next.start, next.end);
  if (s.length > 80 || /[。；！？：:“”《》]/.test(s.replace(/[，,。；]$/, ''))) return undefined;
  // Names of bodies: each item ends like an office, a unit or a group of them.
  const items = s.replace(/[，,。；]$/, '').split(/[、，,]/);
  const office = /(?:政府|党委|委员会|机关|部门|单位|委|办|厅|局|署|院|会|部|处|室|科|所|站|中心|公司|集团|学校|街道|社区|镇|乡|村|县|市|区|省)$/;
  if (items.length === 0 || !items.every((x) => x.length >= 2 && x.length <= 30 && office.test(x))) return undefined;
  return { paragraph: next, lenient: true };
}

/**
 * A case number (案号) of a court, procuratorate or arbitration body: `（2026）赣1002民初3517号`, `(2025)京0105执123号`,
 * `（2026）京仲裁字第12号` — the year in brackets, then a region's short name and a court's code, the kind of case, the
 * number (最高人民法院《关于人民法院案件案号的若干规定》). Not anchored: test a line with `^…$` semantics yourself.
 */
export const CASE_NUMBER = /[（(]\d{4}[)）][\u4e00-\u9fff]{1,3}\d{0,6}[\u4e00-\u9fff]{1,6}(?:字第)?\d{1,6}号/;

/**
 * A date alone on its line: `2024年5月6日`, `二〇二四年五月六日`, `20XX年X月X日` (成文日期, GB/T 9704 §7.3.5.4); also with the
 * day written 号 (`二零二四年五月六号`), a wrong form of the same line that date-format reports. The document model reads
 * the 成文日期 by it; web-residue ends a related list at it.
 */
export const DATE_LINE = /^[0-9０-９XxＸ×〇○零一二三四五六七八九]{2,4}\s*年\s*[0-9０-９XxＸ×一二三四五六七八九十]{1,3}\s*月\s*[0-9０-９XxＸ×一二三四五六七八九十]{1,3}\s*[日号]$/;
