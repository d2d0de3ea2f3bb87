/**
 * `.gongwenrc.json` files: where they are looked for, parsing (JSON with comments, as VS Code's
 * `jsonc` mode edits them) with problems that name the file, the line and the reason, and the
 * edits the code actions make (add an allow-listed word, turn a rule off, a per-file override),
 * computed with jsonc-parser so the user's formatting and comments stay. Pure: text in, text out.
 */
import { createScanner, modify, parse, printParseErrorCode, SyntaxKind, type ParseError } from 'jsonc-parser';
import { msg, type Msg } from '../core';
import { RULES } from '../core';
import type { Rule, SeveritySetting } from '../core';
import { RC_FILE_NAME } from './schema';
import { validateConfig, type ConfigProblem, type PartialConfig } from './validate';

/** Longest rc file read, in UTF-16 code units: a larger one is refused with a problem. */
export const MAX_RC_LENGTH = 1_000_000;

/**
 * The folders searched for `.gongwenrc.json`, nearest first: the document's folder, then each
 * parent up to and including `root` (the workspace folder). `doc` and `root` are `/`-separated
 * paths or URIs of one scheme; when `doc` is not inside `root`, only its own folder (never more:
 * nothing outside what the user opened is read).
 */
export function searchFolders(doc: string, root: string | undefined): string[] {
  const trim = (s: string) => s.replace(/\/+$/, '');
  const dir = (s: string) => s.slice(0, Math.max(0, s.lastIndexOf('/')));
  const out: string[] = [];
  let d = dir(doc);
  if (root === undefined) return [];
  const r = trim(root);
  if (!(doc.startsWith(`${r}/`))) return [];
  while (d.length >= r.length) {
    out.push(d);
    if (d === r) break;
    const up = dir(d);
    if (up === d) break;
    d = up;
  }
  return out;
}

/** The rc file in folder `dir`. */
export function rcFileIn(dir: string): string {
  return `${dir.replace(/\/+$/, '')}/${RC_FILE_NAME}`;
}

/** 1-based line and column (UTF-16 units) of `offset` in `text` (for messages only). */
function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}

/**
 * jsonc-parser's syntax error codes (by `printParseErrorCode` name) in plain words: what was expected or
 * what is wrong at the error's position. Users never see the internal names (`PropertyNameExpected`).
 */
const SYNTAX_ERRORS: Record<string, Msg> = {
  InvalidSymbol: msg('此处的字符不是 JSON 的一部分（字符串要用英文双引号括起）', 'a character that is not JSON here (strings go in straight double quotes)'),
  InvalidNumberFormat: msg('数字写法不对', 'a malformed number'),
  PropertyNameExpected: msg('应为属性名（用双引号括起）', 'expected a property name in double quotes'),
  ValueExpected: msg('应为一个值（字符串、数字、true、false、数组或对象）', 'expected a value (a string, number, true, false, array or object)'),
  ColonExpected: msg('属性名后应为冒号 :', 'expected a colon (:) after the property name'),
  CommaExpected: msg('两项之间应有逗号 ,', 'expected a comma (,) between two entries'),
  CloseBraceExpected: msg('缺少右花括号 }', 'expected a closing brace (})'),
  CloseBracketExpected: msg('缺少右方括号 ]', 'expected a closing bracket (])'),
  EndOfFileExpected: msg('对象结束后还有多余内容', 'more text after the end of the object'),
  InvalidCommentToken: msg('注释写法不对（应为 // 或 /* */）', 'a malformed comment (write // or /* */)'),
  UnexpectedEndOfComment: msg('注释 /* 没有以 */ 结束', 'a /* comment without its closing */'),
  UnexpectedEndOfString: msg('字符串没有以双引号结束', 'a string without its closing double quote'),
  UnexpectedEndOfNumber: msg('数字不完整', 'an incomplete number'),
  InvalidUnicode: msg('\\u 转义不对（应为 \\u 加 4 位十六进制数）', 'a malformed \\u escape (\\u and 4 hexadecimal digits)'),
  InvalidEscapeCharacter: msg('反斜杠转义不对（要写反斜杠本身请写 \\\\）', 'a malformed backslash escape (write \\\\ for a backslash itself)'),
  InvalidCharacter: msg('字符串中有控制字符（如制表符、换行）', 'a control character (a tab, a line break) inside a string'),
};

/** A `,` after the last entry of an object or array (`trailingCommas`). */
const TRAILING_COMMA = msg('最后一项后面多了逗号（JSON 不允许），请删去', 'a comma after the last entry (JSON allows none there): delete it');

/**
 * The UTF-16 offsets of the trailing commas in `text` (a `,` followed, past white space and comments, by
 * `}` or `]`), in order. JSON has none: VS Code's `jsonc` mode, in which the rc file is edited, warns of
 * each, and `loadRcText` reports the first as a syntax problem (the value reads as without it).
 */
export function trailingCommas(text: string): number[] {
  const out: number[] = [];
  const scanner = createScanner(text, true);
  let comma = -1;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) continue;
    if ((kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) && comma >= 0) out.push(comma);
    comma = kind === SyntaxKind.CommaToken ? scanner.getTokenOffset() : -1;
  }
  return out;
}

/**
 * Parse and validate an rc file's text. `file` names it in problems. Syntax errors (a trailing comma too) are reported
 * (with line:column) and what could still be read applies, as do the valid keys. Never throws.
 */
export function loadRcText(text: string, file: string, rules: readonly Rule[] = RULES): { config: PartialConfig; problems: ConfigProblem[] } {
  if (text.length > MAX_RC_LENGTH) {
    return { config: {}, problems: [{ file, key: '', whole: true, reason: msg(`文件过大（超过 ${MAX_RC_LENGTH} 个字符），已忽略`, `the file is larger than ${MAX_RC_LENGTH} characters; ignored`) }] };
  }
  const errors: ParseError[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { config: {}, problems: [] };
  const raw: unknown = parse(body, errors, { allowTrailingComma: true, disallowComments: false });
  // Bytes that were not UTF-8 (a file saved as GBK) arrive as U+FFFD: say so rather than name a syntax
  // error, or read garbled words into `allow` (a U+FFFD typed on purpose is not a thing of a config file).
  // UTF-16 (Windows "Unicode"): its BOM arrives as two U+FFFD, its ASCII as characters with U+0000 between them.
  if (/^\ufffd\ufffd/.test(body) || body.includes('\u0000')) {
    return { config: {}, problems: [{ file, key: '', whole: true, reason: msg('是 UTF-16 编码的文本，已忽略；请以 UTF-8 保存', 'is UTF-16 text; ignored: save it as UTF-8') }] };
  }
  if (body.includes('\ufffd')) {
    return { config: {}, problems: [{ file, key: '', whole: true, reason: msg('不是 UTF-8 编码的文本（可能是 GBK），已忽略；请以 UTF-8 保存', 'is not UTF-8 text (GBK?); ignored: save it as UTF-8') }] };
  }
  // A file that is valid JSON but not an object (`null`, `[1, 2]`, `3`) is refused as a whole, once.
  if (errors.length === 0 && (raw === null || typeof raw !== 'object' || Array.isArray(raw))) {
    return { config: {}, problems: [{ file, key: '', whole: true, reason: msg('应为对象（{…}），整个文件已忽略', 'expected an object ({…}); the whole file is ignored') }] };
  }
  // A trailing comma is not JSON: reported like any syntax error, at the comma (the parser, which is told to
  // allow them so that they cost nothing else, reads the value as without it). The server reads rc files with
  // this function too: editor and command line say the same.
  const syntax: Array<{ offset: number; what: Msg }> = [
    ...errors.map((e) => ({ offset: e.offset, what: SYNTAX_ERRORS[printParseErrorCode(e.error)] ?? msg(printParseErrorCode(e.error), printParseErrorCode(e.error)) })),
    ...trailingCommas(body).map((offset) => ({ offset, what: TRAILING_COMMA })),
  ].sort((a, b) => a.offset - b.offset);
  // The first syntax error only: the ones after it follow from it (`{ bad json` gave three).
  const more = syntax.length > 1 ? { zh: `（其后另有 ${syntax.length - 1} 处）`, en: ` (and ${syntax.length - 1} more after it)` } : { zh: '', en: '' };
  const problems: ConfigProblem[] = syntax.slice(0, 1).map(({ offset, what }) => {
    const { line, column } = lineCol(body, offset);
    return {
      file,
      key: '',
      reason: msg(
        `第 ${line} 行第 ${column} 列：JSON 语法错误：${what.zh}${more.zh}；能读出的设置照常生效`,
        `line ${line}, column ${column}: JSON syntax error: ${what.en}${more.en}; what could be read applies`,
      ),
      whole: true, // the reason says what applies: no "this entry is ignored" after it
    };
  });
  const v = validateConfig(raw, file, rules);
  return { config: v.config, problems: [...problems, ...v.problems] };
}

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/** Can an rc file's text be edited safely (empty, or an object without syntax errors)? */
export function isEditableRc(text: string): boolean {
  if (text.trim() === '') return true;
  const errors: ParseError[] = [];
  const v: unknown = parse(text, errors, { allowTrailingComma: true });
  return errors.length === 0 && typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The text of an rc file (`''` when it does not exist yet) with `value` set at `path`. */
function setAt(text: string, path: Array<string | number>, value: unknown): string {
  const base = text.trim() === '' ? '{}\n' : text;
  const edits = modify(base, path, value, FORMAT);
  let out = base;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length);
  return out;
}

function readObject(text: string): Record<string, unknown> {
  const v: unknown = parse(text, [], { allowTrailingComma: true });
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** The rc text with `word` added to `allow` (unchanged when it is there already). */
export function withAllowedWord(text: string, word: string): string {
  const allow = readObject(text).allow;
  const list = Array.isArray(allow) ? allow : [];
  if (list.includes(word)) return text;
  return Array.isArray(allow) ? setAt(text, ['allow', list.length], word) : setAt(text, ['allow'], [word]);
}

/** The rc text with `rules[key]` set to `severity`. */
export function withRuleSeverity(text: string, key: string, severity: SeveritySetting): string {
  const rules = readObject(text).rules;
  return typeof rules === 'object' && rules !== null && !Array.isArray(rules) ? setAt(text, ['rules', key], severity) : setAt(text, ['rules'], { [key]: severity });
}

/** The rc text with an override appended that sets `rules[key]` for the one file `relPath` (relative to the rc's folder). */
export function withFileOverride(text: string, relPath: string, key: string, severity: SeveritySetting): string {
  const overrides = readObject(text).overrides;
  const entry = { files: [relPath], rules: { [key]: severity } };
  return Array.isArray(overrides) ? setAt(text, ['overrides', overrides.length], entry) : setAt(text, ['overrides'], [entry]);
}
