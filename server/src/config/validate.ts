/**
 * Validation of one configuration object (the `gongwen` settings section or a parsed
 * `.gongwenrc.json`) against the schema of the key table, with ajv. Every bad value is named in one
 * problem (file, key, reason) and dropped; the rest applies. Patterns are checked on top of the
 * schema (patterns.ts). Pure.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { msg } from '../core';
import { RULES } from '../core';
import type { Msg, Rule, SeveritySetting } from '../core';
import { patternProblem } from './patterns';
import { validationSchema } from './schema';
import { CLIENT_ONLY_SETTINGS } from './keys';

/** One configuration problem: where (file, key path) and why. */
export interface ConfigProblem {
  /** The file (`/work/a/.gongwenrc.json`) or `settings`. */
  file: string;
  /** Dotted key path inside it (`rules.placeholder`, `allow.2`); empty for the whole file. */
  key: string;
  /** The whole file (or settings section) is ignored: nothing of it applies. */
  whole?: boolean;
  reason: Msg;
}

/** One rule-set override of the rc file's `overrides`. */
export interface Override {
  files: string[];
  rules?: Record<string, SeveritySetting>;
  ruleOptions?: Record<string, Record<string, unknown>>;
  allow?: string[];
}

/** A validated configuration: only the keys that were set (and valid). */
export interface PartialConfig {
  enable?: boolean;
  rules?: Record<string, SeveritySetting>;
  ruleOptions?: Record<string, Record<string, unknown>>;
  allow?: string[];
  placeholderPatterns?: string[];
  residuePatterns?: string[];
  ignore?: string[];
  overrides?: Override[];
  speakingRate?: number;
  languages?: string[];
  maxFileSize?: number;
  /** Bulk fixing: `suggestions` applies suggested fixes in fix-all and fix-on-save too. */
  fix?: { suggestions?: boolean };
  /** Word export fonts (read by the exporter in the client and the CLI; validated here). */
  export?: { fonts?: Record<string, string> };
}

const validators = new WeakMap<readonly Rule[], ValidateFunction>();

function validatorFor(rules: readonly Rule[]): ValidateFunction {
  let v = validators.get(rules);
  if (!v) {
    // ajv is loaded on first use, not at start-up: a command-line run without any rc file never needs it.
    const Ajv = (require('ajv') as typeof import('ajv')).default;
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
    v = ajv.compile(validationSchema(rules));
    validators.set(rules, v);
  }
  return v;
}

type Path = Array<string | number>;

/**
 * The value an ajv error is about (`verbose` puts it in `data`) as a short JSON text, so that a message can
 * name what was written (`"eror"`): at most 40 characters, an ellipsis after a longer one.
 */
function shown(e: ErrorObject): string {
  let s: string;
  try {
    s = JSON.stringify(e.data) ?? String(e.data);
  } catch {
    s = String(e.data);
  }
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
const gotZh = (e: ErrorObject) => `，实为 ${shown(e)}`;
const gotEn = (e: ErrorObject) => `, got ${shown(e)}`;

/** The bilingual reason for one ajv error, and the path of the value to drop. */
function explain(e: ErrorObject): { path: Path; reason: Msg } {
  const path: Path = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const p = e.params as Record<string, unknown>;
  // An error about a key itself (`propertyNames`: `{"": "x"}`) drops that entry, not the whole object.
  if (e.keyword === 'propertyNames' || e.propertyName !== undefined) {
    path.push(String(p.propertyName ?? e.propertyName));
    return { path, reason: msg('键不能为空', 'the key must not be empty') };
  }
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      path.push(key);
      const parent = path.length >= 2 ? path[path.length - 2] : undefined;
      if (parent === 'rules') return { path, reason: msg(`未知规则“${key}”`, `unknown rule "${key}"`) };
      if (parent === 'ruleOptions') return { path, reason: msg(`未知规则“${key}”或该规则没有选项`, `unknown rule "${key}", or the rule has no options`) };
      if (path.length >= 3 && path[path.length - 3] === 'ruleOptions') return { path, reason: msg(`规则 ${String(parent)} 没有选项“${key}”`, `rule ${String(parent)} has no option "${key}"`) };
      return { path, reason: msg(`未知的配置项“${key}”`, `unknown key "${key}"`) };
    }
    case 'type': {
      const t = String(p.type);
      const zh: Record<string, string> = { boolean: 'true 或 false', number: '数字', string: '字符串', array: '数组', object: '对象' };
      const en: Record<string, string> = { boolean: 'true or false', number: 'a number', string: 'a string', array: 'an array', object: 'an object' };
      return { path, reason: msg(`应为${zh[t] ?? t}${gotZh(e)}`, `expected ${en[t] ?? t}${gotEn(e)}`) };
    }
    case 'enum': {
      const vals = (p.allowedValues as unknown[]).join('|');
      return { path, reason: msg(`应为 ${vals} 之一${gotZh(e)}`, `expected one of ${vals}${gotEn(e)}`) };
    }
    case 'minimum':
    case 'maximum':
      return { path, reason: msg(`应${e.keyword === 'minimum' ? '不小于' : '不大于'} ${String(p.limit)}`, `must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${String(p.limit)}`) };
    case 'minLength':
      return { path, reason: msg('不能为空', 'must not be empty') };
    case 'minItems':
      return { path, reason: msg('至少要有一项', 'needs at least one entry') };
    case 'required':
      return { path, reason: msg(`缺少“${String(p.missingProperty)}”`, `"${String(p.missingProperty)}" is missing`) };
    default:
      return { path, reason: msg(e.message ?? e.keyword, e.message ?? e.keyword) };
  }
}

/** Remove the value at `path` (arrays: the item). */
function drop(root: Record<string, unknown>, path: Path): void {
  let node: unknown = root;
  for (const seg of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string | number, unknown>)[seg];
  }
  const last = path[path.length - 1];
  if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
  else if (node !== null && typeof node === 'object') delete (node as Record<string, unknown>)[String(last)];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validate `raw` (a JSON value) as a configuration. `file` names the source in problems
 * (`settings` or a path); `prefix` is put before key paths (`gongwen.` for settings). Top-level
 * keys set to null or undefined count as not set; for `settings`, the client-only keys
 * (`trace`) are skipped. Never throws.
 */
export function validateConfig(raw: unknown, file: string, rules: readonly Rule[] = RULES, prefix = ''): { config: PartialConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  if (raw === undefined || raw === null) return { config: {}, problems };
  if (!isRecord(raw)) {
    problems.push({ file, key: prefix.replace(/\.$/, ''), whole: true, reason: msg('应为对象（{…}），已整体忽略', 'expected an object ({…}); ignored as a whole') });
    return { config: {}, problems };
  }
  // A deep copy through JSON: drops functions and undefined, and lets us delete freely.
  let data: Record<string, unknown>;
  try {
    const settings = file === 'settings';
    const kept = Object.entries(raw).filter(([k, v]) => v !== null && v !== undefined && !(settings && CLIENT_ONLY_SETTINGS.includes(k)));
    data = JSON.parse(JSON.stringify(Object.fromEntries(kept))) as Record<string, unknown>;
  } catch {
    problems.push({ file, key: prefix.replace(/\.$/, ''), reason: msg('无法读取（不是 JSON 数据）', 'cannot be read (not JSON data)') });
    return { config: {}, problems };
  }
  // NaN and Infinity became null in the copy: report them as the wrong type.
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === 'number' && !Number.isFinite(v)) {
      problems.push({ file, key: prefix + k, reason: msg('应为有限的数字', 'expected a finite number') });
      delete data[k];
    }
  }
  // The pattern lists as written: a problem names an item by its place in the file, also after the
  // schema step has taken out earlier bad items (`["", "(a+)+"]`: the second is residuePatterns.1).
  const writtenPatterns = {
    placeholderPatterns: Array.isArray(data.placeholderPatterns) ? [...(data.placeholderPatterns as unknown[])] : [],
    residuePatterns: Array.isArray(data.residuePatterns) ? [...(data.residuePatterns as unknown[])] : [],
  };
  const validate = validatorFor(rules);
  const seen = new Set<string>();
  for (let round = 0; round < 8 && !validate(data); round++) {
    const found = (validate.errors ?? []).map(explain);
    // Deepest first, and array items from the end, so one removal never shifts another's path.
    found.sort((a, b) => b.path.length - a.path.length || (typeof a.path.at(-1) === 'number' && typeof b.path.at(-1) === 'number' ? (b.path.at(-1) as number) - (a.path.at(-1) as number) : 0));
    const dropped = new Set<string>();
    for (const { path, reason } of found) {
      const key = path.join('.');
      if (dropped.has(key)) continue;
      dropped.add(key);
      if (!seen.has(key)) problems.push({ file, key: prefix + key, reason });
      seen.add(key);
      if (path.length === 0) return { config: {}, problems };
      drop(data, path);
    }
  }
  // `languages` left empty by dropping its bad items would turn every check off without a word: the default applies instead.
  if (Array.isArray(raw.languages) && raw.languages.length > 0 && Array.isArray(data.languages) && data.languages.length === 0) delete data.languages;
  // Globs: relative to the file's folder, inside it, and well-formed.
  const globLists: Array<[string, unknown]> = [['ignore', data.ignore]];
  if (Array.isArray(data.overrides)) data.overrides.forEach((o, k) => isRecord(o) && globLists.push([`overrides.${k}.files`, o.files]));
  for (const [key, list] of globLists) {
    if (!Array.isArray(list)) continue;
    for (let k = list.length - 1; k >= 0; k--) {
      const why = typeof list[k] === 'string' ? globProblem(list[k] as string) : undefined;
      if (!why) continue;
      problems.push({ file, key: `${prefix}${key}.${k}`, reason: msg(`glob ${JSON.stringify(list[k])} ${why.zh}`, `glob ${JSON.stringify(list[k])}: ${why.en}`) });
      list.splice(k, 1);
    }
  }
  for (const name of ['placeholderPatterns', 'residuePatterns'] as const) {
    const list = data[name];
    if (!Array.isArray(list)) continue;
    const written = writtenPatterns[name];
    let w = 0; // the kept items are the written ones in order, less those the schema step took out
    data[name] = list.filter((src: string) => {
      while (w < written.length && written[w] !== src) w++;
      const at = w++;
      const why = patternProblem(src);
      if (why) problems.push({ file, key: `${prefix}${name}.${at}`, reason: msg(`模式 ${JSON.stringify(src)} ${why.zh}`, `pattern ${JSON.stringify(src)}: ${why.en}`) });
      return !why;
    });
  }
  return { config: data as PartialConfig, problems: inFileOrder(problems, Object.keys(raw), prefix) };
}

/**
 * Problems in the order of the file: top-level keys as written (`order`), then each key path segment by
 * segment, list items by index (`allow.2` before `allow.10`); a problem of the whole first.
 */
function inFileOrder(problems: ConfigProblem[], order: string[], prefix: string): ConfigProblem[] {
  const segs = (p: ConfigProblem) => p.key.slice(p.key.startsWith(prefix) ? prefix.length : 0).split('.');
  const cmp = (a: ConfigProblem, b: ConfigProblem): number => {
    const x = segs(a);
    const y = segs(b);
    const top = order.indexOf(x[0]) - order.indexOf(y[0]);
    if (top !== 0) return top;
    for (let i = 1; i < Math.min(x.length, y.length); i++) {
      if (x[i] === y[i]) continue;
      const nx = /^\d+$/.test(x[i]) ? Number(x[i]) : NaN;
      const ny = /^\d+$/.test(y[i]) ? Number(y[i]) : NaN;
      return !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x[i] < y[i] ? -1 : 1;
    }
    return x.length - y.length;
  };
  return problems.map((p, i) => ({ p, i })).sort((a, b) => cmp(a.p, b.p) || a.i - b.i).map((e) => e.p);
}

/**
 * Why a glob of `ignore` or `overrides[].files` cannot be used, or undefined: an absolute path or one
 * that climbs out with `..` (globs are relative to the configuration's folder and match only below
 * it), a backslash used as a folder separator (Windows style; in a glob it escapes), or a malformed one
 * (an unclosed `[`, `{` or `(`: picomatch would silently read it literally).
 */
export function globProblem(glob: string): Msg | undefined {
  if (/^(?:\/|\\|[A-Za-z]:[\\/])/.test(glob)) {
    return msg('是绝对路径；glob 相对于配置文件所在文件夹（设置中相对于工作区文件夹），请改为相对路径', 'is an absolute path; globs are relative to the configuration file\'s folder (in settings, the workspace folder): write a relative one');
  }
  // A Windows path separator (`归档\2023\*.md`): in a glob `\` escapes the next character, so the entry
  // silently matched nothing. A backslash before a glob metacharacter other than `*` (`\[`) is an escape.
  if (/\\(?![[\]{}()!?+@])/.test(glob)) {
    return msg('含反斜杠“\\”：glob 中文件夹之间用“/”分隔（“\\”是转义符），例如 "归档/**"', 'contains a backslash: folders in a glob are separated by "/" ("\\" escapes the next character), e.g. "archive/**"');
  }
  if (/(?:^|[\\/])\.\.(?:[\\/]|$)/.test(glob)) {
    return msg('含“..”，指向配置文件所在文件夹之外，不会匹配任何文件', 'climbs out with “..”: it can only match files below the configuration file\'s folder');
  }
  try {
    (require('picomatch') as typeof import('picomatch')).makeRe(glob, { strictBrackets: true });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return msg(`无效：${why}`, `is not valid: ${why}`);
  }
  return undefined;
}

/** One problem as a line for the user, in the UI language: `file: key: reason (ignored; the rest applies)`. */
export function formatProblem(p: ConfigProblem, chinese: boolean): string {
  // settings keys already say where they are (`gongwen.rules.x`); files are named by path
  const where = p.file === 'settings' ? p.key || 'gongwen' : p.key ? `${p.file}: ${p.key}` : p.file;
  // A problem with the whole file says so in its reason: no "the rest applies" after it.
  if (p.whole) return chinese ? `${where}：${p.reason.zh}` : `${where}: ${p.reason.en}`;
  return chinese ? `${where}：${p.reason.zh}（此项已忽略，其余设置照常生效）` : `${where}: ${p.reason.en} (this entry is ignored; the rest applies)`;
}
