/**
 * `gongwen export DRAFT [-o OUT.docx] [--force] [--font KEY=NAME]… [--rule KEY=SEVERITY]… [--lang zh|en]`:
 * the Word export (GB/T 9704 layout) on the command line. Loaded by the CLI only for this command
 * (its own bundle, dist/export-cli.js), so `gongwen check` never parses the .docx library.
 *
 * Refuses, unless `--force`, when the draft still has error-severity findings (naming them) or when
 * the output file exists. Writes to a temporary file beside the output and renames it, so a failed
 * export leaves nothing half-written. Exit codes: 0 exported; 1 refused because of error-severity
 * findings; 2 bad usage, an unreadable draft, an existing output without `--force`, or a failed write.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isUtf8 } from 'node:buffer';
import { parseArgs } from 'node:util';
import { lint, severityKeys } from '../core';
import { isChinese, pick } from '../core';
import { SEVERITY_SETTINGS, type Finding, type Language, type SeveritySetting } from '../core';
import type { Source } from '../core';
import { exportDocx } from './docx';
import { FONT_KEYS, describeFonts } from './fonts';

/** What the export command writes to; the CLI's own `CliIO` fits it. */
export interface ExportIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: Record<string, string | undefined>;
}

export const EXPORT_USAGE = `用法 Usage:
  gongwen export DRAFT [-o OUT.docx] [--force] [--font KEY=NAME]… [--rule KEY=SEVERITY]… [--lang zh|en]

把 .md/.txt 草稿导出为 GB/T 9704 版式的 Word 文件（默认与草稿同名 .docx）。
Export a .md/.txt draft to a Word file in GB/T 9704 layout (default: the draft's name with .docx).
  -o, --output OUT.docx   输出文件 / output file
  --force                 仍有错误级问题也导出，并覆盖已有文件 / export despite error-severity findings and overwrite OUT
  --font KEY=NAME         字体 / font: ${FONT_KEYS.join(', ')} (e.g. --font body=仿宋 --font title=华文中宋)
  --rule KEY=SEVERITY     同 check / as for check
退出码 Exit: 0 已导出 / exported; 1 有错误级问题未导出 / refused: error-severity findings; 2 用法、读写错误或文件已存在 / usage, read/write error, or OUT exists.`;

class UsageError extends Error {}

interface ExportArgs {
  draft: string;
  output: string;
  force: boolean;
  fonts: Record<string, string>;
  severities: Record<string, SeveritySetting>;
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
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
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
    const key = eq > 0 ? r.slice(0, eq) : '';
    const sev = r.slice(eq + 1);
    if (!keys.has(key)) throw new UsageError(`未知规则 "${key || r}" / unknown rule "${key || r}"`);
    if (!(SEVERITY_SETTINGS as readonly string[]).includes(sev)) throw new UsageError(`规则 ${key} 的级别 "${sev}" 无效 / invalid severity "${sev}" for ${key}`);
    severities[key] = sev as SeveritySetting;
  }
  const draft = positionals[0];
  const output = values.output ?? defaultOutput(draft);
  if (path.resolve(output) === path.resolve(draft)) throw new UsageError('输出文件不能是草稿本身 / the output cannot be the draft itself');
  return { draft, output, force: values.force === true, fonts, severities, lang };
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

  let text: string;
  try {
    const buf = fs.readFileSync(args.draft);
    if (buf.includes(0) || !isUtf8(buf)) throw new Error(say('不是 UTF-8 文本', 'not UTF-8 text'));
    text = buf.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  } catch (e) {
    io.stderr(`gongwen export: ${args.draft}: ${say('无法读取', 'cannot read')}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  const language: Language = /\.txt$/i.test(args.draft) ? 'plaintext' : 'markdown';

  const { findings, source } = lint(text, { language, severities: args.severities });
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    for (const f of errors) io.stderr(`${args.draft}:${at(source, f)} error ${pick(f.message, args.lang)} [${f.rule}]\n`);
    if (!args.force) {
      io.stderr(say(`gongwen export: 草稿仍有 ${errors.length} 处错误级问题，未导出；请先修正，或加 --force 仍然导出\n`, `gongwen export: the draft still has ${errors.length} error-severity finding(s); not exported. Fix them, or pass --force to export anyway\n`));
      return 1;
    }
  }

  if (!args.force && fs.existsSync(args.output)) {
    io.stderr(say(`gongwen export: ${args.output} 已存在；加 --force 覆盖，或用 -o 另选文件\n`, `gongwen export: ${args.output} exists; pass --force to overwrite it or choose another file with -o\n`));
    return 2;
  }

  const result = await exportDocx(text, { language, fonts: args.fonts });
  for (const p of result.problems) io.stderr(`gongwen export: --font ${p}\n`);
  try {
    writeNew(args.output, result.data, args.force);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.stderr(
      code === 'EEXIST'
        ? say(`gongwen export: ${args.output} 已存在；加 --force 覆盖\n`, `gongwen export: ${args.output} exists; pass --force to overwrite it\n`)
        : `gongwen export: ${args.output}: ${say('无法写入', 'cannot write')}: ${code ?? (e as Error).message}\n`,
    );
    return 2;
  }
  io.stdout(`${say('已导出', 'Exported')} ${args.output}\n`);
  io.stdout(`${say('字体：', 'Fonts: ')}${describeFonts(result.fonts, args.lang)}\n`);
  if (result.omitted.residue > 0) io.stdout(say(`略去网页残留 ${result.omitted.residue} 行\n`, `Left out ${result.omitted.residue} line(s) of web residue\n`));
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
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.gongwen-${process.pid}.tmp`);
  fs.writeFileSync(tmp, data);
  try {
    if (overwrite) fs.renameSync(tmp, file);
    else fs.linkSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
