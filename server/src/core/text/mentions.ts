/**
 * Forms a text quotes in order to name them, not to use them: a notice on writing rules says
 * `应写“截至目前”，不应写“截止目前”`, `不得写作“2024年05月06日”或“2024.5.6”`, `将“截止目前”改为…`,
 * `不得使用英文省略号“...”`. The quoted wrong form is the point of the sentence; "correcting" it turns
 * the rule into `不应写“截至目前”`. Pure; offsets are UTF-16.
 */
import type { Finding } from '../types';

/** How far (UTF-16 units) a quotation's marks may lie from the finding inside it: a quoted form is short. */
const REACH = 40;

/** `“` `「` `”` `」` as UTF-16 code units: the scans compare numbers, not one-character strings. */
const OPEN_1 = 0x201c;
const OPEN_2 = 0x300c;
const CLOSE_1 = 0x201d;
const CLOSE_2 = 0x300d;
const isOpen = (c: number) => c === OPEN_1 || c === OPEN_2;
const isClose = (c: number) => c === CLOSE_1 || c === CLOSE_2;

/**
 * Words just before an opening quotation mark that make the quotation a named form: verbs of writing and
 * calling (`写作` `写成` `误作` `说成` `表述为` …, `应写` `不应写` end in `写`), advice against using
 * (`不得使用` `避免用`), and the names of punctuation marks (`省略号“...”`, `括号“()”`).
 */
const BEFORE = /(?:写作?|写成|写为|误作|误为|错为|记作|读作|称作|说成|表述为|误用|(?:不得|不宜|不要|不应|避免|禁止|勿|不)使?用|逗号|句号|顿号|分号|冒号|问号|叹号|引号|括号|书名号|省略号|破折号|连接号|间隔号|标点符号|标点)$/;

/**
 * Words just after a closing quotation mark that make it a named form: `“截止目前”改为…`, `“…”应为…`,
 * `“…”的写法不规范`, `“…”等错误`.
 */
const AFTER = /^(?:改为|改成|应为|应写|应改|应当写|更正为|修改为|是错|为错|属错|属于错|等错|等不规范|不规范|的写法|写法|等写法|的用法)/;

/** Joins between two quoted forms of one list: `“A”或“B”`, `“A”、“B”`. */
const JOIN = /^[或和及与、，,]?$/;

/**
 * Is `[start, end)` (UTF-16 offsets into `text`) inside the quoted text of a named form (see the module
 * comment): within one pair of `“”` or `「」` on one line, at most `REACH` units from each mark, and the
 * quotation led or followed by a naming word (`BEFORE`, `AFTER`), or joined (`JOIN`) to one that is?
 */
export function insideMention(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let i = start - 1; i >= 0 && i >= start - REACH; i--) {
    const c = text.charCodeAt(i);
    if (isOpen(c)) {
      open = i;
      break;
    }
    if (isClose(c) || c === 0x0a || c === 0x0d) return false;
  }
  if (open < 0) return false;
  const close = closeOf(text, open + 1, end);
  return close >= 0 && isNamedForm(text, open, close, 0, 0);
}

/** The closing mark of the quotation whose text runs on from `from`, looked for from `end`; -1 if none near. */
function closeOf(text: string, from: number, end: number): number {
  if (end < from) return -1;
  for (let i = end; i < text.length && i < end + REACH; i++) {
    const c = text.charCodeAt(i);
    if (isClose(c)) return i;
    if (isOpen(c) || c === 0x0a || c === 0x0d) return -1;
  }
  return -1;
}

/**
 * Is the quotation `[open, close]` (the offsets of its marks) a named form: a naming word before or after
 * it, or a neighbour in the same list that is one (`direction` -1 looks only backward, 1 only forward, 0 both;
 * `depth` bounds the walk)?
 */
function isNamedForm(text: string, open: number, close: number, direction: number, depth: number): boolean {
  const before = text.slice(Math.max(0, open - 6), open);
  if (BEFORE.test(before)) return true;
  const after = text.slice(close + 1, close + 8);
  if (AFTER.test(after)) return true;
  if (depth >= 4) return false;
  if (direction <= 0) {
    // `“A”或“B”`: B is named when A is.
    const join = open >= 1 && isClose(text.charCodeAt(open - 1)) ? 0 : open >= 2 && isClose(text.charCodeAt(open - 2)) && JOIN.test(text[open - 1]) ? 1 : -1;
    if (join >= 0) {
      const prevClose = open - 1 - join;
      for (let i = prevClose - 1; i >= 0 && i >= prevClose - REACH; i--) {
        const c = text.charCodeAt(i);
        if (isOpen(c)) return isNamedForm(text, i, prevClose, -1, depth + 1);
        if (isClose(c) || c === 0x0a || c === 0x0d) break;
      }
    }
  }
  if (direction >= 0) {
    // `“A”、“B”等写法`: A is named when B is.
    const join = isOpen(text.charCodeAt(close + 1)) ? 1 : JOIN.test(text[close + 1] ?? '\n') && isOpen(text.charCodeAt(close + 2)) ? 2 : -1;
    if (join > 0) {
      const nextOpen = close + join;
      const nextClose = closeOf(text, nextOpen + 1, nextOpen + 1);
      if (nextClose >= 0) return isNamedForm(text, nextOpen, nextClose, 1, depth + 1);
    }
  }
  return false;
}

/**
 * The rules that correct how a form is written (punctuation, numbers and dates, 发文字号, wording): a named
 * form is exempt from them. Not the placeholder rule: `标题统一写作“××党支部党员大会记录”` still has a slot to
 * fill; nor the structural rules, whose findings are not inside a quotation.
 */
const FORM_RULE = /^(?:punctuation-|date-format$|document-number$|numeral-usage$|wording$|duplicate-word$|no-cjk-spacing$)/;

/**
 * `findings` without those of a form-correcting rule (`FORM_RULE`) that lie inside a named form
 * (`insideMention`): a quoted wrong form is the example a text gives on purpose. The order of the rest is
 * kept; a new array.
 */
export function dropMentions(findings: readonly Finding[], text: string): Finding[] {
  // Most texts quote nothing: then nothing is dropped and the findings are returned as they are (a copy).
  if (text.indexOf('“') < 0 && text.indexOf('「') < 0) return findings.slice();
  const out: Finding[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.start < f.end && isFormRule(f.rule) && insideMention(text, f.start, f.end)) continue;
    out.push(f);
  }
  return out;
}

/** `FORM_RULE` per rule id, remembered: a lint asks it once per finding. */
const formRules = new Map<string, boolean>();
function isFormRule(rule: string): boolean {
  let v = formRules.get(rule);
  if (v === undefined) formRules.set(rule, (v = FORM_RULE.test(rule)));
  return v;
}
