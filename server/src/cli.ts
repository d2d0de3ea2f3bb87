/**
 * The command-line tool over the same pure core as the language server:
 *   gongwen check [--format text|json|sarif] [--fix | --fix-dry-run] [--fix-suggestions] [--rule KEY=SEVERITY]…
 *                 [--config FILE] [--lang zh|en] (PATH… | --stdin [--stdin-filename NAME])
 *   gongwen rules
 *   gongwen lsp --stdio
 * Exit codes: 0 no finding at error severity; 1 some; 2 bad usage, a `--config` file with problems, or a file that
 * could not be read, checked or fixed;
 * 130 / 143 / 129 interrupted (SIGINT / SIGTERM / SIGHUP, after the current file); 141 standard output closed.
 */
import { parseArgs } from 'node:util';
import * as path from 'node:path';
import { collectFiles, decode, SKIP_DIRS, displayPath, installSignalCleanup, languageOf, load, removeTemporaries, writeAtomically, type FileProblem, type Loaded } from './cli-files';
import { lint } from './core';
import { CliConfig } from './cli-config';
import { formatSarif, unifiedDiff, type CheckedFile } from './cli-formats';
import { parseErrorMessage } from './cli-usage';
import { formatProblem, lintOptionsOf, type ConfigProblem } from './config';
import { fixAll } from './core';
import { RULES } from './core';
import { severityKeys } from './core';
import { isChinese, pick } from './core';
import { SEVERITY_SETTINGS, type Finding, type SeveritySetting } from './core';
import type { Source } from './core';

declare const GONGWEN_VERSION: string | undefined;

/** The exit code when standard output closed before the run finished (`gongwen check … | head`): 128 + SIGPIPE. */
export const EXIT_STDOUT_CLOSED = 141;

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: Record<string, string | undefined>;
  /** Progress over many files (the real CLI draws it on a terminal's stderr only). */
  progress?: (done: number, total: number) => void;
  /** The whole standard input, for `--stdin` (default: read process.stdin). */
  stdin?: () => Promise<Buffer>;
  /** The folder `.gongwenrc.json` search stops at and SARIF paths are relative to (default: process.cwd()). */
  cwd?: string;
}

interface CheckArgs {
  format: 'text' | 'json' | 'sarif';
  /** `check`: report; `fix`: write fixes; `dry-run`: print the diff --fix would make. */
  mode: 'check' | 'fix' | 'dry-run';
  /** Apply fixes of kind `suggestion` too (renumbering, re-levelling), with --fix or --fix-dry-run. */
  fixSuggestions: boolean;
  severities: Record<string, SeveritySetting>;
  lang: 'zh' | 'en';
  /** `--config FILE`: this rc file instead of the upward search. */
  config?: string;
  /** `--stdin`: check standard input; `stdinFilename` names it (language, configuration, output). */
  stdin: boolean;
  stdinFilename?: string;
  paths: string[];
}

class UsageError extends Error {}

const USAGE = `用法 Usage:
  gongwen check [选项 options] PATH…
  gongwen check [选项 options] --stdin [--stdin-filename NAME]
  gongwen export DRAFT [-o OUT.docx] [--force] [--font KEY=NAME]… [--config FILE]   导出为 Word（GB/T 9704）/ export to Word
  gongwen rules            列出全部规则 / list the rules
  gongwen lsp --stdio      以标准输入输出运行语言服务器 / run the language server over stdio
  gongwen --version

选项 Options:
  --format text|json|sarif      输出格式 / output format (sarif: SARIF 2.1.0)
  --fix                         写回警告、错误级问题的安全修复 / write back the safe fixes of warning and error findings
                                与 --stdin 同用：把修复后的全文打印到标准输出（不写文件，仅文本输出）/ with --stdin: print the fixed text on standard output (writes no file; text output only)
  --fix-dry-run                 只打印修复的统一差异，不写文件（仅文本输出）/ print the fixes as a unified diff, write nothing (text output only)
  --fix-suggestions             与 --fix 或 --fix-dry-run 同用：同时应用建议性修复（重新编号等）/ with --fix or --fix-dry-run: apply suggestion fixes too
  --rule KEY=off|hint|info|warning|error   设置规则级别，可重复 / set a rule's severity (repeatable)
  --config FILE                 使用此配置文件，不再向上查找 .gongwenrc.json / use this file instead of searching for .gongwenrc.json
  --stdin                       检查标准输入 / check standard input
  --stdin-filename NAME         标准输入的文件名（决定语言与配置）/ its file name (language and configuration)
  --lang zh|en                  消息语言 / message language

PATH: .md / .txt 文件或目录 (files or folders). 目录中不进入隐藏文件夹（以 . 开头）及 ${[...SKIP_DIRS].join('、')}，
  汇总行给出跳过的文件夹数；直接写在命令行上的文件夹照常检查 / a folder walk skips hidden folders (starting with ".")
  and ${[...SKIP_DIRS].join(', ')}, and the summary counts them; a folder named on the command line is checked.
KEY: a rule id or rule/sub, e.g.
  --rule numbering-punctuation/arabic-dunhao=off --rule placeholder=error
配置 Configuration: .gongwenrc.json，自文件所在目录向上查找至当前目录 / searched upward from each file's folder to the current folder.
退出码 Exit: 0 无 error 级问题 / no error-severity finding; 1 有 / some;
  2 用法错误，--config 指定的配置文件有问题，或有文件无法读取、检查或写入修复（--format json 列在 "errors" 中）/
    bad usage, a --config file with problems, or a file that could not be read, checked or fixed (listed under "errors" in --format json);
  配置文件的问题都在标准错误及 --format json 的 "configProblems" 中 / every configuration problem is on stderr and under "configProblems" in --format json;
  130 被 Ctrl-C 中断（在当前文件完成后停止）/ interrupted by Ctrl-C (stops after the current file); 141 标准输出在结束前被关闭 / standard output closed before the end.`;

function defaultLang(env: Record<string, string | undefined>): 'zh' | 'en' {
  const loc = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return isChinese(loc) ? 'zh' : 'en';
}

/** A parseArgs error as a bilingual usage message naming the option. */
function usageFromParseError(e: unknown): UsageError {
  return new UsageError(parseErrorMessage(e));
}

function parseCheckArgs(argv: string[], env: CliIO['env']): CheckArgs {
  let parsed: ReturnType<typeof parseCheck>;
  try {
    parsed = parseCheck(argv);
  } catch (e) {
    throw usageFromParseError(e);
  }
  const { values: v, positionals } = parsed;
  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format 只能是 text、json 或 sarif / --format must be text, json or sarif, got "${format}"`);
  const lang = v.lang ?? defaultLang(env);
  if (lang !== 'zh' && lang !== 'en') throw new UsageError(`--lang 只能是 zh 或 en / --lang must be zh or en, got "${lang}"`);
  if (v.fix && v['fix-dry-run']) throw new UsageError('--fix 与 --fix-dry-run 只能选一个 / --fix and --fix-dry-run exclude each other');
  // --fix-suggestions alone once meant --fix: it wrote files though it reads as a modifier. It is one now.
  if (v['fix-suggestions'] && !v.fix && !v['fix-dry-run']) {
    throw new UsageError('--fix-suggestions 需与 --fix 或 --fix-dry-run 一起使用 / --fix-suggestions works only with --fix or --fix-dry-run');
  }
  // The dry run prints a diff on standard output: a JSON or SARIF report cannot share it.
  if (v['fix-dry-run'] && format !== 'text') {
    throw new UsageError(`--fix-dry-run 输出统一差异，不能与 --format ${format} 同用 / --fix-dry-run prints a unified diff and cannot be combined with --format ${format}`);
  }
  const mode = v['fix-dry-run'] ? 'dry-run' : v.fix ? 'fix' : 'check';
  // --stdin --fix prints the fixed text on standard output: a JSON or SARIF report cannot share it
  // (it was silently dropped, the text printed instead).
  if (v.stdin && mode === 'fix' && format !== 'text') {
    throw new UsageError(`--stdin --fix 在标准输出打印修复后的文本，不能与 --format ${format} 同用 / --stdin --fix prints the fixed text and cannot be combined with --format ${format}`);
  }

  const keys = new Set(severityKeys());
  const severities: Record<string, SeveritySetting> = {};
  for (const r of v.rule ?? []) {
    const eq = r.lastIndexOf('=');
    const key = eq >= 0 ? r.slice(0, eq) : r;
    const sev = eq >= 0 ? r.slice(eq + 1) : undefined;
    if (!keys.has(key)) throw new UsageError(`--rule：未知规则 "${key}"（gongwen rules 列出全部规则）/ --rule: unknown rule "${key}" (gongwen rules lists them)`);
    if (sev === undefined || sev === '') {
      throw new UsageError(`--rule ${key} 缺少级别，应写作 ${key}=off|hint|info|warning|error / --rule ${key}: the severity is missing; write ${key}=off|hint|info|warning|error`);
    }
    if (!(SEVERITY_SETTINGS as readonly string[]).includes(sev)) {
      throw new UsageError(`规则 ${key} 的级别 "${sev}" 无效，应为 off|hint|info|warning|error / invalid severity "${sev}" for ${key}`);
    }
    severities[key] = sev as SeveritySetting;
  }

  const stdin = v.stdin ?? false;
  if (v['stdin-filename'] !== undefined && !stdin) throw new UsageError('--stdin-filename 需与 --stdin 一起使用 / --stdin-filename needs --stdin');
  if (stdin && positionals.length) throw new UsageError(`使用 --stdin 时不能再给文件 / --stdin takes no PATH, got "${positionals[0]}"`);
  if (!stdin && positionals.length === 0) throw new UsageError('请给出要检查的文件或目录 / give at least one file or folder');
  // `-` is standard input in many tools; here it would be looked up as a file named "-" and not found.
  if (positionals.includes('-')) throw new UsageError('要检查标准输入请用 --stdin（可加 --stdin-filename NAME）/ to check standard input use --stdin (with --stdin-filename NAME)');
  // An empty name would give no language, no configuration, and output lines that start with ":".
  if (v['stdin-filename'] === '') throw new UsageError('--stdin-filename 不能为空 / --stdin-filename must not be empty');
  return {
    format,
    mode,
    fixSuggestions: v['fix-suggestions'] ?? false,
    severities,
    lang,
    ...(v.config !== undefined ? { config: v.config } : {}),
    stdin,
    ...(v['stdin-filename'] !== undefined ? { stdinFilename: v['stdin-filename'] } : {}),
    paths: positionals,
  };
}

/** node:util parseArgs, strict: unknown options, values on flags and missing values are errors. */
function parseCheck(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      fix: { type: 'boolean' },
      'fix-dry-run': { type: 'boolean' },
      'fix-suggestions': { type: 'boolean' },
      rule: { type: 'string', multiple: true },
      config: { type: 'string' },
      stdin: { type: 'boolean' },
      'stdin-filename': { type: 'string' },
      lang: { type: 'string' },
    },
  });
}

function position(source: Source, offset: number) {
  const line = source.lineAt(offset);
  return { line: line.index, character: offset - line.start };
}

/** A finding as `--format json` prints it (keys in this order; `fix` last, only when there is one). */
interface JsonFinding {
  rule: string;
  /** The sub-check (`empty-field` of `placeholder`), when the finding is one: its settings key is `rule/sub`. */
  sub?: string;
  severity: Finding['severity'];
  basis: Finding['basis'];
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  fix?: { title: string; kind: NonNullable<Finding['fix']>['kind']; edits: Array<{ range: JsonFinding['range']; newText: string }> };
}

function jsonFinding(f: Finding, source: Source, lang: 'zh' | 'en'): JsonFinding {
  const range = (s: number, e: number) => ({ start: position(source, s), end: position(source, e) });
  const out: JsonFinding =
    f.severityKey === f.rule
      ? { rule: f.rule, severity: f.severity, basis: f.basis, message: pick(f.message, lang), range: range(f.start, f.end) }
      : { rule: f.rule, sub: f.severityKey.slice(f.rule.length + 1), severity: f.severity, basis: f.basis, message: pick(f.message, lang), range: range(f.start, f.end) };
  // Added, not spread in: an object spread per finding is the slow path of cold code.
  if (f.fix) out.fix = { title: pick(f.fix.title, lang), kind: f.fix.kind, edits: f.fix.edits.map((e) => ({ range: range(e.start, e.end), newText: e.newText })) };
  return out;
}

/** Read all of standard input (the real process's, unless the caller gives its own). */
function readProcessStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

/** One document to check: a file, or standard input under its --stdin-filename. */
interface Input {
  /** As shown in output. */
  name: string;
  /** Read it (throws with a reason when unreadable). */
  read(): Promise<Loaded | { text: string; bom: boolean }>;
  /** Where fixes go: the file (through `writeAtomically`, which checks the file did not move on). */
  write?: (loaded: Loaded, text: string) => void;
}

async function runCheck(args: CheckArgs, io: CliIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const lang = args.lang;
  let config: CliConfig;
  try {
    config = new CliConfig(args.config, cwd);
  } catch (e) {
    throw new UsageError(`--config ${args.config}: 无法读取配置文件 / cannot read the configuration file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const problems: FileProblem[] = [];
  const inputs: Input[] = [];
  const skippedFolders: string[] = [];
  if (args.stdin) {
    // A terminal on standard input means nothing was piped: waiting for it would look like a hang.
    if (!io.stdin && process.stdin.isTTY) throw new UsageError('--stdin 需要从管道输入文本 / --stdin needs text piped in (e.g. cat a.md | gongwen check --stdin)');
    const name = args.stdinFilename ?? (lang === 'zh' ? '<标准输入>' : '<stdin>');
    inputs.push({
      name,
      read: async () => {
        return decode(await (io.stdin ?? readProcessStdin)());
      },
    });
  } else {
    for (const file of collectFiles(args.paths, problems, skippedFolders)) inputs.push({ name: file, read: async () => load(file), write: (loaded, text) => writeAtomically(file, loaded, text) });
  }
  let unreadable = 0;
  /** For SARIF's invocation: what went wrong around the check (also on stderr). */
  const notes = { configuration: [] as string[], execution: [] as string[], skipped: [] as string[] };
  /** For `--format json`: the files that could not be read, checked or written (also on stderr). */
  const jsonErrors: Array<{ path: string; message: string }> = [];
  /** A file that could not be read, checked or written: on stderr, in the JSON and SARIF reports, and exit code 2. */
  const fileError = (file: string, message: string) => {
    unreadable++;
    notes.execution.push(`${file}: ${message}`);
    jsonErrors.push({ path: file, message });
    io.stderr(`gongwen: ${displayPath(file)}: ${message}\n`);
  };
  /** For `--format json`: the configuration problems (also on stderr, and in SARIF's toolConfigurationNotifications). */
  const jsonConfigProblems: Array<{ path: string; key: string; message: string }> = [];
  const configProblem = (p: ConfigProblem) => {
    const line = formatProblem(p, lang === 'zh');
    notes.configuration.push(line);
    // `message` is the line printed on stderr (file, key, reason and what applies); `key` is '' for the whole file.
    jsonConfigProblems.push({ path: p.file, key: p.key, message: line });
    io.stderr(`gongwen: ${line}\n`);
  };
  // A file named by --config is the configuration the user asked for: a problem in it fails the run (exit 2,
  // as bad usage does) after the check, which applies what could be read. A searched rc file's problems are told only.
  const explicitProblems = config.explicitProblems();
  for (const p of explicitProblems) configProblem(p);
  if (explicitProblems.length > 0) {
    const n = explicitProblems.length;
    const message = `--config 指定的配置文件有 ${n} 处问题（退出码 2）/ the configuration file named by --config has ${n} problem(s) (exit code 2)`;
    unreadable++;
    notes.execution.push(`${args.config}: ${message}`);
    jsonErrors.push({ path: args.config!, message });
    io.stderr(`gongwen: ${displayPath(args.config!)}: ${message}\n`);
  }
  for (const p of problems) {
    if (!p.note) fileError(p.path, p.message);
    else {
      // A link to a folder in a walk is left out on purpose (no loops): said, but the run has not failed.
      notes.skipped.push(`${p.path}: ${p.message}`);
      io.stderr(`gongwen: ${displayPath(p.path)}: ${p.message}\n`);
    }
  }
  // With --fix-dry-run or --stdin --fix, standard output carries the diff or the text: findings stay out of it.
  const printsFindings = args.mode !== 'dry-run' && !(args.stdin && args.mode === 'fix');
  // Kept across files only for the format that prints them at the end: SARIF needs every file with its
  // source; JSON keeps each file's converted findings (its source and text are let go); text keeps nothing.
  const checked: CheckedFile[] = [];
  const jsonFiles: Array<{ path: string; diagnostics: JsonFinding[] }> = [];
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixedTotal = 0;
  let checkedCount = 0;
  /** Fixes --fix would apply but for their finding's severity (info, hint). */
  const belowWarning = new Map<string, number>();
  /** Files the configuration turned off (ignore, enable, languages). */
  let skipped = 0;
  // One file's failure (a rule outside its guard, a stack overflow) is reported and the run goes on.
  const failed = (file: string, e: unknown) => fileError(file, `内部错误，已跳过 / internal error, skipped: ${e instanceof Error ? e.message : String(e)}`);

  for (const [index, input] of inputs.entries()) {
    // Let signals (Ctrl-C) and a closed stdout be handled between files, never in the middle of a write.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (inputs.length > 1) io.progress?.(index, inputs.length);
    const file = input.name;
    const { settings, problems: configProblems } = config.settingsFor(args.stdin ? (args.stdinFilename ?? 'stdin.md') : file, args.severities);
    for (const p of configProblems) configProblem(p);
    const language = languageOf(args.stdin ? (args.stdinFilename ?? 'stdin.md') : file);
    if (settings.ignored || !settings.enable || !settings.languages.includes(language)) {
      skipped++;
      // A file named on the command line (or standard input) that is not checked says why; in a folder, the summary counts them.
      if (args.stdin || args.paths.includes(file)) {
        const why = settings.ignored
          ? '匹配配置的 ignore，未检查 / not checked: matched by an "ignore" glob of the configuration'
          : !settings.enable
            ? '配置中 enable 为 false，未检查 / not checked: "enable" is false in the configuration'
            : `配置的 languages 不含 ${language}，未检查 / not checked: "languages" of the configuration does not include ${language}`;
        notes.skipped.push(`${file}: ${why}`);
        io.stderr(`gongwen: ${displayPath(file)}: ${why}\n`);
      }
      if (args.stdin && args.mode === 'fix') {
        // --stdin --fix prints the text: an ignored document passes through unchanged. One that cannot be
        // decoded cannot pass through as text: it fails like any unreadable input (exit 2, nothing on
        // stdout), never an empty "fixed" text with exit 0 that an editor would put in the document's place.
        try {
          const loaded = await input.read();
          io.stdout((loaded.bom ? '\ufeff' : '') + loaded.text);
        } catch (e) {
          fileError(file, `无法读取 / cannot read: ${(e as Error).message}`);
        }
      }
      continue;
    }
    let loaded: Loaded | { text: string; bom: boolean };
    try {
      loaded = await input.read();
    } catch (e) {
      fileError(file, `无法读取，已跳过 / cannot read, skipped: ${(e as Error).message}`);
      continue;
    }
    checkedCount++;
    const options = lintOptionsOf(settings, language);
    let text = loaded.text;
    // A dry run changes nothing on disk: its findings, counts and exit code are those of the text as it is
    // (linted once, before the fixes, and handed to fixAll as its first pass).
    let before: ReturnType<typeof lint> | undefined;
    if (args.mode === 'dry-run') {
      try {
        before = lint(text, options);
      } catch (e) {
        failed(file, e);
        continue;
      }
    }
    if (args.mode !== 'check') {
      let result: ReturnType<typeof fixAll>;
      try {
        result = fixAll(text, options, 8, undefined, { suggestions: args.fixSuggestions, ...(before ? { first: before.findings } : {}) });
      } catch (e) {
        failed(file, e);
        continue;
      }
      if (args.mode === 'dry-run') {
        io.stdout(unifiedDiff(file, text, result.text, loaded.bom));
        fixedTotal += result.fixed;
      } else if (args.stdin) {
        io.stdout((loaded.bom ? '\ufeff' : '') + result.text);
        fixedTotal += result.fixed;
        text = result.text;
      } else if (result.text !== text) {
        try {
          input.write!(loaded as Loaded, result.text);
          fixedTotal += result.fixed;
          text = result.text;
        } catch (e) {
          fileError(file, `无法写入修复 / cannot write fixes: ${(e as Error).message}`);
        }
      }
    }
    let linted: ReturnType<typeof lint>;
    try {
      linted = before ?? lint(text, options);
    } catch (e) {
      failed(file, e);
      continue;
    }
    const { findings, source, errors } = linted;
    for (const err of errors) io.stderr(`gongwen: ${displayPath(file)}: 规则 ${err.rule} 内部错误 / rule ${err.rule} failed: ${String(err.error)}\n`);
    for (const f of findings) {
      counts[f.severity]++;
      // --fix applies fixes at warning or above (info and hint are tolerated forms): count what it left for that reason
      if (args.mode !== 'check' && f.fix && (f.fix.kind === 'safe' || args.fixSuggestions) && (f.severity === 'info' || f.severity === 'hint')) belowWarning.set(f.severityKey, (belowWarning.get(f.severityKey) ?? 0) + 1);
    }
    if (!printsFindings) continue;
    if (args.format === 'sarif') checked.push({ path: file, source, findings });
    else if (args.format === 'json') jsonFiles.push({ path: file, diagnostics: findings.map((f) => jsonFinding(f, source, lang)) });
    else {
      // One write per file (a write per finding is a system call each), the lines joined once.
      const shown = displayPath(file);
      const lines = findings.map((f) => {
        const p = position(source, f.start);
        return `${shown}:${p.line + 1}:${p.character + 1} ${f.severity} ${pick(f.message, lang)} [${f.severityKey}]\n`;
      });
      if (lines.length) io.stdout(lines.join(''));
    }
  }

  if (inputs.length > 1) io.progress?.(inputs.length, inputs.length);
  if (args.format === 'json' && printsFindings) {
    // `errors` only when some file could not be read, checked or written, or the --config file has problems
    // (the exit code is then 2); `configProblems` whenever a configuration file has problems.
    // `skippedFolders`: the folders a walk left out (hidden ones, node_modules…), as found, when there are any.
    const report: { version: 1; files: typeof jsonFiles; errors?: typeof jsonErrors; configProblems?: typeof jsonConfigProblems; skippedFolders?: string[] } = { version: 1, files: jsonFiles };
    if (jsonErrors.length) report.errors = jsonErrors;
    if (jsonConfigProblems.length) report.configProblems = jsonConfigProblems;
    if (skippedFolders.length) report.skippedFolders = skippedFolders;
    io.stdout(JSON.stringify(report) + '\n');
  } else if (args.format === 'sarif' && printsFindings) {
    io.stdout(JSON.stringify(formatSarif(checked, RULES, lang, typeof GONGWEN_VERSION === 'string' ? GONGWEN_VERSION : '0.0.0-dev', cwd, { ...notes, skippedFolders }), null, 2) + '\n');
  } else {
    const total = counts.error + counts.warning + counts.info + counts.hint;
    const below = [...belowWarning.values()].reduce((a, b) => a + b, 0);
    const belowKeys = [...belowWarning.keys()].map((k) => `--rule ${k}=warning`).join(' ');
    const belowNote =
      below > 0
        ? lang === 'zh'
          ? `；另有 ${below} 处信息或提示级问题的修复未应用（--fix 只应用警告及以上级别的修复；要应用请加 ${belowKeys}）`
          : `; ${below} fix(es) of info or hint findings not applied (--fix applies fixes at warning or error severity; to apply them add ${belowKeys})`
        : '';
    const skippedNote = skipped > 0 ? (lang === 'zh' ? `；按配置跳过 ${skipped} 个文件` : `; ${skipped} skipped by the configuration`) : '';
    // Folders a walk leaves out (dependencies, build output, hidden ones): counted, with the first few names.
    const folderNames = [...new Set(skippedFolders.map((f) => path.basename(f)))];
    const shownNames = folderNames.slice(0, 3).join(lang === 'zh' ? '、' : ', ') + (folderNames.length > 3 ? '…' : '');
    const foldersNote =
      skippedFolders.length > 0
        ? lang === 'zh'
          ? `；已跳过 ${skippedFolders.length} 个文件夹（${shownNames}；要检查请在命令行上直接写出）`
          : `; ${skippedFolders.length} folder(s) skipped (${shownNames}; name one on the command line to check it)`
        : '';
    const fixedNote = args.mode === 'fix' ? (lang === 'zh' ? `；已修复 ${fixedTotal} 处` : `; ${fixedTotal} fixed`) : args.mode === 'dry-run' ? (lang === 'zh' ? `；可修复 ${fixedTotal} 处（未写入）` : `; ${fixedTotal} fixable (not written)`) : '';
    const summary =
      lang === 'zh'
        ? `检查了 ${checkedCount} 个文件：${total} 处问题（错误 ${counts.error}，警告 ${counts.warning}，信息 ${counts.info}，提示 ${counts.hint}）${fixedNote}${belowNote}${skippedNote}${foldersNote}`
        : `${checkedCount} file(s) checked: ${total} finding(s) (${counts.error} error, ${counts.warning} warning, ${counts.info} info, ${counts.hint} hint)${fixedNote}${belowNote}${skippedNote}${foldersNote}`;
    io.stderr(summary + '\n');
  }
  if (unreadable > 0) return 2;
  return counts.error > 0 ? 1 : 0;
}

/** `gongwen rules [--lang zh|en]`, parsed as strictly as `check`. */
function langArg(argv: string[]): 'zh' | 'en' | undefined {
  let v: string | undefined;
  try {
    v = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { lang: { type: 'string' } } }).values.lang;
  } catch (e) {
    throw usageFromParseError(e);
  }
  if (v === undefined) return undefined;
  if (v !== 'zh' && v !== 'en') throw new UsageError(`--lang 只能是 zh 或 en / --lang must be zh or en, got "${v}"`);
  return v;
}

/**
 * Terminal columns of `s` (string-width). Loaded on first use, not at start-up: only `gongwen rules` needs
 * it, and building its emoji pattern costs every `check` tens of milliseconds.
 */
function stringWidth(s: string): number {
  return (require('string-width') as typeof import('string-width')).default(s);
}

/** `s` padded with spaces to `width` terminal columns (CJK and other East Asian wide characters count 2). */
export function padColumns(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - stringWidth(s)));
}

/** One line per rule and sub-check: id, default severity, basis, description; columns aligned by display width. */
function listRules(io: CliIO, lang: 'zh' | 'en'): number {
  const rows: string[][] = [];
  for (const r of RULES) {
    rows.push([r.meta.id, r.meta.defaultSeverity, r.meta.basis, pick(r.meta.description, lang)]);
    for (const [sub, m] of Object.entries(r.meta.subChecks ?? {})) rows.push([`${r.meta.id}/${sub}`, m.defaultSeverity, '', pick(m.description, lang)]);
  }
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((row) => stringWidth(row[c]))));
  for (const row of rows) io.stdout(`${row.slice(0, 3).map((cell, c) => padColumns(cell, widths[c])).join('  ')}  ${row[3]}\n`);
  return 0;
}

/** `gongwen rules` alone. */
const RULES_USAGE = `用法 Usage:
  gongwen rules [--lang zh|en]

列出全部规则及其子项：规则名、默认级别、依据、说明（--rule KEY=SEVERITY 与配置文件 rules 使用这些名称）。
List every rule and sub-check: id, default severity, basis, description (the KEY of --rule and of the rc file's "rules").
  --lang zh|en   说明的语言 / language of the descriptions
退出码 Exit: 0; 2 用法错误 / bad usage.`;

/** `gongwen lsp` alone. */
const LSP_USAGE = `用法 Usage:
  gongwen lsp --stdio

以标准输入输出运行语言服务器（LSP），供 Neovim、Emacs、Helix 等编辑器使用。
Run the language server (LSP) over standard input and output, for editors such as Neovim, Emacs or Helix.`;

/**
 * Does `argv` ask for help (`-h` or `--help` before a `--` that ends the options)? Checked before the
 * arguments are parsed, so that `gongwen check --help` prints the usage whatever else it carries.
 */
function asksHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** Run the CLI; returns the exit code (the `lsp` command never returns). */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    // Every command prints its own usage for -h/--help (exit 0); `export` does so itself.
    if ((cmd === 'check' || cmd === 'rules' || cmd === 'lsp') && asksHelp(rest)) {
      io.stdout(`${cmd === 'check' ? USAGE : cmd === 'rules' ? RULES_USAGE : LSP_USAGE}\n`);
      return 0;
    }
    switch (cmd) {
      case 'check':
        return await runCheck(parseCheckArgs(rest, io.env), io);
      case 'export':
        return await (await import('./export/cli')).runExport(rest, io);
      case 'rules':
        return listRules(io, langArg(rest) ?? defaultLang(io.env));
      case 'lsp': {
        if (!rest.includes('--stdio')) throw new UsageError('gongwen lsp 需要 --stdio / gongwen lsp needs --stdio');
        const server = (await import('./server')) as { startServer?: () => void };
        if (typeof server.startServer !== 'function') throw new Error('language server entry missing');
        server.startServer();
        return new Promise<number>(() => {});
      }
      case '--version':
      case '-v':
        io.stdout(`${typeof GONGWEN_VERSION === 'string' ? GONGWEN_VERSION : 'dev'}\n`);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE + '\n');
        return 0;
      default:
        throw new UsageError(cmd === undefined ? '缺少命令 / missing command' : `未知命令 ${cmd} / unknown command ${cmd}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      // One line naming what is wrong, and where the usage is: the whole usage buried the line that mattered.
      io.stderr(`gongwen: ${e.message}\n用法见 / usage: gongwen --help\n`);
      return 2;
    }
    throw e;
  }
}

/** `检查中 12/300 …` on one terminal line, redrawn at most every 100 ms and cleared at the end. */
function terminalProgress(): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done === total) process.stderr.write('\r\x1b[K');
    else if (now - last > 100) {
      last = now;
      process.stderr.write(`\r\x1b[K检查中 checking ${done}/${total} …`);
    }
  };
}

if (require.main === module) {
  let stdoutClosed = false;
  // The language server keeps its own stdio and signal handling.
  if (process.argv[2] !== 'lsp') {
    // Ctrl-C, SIGTERM, SIGHUP: remove any temporary file and stop (runCheck yields between files).
    installSignalCleanup();
    // Piped into `head`: once the reader is gone, stop without an EPIPE stack trace, but not with 0 — the
    // report was not all shown (exit 141, 128 + SIGPIPE, as a shell reports a process that SIGPIPE ended).
    // The error arrives between two files (runCheck yields there; a fix is written synchronously), so no
    // file is left half written: those fixed so far are whole, the others untouched. --fix says so on stderr.
    const fixing = process.argv.slice(3).includes('--fix') && !process.argv.slice(3).includes('--stdin');
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      stdoutClosed = true;
      removeTemporaries();
      if (fixing) {
        process.stderr.write('gongwen: 标准输出已关闭，已停止：已写入的修复完整保留，其余文件未改动 / standard output closed: stopped; the fixes already written are whole, the other files are unchanged\n');
      }
      process.exit(EXIT_STDOUT_CLOSED);
    });
    process.stderr.on('error', () => {
      // Nowhere left to report to; the exit code still tells.
    });
  }
  main(process.argv.slice(2), {
    stdout: (s) => {
      if (!stdoutClosed) process.stdout.write(s);
    },
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    progress: process.stderr.isTTY ? terminalProgress() : undefined,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`gongwen: 内部错误 / internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
