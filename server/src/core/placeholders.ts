/**
 * Unfilled placeholders left in a draft copied from a template (范文): `XX镇`, `XXX同志`, `××局`,
 * `X年X月X日`, `20XX年`, `X+X部门`, `党的XX大`, `○○`, `□□`, `林**同志`, `____年__月__日`,
 * `【单位名称】`, `（此处填写单位名称）`, `〔 〕`, `{{姓名}}`, and weakly `某某`.
 *
 * The design is a family, not a list: a *slot atom* is a run of slot characters (letters that stand
 * for a value, filler symbols, blanks), accepted only in a context that makes it a slot (Chinese
 * text around it, a date or a document number); *bracket prompts* are brackets that are empty or
 * hold the name of what to fill in. Atoms next to each other in a date (`X年X月X日`), a sum (`X+X`)
 * or a document number (`X发〔20XX〕X号`) merge into one placeholder.
 *
 * Each placeholder gets a group key — the slot with the word that follows it (`XX镇`, `XX同志`,
 * `XX高质量发展`), or for a bare slot the word before it (`现代化XX`) — so an editor can fill a
 * whole group at once. Keys are built from BMP ideographs only: a rare (astral) character or any
 * punctuation ends the window.
 *
 * The word lists live in placeholder-words.ts; this file is the scanner.
 *
 * Scope: everything a reader sees. Markdown code (fenced and inline), front matter and HTML comments
 * are skipped; tables and quotes are checked (an empty cell template is still unfilled).
 */
import { isIndentChar, wholeLineEmphasis, type Source } from './source';
import { isAsciiDigit, isPageNumberTail } from './text/chars';
import { CN_YEAR_DIGITS, DIMENSION, END_WORDS, FIELD_NOUNS, HEADS, INSTRUCTION_RE, LONG_INSTRUCTION_RE, MASK_BEFORE_ONE, MEASURE, MEASURE_WORDS, NOT_INSTRUCTION_RE, ORG_CHARS, ORG_WORDS, PARTICLES, PERSON_WORDS, SLOT_NAMES, SLOT_TAIL_RE, TITLES_AFTER, TITLES_BEFORE, UNITS, VERBS, X_TERMS } from './placeholder-words';
import type { Line } from './types';
import { detach } from './memo';
import { lineValues } from './line-values';

export interface PlaceholderMatch {
  start: number;
  end: number;
  /** The placeholder as written (`XX`, `××`, `【单位名称】`). */
  text: string;
  /** Group key: the placeholder with the words that follow it (`XX镇`, `XX书记`). */
  group: string;
  /** `某某` and other weak forms are reported at info level. */
  weak: boolean;
  /**
   * Where the group key's phrase starts in the text when it begins before the placeholder
   * (`党的XX大`, `现代化XX`); equal to `start` otherwise. Diagnostics span `[keyStart, end)`.
   */
  keyStart?: number;
  /**
   * Set for an empty field label (`会议时间：` with nothing after it): `single` for one label at a
   * line end (info level), `form` for a line or block of several empty labels (a form left blank).
   * The range covers the label; filling inserts the value after `end` instead of replacing.
   */
  field?: 'single' | 'form';
}

export interface PlaceholderGroup {
  group: string;
  /** Occurrences in document order. */
  occurrences: PlaceholderMatch[];
}

// ---------------------------------------------------------------------------------------------
// Character classes

/** Letters that stand for a value: X x Ｘ ｘ, the multiplication sign ×, ✕ ╳. */
const LETTER_SLOT = 'XxＸｘ×✕╳ⅹⅩ';
const isLetterSlot = (c: string) => c !== '' && LETTER_SLOT.includes(c);

function isIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}
const isIdeo = (c: string) => c.length > 0 && isIdeograph(c.charCodeAt(0));
/**
 * Anything a Chinese text is made of beyond ASCII: ideographs (astral ones too), CJK and full-width
 * punctuation, and the general punctuation Chinese text uses (— … “ ” ‘ ’).
 */
const isWide = (c: string) => {
  if (c.length === 0) return false;
  const code = c.charCodeAt(0);
  return code >= 0x2e80 || (code >= 0x2010 && code <= 0x206f);
};
const isAsciiAlnum = (c: string) => /^[A-Za-z0-9]$/.test(c);
const isAsciiLetter = (c: string) => /^[A-Za-z]$/.test(c);
const isDigit = (c: string) => /^[0-9０-９]$/.test(c);
/** Space, tab, U+3000 or NBSP (the source model's indentation characters); false for ''. */
const isSpace = (c: string) => isIndentChar(c.charCodeAt(0));

/** One slot atom in a line: a run of slot characters accepted in its context. */
interface Atom {
  start: number; // offsets into the line string
  end: number;
  weak: boolean;
  /** A run of spaces standing for a missing number (`由 人组成`). */
  blank?: boolean;
}

/**
 * Spaces where a count was deleted: `由 人组成`, `副主任 名`, `分 种选票` — after a word that takes a
 * count, before a measure word that is not the start of another word (`为 人民` is not one).
 */
// The lookbehinds below stand after the first character they guard, not before it: the same
// matches, but the regex engine can then skip ahead to that character instead of trying the
// lookbehind at every position of the line (no `u` flag: every class is BMP, nothing else changes).
const SPACE_SLOT_RE = /[ \u3000](?<=[由设有共计任员长选派约达分][ \u3000])[ \u3000]{0,3}(?=[名人种个项位][\u4e00-\u9fff，,。；;、])/g;
/** A date with its numbers left blank after a label: `日期： 年 月 日`. */
const BLANK_DATE_RE = /年(?<=[:：][ \u3000]*年)[ \u3000]+月[ \u3000]+日/g;
/**
 * A date in running text with its year written and its month and day left blank: `请于2024年　月　日前报送`,
 * `定于2024年  月  日召开` (a deadline or a meeting the sample left open). Not a form's signing line
 * (`2024年　月　日` alone, filled in by hand): the date must follow 于/至/自/从 or come before 前/起/止/召开….
 */
const BODY_BLANK_DATE_RE = /年(?<=[于至自从在][0-9]{4}年)[ \u3000]+月[ \u3000]+日|年(?<=[0-9]{4}年)[ \u3000]+月[ \u3000]+日(?=前|之前|以前|起|止|召开|举行|举办|开始|结束)/g;
/**
 * Two or more spaces where an amount was deleted, between a word and its unit: `年新增产值　　　　万元`,
 * `带动农户　　　　户增收`, `完成率　　%` (not a word that starts with the unit: `元旦`, `户籍`).
 */
const UNIT_BLANK_RE = /[ \u3000](?<=[\u4e00-\u9fff][ \u3000])[ \u3000]{1,7}(?=(?:万元|亿元|万户|万人|万亩|元|户|%|％)(?![旦宵素月年籍口外主型])(?:[\u4e00-\u9fff，,。；;、）)]|$))/g;
/** A year with its last digits left blank, and the month after it: `20　　年　　月`, `20  年  月  日`. */
const YEAR_BLANK_RE = /0(?<=(?<![0-9A-Za-z])20)[ \u3000]{2,4}年[ \u3000]{1,4}月(?:[ \u3000]{1,4}日)?/g;

// A year with slots (`20XX`, `202X`), then letter runs, filler-symbol runs, blanks, and the weak
// forms: 某某, 某年某月某日, and an ellipsis standing for a title (`关于……的请示`).
// Then the letters of a date format (`YYYY年MM月DD日`), a count `N` before a measure word (`N个月`),
// a person's name typed as two slot letters with a space between, the space an ASCII or a full-width one, before a
// title (`X X同志`, `X　X局长`: one slot, not a letter alone; `X Y`, `A B`, `the X X` are no slot),
// a decimal of slot letters (`X.X亿元`), and the other fillers: `ＯＯ` `◎◎` `●●`, `▁▁` `﹍﹍` blanks, a
// long dash rule standing for a value (`名称：——————`).
const ATOM_RE = /(?:1(?<![A-Za-z0-9]1)9|2(?<![A-Za-z0-9]2)0)(?:[0-9][XxＸｘ×]|[XxＸｘ×]{2})(?![A-Za-z0-9])|(?:Y(?<![A-Za-z]Y)YYY|y(?<![A-Za-z]y)yyy)(?=年)|(?:M(?<![A-Za-z]M)M|m(?<![A-Za-z]m)m)(?=月)|(?:D(?<![A-Za-z]D)D|d(?<![A-Za-z]d)d)(?=日)|N(?<![A-Za-z0-9]N)(?=[个名项人件次天份张条届期批位家所篇]|[万亿]元)|(?<![A-Za-z0-9][ \u3000]?)(?:X[ \u3000]X|x[ \u3000]x|Ｘ[ \u3000]Ｘ|ｘ[ \u3000]ｘ|×[ \u3000]×)(?=副?(?:同志|先生|女士|老师|书记|主任|局长|县长|镇长|市长|区长|省长|乡长|部长|厅长|处长|科长|校长|院长|主席|经理|董事长|总经理))|[XxＸｘ×]+[.．][XxＸｘ×]+|[XxＸｘ×✕╳ⅹⅩ]+|[○〇◯]{2,}|[○〇◯□△](?=[年月日号])|[Ｏ◎●]{2,}|[-－](?<![-－][-－])[-－]{2,}(?=[\u4e00-\u9fff])|—{4,}|[□△▽◇＊]{2,}|\*+|＊|[_＿▁﹍﹏]{2,}|…{4,}|…(?<=关于…)…{1,2}(?=的)|某某+|某年(?:某月(?:某日)?)?|某月某日/g;

/** A line that states a formula: `应缴金额=基数×比例`, `代建管理费＝∑（…）`. */
const FORMULA_RE = /[=＝∑]/;
/** How far a quoted formula (`“平均分×权重”`) may reach either side of its `×`, in UTF-16 units. */
const QUOTED_FORMULA_MAX = 16;

/**
 * A single `×` at `at` between two words is a multiplication sign, not a slot: on a line holding a
 * formula (`formula`: `=` `＝` `∑`), or inside a short quotation made only of Chinese words around it
 * (`按“平均分×权重”计算`). Both neighbours are Chinese characters, and a measure word on the right opens a word of a formula,
 * so `×月×日`, `第×次` and `×同志` stay slots (`××局` is a run of two and never asks), and so do a `×` after a
 * preposition or before an organisation's suffix (`由×局核定`: `SLOT_BEFORE_TIMES`, `orgAfter`). Bounded: at most
 * `QUOTED_FORMULA_MAX` units either side.
 */
function timesSign(line: string, at: number, formula: boolean): boolean {
  const L = line[at - 1] ?? '';
  const R = line[at + 1] ?? '';
  if (!isIdeo(L) || !isIdeo(R) || L === '第' || L === '某' || R === '某') return false;
  // A computation told in words (`按照基数×系数计算`, `按人×天计算工作量`, `按照300元/人×天的标准核定`): a product.
  if (!SLOT_BEFORE_TIMES.includes(L) && computedBy(line, at)) return true;
  // A measure word after it makes a date or count slot (`×月×日`, `×月底`, `×个`), unless it opens a word of a formula (`比例×月数`).
  if (MEASURE.includes(R) && !(formula && isIdeo(line[at + 2] ?? '') && !'份底初中末内前后起'.includes(line[at + 2]))) return false;
  if (TITLES_AFTER.some((t) => line.startsWith(t, at + 1))) return false;
  // No factor ends in a preposition, nor is an organisation's suffix a factor: `由×局核定`, `报×厅备案` hold a slot.
  if (SLOT_BEFORE_TIMES.includes(L) || orgAfter(line, at + 1)) return false;
  if (formula) return true;
  let i = at - 1;
  while (i >= 0 && at - i <= QUOTED_FORMULA_MAX && isIdeo(line[i]) && line[i] !== '某') i--;
  let j = at + 1;
  while (j < line.length && j - at <= QUOTED_FORMULA_MAX && isIdeo(line[j]) && line[j] !== '某') j++;
  return (line[i] === '“' && line[j] === '”') || (line[i] === '"' && line[j] === '"') || (line[i] === '「' && line[j] === '」');
}

/** `按`/`按照`/`依照` and at least one unit of the first factor, up to the `×` (no clause mark between). */
const COMPUTE_BEFORE = /(?:按照|依照|按)[^，。；：！？,;:!?\s“”]{1,12}$/;
/** After the `×`, within the clause: the verb or noun of a computation (`计算`, `核定`, `的标准`). */
const COMPUTE_AFTER = /^[^，。；：！？,;:!?“”]{1,16}?(?:计算|核定|核算|计发|计提|计取|测算|的标准|为准)/;

/**
 * Whether the `×` at `at` stands in a computation told in words: `按(照)` and a factor before it, a computing word
 * after it in the same clause (`按照基数×系数计算`, `按人×天计算`). A slot right after the preposition (`按×标准`) is
 * not one: the factor before the `×` must hold at least one unit. Looks at most 12 units back and 18 ahead.
 */
function computedBy(line: string, at: number): boolean {
  return COMPUTE_BEFORE.test(line.slice(Math.max(0, at - 14), at)) && COMPUTE_AFTER.test(line.slice(at + 1, at + 19));
}

/**
 * Prepositions before a single `×` that make it a slot even on a formula line (`由×局核定`, `请×厅`, `向×县`): no
 * factor of a formula ends in one of them (`和` and `为` do: `总和×`, `行为×`).
 */
const SLOT_BEFORE_TIMES = '由请向经据从让把被给';

/** What may follow an organisation's suffix (`×局核定`, `×局、`): the start of a verb or a particle. */
const AFTER_ORG = '核审负牵统确出提制批备认报发的了和与及或等要将对向并会';

/**
 * Whether `line[at]` is an organisation's suffix (`局`, `厅`, `委`: `ORG_CHARS`) ending its word there: what
 * follows is no Han character, a particle or a verb (`×局核定`, `×局。`, `×厅负责`), and it starts no common word
 * (`所得`, `部分`: `ORG_WORDS`). A factor of a formula begins with no such word (`收入×所得税率` is multiplication).
 */
function orgAfter(line: string, at: number): boolean {
  if (!ORG_CHARS.includes(line[at] ?? '-') || ORG_WORDS.some((w) => line.startsWith(w, at))) return false;
  const next = line[at + 1] ?? '';
  return !isIdeo(next) || AFTER_ORG.includes(next);
}

/**
 * Words right before a single letter that make it the letter itself: `字母X`, `大写X`, `英文字母x`, and an identity
 * number's last character (`末位为X`, `校验码为X`: GB 11643's check character X).
 */
const LETTER_NAMED = /(?:字母|大写|小写|英文|字符|(?:末位|尾号|校验码|校验位)(?:为|是)?)[“"‘']?$/;

/** Does a letter-run `[s, e)` of `line` stand for a value here? */
function acceptLetterRun(line: string, start: number, end: number, slotOnly: boolean): boolean {
  // A line of nothing but slots and separators: `XXX`, `Xxxx，xxxx，xx`.
  if (slotOnly) return true;
  const run = line.slice(start, end);
  const L = line[start - 1] ?? '';
  const R = line[end] ?? '';
  // Slots in a code or number: `0XXX-XXXXXXX`, `91XXXXXXXXXXXXXXXX`, `邮编：XXXXXX`.
  if (/^(?:[Xx]+|×+)$/.test(run) && inSlotCode(line, start, end)) return true;
  // A part of a dotted date: `2024.XX.XX`, `XXXX.X.X`.
  if (/^[XxＸｘ]+$/.test(run) && inDottedDate(line, start, end)) return true;
  // A label of a web or mail address: `www.xxx.gov.cn`, `xxx@xxx.com`.
  if (/^[Xx]{2,}$/.test(run) && inAddress(line, start, end)) return true;
  // Inside ASCII words or numbers: `XXL`, `Xbox`, `Windows XP`, `0x1F`, `3×4`.
  if (isAsciiLetter(L) || isAsciiLetter(R) || isDigit(L) || isDigit(R)) return false;
  if (/^[Ｘｘ]/.test(run) && (/^[Ａ-Ｚａ-ｚ]$/.test(L) || /^[Ａ-Ｚａ-ｚ]$/.test(R))) return false;
  const after = line.slice(end, end + 3);
  if (run.length >= 2) {
    if ((run === 'XX' || run === 'xx') && after.startsWith('染色体')) return false;
    // Multi-letter ASCII runs need Chinese nearby (`**XX**同志`, `“XXX”`) or a table cell of their
    // own (`| XX |`); `the XXX project` is English.
    if (/^[Xx]+$/.test(run)) return nearWide(line, start, end, 3) || aloneInCell(line, start, end) || (emphasised(line, start, end) && nearWide(line, start - 3, end + 3, 3));
    return true;
  }
  // A percentage: `增长X%`.
  if ((R === '%' || R === '％') && isWide(L)) return true;
  // A single letter only with strong context.
  if (X_TERMS.some((t) => line.startsWith(t, end))) return false;
  // The letter itself, named: `填写大写字母X`, `小写x`, an identity number's check character (`末位为X的`).
  if (LETTER_NAMED.test(line.slice(Math.max(0, start - 6), start))) return false;
  if (run === '×' && ((L !== '' && DIMENSION.includes(L)) || (R !== '' && DIMENSION.includes(R)))) return false;
  const prevSlot = (line[start - 1] === '+' || line[start - 1] === '＋') && isLetterSlot(line[start - 2] ?? '');
  const nextSlot = (R === '+' || R === '＋') && isLetterSlot(line[end + 1] ?? '');
  if (prevSlot || nextSlot) return true; // `X+X`
  if (L === '第') return true; // `第X届`, `第X，`
  // Spaced out as a PDF copy spaces numbers: `项目 X 项`, `不少于 X 个`.
  if (L === ' ' && R === ' ' && isWide(line[start - 2] ?? '') && MEASURE.includes(line[end + 1] ?? '') && (line[end + 1] ?? '') !== '') return true;
  // A letter in square brackets inside Chinese text: `6月[X]日`, `第【X】次` (not a task box `- [x] 事项`).
  if (L !== '' && R !== '' && '[［【'.indexOf(L) >= 0 && ']］】'.indexOf(R) === '[［【'.indexOf(L) && (isIdeo(line[end + 1] ?? '') || isWide(line[start - 2] ?? ''))) return true;
  // After `=` no letter is a factor: `经费标准=×元每人`, `=X个` hold a slot (a variable, `设X=`, is judged apart).
  if ((L === '=' || L === '＝') && isIdeo(R)) return true;
  if (MEASURE.includes(R) && R !== '') return L === '' || isWide(L) || isSpace(L) || '()[]"'.includes(L);
  // Between Chinese text: `设立了X部门`, `X发〔2024〕X号` at a line start, `〕X号`.
  const LL = line[start - 2] ?? '';
  return (L === '' || isWide(L) || (isSpace(L) && !isAsciiAlnum(LL) && !'.,;:!?'.includes(LL))) && isIdeo(R);
}

/**
 * The run is part of a code made only of digits, hyphens and slot letters, at least four long, with
 * two slot letters in a row, standing after Chinese text or at a line start: `0XXX-XXXXXXX`, `0531-8888××××`.
 */
const CODE_MAX = 32;
function inSlotCode(line: string, start: number, end: number): boolean {
  // Bounded walks: a code is short, and a long run of such characters is not one (linear time).
  let i = start;
  while (i > 0 && start - i <= CODE_MAX && /[0-9Xx×-]/.test(line[i - 1])) i--;
  let j = end;
  while (j < line.length && j - end <= CODE_MAX && /[0-9Xx×-]/.test(line[j])) j++;
  const token = line.slice(i, j);
  if (token.length < 4 || token.length > CODE_MAX || !/XX|xx|××/.test(token) || (!/[0-9]/.test(token) && !token.includes('-'))) return false;
  if (isAsciiLetter(line[j] ?? '') || isAsciiLetter(line[i - 1] ?? '')) return false;
  const before = line[i - 1] ?? '';
  return before === '' || isWide(before) || (isSpace(before) && isWide(line[i - 2] ?? ''));
}

/**
 * The run is a part of a date written with dots (`2024.XX.XX`, `20XX.X.X`, `XXXX.XX.XX`): a year of four
 * digits or slots, then month and day of one or two, after Chinese text or at a line start (not `Windows 2024.X.X`).
 */
const DOTTED_DATE_RE = /^(?:\d{4}|20[XxＸｘ]{2}|[XxＸｘ]{4})[.．][0-9XxＸｘ]{1,2}[.．][0-9XxＸｘ]{1,2}$/;
function inDottedDate(line: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && start - i <= 12 && /[0-9XxＸｘ.．]/.test(line[i - 1])) i--;
  let j = end;
  while (j < line.length && j - end <= 12 && /[0-9XxＸｘ.．]/.test(line[j])) j++;
  const before = line[i - 1] ?? '';
  if (isAsciiLetter(line[j] ?? '') || !(before === '' || isWide(before) || (isSpace(before) && isWide(line[i - 2] ?? '')))) return false;
  return DOTTED_DATE_RE.test(line.slice(i, j));
}

/**
 * The run is a whole label of a web or mail address (between dots, `@` or the address's ends) that
 * stands next to Chinese text: `网站（www.xxx.gov.cn）`, `邮箱：xxx@xxx.com`.
 */
const ADDRESS_MAX = 64;
function inAddress(line: string, start: number, end: number): boolean {
  const L = line[start - 1] ?? '';
  const R = line[end] ?? '';
  if (L !== '.' && L !== '@' && R !== '.' && R !== '@') return false;
  let i = start;
  while (i > 0 && start - i <= ADDRESS_MAX && /[A-Za-z0-9.@_-]/.test(line[i - 1])) i--;
  let j = end;
  while (j < line.length && j - end <= ADDRESS_MAX && /[A-Za-z0-9.@_-]/.test(line[j])) j++;
  const token = line.slice(i, j).replace(/[.]+$/, '');
  if (!/^(?:[A-Za-z0-9_-]+\.)+[A-Za-z]{2,}$|^[A-Za-z0-9._-]+@(?:[A-Za-z0-9_-]+\.)+[A-Za-z]{2,}$/.test(token)) return false;
  if (!(L === '.' || L === '@' || start === i) || !(R === '.' || R === '@' || end >= i + token.length)) return false;
  return isWide(line[i - 1] ?? '') || isWide(line[i + token.length] ?? '') || (i === 0 && j === line.length);
}

/** The run is all a table cell holds: `| XX |`. */
function aloneInCell(line: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && isSpace(line[i - 1])) i--;
  let j = end;
  while (j < line.length && isSpace(line[j])) j++;
  return line[i - 1] === '|' && line[j] === '|';
}

/** The run stands between emphasis markers and, outside them, spaces: `由书记 **XXX** 领誓`. */
function emphasised(line: string, start: number, end: number): boolean {
  return (line.startsWith('**', start - 2) || line.startsWith('__', start - 2)) && line.startsWith(line.slice(start - 2, start), end);
}

/**
 * A decimal made of slot letters (`X.X亿元`, `XX.X%`, `x.x万户`): not inside an ASCII word or number,
 * with Chinese within three characters (`完成 XX.XX 亿元`) or alone in a table cell.
 */
function acceptDecimal(line: string, start: number, end: number): boolean {
  const L = line[start - 1] ?? '';
  const R = line[end] ?? '';
  if (inDottedDate(line, start, end)) return true; // `2024.X.X`, `XXXX.XX.XX`
  if (isAsciiAlnum(L) || isAsciiAlnum(R) || L === '.' || R === '.') return false;
  return nearWide(line, start, end, 3) || aloneInCell(line, start, end);
}

/**
 * The letters of a date format standing for the date (`YYYY年MM月DD日`, `请于YYYY年MM月DD日前`), not a
 * format being described (`日期格式为YYYY年MM月DD日`, `按“YYYY年”填写`): the atom's own 年/月/日 follows.
 */
function acceptDateFormat(line: string, start: number, end: number): boolean {
  const before = line.slice(Math.max(0, start - 12), start);
  return !/格式|形式|写法|写作|写成|按照?[“"「]?[^，。]*$/.test(before);
}

/**
 * A rule of four or more dashes `——` standing for a value: after a field's colon (`会议名称：——————`) or
 * before the name it completes (`——————有限公司`), not a separator line or a long dash in prose.
 */
function acceptDashRule(line: string, start: number, end: number, facts: LineFacts): boolean {
  if (facts.rule) return false;
  const L = line[start - 1] ?? '';
  if (L === '：' || L === ':') return true;
  return (L === '' || isWide(L) || isSpace(L)) && L !== '—' && namesSlot(line, end);
}

/** Any wide (Chinese) character within `dist` characters before or after `[start, end)`. */
function nearWide(line: string, start: number, end: number, dist: number): boolean {
  for (let i = Math.max(0, start - dist); i < start; i++) if (isWide(line[i] ?? '')) return true;
  for (let i = end; i < Math.min(line.length, end + dist); i++) if (isWide(line[i])) return true;
  return false;
}

/** `○○` in a Chinese number (`二○○○年`, `一〇〇`) is a zero, not a filler. */
function inChineseNumber(line: string, start: number, end: number): boolean {
  // Bounded walks: a Chinese number is short, and `○○一` repeated must stay linear.
  let i = start;
  while (i > 0 && start - i < 8 && CN_YEAR_DIGITS.includes(line[i - 1])) i--;
  let j = end;
  while (j < line.length && j - end < 8 && CN_YEAR_DIGITS.includes(line[j])) j++;
  for (let k = i; k < j; k++) if (!'〇○◯'.includes(line[k])) return true;
  return false;
}

/**
 * Letters a line itself uses as a variable, not as a slot: one it defines (`（N为接种次数）`, `其中N表示…`,
 * `设增长率为x%`, `设X为…`, `这里X取2.5`, `令N=3`, `“N”表示样本量`, `“X%”为占比`, `，X%表示占比`) or puts
 * in arithmetic with a number (`1+N`, `“1+N”`, `N+1`, `N-1`, `2×X`, `x%×基数`). Two letters joined (`X+X`)
 * are a slot sum, not arithmetic; a slash (`2024/X/X`) is a date. The letter is the capture; lookbehinds
 * keep it from being the tail of an ASCII word or of a run (`XX+1`), and every alternative is bounded, so
 * one pass is linear in the line. Practice (实务): a template's letter is a slot only when nothing defines it.
 */
const VARIABLE_RE = /(?:[（(]|其中[，,]?|式中|[设令])([XxＸｘNn])[ \u3000]?(?:为|表示|代表|指|[=＝])|“([XxＸｘNn])[%％]?”(?:为|表示|代表|指)|(?:^|[，。；：,;:\s])([XxＸｘNn])[%％]?(?:表示|代表)|设[^，。；,;]{1,12}为([XxＸｘNn])(?![A-Za-z0-9])|(?<![A-Za-z0-9])([XxＸｘNn])(?:取值|取[ ]?[0-9０-９]|[ ]?[=＝][ ]?[0-9０-９])|[0-9０-９][ ]?[+＋×÷][ ]?([XxＸｘNn])(?![A-Za-z0-9])|(?<![A-Za-z0-9])([XxＸｘNn])[ ]?[+＋×÷][ ]?[0-9０-９]|(?<![A-Za-z0-9])([Nn])[ ]?[-－−][ ]?[0-9０-９]|(?<![A-Za-z0-9])([XxＸｘNn])[%％][×÷+＋\-－]/g;

/** The letters `VARIABLE_RE` finds on `line`, as a string of them ('' for none). One pass over the line. */
function variableLetters(line: string): string {
  let out = '';
  VARIABLE_RE.lastIndex = 0;
  for (let m = VARIABLE_RE.exec(line); m; m = VARIABLE_RE.exec(line)) {
    const letter = m.slice(1).find((g) => g !== undefined) ?? '';
    // A template's note on its own slot asks for a value: `第X届（X为届次，请填写）` keeps X a slot.
    if (m[0][0] === '（' || m[0][0] === '(') {
      const close = line.slice(m.index, m.index + 40).search(/[)）]/);
      if (FILL_NOTE_RE.test(line.slice(m.index, close < 0 ? m.index + 40 : m.index + close))) continue;
    }
    if (!out.includes(letter)) out += letter;
  }
  return out;
}

/** Words of a template's instruction in a bracket that explains its slot (`（X为届次，请填写）`). */
const FILL_NOTE_RE = /填|请|替换|修改|自行|根据实际/;

/** A caption framed by dash runs, alone on its line (`-----原始邮件-----`, `———— 以下为正文 ————`): no slot. */
const FRAMED_CAPTION_RE = /^[ \t\u3000]*[-－—]{3,}[^-－—]{1,20}[-－—]{3,}[ \t\u3000]*$/;

/** Rating dots: a filled and a hollow dot (or star) side by side (`●●●●○`, `◎○`, `★☆`). */
const RATING_MIX_RE = /[●◎★][○◯〇Ｏ☆]|[○◯〇Ｏ☆][●◎★]/;
/** The dots a rating scale is drawn with. */
const RATING_DOTS = '●◎○◯〇Ｏ';

/**
 * Is the run of dots `[start, end)` part of a rating on a line that draws ratings (`优秀●●●●●，良好●●●●○`,
 * `| ●●●○○ |`)? The whole run of dots around it is at most ten long and mixes filled and hollow dots or
 * holds three or more (a two-dot `○○县` on the same line is still a slot).
 */
function inRating(line: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && start - i <= 10 && RATING_DOTS.includes(line[i - 1])) i--;
  let j = end;
  while (j < line.length && j - end <= 10 && RATING_DOTS.includes(line[j])) j++;
  if (j - i > 10) return false;
  return j - i >= 3 || RATING_MIX_RE.test(line.slice(i, j));
}

/** Per-line facts the star and blank tests share, computed once (linear time on long lines). */
interface LineFacts {
  /** The line is a thematic break or rule line (`***`, `- - -`, `____`). */
  rule: boolean;
  /** Starts of star runs that pair as emphasis (`**粗体**`), in Markdown and plain text alike. */
  paired: Set<number>;
  /** Star-run length → how many runs of it on the line. */
  runsOfLength: Map<number, number>;
  /** The line holds nothing but letter slots and separators (`XXX`, `Xxxx,xxxx,xx`). */
  slotOnly: boolean;
  /** The line draws a rating scale with dots (`RATING_MIX_RE`): its dot runs are ratings (`inRating`), not fillers. */
  rating: boolean;
  /** In Markdown, the opener's start and the closer's end of an underscore emphasis wrapping the whole line (`___二、…___`), or -1. */
  wrapStart: number;
  wrapEnd: number;
}

/**
 * `[start, end)` of the underscore emphasis wrapping a Markdown line's content (after indentation and heading
 * hashes: `___二、第二部分___`, `## _说明_`), as `wholeLineEmphasis` reads it; `[-1, -1]` when there is none.
 */
function underscoreWrap(line: string): [number, number] {
  let i = 0;
  while (i < line.length && isIndentChar(line.charCodeAt(i))) i++;
  if (line.charCodeAt(i) === 0x23 /* # */) {
    const h = /^#{1,6}[ \t]+/.exec(line.slice(i, i + 16));
    if (h) i += h[0].length;
  }
  if (line.charCodeAt(i) !== 0x5f) return [-1, -1];
  const n = wholeLineEmphasis(line, i, line.length);
  if (n === 0) return [-1, -1];
  let e = line.length;
  while (e > i && isIndentChar(line.charCodeAt(e - 1))) e--;
  return [i, e];
}

/**
 * The words of `list` by their first UTF-16 unit, each group in the list's order: `find` over a group
 * gives what `find` over the whole list gives for a text starting with that unit.
 */
function byFirstUnit(list: readonly string[]): Map<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const w of list) {
    const group = out.get(w[0]);
    if (group) group.push(w);
    else out.set(w[0], [w]);
  }
  return out;
}
const HEADS_BY_FIRST = byFirstUnit(HEADS);
const VERBS_BY_FIRST = byFirstUnit(VERBS);
const UNITS_BY_FIRST = byFirstUnit(UNITS);
const NO_WORDS: readonly string[] = [];
/** The first word of `groups` (see `byFirstUnit`) that `text` holds at `at`, or undefined. */
function wordAt(groups: Map<string, readonly string[]>, text: string, at: number): string | undefined {
  if (at >= text.length) return undefined;
  for (const w of groups.get(text[at]) ?? NO_WORDS) if (text.startsWith(w, at)) return w;
  return undefined;
}
/** The shortest of `END_WORDS`: a word shorter than this holds none. */
const END_WORD_MIN = Math.min(...END_WORDS.map((w) => w.length));

/** Does the text at `end` name what the slot stands for: a title, an organisation, a date part, a document number? */
function namesSlot(line: string, end: number): boolean {
  const R = line[end] ?? '';
  if (R === '') return false;
  if ('年月日号'.includes(R)) return true;
  // (The regex's first character is one of these; `字〔` starts with one too.)
  if ('字发办函〔［[(（'.includes(R) && (/^[字发办函]?[〔［[(（]\d{4}/.test(line.slice(end, end + 7)) || line.startsWith('字〔', end))) return true;
  if (wordAt(HEADS_BY_FIRST, line, end) !== undefined) return true;
  return ORG_CHARS.includes(R) && !ORG_WORDS.includes(line.slice(end, end + 2));
}

/**
 * `*` masks are judged by use, not position: `林**同志`, `请*同志讲话`, `*月*日`, `由****公司`,
 * `**镇`, `***字〔2024〕3号` are slots; `**粗体**` (a pair of emphasis runs) is emphasis in
 * Markdown and plain text alike; `*注` and `a*b` are not slots.
 */
function acceptStars(line: string, start: number, end: number, facts: LineFacts): boolean {
  const len = end - start;
  if (len > 6 || facts.rule || facts.paired.has(start)) return false;
  const L = line[start - 1] ?? '';
  const R = line[end] ?? '';
  if (isAsciiAlnum(L) || isAsciiAlnum(R)) return false;
  if (len === 1 && isAsteriskSign(line, start, end)) return false;
  if (namesSlot(line, end)) return true;
  if (len === 1) {
    if (isIdeo(L) && TITLES_AFTER.some((t) => t !== '等' && line.startsWith(t, end))) return true; // `张*同志`
    return L !== '' && MASK_BEFORE_ONE.includes(L) && isIdeo(R); // `对*来说`
  }
  if (len > 3) return isIdeo(L) || isIdeo(R);
  if (!isIdeo(L) && !(L.length > 0 && L.charCodeAt(0) >= 0xd800 && L.charCodeAt(0) <= 0xdfff)) return false;
  if (!isIdeo(R)) return true; // `张**、李**`, `林**。`
  if (TITLES_AFTER.some((t) => line.startsWith(t, end))) return true;
  const LL = line[start - 2] ?? '';
  if (!isIdeo(LL)) return true; // a one-character name before it: `，林**同志`
  // Mid-sentence between ideographs and paired with nothing (pairs were judged above): a mask.
  return true;
}

/**
 * Length in UTF-16 units of the number a letter run `[s, e)` sits in: the run and the digits and hyphens on either side, or
 * 0 when a decimal point or a unit follows it (`3xx6.4万`: an amount, not a phone or ID number).
 */
function maskedNumberLength(line: string, s: number, e: number): number {
  let a = s;
  while (a > 0 && /[0-9-]/.test(line[a - 1])) a--;
  let b = e;
  while (b < line.length && /[0-9-]/.test(line[b])) b++;
  if (b < line.length && /[.．万亿%％]/.test(line[b])) return 0;
  return b - a;
}

/** Verbs that put a mark on an item: `带*号的`, `标*的`, `加*者`, `打*号`. */
const MARK_VERBS = '带帶标標加打有注以用划劃画畫';

/**
 * A single `*` at `[start, end)` that is the asterisk sign a table or form explains, not a mask:
 * `带*号的为约束性指标`, `标*的为必填项`, `加*者`, and `*为必填项` / `*号为…` opening a note.
 * `第*号` and `〔2024〕*号` stay masks (the mark verbs do not precede them).
 */
function isAsteriskSign(line: string, start: number, end: number): boolean {
  const L = line[start - 1] ?? '';
  const R = line[end] ?? '';
  if (L !== '' && MARK_VERBS.includes(L)) return true;
  // At a note's start (the line's, or after `注：`): `*为必填项`, `*号项目为新增`, `*表示…`.
  const opens = L === '' || isWhite(L) || L === '：' || L === ':' || L === '（' || L === '(';
  return opens && (R === '为' || R === '號' || R === '号' || R === '表' || R === '者');
}

/** Unicode punctuation (ASCII and CJK), for the emphasis flanking rules. */
const isPunct = (c: string) => c !== '' && /[\p{P}\p{S}]/u.test(c);
const isWhite = (c: string) => c === '' || /\s/.test(c);

/** Percent and per-mille signs, ASCII and full width. */
const PERCENT = '%％‰';

/**
 * Two runs that could pair are masks, not emphasis, when the pair's use says so: around a single
 * character inside a word (`。*月*日`, `作***致***慰问信`), or both inside words with a clause
 * between them (`林**同志，林**同志`, `投资**亿元，增长**%`: the second before a percent sign). `**林**同志` and `这是**重点**内容` stay emphasis.
 */
function masksNotEmphasis(line: string, open: number, close: number, len: number): boolean {
  const before = line[open - 1] ?? '';
  // One bold character after punctuation (`，**县**里统筹`) is emphasis, unless what follows names a slot (`，**县**局`).
  if (close - (open + len) <= 1 && !isWhite(before)) return !(len === 2 && isPunct(before) && !namesSlot(line, close + len));
  if (close - open > 200) return false; // bounded: nested runs must not make this quadratic
  // A closing run before a percent sign stands where a number goes (`投资**亿元，增长**%`), as one before a word does.
  const inWord = (i: number) => isIdeo(line[i - 1] ?? '') && (isIdeo(line[i + len] ?? '') || (i === close && PERCENT.includes(line[i + len] ?? '-')));
  return inWord(open) && inWord(close) && /[，。；！？、：（）【】,;:!?()]/.test(line.slice(open + len, close));
}

/**
 * Emphasis pairs, after CommonMark's flanking rules: a run can open when the next character is not
 * a space and (not punctuation, or the previous is a space or punctuation); it can close in the
 * mirror case. Left to right, a closing run closes the last open run of its length. Returns the
 * starts of the runs that paired. `**年上半年，**镇` does not pair (`，**镇` cannot close).
 * Two CJK amendments: a closing run after Chinese closing punctuation (`closesAfterCjkPunct`), and an
 * opening run right after a word and before Chinese opening punctuation (`落实**“一户一档”**要求`,
 * `opensBeforeCjkPunct`), which pairs only with a run after closing punctuation or before a non-word.
 * The export reads a draft's emphasis through this pairing too (export/inline.ts keeps what the
 * scanner calls a placeholder and strips the rest).
 */
function pairEmphasis(line: string, runs: ReadonlyArray<[number, number]>): Set<number> {
  const paired = new Set<number>();
  const open = new Map<number, number[]>();
  // Openers accepted only by `opensBeforeCjkPunct`: they close on a stricter test.
  let cjkOpeners: Set<number> | undefined;
  for (const [a, b] of runs) {
    const len = b - a;
    const stack = open.get(len) ?? [];
    const before = line[a - 1] ?? '';
    const after = line[b] ?? '';
    const canOpen = !isWhite(after) && (!isPunct(after) || isWhite(before) || isPunct(before));
    const canClose = !isWhite(before) && (!isPunct(before) || isWhite(after) || isPunct(after));
    const top = stack.length > 0 ? stack[stack.length - 1] : -1;
    const closes =
      top >= 0 &&
      (cjkOpeners?.has(top)
        ? CJK_CLOSING_PUNCT.includes(before || '-') || (canClose && !isIdeo(after))
        : canClose || closesAfterCjkPunct(line, top, a, b));
    if (closes && !masksNotEmphasis(line, top, a, len)) {
      paired.add(stack.pop()!);
      paired.add(a);
    } else if (canOpen) stack.push(a);
    else if (opensBeforeCjkPunct(before, after)) {
      stack.push(a);
      (cjkOpeners ??= new Set()).add(a);
    }
    open.set(len, stack);
  }
  return paired;
}

/** Chinese punctuation that opens a quoted or bracketed phrase: `**“一户一档”**`, `**《条例》**`. */
const CJK_OPENING_PUNCT = '“‘（《「『【〔';

/**
 * An opening run between a word and Chinese opening punctuation (`落实**“一户一档”**要求`): CommonMark's
 * flanking rule refuses it (punctuation after, a letter before), but the writer means bold, as editors that
 * follow the CJK-friendly amendment read it. `before`, `after`: the characters around the run ('' at a line end).
 */
function opensBeforeCjkPunct(before: string, after: string): boolean {
  return after !== '' && CJK_OPENING_PUNCT.includes(after) && !isWhite(before);
}

/** Chinese punctuation that ends a bold run-in heading or phrase: `**（一）加强组织领导。**`. */
const CJK_CLOSING_PUNCT = '。！？；：”’）》」』】';

/**
 * A closing run after Chinese punctuation and before text (`**（一）加强组织领导。**市委`): CommonMark's
 * flanking rule refuses it, but a writer pasting from Markdown (and editors that follow the CJK-friendly
 * amendment) means bold. Accepted when the opening run at `open` starts the line or follows a space or
 * punctuation (not a mask inside a word: `由**主持。**年`), and the punctuation is not a comma
 * (`**年上半年，**镇` holds two masks).
 */
function closesAfterCjkPunct(line: string, open: number, a: number, b: number): boolean {
  const before = line[a - 1] ?? '';
  const openBefore = line[open - 1] ?? '';
  return before !== '' && CJK_CLOSING_PUNCT.includes(before) && !isWhite(line[b] ?? '') && (isWhite(openBefore) || isPunct(openBefore));
}

/** Blanks `____`; `__` only in a date (`__月__日`) or, in plain text, next to Chinese. */
function acceptBlank(line: string, start: number, end: number, markdown: boolean, facts: LineFacts): boolean {
  const L = line[start - 1] ?? '';
  const R = line[end] ?? '';
  if (isAsciiAlnum(L) || isAsciiAlnum(R)) return false; // identifiers: `__init__`, `a__b`
  if (facts.rule) return false; // a rule line or a thematic break
  if (start === facts.wrapStart || end === facts.wrapEnd) return false; // `___二、第二部分___`: emphasis, not blanks
  if (end - start >= 3) return true;
  if ('年月日'.includes(R) && R !== '') return true;
  if ('年月'.includes(L) && L !== '') return true;
  return !markdown && (isWide(L) || isWide(R));
}

// ---------------------------------------------------------------------------------------------
// Bracket prompts

const BRACKET_RE = /【([^【】\n]{0,24})】|〔([^〔〕\n]{0,24})〕|［([^［］\n]{0,24})］|〖([^〖〗\n]{0,24})〗|（([^（）\n]{0,60})）|\(([^()\n]{0,60})\)|\[([^[\]\n]{0,24})\]|\{\{([^{}\n]{1,24})\}\}|\{([^{}\n]{1,24})\}|〈([^〈〉\n]{1,24})〉|[<＜]([^<>＜＞\n]{1,24})[>＞]|«([^«»\n]{1,24})»/gu;

const SLOT_NAME_RE = new RegExp(`^(?:${SLOT_NAMES})$`, 'u');

/** Is the bracket match a prompt to fill? */
function acceptBracket(line: string, m: RegExpExecArray): boolean {
  const open = m[0][0];
  const inner = m.slice(1).find((g) => g !== undefined) ?? '';
  const content = inner.replace(/[\s\u3000\u00a0]+/g, '');
  const fullWidth = '【〔［〖（'.includes(open);
  const before = line[m.index - 1] ?? '';
  const after = line[m.index + m[0].length] ?? '';
  if (content === '') {
    // ASCII `( )` between Chinese words is a blank too (`第( )号`, `为(    )人`); `foo()` and `[链接]()` are not.
    if (open === '(') return isWide(before) && before !== '“' && (isWide(after) || after === '%');
    // `【】`, `〔 〕`, `（ ）`; ASCII `[]` are code or Markdown task boxes; `“〔〕”` names a symbol.
    return fullWidth && !('“"「‘'.includes(before) && before !== '' && '”"」’'.includes(after) && after !== '');
  }
  // A note that the value is still to come, before its unit: `完成投资（待补充）亿元`, `增长（待定）%`.
  if ((open === '（' || open === '(') && PENDING_RE.test(content) && (after === '%' || after === '％' || (after !== '' && MEASURE.includes(after)) || after === '亿')) return true;
  if (open === '[') {
    if (after === '(' || after === '[' || after === ':') return false; // a link or reference
  }
  const round = open === '（' || open === '(';
  // An instruction that points at its own place is a slot even right after a word: `投资（此处填写金额）万元`.
  if (round && /^(?:此处|此處|在此|这里|這裡)/.test(content) && INSTRUCTION_RE.test(content) && !NOT_INSTRUCTION_RE.test(content)) return true;
  // The sample's text cut where the writer's own goes: `……（此处省略）`, `（此处省略500字）`.
  if (round && /^(?:此处|此處)省略/.test(content)) return true;
  if (round && content.length > 24) return LONG_INSTRUCTION_RE.test(content) && !NOT_INSTRUCTION_RE.test(content);
  // A slot name or an instruction after a verb or preposition, or a slot name before a measure word, asks
  // for a value: `致（单位名称）`, `兹介绍（姓名）等`, `等（人数）人`, `請於（請填寫日期）前` (not `其他（请注明）`).
  if (round && isIdeo(before) && PROMPT_BEFORE.includes(before) && (SLOT_NAME_RE.test(content) || (INSTRUCTION_RE.test(content) && !NOT_INSTRUCTION_RE.test(content)))) return true;
  if (round && isIdeo(before) && SLOT_NAME_RE.test(content) && after !== '' && MEASURE.includes(after) && !MEASURE_WORDS.some((w) => line.startsWith(w, m.index + m[0].length))) return true;
  // A round bracket right after a word is an apposition: `各部门（单位）`, `单位名称（全称）`.
  if (round && isIdeo(before)) return false;
  if (round && content.split(/[/／、]/).length > 1 && content.split(/[/／、]/).every((p) => SLOT_NAME_RE.test(p))) return true; // `（单位全称/发文机关）`
  if (round && LONG_INSTRUCTION_RE.test(content) && !NOT_INSTRUCTION_RE.test(content)) return true;
  // A template's instruction in 【】: `【根据本单位实际情况填写】`, `【结合实际补充】` (as in round brackets).
  if (open === '【' && LONG_INSTRUCTION_RE.test(content) && !NOT_INSTRUCTION_RE.test(content)) return true;
  if ((open === '[' || open === '［' || open === '【') && /^[\u4e00-\u9fff]{2,16}$/.test(content)) {
    if (/^(?:具体|具體|详细|詳細|简述|簡述)/.test(content)) return true;
    if (open !== '【' && SLOT_TAIL_RE.test(content)) return true;
    // `县领导有：【领导姓名】。`, `请【讲话人姓名】同志讲话`: a slot name in 【】 inside a sentence. At the line's start
    // (after indentation or a list mark) it is a label with its value after it: `【活动时间】2024年5月6日`.
    if (open === '【' && SLOT_TAIL_RE.test(content) && !/^[\s\u3000>*+\-·•]*$/.test(line.slice(0, m.index))) return true;
  }
  if (open === '[') {
    const after = line[m.index + m[0].length] ?? '';
    if (after === '(' || after === '[' || after === ':') return false; // a link or reference
  }
  // A mail-merge field (Word shows `«姓名»`, `«Unit_Name»`): a field name in guillemets.
  if (open === '«') return /^[\p{L}\p{N}_]+$/u.test(inner);
  if (open === '{' && m[0][1] === '{') return /^[\p{L}\p{N}_.\s-]+$/u.test(inner); // `{{姓名}}`, `{{unit_name}}`
  // Single braces and angle quotes `〈〉` only around a Chinese slot name: `{单位名称}`, `{讲话人姓名}`, `〈年份〉`.
  if (open === '{' || open === '〈') return /^[\u4e00-\u9fff]{2,16}$/.test(content) && (SLOT_NAME_RE.test(content) || SLOT_TAIL_RE.test(content));
  // (Not one that points elsewhere or gives the filling to others: `（填写说明见附件2）`, `【由各单位填写】`.)
  if (INSTRUCTION_RE.test(content) && !NOT_INSTRUCTION_RE.test(content)) return true;
  if (SLOT_NAME_RE.test(content)) return open !== '<' || /[\u4e00-\u9fff]/.test(content);
  return false;
}

// ---------------------------------------------------------------------------------------------
// Group keys

/** BMP ideographs from `i` onwards, at most `max`. */
function ideoRun(line: string, i: number, max: number): string {
  let j = i;
  while (j < line.length && j - i < max && isIdeo(line[j])) j++;
  return line.slice(i, j);
}

/** The word after a slot that names it: `镇`, `同志`, `高质量发展`, `个`; '' when none. */
function suffixWord(line: string, end: number): string {
  const run = ideoRun(line, end, 6);
  if (run === '' || PARTICLES.includes(run[0])) return ''; // `XX等领域`, `XX的发展`
  if (wordAt(VERBS_BY_FIRST, run, 0) !== undefined) return '';
  // The word cannot reach past a particle: `XX工作和发展` → `XX工作`.
  let cut = 1;
  while (cut < run.length && !PARTICLES.includes(run[cut])) cut++;
  const w = run.slice(0, cut);
  const head = wordAt(HEADS_BY_FIRST, w, 0);
  if (head) return head;
  const unit = wordAt(UNITS_BY_FIRST, w, 0);
  if (unit) return unit;
  // `XX镇防汛工作` → `XX镇`: an administrative or organisational suffix ends the name.
  if (ORG_CHARS.includes(w[0]) && !ORG_WORDS.includes(w.slice(0, 2))) return w[0];
  if (MEASURE.includes(w[0]) && !MEASURE_WORDS.some((x) => w.startsWith(x))) return w[0];
  let best = 0;
  if (w.length >= END_WORD_MIN) for (const ew of END_WORDS) {
    for (let k = w.indexOf(ew); k >= 0 && k + ew.length <= 5; k = w.indexOf(ew, k + 1)) best = Math.max(best, k + ew.length);
  }
  if (best > 0) return w.slice(0, best);
  return w.slice(0, 2);
}

/** The word before a bare slot: `现代化`, `美丽新`, `书记`; '' when none. */
function prefixWord(line: string, start: number, floor: number): string {
  let i = start;
  while (i > floor && start - i < 3 && isIdeo(line[i - 1]) && !PARTICLES.includes(line[i - 1])) i--;
  const w = line.slice(i, start);
  const t = TITLES_BEFORE.find((x) => start - x.length >= floor && line.startsWith(x, start - x.length));
  return t ?? w;
}

// ---------------------------------------------------------------------------------------------
// Scanning

/**
 * Ranges `[start, end)` of a Markdown line that are inline code: a run of n backticks up to the
 * next run of exactly n. One pass over the runs (a regex would backtrack on unmatched runs).
 */
function inlineCode(line: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== '`') continue;
    let j = i;
    while (j < line.length && line[j] === '`') j++;
    runs.push([i, j]);
    i = j - 1;
  }
  const out: Array<[number, number]> = [];
  const nextOfLength = new Map<number, number>(); // length → index of the next unused run scanned from
  const byLength = new Map<number, number[]>();
  runs.forEach(([a, b], k) => {
    const list = byLength.get(b - a);
    if (list) list.push(k);
    else byLength.set(b - a, [k]);
  });
  for (let k = 0; k < runs.length; k++) {
    const [a, b] = runs[k];
    const list = byLength.get(b - a)!;
    let p = nextOfLength.get(b - a) ?? 0;
    while (p < list.length && list[p] <= k) p++;
    nextOfLength.set(b - a, p);
    if (p >= list.length) continue;
    const close = list[p];
    out.push([a, runs[close][1]]);
    nextOfLength.set(b - a, p + 1);
    k = close; // runs inside the span are code
  }
  return out;
}

const SENT = '\uE000';
// Every pattern that starts with a run of sentinels starts only at the run's first one
// (`(?<!\uE000)`), so a long run costs one backtrack, not one per position.
const DATE_RE = /(?<![\uE000\d])(?:\uE000+|[0-9]{2,4}|[〇○零一二三四五六七八九]{2,4})年(?:(?:\uE000+|[0-9]{1,2})月(?:(?:\uE000+|[0-9]{1,2})日)?)?|(?<![\uE000\d])(?:\uE000+|[0-9]{1,2})月(?:\uE000+|[0-9]{1,2})日|(?<!\uE000)\uE000+[年月日]/gu;
const SUM_RE = /(?<!\uE000)\uE000+[+＋]\uE000+/gu;
/** A code or number with slots: `0XXX-XXXXXXX`, `138XXXXXXXX` (must hold a digit or a hyphen). */
const CODE_RE = /(?<![0-9A-Za-z\uE000-])[0-9\uE000](?:[0-9\uE000-]*[0-9\uE000])?(?![0-9A-Za-z])/gu;
const DOCNO_RE = /(?:(?<!\uE000)\uE000+[办政党委府组宣纪法发函字令电通复呈]{0,3})?(?:〔[\uE000\d\s\u3000]*〕|[(（［\[](?:\uE000+|\d{4})[)）］\]])(?:\uE000+|\d+)号/gu;

/** Verbs and prepositions (their last character) before a bracketed slot name: `致（单位名称）`, `介绍（姓名）`, `于（日期）`. */
const PROMPT_BEFORE = '致向由在于经为与给请派绍往到至赴对把被将从同是任邀於經為與給請紹對將從';

/** A value still to come: `待补`, `待补充`, `待完善`, `待核实`, `待定`. */
const PENDING_RE = /^(?:待补|待補|待补充|待補充|待完善|待核实|待核實|待确认|待確認|待定|待填|待更新)$/u;

/** An opening square bracket and a slot name with nothing after them on the line (the `[年月日` of `[年月日]`). */
const UNCLOSED_PROMPT_RE = /[【［\[]([\u4e00-\u9fff]{2,8})[ \t\u3000]*$/;

/**
 * A template program's prompt written in the text (PPT and Word templates): `单击此处添加标题`, `点击此处输入文字`,
 * `在此处输入文本内容`, up to the next clause mark (not the master slide's `单击此处编辑母版…`, residue).
 */
const TEXT_PROMPT_RE = /(?:单击|点击|双击|轻触)?此处(?!编辑母版)(?:添加|输入|编辑|插入)[^，。；,;！!？?\s]{0,20}|在此处?(?:输入|添加|插入)[^，。；,;！!？?\s]{0,20}/g;

/**
 * A short quotation followed by the word that says it is a form of words (`“第X条”的形式`, `“XX条例”的名称`,
 * `“X年X月X日”的格式`) or defines it (`“XX”表示两位数字的区县码`): a regulation or a guide describing how a text is written.
 */
const MENTION_RE = /“([^“”\n]{1,12})”(?=的?(?:形式|格式|名称|写法|表述|提法|说法)|(?:表示|代表|指代|意为))/g;

/**
 * A quotation after the words that say it is the prescribed form (`格式为“×政发〔××××〕×号”`,
 * `表述为“本规定自××××年××月××日起施行”`): a regulation or a notice fixing how a text is written, its `×` the
 * places each writer fills. Not `比如“为做好×××工作……”` (an example the writer is to adapt) or `注明“……”`.
 */
const PRESCRIBED_RE = /(?:格式为|格式是|格式统一为|表述为|统一表述为|写法为|样式为)[：:]?“([^“”\n]{1,40})”/g;

/** The ranges `[start, end)` of the quotations `MENTION_RE` and `PRESCRIBED_RE` find in `line`. */
function mentions(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  MENTION_RE.lastIndex = 0;
  for (let m = MENTION_RE.exec(line); m; m = MENTION_RE.exec(line)) out.push([m.index, m.index + m[0].length]);
  PRESCRIBED_RE.lastIndex = 0;
  for (let m = PRESCRIBED_RE.exec(line); m; m = PRESCRIBED_RE.exec(line)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Placeholders on one line, as line-relative ranges with their keys. */
function scanLine(line: string, markdown: boolean, out: (s: number, e: number, weak: boolean, group: string, keyStart: number) => void): void {
  const code = markdown && line.includes('`') ? inlineCode(line) : [];
  const inCode = (s: number, e: number) => code.length > 0 && overlaps(code, s, e);

  // 1. Atoms.
  const facts: LineFacts = { rule: /^[\s_＿▁﹍﹏\-*—Ｏ◎●]+$/.test(line), slotOnly: /^[\s\u3000]*[XxＸｘ×ⅹⅩ]+(?:[\s\u3000,，、.。;；:：/-]+[XxＸｘ×ⅹⅩ]+)*[\s\u3000]*$/.test(line), paired: new Set(), runsOfLength: new Map(), rating: (line.includes('●') || line.includes('◎') || line.includes('★')) && RATING_MIX_RE.test(line), wrapStart: -1, wrapEnd: -1 };
  if (markdown && line.includes('_')) [facts.wrapStart, facts.wrapEnd] = underscoreWrap(line);
  // The letters the line uses as variables (`（N为接种次数）`, `1+N`): computed once, when a one-letter atom first asks.
  let variables: string | undefined;
  const isVariable = (letter: string) => (variables ??= variableLetters(line)).includes(letter);
  // Whether the line holds a formula (`=` `＝` `∑`): tested once, when a single `×` first asks.
  let formula: boolean | undefined;
  // Whether the line is a caption framed by dashes: tested once, when a dash atom first asks.
  let framed: boolean | undefined;
  if (line.includes('*')) {
    const runs = [...line.matchAll(/\*+/g)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
    for (const [a, b] of runs) facts.runsOfLength.set(b - a, (facts.runsOfLength.get(b - a) ?? 0) + 1);
    facts.paired = pairEmphasis(line, runs);
  }
  const atoms: Atom[] = [];
  ATOM_RE.lastIndex = 0;
  for (let m = ATOM_RE.exec(line); m; m = ATOM_RE.exec(line)) {
    const s = m.index;
    const e = s + m[0].length;
    const c = m[0][0];
    let ok: boolean;
    let weak = false;
    if (c === '1' || c === '2') ok = true; // a year with slots, bounded by the regex
    else if ('YyMmDd'.includes(c)) ok = acceptDateFormat(line, s, e);
    else if (c === 'N') ok = isIdeo(line[s - 1] ?? '') && (!MEASURE_WORDS.some((w) => line.startsWith(w, e)) || line.startsWith('亿元', e) || line.startsWith('万元', e)) && !line.startsWith('次方', e) && !isVariable(c); // not `2的N次方`, not `1+N` … `N个`
    else if (isLetterSlot(c) && /[.．]/.test(m[0])) ok = acceptDecimal(line, s, e);
    // A run of letters between two digits of a phone or ID number masks its middle (`0739-5XXX000`, `3601XXXXXXXX1234`), as
    // `138****1234` does: published so on purpose, not a slot (an amount with digits cut out, `3xx6.4万人`, still is one).
    else if (isLetterSlot(c) && isAsciiDigit(line.charCodeAt(s - 1)) && isAsciiDigit(line.charCodeAt(e)) && maskedNumberLength(line, s, e) >= 9) ok = false;
    else if (isLetterSlot(c)) ok = acceptLetterRun(line, s, e, facts.slotOnly) && !(e - s === 1 && isVariable(c)) && !(c === '×' && e - s === 1 && timesSign(line, s, (formula ??= FORMULA_RE.test(line)))); // `这里X取2.5`: X is a variable
    else if (facts.rating && RATING_DOTS.includes(c) && inRating(line, s, e)) ok = false; // `良好●●●●○`
    else if (c === '-' || c === '－') ok = (s === 0 || isWide(line[s - 1]) || isSpace(line[s - 1])) && !(framed ??= FRAMED_CAPTION_RE.test(line)); // `------村`, not `-----原始邮件-----`
    else if (e - s === 1 && '○〇◯□△'.includes(c)) ok = s === 0 || !CN_YEAR_DIGITS.includes(line[s - 1]); // `○月○日`, not `二〇年`
    else if ('○〇◯'.includes(c)) ok = !inChineseNumber(line, s, e);
    else if ('Ｏ◎●'.includes(c)) ok = e - s <= 8 && !facts.rule && (isIdeo(line[s - 1] ?? '') || isIdeo(line[e] ?? ''));
    else if (c === '—') ok = acceptDashRule(line, s, e, facts);
    else if (c === '*' || c === '＊') ok = acceptStars(line, s, e, facts); // one `＊` is judged as one `*`: `张＊同志`
    else if ('_＿▁﹍﹏'.includes(c)) ok = acceptBlank(line, s, e, markdown, facts);
    else if (c === '某' || (c === '…' && e - s < 4)) (ok = true), (weak = true);
    else if (c === '…' && isPageNumberTail(line.slice(e))) ok = false; // a table-of-contents leader: `总则…………………1`
    else ok = true; // □□ △△ ＊＊ ……
    if (ok && !inCode(s, e)) atoms.push({ start: s, end: e, weak });
  }
  if (line.includes(' ') || line.includes('\u3000')) {
    SPACE_SLOT_RE.lastIndex = 0;
    for (let m = SPACE_SLOT_RE.exec(line); m; m = SPACE_SLOT_RE.exec(line)) {
      const e = m.index + m[0].length;
      if (MEASURE_WORDS.some((w) => line.startsWith(w, e))) continue;
      atoms.push({ start: m.index, end: e, weak: false, blank: true });
    }
    BLANK_DATE_RE.lastIndex = 0;
    for (let m = BLANK_DATE_RE.exec(line); m; m = BLANK_DATE_RE.exec(line)) atoms.push({ start: m.index, end: m.index + m[0].length, weak: false, blank: true });
    BODY_BLANK_DATE_RE.lastIndex = 0;
    // From the year's first digit: the whole date is the slot (`2024年　月　日`).
    for (let m = BODY_BLANK_DATE_RE.exec(line); m; m = BODY_BLANK_DATE_RE.exec(line)) atoms.push({ start: m.index - 4, end: m.index + m[0].length, weak: false, blank: true });
    UNIT_BLANK_RE.lastIndex = 0;
    for (let m = UNIT_BLANK_RE.exec(line); m; m = UNIT_BLANK_RE.exec(line)) atoms.push({ start: m.index, end: m.index + m[0].length, weak: false, blank: true });
    YEAR_BLANK_RE.lastIndex = 0;
    // From the year's 2: `20　　年　　月` is one slot.
    for (let m = YEAR_BLANK_RE.exec(line); m; m = YEAR_BLANK_RE.exec(line)) atoms.push({ start: m.index - 1, end: m.index + m[0].length, weak: false, blank: true });
    atoms.sort((a, b) => a.start - b.start);
  }

  // A slot quoted as a form of words, not used as one: `采用“第X条”的形式`, `不得使用“XX条例”的名称`, `格式为“×政发〔××××〕×号”`.
  if (atoms.length > 0 && line.includes('“')) {
    const quoted = mentions(line);
    if (quoted.length > 0) {
      const kept = atoms.filter((a) => !quoted.some(([qs, qe]) => qs <= a.start && a.end <= qe));
      atoms.length = 0;
      atoms.push(...kept);
    }
  }

  // 2. Bracket prompts (a bracket that holds an atom is left to the atom: `【XX】`).
  let prompts: Atom[] = [];
  const atomRanges: Array<[number, number]> = atoms.map((a) => [a.start, a.end]);
  if (/[【〔［〖（(\[{<＜〈«]/.test(line)) {
    BRACKET_RE.lastIndex = 0;
    for (let m = BRACKET_RE.exec(line); m; m = BRACKET_RE.exec(line)) {
      const s = m.index;
      const e = s + m[0].length;
      if (inCode(s, e) || overlaps(atomRanges, s, e)) continue;
      if (acceptBracket(line, m)) prompts.push({ start: s, end: e, weak: false });
      // A refused bracket may hold a prompt of its own: `本单位（[请输入单位名称]）`.
      else if (/[【〔［〖（(\[{<＜〈«]/.test(m[0].slice(1))) BRACKET_RE.lastIndex = s + 1;
    }
  }
  // A prompt whose closing bracket was lost at the line's end (a PDF's line break): `出具日期：[年月日`.
  const open = UNCLOSED_PROMPT_RE.exec(line);
  if (open && (SLOT_NAME_RE.test(open[1]) || SLOT_TAIL_RE.test(open[1])) && !inCode(open.index, line.length) && !overlaps(atomRanges, open.index, line.length)) prompts.push({ start: open.index, end: open.index + 1 + open[1].length, weak: false });
  // A template program's prompt in the text: `单击此处添加标题`, `在此处输入文本内容`.
  if (line.includes('此')) {
    TEXT_PROMPT_RE.lastIndex = 0;
    for (let m = TEXT_PROMPT_RE.exec(line); m; m = TEXT_PROMPT_RE.exec(line)) {
      const s = m.index;
      const e = s + m[0].length;
      if (!inCode(s, e) && !overlaps(atomRanges, s, e) && !prompts.some((p) => p.start < e && s < p.end)) prompts.push({ start: s, end: e, weak: false });
    }
    prompts.sort((a, b) => a.start - b.start);
  }
  if (atoms.length === 0 && prompts.length === 0) return;

  // 3. Compounds: dates, sums and document numbers made of atoms merge into one placeholder.
  type Unit = { start: number; end: number; weak: boolean; compound: boolean; blank?: boolean };
  let units: Unit[] = atoms.map((a): Unit => ({ start: a.start, end: a.end, weak: a.weak, compound: false, blank: a.blank }));
  const strong = atoms.filter((a) => !a.weak && !a.blank);
  if (strong.length > 0 || prompts.some((p) => line[p.start] === '〔')) {
    const masked = maskAtoms(line, strong);
    const found: Array<[number, number]> = [];
    for (const re of [DOCNO_RE, DATE_RE, SUM_RE, CODE_RE]) {
      if (!mayMatchCompound(re, line)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(masked); m; m = re.exec(masked)) {
        let s = m.index;
        const e = m.index + m[0].length;
        if (!m[0].includes(SENT) && !/〔[\s\u3000]*〕/.test(m[0])) continue;
        if (re === CODE_RE && (m[0].length < 4 || !/[0-9-]/.test(m[0]))) continue;
        if (re === DATE_RE) s += m[0].search(/\uE000/); // `2024年X月` → the slot part `X月`
        found.push([s, e]);
      }
    }
    if (found.length > 0) {
      // The leftmost (then longest) match wins where two patterns overlap.
      found.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
      const spans: Array<[number, number]> = [];
      for (const r of found) if (spans.length === 0 || spans[spans.length - 1][1] <= r[0]) spans.push(r);
      units = units.filter((u) => !overlaps(spans, u.start, u.end));
      for (const [a, b] of spans) units.push({ start: a, end: b, weak: false, compound: true });
      // An empty 〔 〕 inside a document number is part of it.
      prompts = prompts.filter((p) => !overlaps(spans, p.start, p.end));
    }
  }
  for (const p of prompts) units.push({ start: p.start, end: p.end, weak: p.weak, compound: true, blank: p.blank }); // no spread: a line may hold 10⁵ of them
  units.sort((a, b) => a.start - b.start);

  // 4. Keys.
  let floor = 0;
  for (const u of units) {
    const text = line.slice(u.start, u.end);
    const isPrompt = '【〔［〖（([{<＜〈'.includes(text[0]) || text.includes('此');
    let key: string;
    let keyStart = u.start;
    let keyEnd = u.end;
    if (u.blank && (text.startsWith('年') || text.startsWith('20'))) {
      key = text; // `年 月 日`, `20　　年　　月`
    } else if (u.blank) {
      // `由 人组成` → key `由 人`: the word before and the measure after name the count.
      keyStart = u.start - 1;
      keyEnd = u.end + 1;
      key = line.slice(keyStart, keyEnd);
    } else if (isPrompt || (u.compound && /[年月日号]$/.test(text))) {
      key = text;
    } else if (line.startsWith('党的', u.start - 2) && u.start - 2 >= floor && line[u.end] === '大') {
      keyStart = u.start - 2;
      keyEnd = u.end + 1;
      key = line.slice(keyStart, keyEnd);
    } else {
      // Emphasis markers between the slot and its word are skipped: `*XX*同志` → `XX同志`.
      let after = u.end;
      if (markdown) while (after < line.length && after - u.end < 3 && '*_~'.includes(line[after])) after++;
      const suffix = suffixWord(line, after);
      if (suffix === '') after = u.end;
      const di = line[u.start - 1] === '第' && u.start - 1 >= floor;
      if (di) keyStart = u.start - 1;
      if (suffix === '' && !di) {
        const prefix = prefixWord(line, u.start, floor);
        keyStart = u.start - prefix.length;
      }
      // A person: the title before the slot tells people apart (`书记XX同志`, `县长XX同志`).
      if (PERSON_WORDS.includes(suffix) && !di) {
        const title = TITLES_BEFORE.find((x) => x !== suffix && u.start - x.length >= floor && line.startsWith(x, u.start - x.length));
        if (title) keyStart = u.start - title.length;
      }
      keyEnd = after + suffix.length;
      key = line.slice(keyStart, u.end) + suffix;
    }
    floor = keyEnd;
    out(u.start, u.end, u.weak, key, keyStart);
  }
}

/** Does `[s, e)` overlap a range of `ranges` (sorted by start, disjoint)? Binary search. */
export function overlaps(ranges: ReadonlyArray<[number, number]>, s: number, e: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][1] <= s) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo][0] < e;
}

/**
 * False when `re` (one of the compound patterns) cannot match the masked `line` for want of a character
 * every match of it holds: 号 for a document number, 年 月 or 日 for a date, a plus sign for a sum, a digit
 * or a hyphen for a code (one without either is dropped after the match).
 */
function mayMatchCompound(re: RegExp, line: string): boolean {
  if (re === DOCNO_RE) return line.includes('号');
  if (re === DATE_RE) return line.includes('年') || line.includes('月') || line.includes('日');
  if (re === SUM_RE) return line.includes('+') || line.includes('＋');
  return /[0-9-]/.test(line);
}

function maskAtoms(line: string, atoms: readonly Atom[]): string {
  let out = '';
  let pos = 0;
  for (const a of atoms) {
    out += line.slice(pos, a.start) + SENT.repeat(a.end - a.start);
    pos = a.end;
  }
  return out + line.slice(pos);
}

/** Lines whose text a reader sees as the document: not code, front matter or HTML comments. */
export function visible(line: Line): boolean {
  return line.scope === 'text' || line.scope === 'table' || line.scope === 'quote';
}

/** One placeholder of a line as `scanLine` reports it: offsets relative to the line's start. */
interface LineHit {
  s: number;
  e: number;
  weak: boolean;
  group: string;
  keyStart: number;
}

function lineHits(text: string, markdown: boolean): LineHit[] {
  const hits: LineHit[] = [];
  // detached: an entry outlives the version of the text it was computed on (see memo.ts)
  scanLine(text, markdown, (s, e, weak, group, keyStart) => hits.push({ s, e, weak, group: detach(group), keyStart }));
  return hits;
}

/** What the scanner finds on one line: its placeholders and its field labels (offsets relative to the line). */
interface LineScan {
  hits: readonly LineHit[];
  labels: readonly FieldLabel[];
}

const NO_HITS: readonly LineHit[] = [];
const NO_LABELS: readonly FieldLabel[] = [];
const NOTHING: LineScan = { hits: NO_HITS, labels: NO_LABELS };

/**
 * The scan of a visible line's text (a pure function of the text). `whole` and `start` locate the same text
 * in the document (`whole.slice(start, start + text.length) === text`), which the first pass reads faster.
 */
function scanOf(text: string, markdown: boolean, whole: string, start: number): LineScan {
  const hits = mayHoldPlaceholder(whole, start, start + text.length) ? lineHits(text, markdown) : NO_HITS;
  const labels = text.length > 400 ? NO_LABELS : fieldLabels(text);
  return hits.length === 0 && labels.length === 0 ? NOTHING : { hits, labels };
}

/** Every unfilled placeholder in the document's prose, in order. */
export function findPlaceholders(source: Source): PlaceholderMatch[] {
  const out: PlaceholderMatch[] = [];
  const markdown = source.language === 'markdown';
  // Per visible line, kept across versions (see line-values.ts); undefined for the other lines.
  const scans = lineValues(source, markdown ? 'placeholders.lineScan.md' : 'placeholders.lineScan', visible, (t, line) => scanOf(t, markdown, source.text, line.start));
  const lines = source.lines;
  for (let i = 0; i < lines.length; i++) {
    const hits = scans[i]?.hits;
    if (hits === undefined || hits.length === 0) continue;
    const line = lines[i];
    const text = source.lineText(line);
    for (const h of hits) {
      // `…………` alone on a line of a quotation marks omitted paragraphs, not a gap to fill.
      if (text.charCodeAt(h.s) === 0x2026 && h.e - h.s >= 4 && omittedParagraphs(source, i, text)) continue;
      out.push({ start: line.start + h.s, end: line.start + h.e, text: text.slice(h.s, h.e), group: h.group, weak: h.weak, keyStart: line.start + h.keyStart });
    }
  }
  const fields = findEmptyFields(source, scans);
  if (fields.length === 0) return out;
  // A label whose value is a slot found above (`日期： 年 月 日`) is reported once, by its slot.
  const taken = out.map((m) => m.start).sort((a, b) => a - b);
  const merged = out.concat(fields.filter((f) => !anyWithin(taken, f.start, f.end + 2)));
  return merged.sort((a, b) => a.start - b.start);
}

/**
 * A line holding nothing but an ellipsis of four or more `…` (twelve dots or more), with an opening quotation
 * mark before it, a closing one (and a full stop) after it, and a Markdown quote's `>` allowed. Groups: the
 * opening mark, the closing one.
 */
const OMISSION_LINE_RE = /^[ \t\u3000>]*([“‘「『]?)…{4,}。?([”’」』]?)[ \t\u3000]*$/;

/**
 * Does line `i` (0-based; `text` its text) mark paragraphs left out of a quotation? Two ellipses together
 * (twelve dots) alone on a line mark omitted paragraphs (GB/T 15834-2011 §4.11); inside a quotation they are
 * the quoting writer's punctuation, not a template's gap: the line opens or closes with a quotation mark (each
 * paragraph of a quotation opens with one, GB/T 15834-2011 §4.8), is a Markdown quote, or stands between a
 * paragraph that leaves a quotation open (more `“` than `”`) and one that closes it. A lone `…………` elsewhere
 * stays a placeholder (a template's `此处展开` gap).
 */
function omittedParagraphs(source: Source, i: number, text: string): boolean {
  const m = OMISSION_LINE_RE.exec(text);
  if (!m) return false;
  if (m[1] !== '' || m[2] !== '' || source.lines[i].scope === 'quote') return true;
  return quoteBalance(neighbourText(source, i, -1)) > 0 || quoteBalance(neighbourText(source, i, 1)) < 0;
}

/** The text of the nearest line before (`step` -1) or after (+1) line `i` that is not blank, within two lines; '' if none. */
function neighbourText(source: Source, i: number, step: -1 | 1): string {
  for (let j = i + step, n = 0; j >= 0 && j < source.lines.length && n < 3; j += step, n++) {
    const t = source.lineText(source.lines[j]);
    if (t.trim() !== '') return t;
  }
  return '';
}

/** Opening minus closing double quotation marks (`“” 「」`) of `text`: above 0 when it leaves a quotation open. */
function quoteBalance(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x201c || c === 0x300c) n++;
    else if (c === 0x201d || c === 0x300d) n--;
  }
  return n;
}

/** Is any of the sorted numbers `sorted` within `[lo, hi]`? (binary search) */
function anyWithin(sorted: readonly number[], lo: number, hi: number): boolean {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (sorted[mid] < lo) a = mid + 1;
    else b = mid;
  }
  return a < sorted.length && sorted[a] <= hi;
}

// ---------------------------------------------------------------------------------------------
// Empty field labels

/** One label and what follows it up to the next label or the line end. */
const FIELD_RE = new RegExp(`([\\u4e00-\\u9fff]{0,10}(?:${FIELD_NOUNS})(?:[（(][\\u4e00-\\u9fff]{1,4}[)）])?)[ \\u3000]*[:：]`, 'gu');

interface FieldLabel {
  start: number; // line-relative
  end: number; // after the colon
  empty: boolean;
}

const NO_FIELD_LABELS: FieldLabel[] = [];

/** The longest label `FIELD_RE` matches before its spaces and colon: ten ideographs, a noun, a bracket of four. */
const LABEL_MAX = 10 + Math.max(...FIELD_NOUNS.split('|').map((w) => w.length)) + 6;

/** 1 for the last character of a field noun and for a closing round bracket: what a label ends with. */
const LABEL_LAST = new Uint8Array(0x10000);
for (const w of FIELD_NOUNS.split('|')) LABEL_LAST[w.charCodeAt(w.length - 1)] = 1;
for (const ch of ')）') LABEL_LAST[ch.charCodeAt(0)] = 1;

/**
 * Where the first possible label of `line` ends: the first colon (: or ：) whose nearest character before
 * it other than a space or U+3000 may end a label (`LABEL_LAST`), as the offset right after that character;
 * -1 when there is none (then `FIELD_RE` matches nothing: each match ends so).
 */
function firstLabelEnd(line: string): number {
  const a = labelColon(line, '：');
  const b = labelColon(line, ':');
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** `firstLabelEnd` for the colons `colon` of `line` alone. */
function labelColon(line: string, colon: string): number {
  for (let i = line.indexOf(colon); i >= 0; i = line.indexOf(colon, i + 1)) {
    let j = i;
    while (j > 0 && (line.charCodeAt(j - 1) === 0x20 || line.charCodeAt(j - 1) === 0x3000)) j--;
    if (j > 0 && LABEL_LAST[line.charCodeAt(j - 1)] === 1) return j;
  }
  return -1;
}

/** A label holding 各 or 有关/所属/直属 names readers (`市直各单位：`, `市直有关单位：`), not a field to fill in. */
const ADDRESSEE_WORD = /各|有关|所属|直属/;

/** The field labels of a line (`label：value`), each marked empty or not; [] for a numbered heading. */
function fieldLabels(line: string): FieldLabel[] {
  const labelEnd = firstLabelEnd(line);
  if (labelEnd < 0) return NO_FIELD_LABELS;
  const lead = line.search(/[^ \t\u3000]/);
  if (lead < 0 || /^(?:\d{1,2}[.、．]|[（(][\d一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])/.test(line.slice(lead))) return NO_FIELD_LABELS;
  const found: Array<[number, number]> = [];
  // No match starts more than LABEL_MAX units before the end of the first label that can be one.
  FIELD_RE.lastIndex = Math.max(0, labelEnd - LABEL_MAX);
  for (let m = FIELD_RE.exec(line); m; m = FIELD_RE.exec(line)) {
    // A label starts a line or follows a space (`日期： 年 月 日 联系电话：`).
    if (m.index > lead && !/[ \t\u3000]/.test(line[m.index - 1])) continue;
    // `各单位：` `市直各单位：` `县直有关单位：` address the readers (a 主送机关 or a salutation), they ask for no value.
    if (ADDRESSEE_WORD.test(m[1])) continue;
    found.push([m.index, m.index + m[0].length]);
  }
  return found.map(([a, b], k) => {
    const rest = line.slice(b, k + 1 < found.length ? found[k + 1][0] : line.length);
    return { start: a, end: b, empty: /^[ \t\u3000]*(?:年[ \u3000]+月[ \u3000]+日[ \u3000]*)?$/.test(rest) };
  });
}

/**
 * Empty field labels in the document's visible lines. A line with two or more empty labels, or a
 * block of three or more label lines of which two are empty, is a form left blank (`form`); one
 * empty label at a line end is `single` (it may introduce the next line).
 */
function findEmptyFields(source: Source, scans: ReadonlyArray<LineScan | undefined>): PlaceholderMatch[] {
  const out: PlaceholderMatch[] = [];
  // The labels of line i (none for a line that is not visible).
  const perLine = (i: number): readonly FieldLabel[] => scans[i]?.labels ?? NO_LABELS;
  for (let i = 0; i < scans.length; ) {
    if (perLine(i).length === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < scans.length && perLine(j).length > 0) j++;
    let empties = 0;
    for (let k = i; k < j; k++) empties += countEmpty(perLine(k));
    const block = j - i >= 3 && empties >= 2;
    for (let k = i; k < j; k++) {
      const line = source.lines[k];
      const text = source.lineText(line);
      const form = block || countEmpty(perLine(k)) >= 2;
      // A lone label whose value went onto the next line (`监督电话：` / `0791-86567891`, a PDF paste; `学习平台网址：`,
      // a blank line, `www.example.gov.cn`) is filled.
      const valueBelow = !form && VALUE_LINE.test(nextNonBlank(source, k));
      for (const f of perLine(k)) {
        if (!f.empty || valueBelow) continue;
        const label = text.slice(f.start, f.end);
        out.push({ start: line.start + f.start, end: line.start + f.end, text: label, group: label.replace(/[:：]$/, ''), weak: false, keyStart: line.start + f.start, field: form ? 'form' : 'single' });
      }
    }
    i = j;
  }
  return out;
}

/**
 * A line that is only a value: a number, a phone or an account (digits, spaces, - — ( ) and a trailing 转
 * extension), a web address (`https://…`, `www.…`, a bare domain `ynce.gov.cn/xx`) or an e-mail address.
 */
const VALUE_LINE =
  /^[ \t\u3000]*(?:[+（(]?\d[\d \-—－()（）]{4,}(?:转\d{1,6})?|(?:https?:\/\/|www\.)[^\s\u3000]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cn|com|net|org|gov|edu)(?:\/[^\s\u3000]*)?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[ \t\u3000]*$/i;

/** The text of the first line after line `k` (0-based) that is not blank, within one blank line; '' if none. */
function nextNonBlank(source: Source, k: number): string {
  for (let j = k + 1; j < source.lines.length && j <= k + 2; j++) {
    const t = source.lineText(source.lines[j]);
    if (t.trim() !== '') return t;
  }
  return '';
}

/** How many of `labels` are empty. */
function countEmpty(labels: readonly FieldLabel[]): number {
  let n = 0;
  for (const f of labels) if (f.empty) n++;
  return n;
}

/**
 * The first pass over a line (`mayHoldPlaceholder`): a table of char codes that finds what a placeholder
 * needs before any regex runs. `ALONE` marks a character that may start one by itself: a letter slot
 * (every year with slots, `20XX` `202X`, holds one too), a star, an opening bracket. The low fifteen
 * bits mark the first (`T[c] & 0x7fff`) and, shifted by 16, the second character of a pair that an atom
 * needs (`PAIR_*`): a pair is found when `(prev & 0x7fff) << 16 & T[c]` is not 0.
 */
const ALONE = 0x8000;
/** `---` before Chinese text (`[-－]{3,}`). */
const PAIR_HYPHEN = 0x01;
/** `○○` `〇〇`. */
const PAIR_CIRCLE = 0x02;
/** `□□` `△△` `＊＊`. */
const PAIR_BOX = 0x04;
/** `__` `＿＿`. */
const PAIR_BLANK = 0x08;
/** `……` (`…{4,}`, `关于……的`). */
const PAIR_ELLIPSIS = 0x10;
/** `某某` `某年` `某月`. */
const PAIR_MOU = 0x20;
/** A space after a word that takes a count (`由 人组成`, `SPACE_SLOT_RE`) or after 年 (`年 月 日`, `BLANK_DATE_RE`). */
const PAIR_SPACE = 0x40;
/** Spaces before a unit, where an amount was left blank (`产值　　　　万元`, `UNIT_BLANK_RE`). */
const PAIR_UNIT = 0x80;
const FIRST_PASS = new Uint32Array(0x10000);
const mark = (chars: string, bits: number) => {
  for (const ch of chars) FIRST_PASS[ch.charCodeAt(0)] |= bits;
};
// `N` (a count before a measure word) and `«` (a mail-merge field) start one alone too.
mark(LETTER_SLOT + '*＊【〔［〖（([{<＜〈N«', ALONE);
// A long dash rule (`——————`) shares the pair bit of `---`.
mark('-－—', PAIR_HYPHEN | (PAIR_HYPHEN << 16));
mark('○〇◯Ｏ◎●', PAIR_CIRCLE | (PAIR_CIRCLE << 16));
mark('□△▽◇＊', PAIR_BOX | (PAIR_BOX << 16));
mark('_＿▁﹍﹏', PAIR_BLANK | (PAIR_BLANK << 16));
mark('…', PAIR_ELLIPSIS | (PAIR_ELLIPSIS << 16));
mark('某', PAIR_MOU);
mark('某年月', PAIR_MOU << 16);
// The letters of a date format (`YYYY年`, `MM月`, `DD日`) share it too: a letter then 年, 月 or 日.
mark('YyMmDd', PAIR_MOU);
mark('日', PAIR_MOU << 16);
// And one filler before a date part: `○月○日`, `□年`, `△号`.
mark('○〇◯□△', PAIR_MOU);
mark('号', PAIR_MOU << 16);
// `此处` and `在此输入` (`TEXT_PROMPT_RE`) share the pair bit of 某某.
mark('此', PAIR_MOU);
mark('处输添插', PAIR_MOU << 16);
mark('由设有共计任员长选派约达分年', PAIR_SPACE);
mark(' \u3000', PAIR_SPACE << 16);
// `20　　年　　月` (`YEAR_BLANK_RE`): the year's 0, then a space.
mark('0', PAIR_SPACE);
mark(' \u3000', PAIR_UNIT);
mark('万亿元户%％', PAIR_UNIT << 16);

/**
 * False when `text` (or its part `[start, end)`, a line) cannot hold a placeholder that `scanLine` finds: no character that starts one alone
 * and no pair that one needs (see `FIRST_PASS`). Every match of `ATOM_RE`, `SPACE_SLOT_RE`,
 * `BLANK_DATE_RE` and `BRACKET_RE` holds one of them, so a false here is what `scanLine` would report.
 */
export function mayHoldPlaceholder(text: string, start = 0, end = text.length): boolean {
  let prev = 0;
  for (let i = start; i < end; i++) {
    const k = FIRST_PASS[text.charCodeAt(i)];
    if ((((prev << 16) | ALONE) & k) !== 0) return true;
    prev = k & 0x7fff;
  }
  return false;
}

/** @internal The patterns that find atoms and bracket prompts, for a test that `mayHoldPlaceholder` lets each match through. */
export const SCAN_PATTERNS: readonly RegExp[] = [ATOM_RE, SPACE_SLOT_RE, BLANK_DATE_RE, BODY_BLANK_DATE_RE, UNIT_BLANK_RE, YEAR_BLANK_RE, BRACKET_RE, TEXT_PROMPT_RE, UNCLOSED_PROMPT_RE];

/** Placeholders grouped by group key, most frequent first, then by first occurrence. */
export function groupPlaceholders(matches: readonly PlaceholderMatch[]): PlaceholderGroup[] {
  const map = new Map<string, PlaceholderMatch[]>();
  for (const m of matches) {
    const list = map.get(m.group);
    if (list) list.push(m);
    else map.set(m.group, [m]);
  }
  return [...map.entries()]
    .map(([group, occurrences]) => ({ group, occurrences }))
    .sort((a, b) => b.occurrences.length - a.occurrences.length || a.occurrences[0].start - b.occurrences[0].start);
}
