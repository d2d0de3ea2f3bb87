/**
 * What the export keeps as written but a writer should know about, from drafts pasted out of chat
 * tools and assistants: lines headed by a bullet glyph (`•` `·` `●` `▪` …, or in plain text `- `
 * `* ` `+ `), and emoji (📌 ✅ 🔥 …). GB/T 9704 lays out neither — a 公文 lists with 一是…二是… or
 * （一）（二）, and its typefaces have no emoji — but they are the writer's text: the export never
 * drops them, it names them in its summary so the writer can decide. Markdown's own list markers are
 * syntax, not text: the export takes them out (inline.ts) and the summary says how many; so are
 * images (`![图1](a.png)`), which the summary names too, since their alt text goes with them, and a link's
 * target (`[通知](https://…)` exports as `通知`), named so that no address disappears unseen. Pure.
 */
import { msg, type DocumentModel, type Msg, type Source } from '../core';
import { plain } from './inline';

/** What the export met, lines 1-based and ascending. */
export interface Literals {
  /** Lines starting with a bullet glyph kept in the Word file, and the glyphs met. */
  bullets: { lines: number[]; marks: string[] };
  /** Lines holding emoji, and the emoji met (each once, in order of appearance). */
  emoji: { lines: number[]; marks: string[]; count: number };
  /** Markdown lines whose list marker (`- ` `* ` `+ `) was taken out. */
  listMarkers: { lines: number[] };
  /**
   * Characters a Word file cannot hold (`NOT_XML`), left out: lines holding them, how many, and each
   * kind once as `U+000B`.
   */
  unwritable: { lines: number[]; marks: string[]; count: number };
  /** Markdown images (`![图1](a.png)`), left out with their alt text: lines and how many. */
  images: { lines: number[]; count: number };
  /** Markdown links (`[通知](https://…)`) whose target was left out (their text is kept): lines and how many. */
  links: { lines: number[]; count: number };
  /** Invisible format characters (`INVISIBLE`) left out: lines holding them, how many, each kind once as `U+200B`. */
  invisible: { lines: number[]; marks: string[]; count: number };
}

/** A Markdown image, as inline.ts takes it out (bounded: linear on any line). */
const IMAGE = /!\[[^\]\n]{0,1000}\]\([^)\n]{0,1000}\)/g;
/** A Markdown link with a target, as inline.ts reads it (its text kept, its target left out). */
const LINK = /(?<!!)\[[^\]\n]{0,1000}\]\([^)\n]{1,1000}\)/g;

/**
 * Characters XML 1.0 cannot hold (§2.2, production Char): C0 controls other than tab, line feed and
 * carriage return (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F), the noncharacters U+FFFE and U+FFFF,
 * and a surrogate without its pair. Word refuses a file with any of them in its XML ("unreadable
 * content"), so the export leaves them out and says so. They are invisible or broken in the draft too:
 * pasted from Word (U+000B, its manual line break; U+000C, its page break), a terminal, or a damaged file.
 */
export const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `s` without the characters XML 1.0 cannot hold (`NOT_XML`). */
export function xmlSafe(s: string): string {
  return s.replace(NOT_XML, '');
}

/**
 * Invisible format characters pasted with web text: zero width space U+200B, word joiner U+2060 and a
 * zero width no-break space U+FEFF inside the text (a byte order mark out of place). They show nothing in
 * the draft or in Word but split a heading's or a word's characters for Word's search and line breaking,
 * so the export leaves them out and says so. Not U+200C/U+200D, which join emoji and other scripts.
 */
export const INVISIBLE = /[\u200B\u2060\uFEFF]/g;

/** `s` as a Word run holds it: without `NOT_XML` characters and without `INVISIBLE` ones. */
export function wordSafe(s: string): string {
  return xmlSafe(s).replace(INVISIBLE, '');
}

/** A bullet glyph heading a line (not `○`, which drafts use as a placeholder: `○○县`). */
const BULLET = /^[•·●▪■◆◇▸►‣◦∙・◉](?=[ \t\u3000]*\S)/u;
/** In plain text, Markdown-style markers are the writer's characters too. */
const ASCII_BULLET = /^[-*+][ \t]+\S/;
const MD_LIST = /^[ \t\u3000]*(?:>[ \t]?)?[-*+][ \t]+(?:\S|\u3000)/;
/**
 * Emoji: extended pictographs from U+2300 on (⌚ ☑ ✅ 📌 🔥 …), with their variation selectors and
 * joiners; not © ® ™ ‼ below it, which are ordinary marks.
 */
const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\uFE0E)?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\uFE0E)?)*/gu;

/** The bullets, emoji and removed list markers of the paragraphs the Word file shows. */
export function findLiterals(source: Source, model: DocumentModel): Literals {
  const out: Literals = { bullets: { lines: [], marks: [] }, emoji: { lines: [], marks: [], count: 0 }, listMarkers: { lines: [] }, unwritable: { lines: [], marks: [], count: 0 }, images: { lines: [], count: 0 }, links: { lines: [], count: 0 }, invisible: { lines: [], marks: [], count: 0 } };
  const add = (list: string[], s: string) => {
    if (!list.includes(s)) list.push(s);
  };
  for (const p of model.paragraphs) {
    if (p.role === 'residue' || p.role === 'separator') continue;
    const line = source.lines[p.line];
    const no = p.line + 1;
    if (source.language === 'markdown' && (line.scope === 'text' || line.scope === 'quote') && MD_LIST.test(source.text.slice(line.start, line.end)) && !/^[ \t]*([-*_])[ \t]*\1[ \t]*\1/.test(source.text.slice(line.start, line.end))) {
      out.listMarkers.lines.push(no);
    }
    const text = plain(source, p.start, p.end);
    const lead = text.replace(/^[ \t\u3000]+/, '');
    const b = BULLET.exec(lead) ?? (source.language !== 'markdown' ? ASCII_BULLET.exec(lead) : null);
    if (b) {
      out.bullets.lines.push(no);
      add(out.bullets.marks, b[0][0]);
    }
    let has = false;
    for (const m of text.matchAll(EMOJI)) {
      if ((m[0].codePointAt(0) ?? 0) < 0x2300) continue;
      has = true;
      out.emoji.count++;
      add(out.emoji.marks, m[0]);
    }
    if (has) out.emoji.lines.push(no);
    if (source.language === 'markdown' && (line.scope === 'text' || line.scope === 'quote')) {
      const n = [...source.text.slice(p.start, p.end).matchAll(IMAGE)].length;
      if (n > 0) {
        out.images.count += n;
        out.images.lines.push(no);
      }
      const k = [...source.text.slice(p.start, p.end).matchAll(LINK)].length;
      if (k > 0) {
        out.links.count += k;
        out.links.lines.push(no);
      }
    }
    countMarks(text, NOT_XML, no, out.unwritable);
    countMarks(text, INVISIBLE, no, out.invisible);
  }
  return out;
}

/** Count the characters `re` (global) matches in `text`, line `no`, into `into`: each kind once as `U+200B`. */
function countMarks(text: string, re: RegExp, no: number, into: { lines: number[]; marks: string[]; count: number }): void {
  const before = into.count;
  for (const m of text.matchAll(re)) {
    into.count++;
    const mark = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    if (!into.marks.includes(mark)) into.marks.push(mark);
  }
  if (into.count > before) into.lines.push(no);
}

const LINES = 5;
function lineList(lines: number[], sep: string): string {
  return lines.slice(0, LINES).join(sep) + (lines.length > LINES ? '…' : '');
}

/** One message per kind met, both languages; empty when there is nothing to say. */
export function describeLiterals(l: Literals): Msg[] {
  const out: Msg[] = [];
  if (l.emoji.count > 0) {
    const marks = l.emoji.marks.slice(0, 8).join(' ');
    out.push(
      msg(
        `保留了 ${l.emoji.count} 个表情符号（${marks}，第 ${lineList(l.emoji.lines, '、')} 行）：公文字体中没有这些符号，Word 会改用其他字体显示；如不需要，请在草稿中删去`,
        `Kept ${l.emoji.count} emoji (${marks}, line${l.emoji.lines.length > 1 ? 's' : ''} ${lineList(l.emoji.lines, ', ')}): the document's typefaces have none, so Word shows them in another font; delete them in the draft if they are not wanted`,
      ),
    );
  }
  if (l.bullets.lines.length > 0) {
    const n = l.bullets.lines.length;
    out.push(
      msg(
        `${n} 行以项目符号（${l.bullets.marks.join(' ')}）开头，已照原样导出（第 ${lineList(l.bullets.lines, '、')} 行）；公文一般用“一是”“（一）”等列举`,
        `${n} line(s) begin with a bullet (${l.bullets.marks.join(' ')}), exported as written (line${n > 1 ? 's' : ''} ${lineList(l.bullets.lines, ', ')}); a 公文 usually lists with 一是… or （一）…`,
      ),
    );
  }
  if (l.unwritable.count > 0) {
    const u = l.unwritable;
    const marks = u.marks.slice(0, 8).join(' ');
    out.push(
      msg(
        `去掉了 ${u.count} 个 Word 文件不能容纳的控制字符或残缺字符（${marks}，第 ${lineList(u.lines, '、')} 行）：它们在草稿中看不见或显示为乱码，多从 Word、终端或损坏的文件粘贴而来`,
        `Left out ${u.count} control or broken character(s) a Word file cannot hold (${marks}, line${u.lines.length > 1 ? 's' : ''} ${lineList(u.lines, ', ')}): invisible or garbled in the draft, usually pasted from Word, a terminal or a damaged file`,
      ),
    );
  }
  if (l.invisible.count > 0) {
    const v = l.invisible;
    out.push(
      msg(
        `去掉了 ${v.count} 个看不见的格式字符（${v.marks.join(' ')}，第 ${lineList(v.lines, '、')} 行）：多随网页文字粘贴而来，会妨碍 Word 中的查找和换行`,
        `Left out ${v.count} invisible format character(s) (${v.marks.join(' ')}, line${v.lines.length > 1 ? 's' : ''} ${lineList(v.lines, ', ')}): usually pasted with web text, they get in the way of search and line breaking in Word`,
      ),
    );
  }
  if (l.images.count > 0) {
    const i = l.images;
    out.push(
      msg(
        `略去了 ${i.count} 张图片及其说明文字（第 ${lineList(i.lines, '、')} 行）：请在 Word 中插入图片`,
        `Left out ${i.count} image(s) with their alt text (line${i.lines.length > 1 ? 's' : ''} ${lineList(i.lines, ', ')}): insert the pictures in Word`,
      ),
    );
  }
  if (l.links.count > 0) {
    const k = l.links;
    out.push(
      msg(
        `${k.count} 个链接只导出了文字，网址未导出（第 ${lineList(k.lines, '、')} 行）：如需网址，请在 Word 中补上`,
        `${k.count} link(s) exported as their text only, without the address (line${k.lines.length > 1 ? 's' : ''} ${lineList(k.lines, ', ')}): add the address in Word if it is needed`,
      ),
    );
  }
  if (l.listMarkers.lines.length > 0) {
    const n = l.listMarkers.lines.length;
    out.push(msg(`去掉了 ${n} 行的 Markdown 列表符号（- * +），各项导出为段落`, `Took the Markdown list markers (- * +) off ${n} line(s); each item is a paragraph`));
  }
  return out;
}
