import { Source } from './source';
import { msg } from './messages';
import type { Language, Line, Msg } from './types';

/**
 * What a draft would cost to read aloud. Only characters a speaker pronounces are counted:
 * Chinese characters (Han script, including `〇` and astral ones like `𠮷` as one each), digits
 * and letters. Punctuation, whitespace and symbols (`×`, `%`) are not. In Markdown the markup
 * that is never read — front matter, fenced code, HTML comments and tags, link and image URLs,
 * entities — is left out before counting.
 */
export interface CharacterCount {
  /** chinese + digits + letters. */
  total: number;
  chinese: number;
  digits: number;
  letters: number;
  /** Paragraphs that contain at least one counted character. */
  paragraphs: number;
}

/** Default reading rate, 字/分钟 (domain §6: about 180–200). */
export const DEFAULT_SPEAKING_RATE = 190;

const HAN = /\p{Script=Han}/u;
const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;
const HAN_KIND = 1;
const DIGIT_KIND = 2;
const LETTER_KIND = 3;

/**
 * What the character at `i` is: Han, digit, letter or 0 (not counted). ASCII and the common CJK
 * block are decided by code (the status bar counts on every pause in typing); the rest by Unicode
 * property.
 */
function classify(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    if (c >= 0x30 && c <= 0x39) return DIGIT_KIND;
    return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? LETTER_KIND : 0;
  }
  if (c >= 0x4e00 && c <= 0x9fff) return HAN_KIND;
  if (c >= 0x3000 && c <= 0x303f && c !== 0x3007) return 0; // CJK punctuation (〇 is a numeral)
  if (c >= 0xff00 && c <= 0xff0f) return 0; // full-width punctuation
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  if (HAN.test(ch)) return HAN_KIND;
  if (DIGIT.test(ch)) return DIGIT_KIND;
  return LETTER.test(ch) ? LETTER_KIND : 0;
}

/** A span of the text, as UTF-16 offsets `[start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Count the pronounceable characters of a draft. `skip` lists spans that are not counted (the
 * unfilled placeholders: the letters of `XX镇` stand for a name still to be written, so they are
 * counted apart, not as characters); spans may overlap or be out of order, and parts outside the
 * text are ignored.
 */
export function countCharacters(text: string, language: Language = 'markdown', skip: readonly TextSpan[] = []): CharacterCount {
  return tally(text, language, skip).count;
}

/**
 * The pronounceable characters of each line of a draft (index = 0-based line index of
 * `new Source(text, language)`), counted as {@link countCharacters} counts them, `skip` included:
 * the sum over a range of lines is what that part of the draft costs to read.
 */
export function lineCharacterCounts(text: string, language: Language = 'markdown', skip: readonly TextSpan[] = []): number[] {
  return tally(text, language, skip).perLine;
}

/** `text` with every character inside `skip` replaced by a space (same length, same offsets). */
function mask(text: string, skip: readonly TextSpan[]): string {
  if (skip.length === 0) return text;
  const spans = skip
    .map((s) => ({ start: Math.max(0, Math.min(text.length, s.start)), end: Math.max(0, Math.min(text.length, s.end)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.end <= at) continue;
    const from = Math.max(at, s.start);
    out += text.slice(at, from) + ' '.repeat(s.end - from);
    at = s.end;
  }
  return out + text.slice(at);
}

function tally(original: string, language: Language, skip: readonly TextSpan[]): { count: CharacterCount; perLine: number[] } {
  const text = mask(original, skip);
  const source = new Source(text, language);
  const result: CharacterCount = { total: 0, chinese: 0, digits: 0, letters: 0, paragraphs: 0 };
  const perLine: number[] = new Array<number>(source.lines.length).fill(0);
  const md = language === 'markdown';
  // Plain-text drafts put one paragraph on each line (Chinese prose is not hard-wrapped, and
  // Word exports a paragraph per line); Markdown paragraphs are separated by blank lines.
  const groups: Line[][] = md ? source.paragraphs() : source.lines.filter((l) => l.scope !== 'blank').map((l) => [l]);
  let inComment = false;
  for (const group of groups) {
    if (md && group[0].scope !== 'text' && group[0].scope !== 'quote' && group[0].scope !== 'table') continue;
    let counted = false;
    for (const line of group) {
      let raw = source.lineText(line);
      if (md) {
        const stripped = stripMarkdown(raw, inComment);
        raw = stripped.text;
        inComment = stripped.inComment;
      }
      let n = 0;
      for (let i = 0; i < raw.length; i++) {
        const kind = classify(raw, i);
        if (kind === 0) continue;
        if (kind === HAN_KIND) result.chinese++;
        else if (kind === DIGIT_KIND) result.digits++;
        else result.letters++;
        n++;
        // An astral character (𠮷) is one character in two UTF-16 units.
        const code = raw.charCodeAt(i);
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < raw.length) i++;
      }
      perLine[line.index] += n;
      if (n > 0) counted = true;
    }
    if (counted) result.paragraphs++;
  }
  result.total = result.chinese + result.digits + result.letters;
  return { count: result, perLine };
}

/**
 * Remove what is never read aloud from one Markdown line. `inComment` carries an HTML comment
 * that was opened inside a text line and not closed on it.
 */
function stripMarkdown(line: string, inComment: boolean): { text: string; inComment: boolean } {
  let s = line;
  if (inComment) {
    const close = s.indexOf('-->');
    if (close < 0) return { text: '', inComment: true };
    s = s.slice(close + 3);
  }
  s = s.replace(/<!--[\s\S]*?-->/g, '');
  const open = s.indexOf('<!--');
  const stillOpen = open >= 0;
  if (stillOpen) s = s.slice(0, open);
  s = s
    // Reference definitions `[id]: https://…` carry only a URL.
    .replace(/^\s{0,3}\[[^\]]+\]:\s*\S+.*$/, '')
    // Images are not read; links keep their text and lose the URL.
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    // Autolinks, bare URLs, HTML tags, entities, footnote references.
    .replace(/<(?:https?|mailto|ftp):[^>]*>/gi, '')
    .replace(/\b(?:https?|ftp):\/\/[^\s)>\]）】，。]+/gi, '')
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^>]*)?\/?>/g, '')
    .replace(/&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi, '')
    .replace(/\[\^[^\]]*\]/g, '');
  return { text: s, inComment: stillOpen };
}

/**
 * Estimated speaking time in whole minutes at `rate` 字/分钟, rounded to the nearest minute: 0 for
 * a text under half a minute (show it as "under 1 minute", see {@link speakingTime}), never
 * rounded up to make a short text look longer. A rate that is not a positive number falls back to
 * the default.
 */
export function speakingMinutes(count: number, rate: number = DEFAULT_SPEAKING_RATE): number {
  if (!(count > 0)) return 0;
  const r = Number.isFinite(rate) && rate > 0 ? rate : DEFAULT_SPEAKING_RATE;
  return Math.round(count / r);
}

/**
 * The speaking time as a writer reads it, in both languages: `约 26 分钟` / `~26 min`; `不足 1 分钟` /
 * `under 1 min` for a non-empty text under half a minute; `0 分钟` / `0 min` for an empty one.
 */
export function speakingTime(count: number, rate: number = DEFAULT_SPEAKING_RATE): Msg {
  const minutes = speakingMinutes(count, rate);
  if (count > 0 && minutes === 0) return msg('不足 1 分钟', 'under 1 min');
  if (minutes === 0) return msg('0 分钟', '0 min');
  return msg(`约 ${minutes} 分钟`, `~${minutes} min`);
}
