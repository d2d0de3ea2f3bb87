/**
 * The document model: what each paragraph of a draft is, in the terms of GB/T 9704-2012 and
 * 《党政机关公文处理工作条例》 第九条 (标题, 发文字号, 主送机关, 正文, 附件说明, 署名, 成文日期, 附注, 附件,
 * 版记), or of a speech (title, speaker and date line, salutation). Built once per analysis by
 * `buildDocumentModel`; rules read it through `RuleContext.document`, the Word exporter lays it out.
 *
 * Units: every offset is a UTF-16 code unit into the exact text analysed (`Source.text`), ranges are
 * `[start, end)`; line numbers are 0-based. A paragraph is one non-blank source line: Chinese drafts
 * put one paragraph per line (Word and the template sites do), so a Markdown paragraph wrapped over
 * several lines is several paragraphs here.
 */
import type { Marker } from '../types';

/**
 * The role of a paragraph. Parts of a 公文 (GB/T 9704-2012 §7):
 * - `masthead`: 份号, 密级和保密期限, 紧急程度 or 签发人 above the title (§7.2);
 * - `issuer-mark`: 发文机关标志 (`XX县人民政府文件`, §7.2.4);
 * - `document-number`: 发文字号 (`X政发〔2024〕1号`, §7.2.5);
 * - `title`: 标题 (§7.3.1); `subtitle`: a line under it starting `——`, or a bracketed note such as a
 *   决议's `（2024年5月6日XX会议通过）`;
 * - `addressee`: 主送机关, ending with `：` (§7.3.2);
 * - `heading`: a 层次序号 heading, levels 1–4 (5 = ①, practice) per §7.3.3, alone on its line or run-in
 *   (`（一）加强组织领导。各单位要……`, see `DocParagraph.headingEnd`); a Markdown heading without an
 *   ordinal also gets a level;
 * - `body`: 正文 text;
 * - `attachment-note`: 附件说明 (`附件：1.XXXX`, §7.3.4), each line of it;
 * - `signature`: 发文机关署名 (§7.3.5); `date`: 成文日期 (§7.3.5);
 * - `annotation`: 附注 (`（此件公开发布）`, §7.3.7);
 * - `attachment-label`: the `附件2` line opening an attachment (§7.3.8); `attachment-title`: its title;
 * - `copy-to`: 抄送机关 (§7.4.2); `printing`: 印发机关和印发日期 (§7.4.3) — together the 版记;
 * A speech (讲话稿, office practice): `title`, `speaker` (speaker's office and name), `speech-date`
 * (`（2024年5月6日）`), `salutation` (称呼 `同志们：`), then `heading` and `body`.
 * Not prose: `separator` (a rule drawn with `———` or `---`), `residue` (web residue such as a site
 * banner, see residue.ts), `verbatim` (Markdown code, tables, block quotes, HTML comments, front matter).
 */
export type ParagraphRole =
  | 'masthead'
  | 'issuer-mark'
  | 'document-number'
  | 'title'
  | 'subtitle'
  | 'speaker'
  | 'speech-date'
  | 'addressee'
  | 'salutation'
  | 'heading'
  | 'body'
  | 'attachment-note'
  | 'signature'
  | 'date'
  | 'annotation'
  | 'attachment-label'
  | 'attachment-title'
  | 'copy-to'
  | 'printing'
  | 'separator'
  | 'residue'
  | 'verbatim';

/** One paragraph (one non-blank source line) and its role. */
export interface DocParagraph {
  role: ParagraphRole;
  /** 0-based source line. */
  line: number;
  /**
   * The paragraph's text: from after indentation (spaces, tabs, U+3000, NBSP), a Markdown heading's
   * `#`s and emphasis openers, to before trailing spaces, `#`s of a closed heading and emphasis closers.
   */
  start: number;
  end: number;
  /**
   * For `heading`: end of the heading part. For a heading alone on its line `headingEnd === end`; for a
   * run-in heading (`（一）加强组织领导。各单位要……`) it is just past the first `。` `：` `！` `？`, and the
   * rest `[headingEnd, end)` is body text (GB/T 9704 §7.3.3 gives the level's face to the heading part only).
   * Equal to `end` for every other role.
   */
  headingEnd: number;
  /** For `heading`: 1 一、, 2 （一）, 3 1., 4 （1）, 5 ①; a Markdown heading without an ordinal: from its `#`s. Else 0. */
  level: number;
  /** The 层次序号 as parsed, for an ordinal heading. */
  marker?: Marker;
  /** 1-based number of the attachment (附件 N) this paragraph belongs to; 0 in the main document. */
  attachment: number;
}

/** One item of the 附件说明: `附件：1.XXXX` gives number 1 and the name `XXXX`. */
export interface AttachmentNoteItem {
  /** The item's number as written (`1.` → 1); undefined for a single unnumbered attachment. */
  number?: number;
  /** The ordinal as parsed (`1.`, `1、`, `（1）`), when there is one. */
  marker?: Marker;
  /** 0-based line. */
  line: number;
  /**
   * The item's name: after `附件：` and the ordinal, without trailing spaces. Offsets, UTF-16. A long name
   * wrapped onto indented lines (§7.3.4) runs to the end of its last line (line breaks and indentation
   * inside).
   */
  start: number;
  end: number;
}

/** The 附件说明 (GB/T 9704-2012 §7.3.4). */
export interface AttachmentNote {
  /** Its lines: the `附件：` line and the item lines under it. */
  paragraphs: DocParagraph[];
  items: AttachmentNoteItem[];
}

/** One attachment after the main document (GB/T 9704-2012 §7.3.8). */
export interface Attachment {
  /** Its number from the label (`附件2` → 2); undefined for a bare `附件`. */
  number?: number;
  /** The `附件2` line. */
  label: DocParagraph;
  title?: DocParagraph;
  /** Every paragraph of the attachment after its label, title included. */
  paragraphs: DocParagraph[];
}

/** The 版记 (GB/T 9704-2012 §7.4): 抄送机关, 印发机关和印发日期. */
export interface Imprint {
  copyTo?: DocParagraph;
  printing?: DocParagraph;
  paragraphs: DocParagraph[];
}

/** A draft read as a 公文 or as a speech. Parts that are not there are undefined or empty. */
export interface DocumentModel {
  /** `speech` when the title names one (`在……上的讲话`, `致辞`) or a salutation (`同志们：`) opens the body. */
  kind: 'document' | 'speech';
  /** Every non-blank line, in order. */
  paragraphs: DocParagraph[];
  /**
   * The title's first line. A title broken over two source lines (the second ending with its 文种)
   * has both lines in `paragraphs` with the role `title`.
   */
  title?: DocParagraph;
  documentNumber?: DocParagraph;
  addressee?: DocParagraph;
  /** A speech's speaker lines (`XX县委书记 XXX`). */
  speaker: DocParagraph[];
  /** A speech's date line (`（2024年5月6日）`). */
  speechDate?: DocParagraph;
  /** A speech's 称呼 (`同志们：`). */
  salutation?: DocParagraph;
  attachmentNote?: AttachmentNote;
  /** 发文机关署名: one line, or several for a joint document. */
  signature: DocParagraph[];
  date?: DocParagraph;
  annotations: DocParagraph[];
  attachments: Attachment[];
  imprint?: Imprint;
}
