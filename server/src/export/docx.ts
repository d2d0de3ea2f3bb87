/**
 * The Word export: lays a draft's document model out as GB/T 9704-2012 prints a 公文 and writes a
 * .docx with the `docx` library. One exporter for the CLI (`gongwen export`) and the editor command.
 *
 * Layout (GB/T 9704-2012 §5, §7; see layout.ts for the numbers): A4, margins 37/35/28/26 mm; a
 * document grid of 22 lines × 28 characters; 标题 2号 小标宋体 centred, a long one broken into a
 * trapezoid or diamond; 主送机关 flush left; 正文 3号 仿宋体, first line indented two characters;
 * level 1 黑体, level 2 楷体, levels 3–4 仿宋体, a run-in heading's face on its heading part only;
 * 附件说明 with hanging alignment; 成文日期 right-aligned four characters in, 署名 centred on it; 附件 on a new page, `附件N` in 黑体, its title like the document's; page numbers
 * `— 1 —` in 4号 宋体, odd pages right and even pages left, one character in; 版记 (抄送, 印发机关和
 * 印发日期) between its rules at the foot of the last page. Every run names its font for East Asian
 * and Latin text alike, so punctuation and digits never fall back to Times New Roman.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  RelativeVerticalPosition,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Source } from '../core';
import { buildSections } from '../core';
import { buildDocumentModel } from '../core';
import { lint, ruleById } from '../core';
import { residueLinesToLeaveOut, residuePartsToLeaveOut, withoutParts, type ResiduePart } from './residue';
import type { DocParagraph, DocumentModel } from '../core';
import type { Language } from '../core';
import { resolveFonts, type ExportFonts } from './fonts';
import { plain, sourceOffsetOf, tableCells, THEMATIC_BREAK, widenToShownText, withIndentReferences } from './inline';
import { findLiterals, wordSafe, type Literals } from './literals';
export { plain } from './inline';
import { CHARS_PER_LINE, CHAR_SPACE, CHAR_SPACING, LINE_PITCH, MARGIN, PAGE, SIZE, TEXT_WIDTH, breakTitle, chars, mm, textWidth } from './layout';

/** What to export and how. */
export interface DocxOptions {
  language: Language;
  /** Font names by use; missing ones take `DEFAULT_FONTS`. Invalid ones are reported in `problems`. */
  fonts?: Readonly<Record<string, unknown>>;
  /**
   * The lines (0-based) to leave out as web residue: `residueLinesToLeaveOut` of the findings `check` reports for
   * `text` under the user's configuration (an empty set when the rule is off or the draft is not checked).
   * Undefined: those of the `web-residue` rule at its defaults, with the draft's own suppression comments.
   */
  residue?: ReadonlySet<number>;
  /**
   * The residue inside lines to leave out (a site notice appended to a sentence): `residuePartsToLeaveOut` of the
   * same findings, UTF-16 offsets into `text`. Undefined: those of the rule at its defaults, as for `residue`.
   */
  residueParts?: readonly ResiduePart[];
}

/** The export's result: the .docx bytes and what it did. */
export interface DocxResult {
  data: Uint8Array;
  /** The fonts the document asks for (Word substitutes any that is not installed). */
  fonts: ExportFonts;
  model: DocumentModel;
  /**
   * Left out of the Word file: lines of web residue (site banners, bylines), stretches of residue inside lines of
   * the document's own text (`residueParts`), and lines that are text rules drawn with `———` (`separator`).
   */
  omitted: { residue: number; residueParts: number; separator: number };
  /** Bad font settings, each replaced by its default. */
  problems: string[];
  /** Bullets and emoji kept as written, Markdown list markers taken out: for the export's summary (literals.ts). */
  literals: Literals;
}

/** Red of the 发文机关标志 and its rule (GB/T 9704-2012 §7.2.4, §7.2.7). */
const RED = 'E00000';
/** Rule weights in eighths of a point: 0.35 mm ≈ 1 pt for the first and last rule of the 版记, 0.25 mm ≈ ¾ pt between (§7.4.1). */
const THICK = 8;
const THIN = 6;

/**
 * Export `text` (a Markdown or plain-text draft) to a .docx in GB/T 9704 layout, leaving out the lines
 * `options.residue` names as web residue and the stretches `options.residueParts` names (see `DocxOptions`). Throws
 * RangeError for `residueParts` not shaped as `residuePartsToLeaveOut` gives them (`withoutParts`), and whatever the
 * `docx` library throws if it fails; any text gives a document.
 */
export async function exportDocx(text: string, options: DocxOptions): Promise<DocxResult> {
  const { fonts, problems } = resolveFonts(options.fonts ?? {});
  let residue = options.residue;
  let parts = options.residueParts;
  if (residue === undefined || parts === undefined) {
    const source = new Source(text, options.language);
    const { findings } = lint(text, { language: options.language }, [ruleById('web-residue')!]);
    residue ??= residueLinesToLeaveOut(source, findings);
    parts ??= residuePartsToLeaveOut(source, findings);
  }
  // The residue inside lines goes first: the lines stay where they were, so `residue` still names them.
  // An indent written as `&emsp;&emsp;` is an indent, as `　　` is (inline.ts).
  const source = withIndentReferences(new Source(withoutParts(text, parts), options.language));
  const model = buildDocumentModel(source, buildSections(source), { residue });
  // A `*` or `_` the model trims that is the writer's text (`* 二、主要任务*`) is part of the paragraph here.
  widenToShownText(source, model);
  const doc = buildDocument(source, model, fonts);
  const data = noGridSnap(new Uint8Array(await Packer.toArrayBuffer(doc)));
  const count = (role: string) => model.paragraphs.filter((p) => p.role === role).length;
  return { data, fonts, model, omitted: { residue: count('residue'), residueParts: parts.length, separator: count('separator') }, problems, literals: findLiterals(source, model) };
}

/**
 * Two default paragraph properties the `docx` library has no option for, added to styles.xml here:
 * - `w:snapToGrid w:val="0"`: paragraphs keep to the grid's line pitch by their exact line spacing,
 *   not by snapping. Word still shows the 22 × 28 grid in Page Setup; LibreOffice, which would put
 *   each 16 pt character in two 15.79 pt cells, sets the same 28 characters a line;
 * - `w:widowControl w:val="0"`: no line is pushed to the next page, so a full page holds 22 lines;
 * - `w:autoSpaceDE`/`w:autoSpaceDN` off: no extra space between Chinese and Latin letters or digits
 *   (`2024年`, `附件1`), which would also cost characters on a 28-character line.
 */
function noGridSnap(zip: Uint8Array): Uint8Array {
  const files = unzipSync(zip);
  const styles = files['word/styles.xml'];
  if (!styles) throw new Error('docx: styles.xml missing');
  const xml = strFromU8(styles);
  const marker = '<w:pPrDefault><w:pPr>';
  if (!xml.includes(marker)) throw new Error('docx: default paragraph properties missing');
  // Schema order in w:pPr: widowControl … autoSpaceDE, autoSpaceDN … snapToGrid, spacing.
  files['word/styles.xml'] = strToU8(xml.replace(marker, `${marker}<w:widowControl w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:snapToGrid w:val="0"/>`));
  return zipSync(files);
}

interface Ctx {
  source: Source;
  model: DocumentModel;
  fonts: ExportFonts;
  /** Paragraphs kept on the page of the one after them. */
  keep: ReadonlySet<DocParagraph>;
  /** Numbered items of an article (`第四条　……职责：` then `（一）……；`): 正文, not headings. */
  items: ReadonlySet<DocParagraph>;
  /** The document is a 纪要 (its title ends so): its 出席/请假/列席 lists are laid out as §10.3 asks. */
  minutes: boolean;
  /** Items of a nested Markdown list and how deep (1 = inside one item): see `listDepths`. */
  depth: ReadonlyMap<DocParagraph, number>;
}

/** A Markdown list item's marker: indentation (ASCII), `-`/`*`/`+` or `1.`/`1)`, then spaces or the line's end. */
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;

/**
 * The paragraphs that are items of a nested Markdown list, each with its depth (1 = an item inside another item,
 * 2 inside that …), as CommonMark nests them: an item is inside the one before it when its marker is indented at
 * least to that item's text (`1. 第一项` / `   1. 子项甲`). Indentation of ASCII spaces and tabs only (U+3000 and
 * NBSP are a Chinese paragraph indent, not nesting); a paragraph that is no list item and is indented less than the
 * open item's text, a heading or anything but text ends the list. Items at the top level are left out. Markdown only.
 * The export indents an item by its depth (`listIndent`), so the nesting shows while the ordinals stay as written.
 */
function listDepths(source: Source, ps: readonly DocParagraph[]): Map<DocParagraph, number> {
  const out = new Map<DocParagraph, number>();
  if (source.language !== 'markdown') return out;
  /** The text column of each open item, outermost first. */
  const open: number[] = [];
  for (const p of ps) {
    const line = source.lines[p.line];
    const t = source.text.slice(line.start, line.end);
    const m = line.scope === 'text' && line.headingLevel === 0 ? LIST_ITEM.exec(t) : null;
    const rule = m !== null && THEMATIC_BREAK.test(t);
    if (m === null || rule) {
      const lead = /^[ \t]*/.exec(t)![0];
      if (line.scope !== 'text' || line.headingLevel > 0 || rule || columns(lead) < (open[open.length - 1] ?? 0)) open.length = 0;
      continue;
    }
    const indent = columns(m[1]);
    while (open.length > 0 && indent < open[open.length - 1]) open.pop();
    if (open.length > 0) out.set(p, open.length);
    // The text starts after the marker and its spaces; five or more spaces: one, the rest is indented code or text.
    const spaces = columns(m[1] + m[2] + m[3]) - columns(m[1] + m[2]);
    open.push(columns(m[1] + m[2]) + (spaces === 0 || spaces > 4 ? 1 : spaces));
  }
  return out;
}

/** Width in columns of ASCII indentation, a tab to the next multiple of four (CommonMark). */
function columns(s: string): number {
  let col = 0;
  for (const ch of s) col = ch === '\t' ? col + 4 - (col % 4) : col + 1;
  return col;
}

/** Left indent of a nested list item (`listDepths`): two characters a level, the first line two more, as 正文's. */
function listIndent(ctx: Ctx, p: DocParagraph): { left?: number } {
  const d = ctx.depth.get(p);
  return d === undefined ? {} : { left: chars(2 * d) };
}

/** The numbered headings below an article (`第一条`), up to the next article, chapter or level-1 heading. */
function articleItems(source: Source, ps: readonly DocParagraph[]): Set<DocParagraph> {
  const items = new Set<DocParagraph>();
  let inArticle = false;
  for (const p of ps) {
    if (p.role !== 'heading') continue;
    const kind = chapterOrArticle(source, p);
    if (kind !== undefined && kind !== 'chapter') inArticle = true;
    else if (kind === 'chapter' || p.level <= 1) inArticle = false;
    else if (inArticle) items.add(p);
  }
  for (const run of sentenceLists(source, ps)) for (const p of run) items.add(p);
  return items;
}

/**
 * The numbered lists whose items are sentences, not headings: runs of consecutive numbered headings of one level
 * (nothing but blank lines between them, each alone on its line) that are an enumeration inside a sentence — an item
 * before the last ends with `；` (`参会人员：` / `（一）……负责同志；` / `（二）……；` / `（三）……负责同志。`) — or whose items
 * all end a sentence, one of them longer than a line (a 批复's `一、同意设立……派出机构。` / `二、所需编制由你区内部调剂解决。`).
 * All of a run's items are 正文 in 仿宋体 — the short ones too: one list, one face (GB/T 9704-2012 §7.3.3 gives a face
 * per level of heading; a list of sentences is not one of headings).
 */
function sentenceLists(source: Source, ps: readonly DocParagraph[]): DocParagraph[][] {
  const out: DocParagraph[][] = [];
  let run: DocParagraph[] = [];
  const close = () => {
    const texts = run.map((q) => source.text.slice(q.start, q.end));
    if (texts.slice(0, -1).some((t) => /；$/.test(t))) out.push(run);
    else if (run.length > 1 && texts.every((t) => SENTENCE_END.test(t)) && run.some((q) => textWidth(plain(source, q.start, q.end)) > CHARS_PER_LINE)) out.push(run);
    run = [];
  };
  for (const p of ps) {
    const item = p.role === 'heading' && p.marker !== undefined && p.headingEnd === p.end;
    if (item && run.length > 0 && run[0].level === p.level && run[0].marker!.family === p.marker!.family && p.line === nextLine(source, run[run.length - 1].line, p.line)) run.push(p);
    else {
      close();
      if (item) run = [p];
    }
  }
  close();
  return out;
}

/** `to` when only blank lines lie between 0-based lines `from` and `to` of `source`, else -1. */
function nextLine(source: Source, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (source.lines[k].scope !== 'blank') return -1;
  return to;
}

/**
 * A run of `text`, its properties naming one font for every script (hint: East Asian, so “ ” — … take
 * it too). Characters XML cannot hold and invisible format characters are left out (`wordSafe`; the summary counts them), and a tab is
 * written as Word's tab element (`w:tab`), not as a character inside `w:t`, which Word does not lay out as a tab.
 */
function run(text: string, font: string, size: number, extra: Partial<IRunOptions> = {}): TextRun {
  const parts = wordSafe(text).split('\t');
  const content = parts.length === 1 ? { text: parts[0] } : { children: parts.flatMap((t, i) => [...(i > 0 ? [new Tab()] : []), ...(t ? [t] : [])]) };
  return new TextRun({ ...content, font: { ascii: font, hAnsi: font, eastAsia: font, cs: font, hint: 'eastAsia' }, size, sizeComplexScript: size, characterSpacing: CHAR_SPACING, ...extra } as IRunOptions);
}

function empty(ctx: Ctx, keepNext = false): Paragraph {
  return new Paragraph({ ...(keepNext ? { keepNext, keepLines: true } : {}), children: [run('', ctx.fonts.body, SIZE.san)] });
}

/** keepNext and keepLines for a paragraph that must stay on the page of the next (see `Ctx.keep`). */
function keeps(ctx: Ctx, p: DocParagraph): { keepNext?: boolean; keepLines?: boolean } {
  return ctx.keep.has(p) ? { keepNext: true, keepLines: true } : {};
}

/** The document, per GB/T 9704-2012. Exported for tests that inspect the structure before packing. */
export function buildDocument(source: Source, model: DocumentModel, fonts: ExportFonts): Document {
  const ps = model.paragraphs;
  // The 署名 never stands alone at the top of a page (§7.3.5: no page with the signature only): the
  // paragraph before it goes with it.
  const keep = new Set<DocParagraph>();
  const closing = ps.findIndex((p) => p.role === 'signature' || p.role === 'date');
  const before = closing > 0 ? previousShown(ps, closing) : undefined;
  if (before) keep.add(before);
  const minutes = model.title !== undefined && /纪要$/.test(plain(source, model.title.start, model.title.end).trim());
  const ctx: Ctx = { source, model, fonts, keep, items: articleItems(source, ps), minutes, depth: listDepths(source, ps) };
  const children: Array<Paragraph | Table> = [];
  const slice = (a: number, b: number) => plain(source, a, b);

  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    const prev = previousShown(ps, i);
    switch (p.role) {
      case 'residue':
      case 'separator':
      case 'copy-to':
      case 'printing':
        break; // residue and rules are left out; the 版记 is laid out at the end
      case 'verbatim':
        if (isShownVerbatim(source, p)) {
          // A table row: its cells side by side, an ideographic space between them.
          const scope = source.lines[p.line].scope;
          const t = scope === 'table' ? tableCells(source, p.start, p.end).join('　') : slice(p.start, p.end);
          // A block quotation (`> 习近平总书记强调：……`) is a paragraph of the text: indented and justified as one.
          const quote = scope === 'quote' ? { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: chars(2), firstLineChars: 200 } } : {};
          children.push(new Paragraph({ ...quote, children: [run(t, fonts.body, SIZE.san)] }));
        }
        break;
      case 'masthead': {
        const t = slice(p.start, p.end);
        if (SIGNER.test(t)) {
          // The (last) 签发人 goes on the line of the 发文字号 when there is one (§7.2.5); any other on its own line.
          if (p !== joinedSigner(source, model)) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: chars(1) }, children: signerRuns(ctx, t) }));
          break;
        }
        // 份号, 密级和保密期限, 紧急程度: flush left at the top of the 版心, 3号 黑体 (§7.2.1–§7.2.3).
        children.push(new Paragraph({ children: [run(t, fonts.heading1, SIZE.san)] }));
        break;
      }
      case 'issuer-mark': {
        // Its upper edge 35 mm below the top of the 版心 (§7.2.4), below the lines of 份号, 密级 and 紧急程度 before it.
        const head = children.length;
        const before = Math.max(0, ISSUER_MARK_TOP - head * LINE_PITCH);
        const first = prev?.role !== 'issuer-mark';
        children.push(new Paragraph({ alignment: AlignmentType.CENTER, ...(first && before > 0 ? { spacing: { before } } : {}), children: [run(slice(p.start, p.end), fonts.title, SIZE.er, { color: RED })] }));
        break;
      }
      case 'document-number': {
        // Two lines below the 发文机关标志 (§7.2.5).
        if (prev?.role === 'issuer-mark') children.push(empty(ctx), empty(ctx));
        children.push(documentNumberParagraph(ctx, p));
        // The title two lines below the red rule (§7.3.1).
        children.push(empty(ctx), empty(ctx));
        break;
      }
      case 'title':
      case 'attachment-title': {
        if (p.role === 'title' && prev?.role === 'title') break; // joined with the line before
        let t = slice(p.start, p.end);
        for (let j = i + 1; p.role === 'title' && j < ps.length && ps[j].role === 'title'; j++) t += slice(ps[j].start, ps[j].end);
        children.push(titleParagraph(ctx, t), empty(ctx));
        break;
      }
      case 'subtitle':
      case 'speaker':
      case 'speech-date':
        children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(slice(p.start, p.end), fonts.body, SIZE.san)] }));
        if (nextShown(ps, i)?.role !== p.role && !['subtitle', 'speaker', 'speech-date'].includes(nextShown(ps, i)?.role ?? '')) children.push(empty(ctx));
        break;
      case 'addressee':
      case 'salutation':
        children.push(new Paragraph({ children: [run(slice(p.start, p.end), fonts.body, SIZE.san)] }));
        break;
      case 'heading':
        children.push(headingParagraph(ctx, p));
        break;
      case 'body':
      case 'annotation':
        if (p.role === 'body' && prev?.role === 'title' && isOrderNumber(ctx, slice(p.start, p.end))) {
          // A 命令's 令号 (§10.2): centred two lines below the 发文机关标志 (the title, with its empty line after it), the text two lines below it.
          children.push(empty(ctx), new Paragraph({ alignment: AlignmentType.CENTER, children: [run(slice(p.start, p.end), fonts.body, SIZE.san)] }), empty(ctx), empty(ctx));
          break;
        }
        if (p.role === 'body' && ctx.minutes && ROSTER.test(slice(p.start, p.end))) {
          // 纪要's 出席/请假/列席 lists (§10.3): one line of space after the text above them.
          if (!(prev && prev.role === 'body' && ROSTER.test(slice(prev.start, prev.end)))) children.push(empty(ctx));
          children.push(rosterParagraph(ctx, p));
          break;
        }
        children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { ...listIndent(ctx, p), firstLine: chars(2), firstLineChars: 200 }, ...keeps(ctx, p), children: [run(slice(p.start, p.end), fonts.body, SIZE.san)] }));
        break;
      case 'attachment-note':
        if (prev && prev.role !== 'attachment-note') children.push(empty(ctx)); // 正文下空一行 (§7.3.4)
        children.push(attachmentNoteParagraph(ctx, p));
        break;
      case 'signature':
      case 'date':
        if (prev && prev.role !== 'signature' && prev.role !== 'date') children.push(empty(ctx, true));
        children.push(closingParagraph(ctx, p));
        break;
      case 'attachment-label':
        children.push(new Paragraph({ pageBreakBefore: true, children: [run(slice(p.start, p.end), fonts.heading1, SIZE.san)] }));
        children.push(empty(ctx)); // the attachment's title goes on the 版心's third line (§7.3.8)
        break;
    }
  }
  const imprint = imprintTable(ctx);
  if (imprint) children.push(imprint, new Paragraph({ children: [] }));
  if (children.length === 0) children.push(empty(ctx));

  return new Document({
    creator: 'gongwen',
    title: model.title ? wordSafe(plain(source, model.title.start, model.title.end)) : '',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: { ascii: fonts.body, hAnsi: fonts.body, eastAsia: fonts.body, cs: fonts.body }, size: SIZE.san, sizeComplexScript: SIZE.san, characterSpacing: CHAR_SPACING, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
          // Every line one grid line high: 22 lines a page whether or not a paragraph snaps to the grid.
          paragraph: { spacing: { before: 0, after: 0, line: LINE_PITCH, lineRule: LineRuleType.EXACT } },
        },
      },
      // The Normal style states the body size itself: LibreOffice sizes the character grid from it.
      paragraphStyles: [{ id: 'Normal', name: 'Normal', quickFormat: true, run: { font: { ascii: fonts.body, hAnsi: fonts.body, eastAsia: fonts.body, cs: fonts.body }, size: SIZE.san, sizeComplexScript: SIZE.san } }],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.left, right: MARGIN.right, header: mm(15), footer: FOOTER_DISTANCE },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
        },
        footers: { default: pageNumberFooter(fonts, 'odd'), even: pageNumberFooter(fonts, 'even') },
        children,
      },
    ],
  });
}

/**
 * Footer distance: the page number's 一字线 sits 7 mm below the 版心's lower edge (§7.5). The dash is
 * drawn at the middle of the characters, about 2.5 mm above the foot of the exact 14 pt line, so the
 * line's foot is 35 − 7 − 2.5 = 25.5 mm above the page's lower edge (`npm run render-docx` measures it).
 */
const FOOTER_DISTANCE = mm(25.5);

/** `— 1 —` in 4号 宋体: odd pages right, even pages left, one character in (§7.5). */
function pageNumberFooter(fonts: ExportFonts, side: 'odd' | 'even'): Footer {
  const f = fonts.pageNumber;
  const oneChar = SIZE.si * 10; // one 4号 character, 14 pt
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
        spacing: { line: SIZE.si * 10, lineRule: LineRuleType.EXACT },
        children: [run('— ', f, SIZE.si, { snapToGrid: false }), new TextRun({ children: [PageNumber.CURRENT], font: { ascii: f, hAnsi: f, eastAsia: f, cs: f }, size: SIZE.si, sizeComplexScript: SIZE.si }), run(' —', f, SIZE.si, { snapToGrid: false })],
      }),
    ],
  });
}

/** A 签发人 line: `签发人：` (or `签发人:`) and the names after it. */
const SIGNER = /^签发人[：:]/;

/** Top of the 发文机关标志 below the top of the 版心 (§7.2.4): 35 mm. */
const ISSUER_MARK_TOP = mm(35);

/**
 * The 签发人 line of the 版头 set on the 发文字号's line: the last one (§7.2.5: the 发文字号 is on the line
 * of the last 签发人), when there is a 发文字号 that does not carry its own. Undefined otherwise.
 */
function joinedSigner(source: Source, model: DocumentModel): DocParagraph | undefined {
  const number = model.documentNumber;
  if (!number || /签发人[：:]/.test(source.text.slice(number.start, number.end))) return undefined;
  return model.paragraphs.filter((q) => q.role === 'masthead' && SIGNER.test(plain(source, q.start, q.end))).pop();
}

/** `签发人：` in 3号 仿宋体, the names after it in 3号 楷体 (§7.2.6). */
function signerRuns(ctx: Ctx, text: string): TextRun[] {
  const colon = text.search(/[：:]/) + 1;
  return [run(text.slice(0, colon), ctx.fonts.body, SIZE.san), run(text.slice(colon), ctx.fonts.heading2, SIZE.san)];
}

/**
 * 发文字号 above the red rule (§7.2.5, §7.2.7): centred; with a 签发人 (上行文) — on its line or on a
 * line of its own in the 版头 — the 发文字号 one character in from the left and the 签发人 one character
 * in from the right on the same line (§7.2.6).
 */
function documentNumberParagraph(ctx: Ctx, p: DocParagraph): Paragraph {
  const { source, model } = ctx;
  const text = plain(source, p.start, p.end);
  const inline = /^(.*?)[\s\u3000]*(签发人[：:].*)$/.exec(text);
  const own = joinedSigner(source, model);
  const number = inline ? inline[1] : text;
  const signer = inline ? inline[2] : own ? plain(source, own.start, own.end) : undefined;
  // The red rule under the 发文字号, as wide as the 版心 (§7.2.7).
  const border = { bottom: { style: BorderStyle.SINGLE, size: THICK, color: RED, space: 8 } };
  if (signer === undefined) return new Paragraph({ alignment: AlignmentType.CENTER, border, children: [run(number, ctx.fonts.body, SIZE.san)] });
  return new Paragraph({
    indent: { left: chars(1) },
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - chars(1) }],
    border,
    children: [run(`${number}\t`, ctx.fonts.body, SIZE.san), ...signerRuns(ctx, signer)],
  });
}

/** 标题 (or an attachment's): 2号 小标宋体, centred, broken into a trapezoid or diamond (§7.3.1). */
function titleParagraph(ctx: Ctx, text: string): Paragraph {
  const lines = breakTitle(text);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // Off the character grid: 2号 characters would otherwise take two grid cells each.
    children: lines.map((l, i) => run(l, ctx.fonts.title, SIZE.er, { snapToGrid: false, ...(i > 0 ? { break: 1 } : {}) })),
  });
}

/**
 * `第一章`, `第二节`, `第三编`: a chapter heading of a 规定, 办法 or 条例, read on the paragraph's shown text (`plain`:
 * Markdown emphasis of any form out, as the checker reads a wrapped line, `wholeLineEmphasis`); it ends there, at a
 * space or where emphasis closes (`**第一章**总则`, see `chapterOrArticle`).
 */
const CHAPTER = /^第[〇零一二三四五六七八九十百两0-9０-９]+[编章节]/;
/** `第一条`: an article, the number then its text (`第一条　为规范……`), read on the shown text as `CHAPTER`. */
const ARTICLE = /^第[〇零一二三四五六七八九十百千两0-9０-９]+条/;
/** A sentence end closing a heading part. */
const SENTENCE_END = /[。！？!?](?:[”’」』）)]|\*\*|__)?$/;

/**
 * Is heading `p` a chapter (`第一章　总则`, `*第一章 总则*`) or an article (`第一条　为规范……`, `**第三条**　市局…`)?
 * Read on its shown text (`plain`), so every Markdown emphasis form the checker reads around a line is read here
 * too, with no copy of the markers. A chapter's number ends at a space, the text's end or an emphasis closer (the
 * section tree's chapters; `第一章总则` run together is no chapter). An article: `end`, the source offset past
 * `第…条` and any emphasis closing right after it — where the 黑体 part ends.
 */
function chapterOrArticle(source: Source, p: DocParagraph): 'chapter' | { end: number } | undefined {
  const shown = plain(source, p.start, p.end);
  const chapter = CHAPTER.exec(shown);
  if (chapter) {
    const n = chapter[0].length;
    const { at, past } = sourceOffsetOf(source, p.start, p.end, n);
    if (n === shown.length || /[\s\u3000]/.test(shown[n]) || past > at) return 'chapter';
  }
  const article = ARTICLE.exec(shown);
  return article ? { end: sourceOffsetOf(source, p.start, p.end, article[0].length).past } : undefined;
}

/**
 * A heading paragraph (GB/T 9704-2012 §7.3.3: 一、 in 黑体, （一） in 楷体, 1. and （1） in 仿宋体): the
 * level's face on the heading part only, then body text. Three kinds are not headings in their
 * whole length, and get the face on less:
 * - an article (`第一条　为规范……`): `第一条` in 黑体, its text in 仿宋体, as 规章 and 党内法规 print it;
 * - a chapter (`第一章　总则`): centred in 黑体, not indented;
 * - a numbered sentence longer than a line (`一、同意追加……资金360万元，由县财政局……安排。`, the items of a
 *   批复 or 复函), an item of an article (`（一）编制年度计划；`) and any item ending with `；`: a numbered
 *   paragraph of 正文, all in 仿宋体 — a heading is a phrase, not a sentence or one of its parts.
 * A heading alone on its line (not a sentence item) is kept with the next paragraph.
 */
function headingParagraph(ctx: Ctx, p: DocParagraph): Paragraph {
  const { fonts, source } = ctx;
  const keep = keeps(ctx, p);
  const kind = chapterOrArticle(source, p);
  if (kind === 'chapter') {
    return new Paragraph({ alignment: AlignmentType.CENTER, keepNext: keep.keepNext ?? true, ...(keep.keepLines ? { keepLines: true } : {}), children: [run(plain(source, p.start, p.end), fonts.heading1, SIZE.san)] });
  }
  const article = kind !== undefined;
  let end = kind !== undefined ? kind.end : p.headingEnd;
  const face = article ? fonts.heading1 : p.level === 1 ? fonts.heading1 : p.level === 2 ? fonts.heading2 : fonts.body;
  // A sentence of more than a line is a numbered paragraph of text, not a heading part.
  // (Run in, or closed by 。: a heading alone on its line, `一、深入学习……，奋力推进……实践`, may be long.)
  const sentence = !article && textWidth(plain(source, p.start, end)) > CHARS_PER_LINE && (end < p.end || SENTENCE_END.test(source.text.slice(p.start, end)));
  // An item of an article (`（一）编制年度计划；`) or ending with `；` is an enumeration inside a sentence.
  if (sentence || ctx.items.has(p) || /；$/.test(source.text.slice(p.start, end))) end = p.start;
  const runs: TextRun[] = [];
  if (end > p.start) runs.push(run(plain(source, p.start, end), face, SIZE.san));
  if (end < p.end) runs.push(run(plain(source, end, p.end), fonts.body, SIZE.san));
  const alone = end === p.end && !article && p.level <= 2;
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { ...listIndent(ctx, p), firstLine: chars(2), firstLineChars: 200 }, keepNext: keep.keepNext ?? alone, ...(keep.keepLines ? { keepLines: true } : {}), children: runs });
}

/**
 * Is `text` (a paragraph right under the title) the 令号 of a 命令 (GB/T 9704-2012 §10.2: `第215号` under `某省人民政府令`)?
 * The title ends in 令 or 命令 and the line is `第` + a number + `号`, nothing else.
 */
function isOrderNumber(ctx: Ctx, text: string): boolean {
  const title = ctx.model.title;
  return title !== undefined && /^第[0-9０-９]+号$/.test(text.trim()) && /令$/.test(plain(ctx.source, title.start, title.end).trim());
}

/** A 纪要's roster line: `出席：` `请假：` `列席：` and the names after it (GB/T 9704-2012 §10.3). */
const ROSTER = /^(出席|请假|列席)([：:])/;

/**
 * A 纪要's 出席/请假/列席 list (GB/T 9704-2012 §10.3): the label two characters in, in 3号黑体, with its
 * full-width colon; the units and names after it in 3号仿宋, wrapped lines aligned with the first character
 * after the colon (a hanging indent of the label's width).
 */
function rosterParagraph(ctx: Ctx, p: DocParagraph): Paragraph {
  const { fonts, source } = ctx;
  const text = plain(source, p.start, p.end);
  const m = ROSTER.exec(text);
  const label = m ? m[0] : '';
  const hanging = textWidth(label);
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { left: chars(2 + hanging), hanging: chars(hanging) },
    ...keeps(ctx, p),
    children: [run(label, fonts.heading1, SIZE.san), ...(text.length > label.length ? [run(text.slice(label.length), fonts.body, SIZE.san)] : [])],
  });
}

/**
 * 附件说明 (§7.3.4): `附件：` two characters in; with several attachments each name starts at the
 * same place and a long name wraps under its own first character (a hanging indent).
 */
function attachmentNoteParagraph(ctx: Ctx, p: DocParagraph): Paragraph {
  const { source, model } = ctx;
  const text = plain(source, p.start, p.end);
  const note = model.attachmentNote;
  const item = note?.items.find((it) => it.line === p.line);
  const first = note?.paragraphs[0] === p;
  const lead = first ? textWidth('附件：') : 0;
  // The ordinal's width (`1.`, `10.`) of this item, so the name after it is where wrapped lines start.
  const ordinal = item ? textWidth(source.text.slice(first ? p.start + (source.text.slice(p.start, p.end).search(/[：:]/) + 1) : p.start, item.start).trim()) : 0;
  const left = 2 + textWidth('附件：') + ordinal;
  const hanging = lead + ordinal;
  return new Paragraph({ indent: { left: chars(left), hanging: chars(hanging) }, ...keeps(ctx, p), children: [run(text, ctx.fonts.body, SIZE.san)] });
}

/**
 * 署名 and 成文日期 as on a sealed 公文 (§7.3.5.1): the 成文日期 right-aligned four characters in from
 * the right edge, the 署名 centred on it ("以成文日期为准居中编排"), so a 署名 longer than the date
 * reaches further right (never past the edge). Without a 成文日期, the 署名 ends four characters in.
 */
function closingParagraph(ctx: Ctx, p: DocParagraph): Paragraph {
  const { source, model } = ctx;
  const width = (q: DocParagraph) => textWidth(plain(source, q.start, q.end));
  const centre = model.date ? width(model.date) : Math.max(...model.signature.map(width));
  const right = Math.max(0, 4 + (centre - width(p)) / 2);
  return new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: chars(right) }, keepNext: p.role === 'signature', children: [run(plain(source, p.start, p.end), ctx.fonts.body, SIZE.san)] });
}

/**
 * 版记 (§7.4): 抄送 and 印发机关和印发日期 in 4号 仿宋体, one character in from each side, between a
 * thick first and last rule with a thin rule between them, all as wide as the 版心; a table floated to
 * the bottom of the 版心 of the last page (Word: 表格定位, 垂直 底端 相对于 页边距; 水平 相对于 页面).
 * When the last page has no room left above it, the table goes to the foot of a page of its own.
 * LibreOffice 7.4 floats a table as wide as the 版心 only when placed relative to the page, and puts
 * one centred in the margins inline after the last text; `npm run render-docx` checks the position.
 * (A text frame, `w:framePr`, is no way out: LibreOffice 7.4 sets framed paragraphs with borders inline.)
 */
function imprintTable(ctx: Ctx): Table | undefined {
  const { model, source, fonts } = ctx;
  const imprint = model.imprint;
  if (!imprint) return undefined;
  const oneChar = SIZE.si * 10;
  const rows: TableRow[] = [];
  const cell = (paragraph: Paragraph) => new TableRow({ children: [new TableCell({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, margins: { left: oneChar, right: oneChar, top: 40, bottom: 40 }, children: [paragraph] })] });
  for (const p of imprint.paragraphs) {
    const t = plain(source, p.start, p.end);
    if (p.role === 'copy-to') {
      // A long list wraps under the first organ's name, after `抄送：`.
      const label = textWidth(t.slice(0, t.search(/[：:]/) + 1));
      rows.push(cell(new Paragraph({ indent: { left: Math.round(label * oneChar), hanging: Math.round(label * oneChar) }, children: [run(t, fonts.body, SIZE.si)] })));
    } else {
      const m = /^(.*?)[\s\u3000]*([0-9０-９〇○零一二三四五六七八九XxＸ×]{2,4}\s*年.*日\s*印发)$/.exec(t);
      const organ = m ? m[1] : '';
      const date = m ? m[2] : t;
      rows.push(
        cell(
          new Paragraph({
            tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - 2 * oneChar }],
            children: [run(organ, fonts.body, SIZE.si), run('\t', fonts.body, SIZE.si), run(date, fonts.body, SIZE.si)],
          }),
        ),
      );
    }
  }
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    layout: TableLayoutType.FIXED,
    // The cells' text one 4号 character in from each rule's end (§7.4.2); stated for the table too,
    // because Word and LibreOffice place a floating table so that this margin's inner edge is at its position.
    margins: { left: oneChar, right: oneChar, top: 40, bottom: 40 },
    borders: {
      top: { style: BorderStyle.SINGLE, size: THICK, color: '000000' },
      bottom: { style: BorderStyle.SINGLE, size: THICK, color: '000000' },
      insideHorizontal: { style: BorderStyle.SINGLE, size: THIN, color: '000000' },
      left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
    },
    float: {
      // From the page's left edge rather than centred in the margins: the same place, but LibreOffice
      // (7.4) floats a table as wide as the 版心 only when it is placed on the page. The position is
      // that of the cells' text: the rules start one character (the cell margin) to its left, at the margin.
      horizontalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: MARGIN.left + oneChar,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
    },
  });
}

function previousShown(ps: readonly DocParagraph[], i: number): DocParagraph | undefined {
  for (let j = i - 1; j >= 0; j--) if (ps[j].role !== 'residue' && ps[j].role !== 'separator') return ps[j];
  return undefined;
}

function nextShown(ps: readonly DocParagraph[], i: number): DocParagraph | undefined {
  for (let j = i + 1; j < ps.length; j++) if (ps[j].role !== 'residue' && ps[j].role !== 'separator') return ps[j];
  return undefined;
}

/** Code, tables and quotes are shown as plain lines; front matter, HTML comments and code fences are not. */
function isShownVerbatim(source: Source, p: DocParagraph): boolean {
  const line = source.lines[p.line];
  if (line.scope === 'frontmatter' || line.scope === 'html-comment') return false;
  const t = source.text.slice(p.start, p.end);
  if (line.scope === 'code' && /^(`{3,}|~{3,})/.test(t)) return false;
  if (line.scope === 'table' && /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/.test(t)) return false;
  return true;
}
