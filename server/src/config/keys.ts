/**
 * The one table of gongwen's configuration keys. Every key exists twice with the same name and the
 * same JSON schema: as the VS Code setting `gongwen.<key>` and as `<key>` in a `.gongwenrc.json`
 * file. From this table come the rc file's JSON schema (schemas/gongwenrc.schema.json), the
 * settings contribution in package.json (scripts/gen-settings.ts), validation (validate.ts) and
 * how a nearer file overrides a farther one (resolve.ts). Pure: no vscode, no LSP, no node:*.
 */
import { SEVERITY_SETTINGS, type Msg, type Rule, type RuleOptionSpec } from '../core';
import { msg } from '../core';
import { DEFAULT_FONTS, FONT_DESCRIPTIONS, FONT_KEYS } from '../export/fonts';

/** A JSON schema fragment (draft-07 subset that VS Code and ajv both understand). */
export type JsonSchema = Record<string, unknown>;

/**
 * How a value set in a nearer place combines with one set farther away (settings are farthest,
 * then rc files from the workspace root down to the document's folder):
 * - `replace`: the nearer value wins;
 * - `by-key`: objects merge key by key, the nearer key wins (`rules`, and `ruleOptions` per rule);
 * - `union`: arrays join, duplicates dropped (`allow`, patterns, `ignore`);
 * - `concat`: arrays join in order (`overrides`: later entries win).
 */
export type MergeKind = 'replace' | 'by-key' | 'union' | 'concat';

export interface ConfigKey {
  /** Name in the rc file; the setting is `gongwen.<name>`. */
  name: string;
  /** Markdown, both languages: shown as the setting's `markdownDescription` and in the rc schema. */
  description: Msg;
  default: unknown;
  merge: MergeKind;
  /** The value's schema, built from the rule registry (severity keys, rule options). */
  schema(rules: readonly Rule[]): JsonSchema;
}

export const SPEAKING_RATE_MIN = 60;
export const SPEAKING_RATE_MAX = 600;

/** Every severity key of `rules`: rule ids and `rule/sub` keys, in registry order. */
export function severityKeysOf(rules: readonly Rule[]): string[] {
  return rules.flatMap((r) => [r.meta.id, ...Object.keys(r.meta.subChecks ?? {}).map((s) => `${r.meta.id}/${s}`)]);
}

/** The JSON schema of one rule option, from its declaration in `RuleMeta.options`. */
export function optionSchema(spec: RuleOptionSpec): JsonSchema {
  const base: JsonSchema = {};
  switch (spec.type) {
    case 'boolean':
      base.type = 'boolean';
      break;
    case 'number':
      base.type = 'number';
      if (spec.minimum !== undefined) base.minimum = spec.minimum;
      if (spec.maximum !== undefined) base.maximum = spec.maximum;
      break;
    case 'string':
      base.type = 'string';
      if (spec.enum) base.enum = [...spec.enum];
      break;
    case 'string[]':
      base.type = 'array';
      base.items = { type: 'string' };
      break;
    case 'object':
      // An `object` option maps words to words (wording's `entries`: `{ "wrong": "right" }`): both non-empty strings.
      base.type = 'object';
      base.propertyNames = { minLength: 1 };
      base.additionalProperties = { type: 'string', minLength: 1 };
      break;
  }
  base.default = spec.default;
  return base;
}

const severityEnum = (): JsonSchema => ({ type: 'string', enum: [...SEVERITY_SETTINGS] });

const stringList = (): JsonSchema => ({ type: 'array', items: { type: 'string', minLength: 1 } });

/** `rules`: severity by severity key. */
function rulesSchema(rules: readonly Rule[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const key of severityKeysOf(rules)) properties[key] = severityEnum();
  return { type: 'object', properties, additionalProperties: false };
}

/** `ruleOptions`: per rule that declares options, an object of those options. */
function ruleOptionsSchema(rules: readonly Rule[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const r of rules) {
    const opts = r.meta.options;
    if (!opts || Object.keys(opts).length === 0) continue;
    const props: Record<string, JsonSchema> = {};
    for (const [k, spec] of Object.entries(opts)) props[k] = optionSchema(spec);
    properties[r.meta.id] = { type: 'object', properties: props, additionalProperties: false };
  }
  return { type: 'object', properties, additionalProperties: false };
}

/** The configuration keys, in the order the settings UI shows them. */
export const CONFIG_KEYS: readonly ConfigKey[] = [
  {
    name: 'enable',
    description: msg('用 gongwen 检查 Markdown 和纯文本文稿。', 'Check Markdown and plain-text drafts with gongwen.'),
    default: true,
    merge: 'replace',
    schema: () => ({ type: 'boolean' }),
  },
  {
    name: 'rules',
    description: msg(
      '各项检查的级别：`off`（关闭）、`hint`（提示）、`info`（信息）、`warning`（警告）、`error`（错误）。键为规则 ID，或单独设置的子检查 `规则/子项`（例如 `numbering-punctuation/arabic-dunhao` 针对 `1、`）。',
      'Severity of each check: `off`, `hint`, `info`, `warning` or `error`. Keys are rule ids, or `rule/sub` for a sub-check tuned on its own (for example `numbering-punctuation/arabic-dunhao` for `1、`).',
    ),
    default: {},
    merge: 'by-key',
    schema: rulesSchema,
  },
  {
    name: 'ruleOptions',
    description: msg(
      '各规则的选项，键为规则 ID，例如 `{"placeholder": {…}}`；未设置的选项取默认值。可用选项见各规则说明。',
      'Options of each rule, keyed by rule id, for example `{"placeholder": {…}}`; an option left out takes its default. See each rule for its options.',
    ),
    default: {},
    merge: 'by-key',
    schema: ruleOptionsSchema,
  },
  {
    name: 'allow',
    description: msg(
      '允许词表：含这些词的位置不报占位符等问题，例如 `"X光"`、`"XX染色体"`。',
      'Allow-list: words never reported as placeholders (and similar findings), for example `"X光"` or `"XX染色体"`.',
    ),
    default: [],
    merge: 'union',
    schema: stringList,
  },
  {
    name: 'placeholderPatterns',
    description: msg(
      '补充的占位符模式（JavaScript 正则表达式，不含 `/…/`），例如 `"【[^】]{1,10}】"`。不能编译、可能大量回溯（嵌套量词如 `(a+)+`、反向引用、两处可匹配相同字符的无上限重复如 `a*a*b`）的模式会被拒绝；每次至多对 400 个字符运行。',
      'Extra placeholder patterns (JavaScript regular expressions, without `/…/`), for example `"【[^】]{1,10}】"`. A pattern that does not compile or could backtrack heavily (nested quantifiers such as `(a+)+`, a backreference, two unbounded repeats that can take the same characters such as `a*a*b`) is refused; a pattern runs on at most 400 characters at a time.',
    ),
    default: [],
    merge: 'union',
    schema: stringList,
  },
  {
    name: 'residuePatterns',
    description: msg(
      '补充的网页残留行模式（JavaScript 正则表达式，与整行内容比对），例如 `"^本文来源[:：]"`。规则同上。',
      'Extra web-residue line patterns (JavaScript regular expressions, matched against a whole line), for example `"^本文来源[:：]"`. Same limits as above.',
    ),
    default: [],
    merge: 'union',
    schema: stringList,
  },
  {
    name: 'ignore',
    description: msg(
      '不检查的文件（glob，相对于 `.gongwenrc.json` 所在文件夹；在设置中相对于工作区文件夹），例如 `"归档/**"`、`"**/*.bak.md"`。',
      'Files not checked (globs, relative to the folder of the `.gongwenrc.json`; in settings, to the workspace folder), for example `"archive/**"` or `"**/*.bak.md"`.',
    ),
    default: [],
    merge: 'union',
    schema: stringList,
  },
  {
    name: 'overrides',
    description: msg(
      '按文件覆盖：`[{"files": ["通知/*.txt"], "rules": {"placeholder": "off"}}]`，`files` 为 glob（相对位置同 `ignore`），可含 `rules`、`ruleOptions`、`allow`；后面的条目优先。纯文本没有注释语法，可用此项关闭个别文件的规则。',
      'Per-file overrides: `[{"files": ["notices/*.txt"], "rules": {"placeholder": "off"}}]`. `files` are globs (relative as for `ignore`); an entry may hold `rules`, `ruleOptions` and `allow`; later entries win. Plain text has no comment syntax: use this to turn a rule off for some files.',
    ),
    default: [],
    merge: 'concat',
    schema: (rules) => ({
      type: 'array',
      items: {
        type: 'object',
        properties: {
          files: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
          rules: rulesSchema(rules),
          ruleOptions: ruleOptionsSchema(rules),
          allow: stringList(),
        },
        required: ['files'],
        additionalProperties: false,
      },
    }),
  },
  {
    name: 'speakingRate',
    description: msg('状态栏估算讲话时长所用的语速，单位：字/分钟。', 'Speaking rate used for the speaking time in the status bar, in characters (字) per minute.'),
    default: 190,
    merge: 'replace',
    schema: () => ({ type: 'number', minimum: SPEAKING_RATE_MIN, maximum: SPEAKING_RATE_MAX }),
  },
  {
    name: 'languages',
    description: msg(
      'gongwen 检查的语言 ID（`markdown`、`plaintext`）。Neovim、Emacs 给 .txt 文件的 `text` 按 `plaintext` 处理。',
      'Language ids gongwen checks (among `markdown` and `plaintext`). `text`, the id Neovim and Emacs give .txt files, counts as `plaintext`.',
    ),
    default: ['markdown', 'plaintext'],
    merge: 'replace',
    schema: () => ({ type: 'array', items: { type: 'string', minLength: 1 } }),
  },
  {
    name: 'maxFileSize',
    description: msg('编辑器中超过此字符数的文档不检查，以免卡顿（命令行不受此限）。', 'Documents longer than this many characters are not checked in the editor, to keep it responsive (the command line ignores it).'),
    default: 5_000_000,
    merge: 'replace',
    schema: () => ({ type: 'number', minimum: 1 }),
  },
  {
    name: 'fix',
    description: msg(
      '批量修复。`suggestions`：为 `true` 时，“修复全部”和保存时修复也应用建议性修复（依据对结构的判断，如重新编号、调整层级）；默认只应用安全修复。',
      'Bulk fixing. `suggestions`: when `true`, Fix All and fix-on-save also apply suggested fixes, which rest on a reading of the structure (renumbering a run, changing a run\'s level); by default only safe fixes apply.',
    ),
    default: { suggestions: false },
    merge: 'replace',
    schema: () => ({ type: 'object', properties: { suggestions: { type: 'boolean', default: false } }, additionalProperties: false }),
  },
  {
    name: 'export',
    description: msg(
      '导出 Word（GB/T 9704）所用的字体：`fonts.title` 标题（小标宋体）、`fonts.body` 正文（仿宋体）、`fonts.heading1` 一级标题（黑体）、`fonts.heading2` 二级标题（楷体）、`fonts.pageNumber` 页码（宋体）。',
      'Fonts the Word export (GB/T 9704) asks for: `fonts.title` (小标宋体), `fonts.body` (仿宋体), `fonts.heading1` (黑体), `fonts.heading2` (楷体), `fonts.pageNumber` (宋体).',
    ),
    default: { fonts: { ...DEFAULT_FONTS } },
    merge: 'by-key',
    schema: () => ({
      type: 'object',
      properties: {
        fonts: {
          type: 'object',
          properties: Object.fromEntries(
            FONT_KEYS.map((k) => [k, { type: 'string', minLength: 1, maxLength: 64, default: DEFAULT_FONTS[k], description: `${FONT_DESCRIPTIONS[k].zh} / ${FONT_DESCRIPTIONS[k].en}` }]),
          ),
          additionalProperties: false,
        },
      },
      additionalProperties: false,
    }),
  },
];

/**
 * Settings under `gongwen.` that are not configuration of the checks: read by the client library
 * itself (`gongwen.trace.server`). They arrive with the settings section and are skipped there;
 * in an rc file they are unknown keys.
 */
export const CLIENT_ONLY_SETTINGS: readonly string[] = ['trace'];

/** The key named `name`, or undefined. */
export function configKey(name: string): ConfigKey | undefined {
  return CONFIG_KEYS.find((k) => k.name === name);
}
