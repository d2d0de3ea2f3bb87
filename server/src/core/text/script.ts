import { codePointAt, codePointBefore, isAsciiLetter, isIdeograph } from './chars';

/** Marks set only in Chinese text (curly quotes, `…` and `—` are shared with English and are not counted). */
const CHINESE_ONLY = new Set([...'。，、；：？！（）《》〈〉【】〔〕「」『』〖〗'].map((c) => c.charCodeAt(0)));

/** Chinese sentence stops: a sentence ends before them. */
const CHINESE_STOP = new Set([...'。！？'].map((c) => c.charCodeAt(0)));

/**
 * The English sentences of the line `[start, end)` of `text`, with Chinese names or addresses in them (`Contact person:
 * 王明, Foreign Affairs Office.`, `Welcome to 杭州!`), as sorted flat pairs `[from0, to0, from1, to1, …]` (UTF-16
 * offsets). GB/T 15834 governs Chinese text: in an English sentence of a bilingual notice the half-width marks are
 * English and stay. The line is cut into sentences before a Chinese stop `。！？` and after a half-width `. ? !` that a
 * space, a tab or the line's end follows (that mark belongs to its sentence). A sentence is English when it holds no
 * mark set only in Chinese text (`，` `：` `（`…; a Chinese name's `、` and `《》` aside, see `inChineseName`), no Latin letter touches an ideograph (`使用Windows系统`, `Java和C++`
 * are Latin words in a Chinese sentence; digits may touch, `122号`), and its words have four Latin letters at least
 * and at least as many as it has ideographs when it opens with a Latin word, three times as many when it opens in
 * Chinese (`本次培训内容包括: Python, Java 和 C++`, `电话: 0571-8728, Email: a@b.cn` stay Chinese). Letters of a URL,
 * an e-mail address or a file name (a token with `/` `@` `\` `_` `=` `#` or a `.` between letters) are no words. One
 * pass over the line.
 */
export function englishSentences(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  let from = start;
  let letters = 0;
  let ideographs = 0;
  let first = 0; // 1 Latin, 2 Chinese: what the sentence opens with
  let prev = 0; // the same for the character before
  let chinese = false; // a Chinese-only mark or a letter touching an ideograph
  let word = 0; // letters of the current ASCII token
  let code = false; // the current ASCII token is a URL, an address or a name in code
  const flush = () => {
    if (!code) letters += word;
    word = 0;
    code = false;
  };
  const close = (to: number, next: number) => {
    flush();
    if (!chinese && letters >= 4 && letters >= (first === 1 ? 1 : 3) * ideographs) out.push(from, to);
    from = next;
    letters = 0;
    ideographs = 0;
    first = 0;
    prev = 0;
    chinese = false;
  };
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    let kind = 0;
    if (isAsciiLetter(c)) {
      word++;
      kind = 1;
    } else if (c === 0x2e || c === 0x3f || c === 0x21) {
      const n = text.charCodeAt(k + 1);
      if (k + 1 >= end || n === 0x20 || n === 0x09) {
        close(k + 1, k + 1);
        continue;
      }
      // `gov.cn`, `v1.2`: a dot inside a token.
      if (c === 0x2e && prev === 1 && isAsciiLetter(n)) code = true;
    } else if (c <= 0x20 || c >= 0x7f) {
      flush();
      if (c >= 0x2e80) {
        if (CHINESE_STOP.has(c)) {
          close(k, k + 1);
          continue;
        }
        const cp = codePointAt(text, k);
        if (isIdeograph(cp)) {
          ideographs++;
          kind = 2;
        } else if (CHINESE_ONLY.has(c) && !inChineseName(text, k, c, start, end)) chinese = true;
        if (cp > 0xffff) k++;
      }
    } else if (c === 0x2f || c === 0x40 || c === 0x5c || c === 0x5f || c === 0x3d || c === 0x23) code = true;
    if (kind !== 0 && prev !== 0 && kind !== prev) chinese = true;
    if (first === 0) first = kind;
    prev = kind;
  }
  close(end, end);
  return out;
}

/**
 * Is the Chinese-only mark `c` at `k` part of a Chinese name quoted in an English sentence rather than Chinese sentence
 * punctuation: a `、` between two ideographs (`Organizers: 杭州市人民政府、浙江大学 and …`), or `《` `》` (a title,
 * `see 《关于加强管理的通知》 for details`)? The line is `[start, end)`.
 */
function inChineseName(text: string, k: number, c: number, start: number, end: number): boolean {
  if (c === 0x300a || c === 0x300b) return true;
  return c === 0x3001 && k > start && k + 1 < end && isIdeograph(codePointBefore(text, k)) && isIdeograph(codePointAt(text, k + 1));
}

/**
 * Whether offsets lie in an English sentence (see `englishSentences`), for a rule that asks about the lines of one
 * text in order: the sentences of the last line asked are kept, so a line is read once however many marks it holds.
 */
export class EnglishSentenceFinder {
  private lineStart = -1;
  private lineEnd = -1;
  private spans: number[] = [];
  constructor(private readonly text: string) {}

  /** Is offset `i` in an English sentence of the line `[start, end)`? */
  has(i: number, start: number, end: number): boolean {
    if (start !== this.lineStart || end !== this.lineEnd) {
      this.spans = englishSentences(this.text, start, end);
      this.lineStart = start;
      this.lineEnd = end;
    }
    const spans = this.spans;
    let lo = 0;
    let hi = (spans.length >> 1) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (i < spans[2 * mid]) hi = mid - 1;
      else if (i >= spans[2 * mid + 1]) lo = mid + 1;
      else return true;
    }
    return false;
  }
}
