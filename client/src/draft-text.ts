/**
 * Whether a text looks like a Chinese draft (公文, 讲话稿) rather than code or data: used to offer
 * checking an untitled buffer that VS Code's language detection put in another language (a pasted
 * speech detected as Ini). Pure, kept free of `vscode` so it is unit-tested (test/unit/draft-text.test.ts).
 */

/** How much of a long buffer is looked at (UTF-16 code units from the start). */
export const SAMPLE_LENGTH = 20_000;
/** At least this many Han characters… */
export const MIN_HAN = 20;
/** …making up at least this share of the non-blank characters… */
export const MIN_HAN_SHARE = 0.3;
/** …with at most this share of code punctuation (`{ } ( ) ; = < > [ ]` and `"` `'`, ASCII only). */
export const MAX_CODE_SHARE = 0.05;

/** The counts behind {@link looksLikeChineseDraft}, over the first {@link SAMPLE_LENGTH} code units. */
export interface DraftTextStats {
  han: number;
  nonBlank: number;
  code: number;
}

export function draftTextStats(text: string): DraftTextStats {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  let han = 0;
  let nonBlank = 0;
  let code = 0;
  for (const ch of sample) {
    if (/\s/u.test(ch) || ch === '\u3000') continue;
    nonBlank++;
    const c = ch.codePointAt(0)!;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c >= 0x20000) han++;
    else if ('{}();=<>[]"\''.includes(ch)) code++;
  }
  return { han, nonBlank, code };
}

/**
 * True when `text` reads as Chinese prose: at least {@link MIN_HAN} Han characters, at least
 * {@link MIN_HAN_SHARE} of the non-blank characters Han, and little code punctuation. A JSON file or
 * program with Chinese strings, a short Chinese comment or an empty buffer is not a draft.
 */
export function looksLikeChineseDraft(text: string): boolean {
  const s = draftTextStats(text);
  return s.han >= MIN_HAN && s.han >= MIN_HAN_SHARE * s.nonBlank && s.code <= MAX_CODE_SHARE * s.nonBlank;
}

/** True when the text uses Markdown structure a writer would want kept (a `#` heading or `**bold**`). */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  return /^ {0,3}#{1,6}[ \t]\S/m.test(sample) || /\*\*[^*\n]+\*\*/.test(sample);
}
