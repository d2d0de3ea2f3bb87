import { msg } from '../messages';
import { isHighSurrogate, isLowSurrogate, proseOf, spacesBeforeChinese, unitTable } from '../text';
import { hasWideDigits, isCompatOrdinal, stackedMarker } from '../numbering/markers';
import type { Source } from '../source';
import type { Marker, Msg, Rule } from '../types';

/**
 * Punctuation of ordinal markers, GB/T 15834 附录B B.3 and GB/T 9704 §7.3.3: `一、` `（一）` `1.` `（1）`
 * `①` `第一，`. Only the marker token is ever rewritten. A bare Arabic ordinal that its neighbours
 * confirm (`1加强理论学习` between `2.` lines) is reported too, with a suggestion to add the `.`.
 * `第二、` run in after a sentence (`第一，要提高认识。第二、要落实责任。`) is reported with a suggestion (not
 * `第二、三季度`, not `第二、第三批`: an enumeration of ordinals takes 、).
 * Full-width digits in an Arabic ordinal (`１．` `（１）`) are written half-width (GB/T 15835, as numeral-usage
 * does for other numbers, which leaves the marker token to this rule): `１．加强领导` → `1.加强领导` in one edit.
 * The fix of a wrong marker also takes the spaces typed after it before an ideograph or a Chinese opening mark
 * (`一. 加强领导` → `一、加强领导`, `一. “十四五”规划` → `一、“十四五”规划`; `spacesBeforeChinese`, see `AFTER_MARKER`).
 * A second, bracketed or circled ordinal right after a line's marker (`一.(一)、加强领导`, see `stackedMarker`) is
 * reported without a fix, and the first marker's fix is then only a suggestion: one of the two is to be deleted.
 * In a text that numbers its lists as a standard does (GB/T 1.1-2020 §7.5 列项: `a)` `b)`, and below them `1)` `2)`; see
 * `usesStandardLists`), `1)` is that list form and is left alone.
 */
export const numberingPunctuation: Rule = {
  meta: {
    id: 'numbering-punctuation',
    yields: true,
    name: msg('序号标点', 'Ordinal punctuation'),
    basis: 'GB/T 15834',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      '层次序号的标点：“一、”“（一）”“1.”“（1）”“①”“第一，”，括号用全角，括号序号后不加标点',
      'Ordinal punctuation: 一、 （一） 1. （1） ① 第一，; full-width brackets, nothing after a bracketed ordinal',
    ),
    example: { wrong: '一.总体要求\n(一)工作目标', right: '一、总体要求\n（一）工作目标' },
    subChecks: {
      'arabic-dunhao': {
        defaultSeverity: 'info',
        example: { wrong: '1、加强理论学习', right: '1.加强理论学习' },
        description: msg('阿拉伯数字序号后用顿号（“1、”），应为“1.”；不少单位习惯容许', 'An Arabic ordinal followed by 、 ("1、") instead of "1."; many offices tolerate it'),
      },
    },
  },
  check(ctx) {
    const text = ctx.source.text;
    // Asked once, and only of a text with a `1)` (a standard's list form) among its ordinals.
    let standardLists: boolean | undefined;
    for (const s of ctx.sections.markers) {
      const m = s.marker as Marker;
      if (isStandardListForm(m)) {
        standardLists ??= usesStandardLists(ctx.source);
        if (standardLists) continue;
      }
      // `一.(一)、加强领导`: two levels' ordinals on one line. One of them is to go, and which is the writer's call: the
      // second is reported without a fix, and the first one's fix is only offered (no half fix `一、（一）、`).
      const lineEnd = ctx.source.lineAt(m.start).end;
      const second = stackedMarker(text, m.end, lineEnd);
      if (second) {
        const extra = /[、.．，]$/.test(second.text);
        ctx.report({
          message: msg(
            `序号“${m.text}”后又有序号“${second.text}”：一行只用一个层次的序号，请删去其一${extra ? '；括号序号后不加标点' : ''}`,
            `Ordinal "${second.text}" follows ordinal "${m.text}" on one line: keep one level's ordinal and delete the other${extra ? '; nothing follows a bracketed ordinal' : ''}`,
          ),
          start: second.start,
          end: second.end,
        });
      }
      // The marker's standard form keeps the digits as written (`１.`, for renumbering); the right form has them half-width.
      const wide = (m.family === 'arabic' || m.family === 'arabic-paren') && hasWideDigits(m);
      if (m.wellFormed && !wide) continue;
      const want = wide ? narrowDigits(m.canonical) : m.canonical;
      const dunhao = m.family === 'arabic' && m.text.endsWith('、');
      // A bare ordinal (`1加强理论学习`) rests on a reading (its neighbours make it an ordinal): a suggestion.
      const bare = isBare(m);
      ctx.report({
        message: bare
          ? msg(`序号“${m.text}”后缺少标点，应为“${want}”`, `Ordinal "${m.text}" has no punctuation after it; expected "${want}"`)
          : m.wellFormed || (wide && narrowDigits(m.text) === want)
            ? msg(`序号“${m.text}”中的数字应为半角：“${want}”`, `Ordinal "${m.text}" has full-width digits; expected "${want}"`)
            : message(m, want),
        start: m.start,
        end: m.end,
        fix: {
          title: bare ? msg(`在“${m.text}”后加“.”`, `Add "." after "${m.text}"`) : msg(`改为“${want}”`, `Change to "${want}"`),
          edits: [{ start: m.start, end: bare ? m.end : spacesBeforeChinese(text, m.end, lineEnd, AFTER_MARKER), newText: want }],
          kind: bare || second ? 'suggestion' : 'safe',
        },
        ...(dunhao ? { sub: 'arabic-dunhao' } : {}),
      });
    }
    // Run in after a sentence end: the marker sections are line-initial only.
    proseOf(ctx).forEachProseMatch(RUN_IN_DI, (m) => {
      const start = m.index;
      if (!afterClauseEnd(text, start)) return;
      const end = start + m[0].length;
      const w = m[0];
      const c = `${w.slice(0, -1)}，`;
      ctx.report({
        message: msg(`序号“${w}”应为“${c}”：“第一”类序数词后用逗号`, `Ordinal "${w}" should be "${c}": 第一-style ordinals take a comma "，"`),
        start,
        end,
        fix: { title: msg(`改为“${c}”`, `Change to "${c}"`), edits: [{ start, end, newText: c }], kind: 'suggestion' },
      });
    });
  },
};

/**
 * The spaces a marker's fix takes (`spacesBeforeChinese`): before an ideograph or a Chinese opening mark (`一. “十四五”规划`
 * → `一、“十四五”规划`: a space left after `、` would be a stray one, and no other rule takes it); no form blank follows an
 * ordinal. A Latin word or a digit after the spaces keeps them (`一. Windows系统`).
 */
const AFTER_MARKER = { formBlank: false, opening: true } as const;

/**
 * `第二、` not before a numeral or 第 (`第二、三季度`, `第二、第三批`: an enumeration of ordinals takes 、). Starting with
 * its literal 第, the scan skips quickly through a long text; `afterClauseEnd` then asks for the sentence end.
 */
const RUN_IN_DI = /第[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十第\d])/g;

/**
 * Does a sentence end or a colon (。；！？：) come right before `at` (`。第二、要…`, `决定：第一、…`)? Spaces and one
 * astral character glued on between carry no boundary information and are skipped.
 */
function afterClauseEnd(text: string, at: number): boolean {
  let i = skipSpacesBack(text, at - 1);
  if (i >= 1 && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) i = skipSpacesBack(text, i - 2);
  return i >= 0 && CLAUSE_END[text.charCodeAt(i)] === 1;
}

/** The sentence ends and the colon before a run-in 第N、 (see `afterClauseEnd`). */
const CLAUSE_END = unitTable('。；！？：');

/** The last offset at or before `i` that is not a space (U+0020, U+3000); -1 when none. */
function skipSpacesBack(text: string, i: number): number {
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x3000)) i--;
  return i;
}

/** `1)` `12)` (also `1）`): digits and a closing bracket only, the numbered list item of GB/T 1.1-2020 §7.5. */
const STANDARD_ITEM_RE = /^[0-9]{1,3}[)）]$/;

/** Is marker `m` written in the form of a standard's numbered list item (`1)`, no opening bracket)? */
function isStandardListForm(m: Marker): boolean {
  return m.family === 'arabic-paren' && STANDARD_ITEM_RE.test(m.text);
}

/** A line opening with a lettered list item: a lowercase ASCII letter and a closing bracket (`a)` `b）`). */
const LETTER_ITEM_RE = /^([a-z])[)）]/;

/**
 * Does `source` number its lists as a standard does (GB/T 1.1-2020 §7.5 列项): lettered items `a)` `b)` (a lowercase
 * letter, then `)` or `）`, at a line's content start), with `1)` `2)` for the items below them? True when a text line
 * opens with a letter item and a later one with the next letter (`a)` … `b)`): one lone `a)` is no list. In such a text
 * `1)` is the standard's form of a list item, not a mistyped `（1）` (GB/T 9704 §7.3.3 numbers the levels of a 公文,
 * not the lists of a standard). Linear in the number of lines.
 */
export function usesStandardLists(source: Source): boolean {
  const text = source.text;
  const seen = new Uint8Array(26);
  for (const line of source.lines) {
    if (line.scope !== 'text' && line.scope !== 'quote') continue;
    const c = text.charCodeAt(line.contentStart);
    if (c < 0x61 || c > 0x7a) continue;
    const m = LETTER_ITEM_RE.exec(text.slice(line.contentStart, line.contentStart + 2));
    if (!m) continue;
    const k = c - 0x61;
    if (k > 0 && seen[k - 1] === 1) return true;
    seen[k] = 1;
  }
  return false;
}

/** A marker written as its digits alone, without punctuation. */
function isBare(m: Marker): boolean {
  return m.family === 'arabic' && /^[0-9０-９]+$/.test(m.text);
}

/** `text` with its full-width digits `０`–`９` written half-width. */
function narrowDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** The message for marker `m` that should be written `c`. */
function message(m: Marker, c: string): Msg {
  const w = m.text;
  if (isCompatOrdinal(m)) {
    return msg(
      `序号“${w}”是一个合成字符（多为自动编号遗留），应写作“${c}”`,
      `Ordinal "${w}" is a single compatibility character (usually left by automatic numbering); write "${c}"`,
    );
  }
  if (/[ \u3000]/.test(w)) return msg(`序号“${w}”中有空格，应为“${c}”`, `Ordinal "${w}" holds a space; expected "${c}"`);
  switch (m.family) {
    case 'cn':
      return msg(`序号“${w}”应为“${c}”：汉字数字序号后用顿号`, `Ordinal "${w}" should be "${c}": a Chinese numeral takes 、`);
    case 'arabic':
      if (/[０-９]/.test(w)) return msg(`序号“${w}”应为“${c}”：数字用半角，阿拉伯数字序号后用下脚点“.”`, `Ordinal "${w}" should be "${c}": half-width digits, and an Arabic numeral takes a full stop "."`);
      return msg(`序号“${w}”应为“${c}”：阿拉伯数字序号后用下脚点“.”`, `Ordinal "${w}" should be "${c}": an Arabic numeral takes a full stop "."`);
    case 'di':
      return msg(`序号“${w}”应为“${c}”：“第一”类序数词后用逗号`, `Ordinal "${w}" should be "${c}": 第一-style ordinals take a comma "，"`);
    default: {
      const extra = /[、.．，]$/.test(w);
      const brackets = !/^（/.test(w) || !/）[、.．，]?$/.test(w);
      const wide = /[０-９]/.test(w);
      const zh = [brackets ? '括号用全角“（）”' : '', extra ? '括号序号后不加标点' : '', wide ? '数字用半角' : ''].filter(Boolean).join('，') || '序号形式不规范';
      const en = [brackets ? 'use full-width brackets （）' : '', extra ? 'nothing follows a bracketed ordinal' : '', wide ? 'half-width digits' : ''].filter(Boolean).join('; ') || 'non-standard form';
      if (m.family === 'circled') return msg(`序号“${w}”应为“${c}”：圈码序号后不加标点`, `Ordinal "${w}" should be "${c}": nothing follows a circled ordinal`);
      return msg(`序号“${w}”应为“${c}”：${zh}`, `Ordinal "${w}" should be "${c}": ${en}`);
    }
  }
}
