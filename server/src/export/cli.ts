/**
 * `gongwen export DRAFT [-o OUT.docx] [--force] [--font KEY=NAME]… [--rule KEY=SEVERITY]… [--config FILE] [--lang zh|en]`:
 * the Word export (GB/T 9704 layout) on the command line. Loaded by the CLI only for this command
 * (its own bundle, dist/export-cli.js), so `gongwen check` never parses the .docx library.
 *
 * Reads the draft as `gongwen check` does (`decode`: UTF-8 with or without BOM; UTF-16, GBK and
 * binary files refused with the same messages) and its `.gongwenrc.json` files the same way (found
 * upward, or `--config`): their rules, allow-list and patterns decide the findings, their
 * `export.fonts` the fonts, each `--font` overriding one. Refuses, unless `--force`, when the draft
 * still has findings that block an export (gate.ts: error severity, unfilled placeholders, web
 * residue; naming them) or when the output file exists. Writes to a temporary file beside the output
 * and renames it, so a failed export leaves nothing half-written. Exit codes: 0 exported; 1 refused
 * because of blocking findings; 2 bad usage, an unreadable draft or configuration file, a `--config` file with
 * problems (told as `check` tells them; nothing exported), an existing
 * output without `--force`, an output name not ending in `.docx`, or a failed write.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { lint, severityKeys } from '../core';
import { isChinese, pick } from '../core';
import { SEVERITY_SETTINGS, type Finding, type SeveritySetting } from '../core';
import type { Source } from '../core';
import { CliConfig } from '../cli-config';
import { displayPath, languageOf, load, temporaryPath } from '../cli-files';
import { parseErrorMessage } from '../cli-usage';
import { formatProblem, lintOptionsOf } from '../config';
import { exportDocx } from './docx';
import { describeResidueLeftOut, residueLinesToLeaveOut, residuePartsToLeaveOut } from './residue';
import { FONT_KEYS, describeFonts } from './fonts';
import { blockingHeadline, blockingItems, describeBlocking } from './gate';
import { describeLiterals } from './literals';

/** What the export command writes to; the CLI's own `CliIO` fits it. */
export interface ExportIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: Record<string, string | undefined>;
  /** The folder relative paths and the rc-file search start from (default: the process's). */
  cwd?: string;
}

export const EXPORT_USAGE = `用法 Usage:
  gongwen export DRAFT [-o OUT.docx] [--force] [--font KEY=NAME]… [--rule KEY=SEVERITY]… [--config FILE] [--lang zh|en]

把 .md/.txt 草稿导出为 GB/T 9704 版式的 Word 文件（默认与草稿同名 .docx）。
Export a .md/.txt draft to a Word file in GB/T 9704 layout (default: the draft's name with .docx).
  -o, --output OUT.docx   输出文件 / output file
  --force                 仍有未填占位符、网页残留或错误级问题也导出，并覆盖已有文件
                          export despite placeholders, web residue or error-severity findings, and overwrite OUT
  --font KEY=NAME         字体，优先于配置文件的 export.fonts / font, over the rc file's export.fonts:
                          ${FONT_KEYS.join(', ')} (e.g. --font body=仿宋 --font title=华文中宋)
  --rule KEY=SEVERITY     同 check / as for check
  --config FILE           使用此配置文件，不再向上查找 .gongwenrc.json / use this file instead of searching for .gongwenrc.json
退出码 Exit: 0 已导出 / exported; 1 有须处理的问题未导出 / refused: findings left;
  2 用法、读写错误、--config 指定的配置文件有问题或文件已存在，未导出 / usage, read/write error, a --config file with problems, or OUT exists: nothing exported.`;

class UsageError extends Error {}

interface ExportArgs {
  draft: string;
  output: string;
  force: boolean;
  fonts: Record<string, string>;
  severities: Record<string, SeveritySetting>;
  config?: string;
  lang: 'zh' | 'en';
}

function parse(argv: string[], env: ExportIO['env']): ExportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        font: { type: 'string', multiple: true },
        rule: { type: 'string', multiple: true },
        lang: { type: 'string' },
        config: { type: 'string' },
      },
    });
  } catch (e) {
    throw new UsageError(parseErrorMessage(e));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('请给出一个草稿文件 / give exactly one draft file');
  const loc = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const lang = values.lang ?? (isChinese(loc) ? 'zh' : 'en');
  if (lang !== 'zh' && lang !== 'en') throw new UsageError(`--lang 只能是 zh 或 en / --lang must be zh or en, got "${lang}"`);
  const fonts: Record<string, string> = {};
  for (const f of values.font ?? []) {
    const eq = f.indexOf('=');
    const key = eq > 0 ? f.slice(0, eq) : '';
    if (!(FONT_KEYS as readonly string[]).includes(key)) throw new UsageError(`--font ${f}: 字体项应为 / key must be one of ${FONT_KEYS.join(', ')}`);
    fonts[key] = f.slice(eq + 1);
  }
  const keys = new Set(severityKeys());
  const severities: Record<string, SeveritySetting> = {};
  for (const r of values.rule ?? []) {
    const eq = r.lastIndexOf('=');
    const key = eq >= 0 ? r.slice(0, eq) : r;
    const sev = eq >= 0 ? r.slice(eq + 1) : '';
    if (!keys.has(key)) throw new UsageError(`--rule：未知规则 "${key}"（gongwen rules 列出全部规则）/ --rule: unknown rule "${key}" (gongwen rules lists them)`);
    // `--rule placeholder` names a known rule: what is missing is its severity, not the rule.
    if (sev === '') throw new UsageError(`--rule ${key} 缺少级别，应写作 ${key}=off|hint|info|warning|error / --rule ${key}: the severity is missing; write ${key}=off|hint|info|warning|error`);
    if (!(SEVERITY_SETTINGS as readonly string[]).includes(sev)) throw new UsageError(`规则 ${key} 的级别 "${sev}" 无效，应为 off|hint|info|warning|error / invalid severity "${sev}" for ${key}`);
    severities[key] = sev as SeveritySetting;
  }
  const draft = positionals[0];
  const output = values.output ?? defaultOutput(draft);
  if (path.resolve(output) === path.resolve(draft)) throw new UsageError('输出文件不能是草稿本身 / the output cannot be the draft itself');
  return { draft, output, force: values.force === true, fonts, severities, ...(values.config !== undefined ? { config: values.config } : {}), lang };
}

/** `通知.md` → `通知.docx`, beside the draft. */
export function defaultOutput(draft: string): string {
  const ext = path.extname(draft);
  return (ext ? draft.slice(0, -ext.length) : draft) + '.docx';
}

/** Run `gongwen export`; returns the exit code. */
export async function runExport(argv: string[], io: ExportIO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${EXPORT_USAGE}\n`);
    return 0;
  }
  let args: ExportArgs;
  try {
    args = parse(argv, io.env);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`gongwen export: ${e.message}\n\n${EXPORT_USAGE}\n`);
      return 2;
    }
    throw e;
  }
  const zh = args.lang === 'zh';
  const say = (z: string, en: string) => (zh ? z : en);

  const cwd = io.cwd ?? process.cwd();
  let config: CliConfig;
  try {
    config = new CliConfig(args.config, cwd);
  } catch (e) {
    io.stderr(`gongwen export: --config ${args.config}: 无法读取配置文件 / cannot read the configuration file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return 2;
  }
  // A file named by --config is the configuration the user asked for: its problems are told as `check` tells
  // them (each on stderr, then the count, exit 2), and nothing is exported — a Word file made with a
  // configuration read only in part (its fonts, its allow-list) is not the document asked for.
  const explicitProblems = config.explicitProblems();
  if (explicitProblems.length > 0) {
    for (const p of explicitProblems) io.stderr(`gongwen export: ${formatProblem(p, zh)}\n`);
    const n = explicitProblems.length;
    io.stderr(`gongwen export: ${displayPath(args.config!)}: --config 指定的配置文件有 ${n} 处问题，未导出；请修正后再导出 / the configuration file named by --config has ${n} problem(s); not exported: correct it and export again\n`);
    return 2;
  }
  const draftPath = path.resolve(cwd, args.draft);
  const outputPath = path.resolve(cwd, args.output);

  // A folder: export writes one Word file from one draft (`check` is the command that walks folders).
  if (isDirectory(draftPath)) {
    io.stderr(say(`gongwen export: ${displayPath(args.draft)} 是目录（文件夹）；export 只导出一个草稿文件，请指定其中的 .md 或 .txt 文件\n`, `gongwen export: ${displayPath(args.draft)} is a folder (directory); export takes one draft file: name a .md or .txt file\n`));
    return 2;
  }
  let text: string;
  try {
    // The same reading as `gongwen check` (regular files only, size limit, and the same messages for
    // UTF-16, GBK and binary files).
    text = load(draftPath, 'export').text;
  } catch (e) {
    io.stderr(`gongwen export: ${displayPath(args.draft)}: 无法读取 / cannot read: ${(e as Error).message}\n`);
    return 2;
  }
  // An empty draft (nothing but spaces and line breaks) would give an empty Word file: say so instead.
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    io.stderr(say(`gongwen export: ${displayPath(args.draft)} 是空的，未导出\n`, `gongwen export: ${displayPath(args.draft)} is empty; nothing exported\n`));
    return 2;
  }
  const language = languageOf(args.draft);
  const { settings, problems: configProblems } = config.settingsFor(draftPath, args.severities);
  for (const p of configProblems) io.stderr(`gongwen export: ${formatProblem(p, zh)}\n`);

  // A draft the configuration leaves unchecked (`enable: false`, or matched by `ignore`) is not held back
  // by findings no one asked for.
  const checked = settings.enable && !settings.ignored;
  const { findings, source } = checked ? lint(text, lintOptionsOf(settings, language)) : { findings: [], source: undefined };
  const blocking = blockingItems(findings);
  if (blocking.length > 0) {
    const src = source as Source;
    for (const f of blocking) io.stderr(`${args.draft}:${at(src, f)} ${f.severity} ${pick(f.message, args.lang)} [${f.rule}]\n`);
    const items = blocking.map((f) => ({ rule: f.rule, severity: f.severity, line: src.lineAt(f.start).index }));
    const what = describeBlocking(items);
    const headline = blockingHeadline(items);
    io.stderr(`gongwen export: ${zh ? headline.zh : headline.en}${say('：', ':')}\n`);
    for (const l of zh ? what.zh : what.en) io.stderr(`  ${l}\n`);
    if (!args.force) {
      io.stderr(say('gongwen export: 未导出；请先处理，或加 --force 仍然导出\n', 'gongwen export: not exported. Deal with them, or pass --force to export anyway\n'));
      return 1;
    }
  }

  if (isDirectory(outputPath)) {
    io.stderr(say(`gongwen export: ${args.output} 是文件夹；请用 -o 指定 .docx 文件名\n`, `gongwen export: ${args.output} is a folder; name a .docx file with -o\n`));
    return 2;
  }
  // The file is a Word document whatever it is called: a name that says otherwise (`-o 通知.txt`) would
  // hand the user a file that no program opens as what its name says.
  if (!/\.docx$/i.test(args.output)) {
    io.stderr(say(`gongwen export: ${args.output} 不是 .docx 文件名；导出的是 Word 文件，请用 -o 指定以 .docx 结尾的文件名\n`, `gongwen export: ${args.output} is not a .docx name; the export is a Word file: name it with -o ending in .docx\n`));
    return 2;
  }
  if (!args.force && fs.existsSync(outputPath)) {
    io.stderr(say(`gongwen export: ${args.output} 已存在；加 --force 覆盖，或用 -o 另选文件\n`, `gongwen export: ${args.output} exists; pass --force to overwrite it or choose another file with -o\n`));
    return 2;
  }

  // The rc files' fonts, each `--font` over its key.
  // Left out as web residue: what `check` deletes with a safe fix under this configuration — whole lines, and the
  // residue inside lines of the document's own text (none when the draft is not checked).
  const residue = source !== undefined ? residueLinesToLeaveOut(source, findings) : new Set<number>();
  const residueParts = source !== undefined ? residuePartsToLeaveOut(source, findings) : [];
  const result = await exportDocx(text, { language, fonts: { ...settings.export.fonts, ...args.fonts }, residue, residueParts });
  for (const p of result.problems) io.stderr(`gongwen export: ${say('字体', 'font')} ${p}\n`);
  try {
    writeNew(outputPath, result.data, args.force);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.stderr(
      code === 'EEXIST'
        ? say(`gongwen export: ${args.output} 已存在；加 --force 覆盖\n`, `gongwen export: ${args.output} exists; pass --force to overwrite it\n`)
        : `gongwen export: ${args.output}: ${say('无法写入', 'cannot write')}: ${writeProblem(code, zh) ?? code ?? (e as Error).message}\n`,
    );
    return 2;
  }
  io.stdout(`${say('已导出', 'Exported')} ${args.output}\n`);
  io.stdout(`${say('字体：', 'Fonts: ')}${describeFonts(result.fonts, args.lang)}\n`);
  const left = describeResidueLeftOut(result.omitted);
  if (left) io.stdout(`${pick(left, args.lang)}\n`);
  for (const m of describeLiterals(result.literals)) io.stdout(`${pick(m, args.lang)}\n`);
  return 0;
}

function at(source: Source, f: Finding): string {
  const line = source.lineAt(f.start);
  return `${line.index + 1}:${f.start - line.start + 1}`;
}

/**
 * Write `data` to `file` through a temporary file in the same folder: renamed over `file` when
 * `overwrite`, else linked to it, which fails with EEXIST rather than replace a file that appeared
 * meanwhile. The temporary file is removed in every case.
 */
function writeNew(file: string, data: Uint8Array, overwrite: boolean): void {
  const tmp = temporaryPath(file, String(process.pid));
  fs.writeFileSync(tmp, data);
  try {
    if (overwrite) {
      // The file replaced keeps its permissions (a read-only .docx stays read-only).
      const mode = modeOf(file);
      if (mode !== undefined) fs.chmodSync(tmp, mode);
      fs.renameSync(tmp, file);
    }
    else fs.linkSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** The permission bits of an existing file, or undefined when there is none. */
function modeOf(file: string): number | undefined {
  try {
    return fs.statSync(file).mode & 0o7777;
  } catch {
    return undefined;
  }
}

/** True when `p` names an existing folder (following links); false when it is missing or unreadable. */
function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * What a failed write's error code means for the writer, in the UI language, with the code
 * (`所在文件夹不存在（ENOENT）`); undefined for a code without a plain wording.
 */
function writeProblem(code: string | undefined, zh: boolean): string | undefined {
  const plain: Record<string, [string, string]> = {
    ENOENT: ['所在文件夹不存在', 'its folder does not exist'],
    ENOTDIR: ['路径中有一项不是文件夹', 'a part of its path is not a folder'],
    EACCES: ['没有写入权限', 'no permission to write there'],
    EPERM: ['没有写入权限', 'no permission to write there'],
    EROFS: ['所在磁盘只读', 'the disk is read-only'],
    ENOSPC: ['磁盘已满', 'the disk is full'],
  };
  const words = code ? plain[code] : undefined;
  return words ? `${zh ? words[0] : words[1]} (${code})` : undefined;
}
