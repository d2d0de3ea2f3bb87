/**
 * The command-line tool over the same pure core as the language server:
 *   gongwen check [--format text|json] [--fix] [--fix-suggestions] [--rule KEY=SEVERITY]… [--lang zh|en] PATH…
 *   gongwen rules
 *   gongwen lsp --stdio
 * Exit codes: 0 no finding at error severity; 1 some; 2 bad usage or an unreadable file.
 */
import * as fs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import * as path from 'node:path';
import { lint } from './core/lint';
import { fixAll } from './core/autofix';
import { RULES } from './core/rules/index';
import { severityKeys } from './core/lint';
import { isChinese, pick } from './core/messages';
import { SEVERITY_SETTINGS, type Finding, type Language, type SeveritySetting } from './core/types';
import type { Source } from './core/source';

declare const GONGWEN_VERSION: string | undefined;

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: Record<string, string | undefined>;
  /** Progress over many files (the real CLI draws it on a terminal's stderr only). */
  progress?: (done: number, total: number) => void;
}

interface CheckArgs {
  format: 'text' | 'json';
  fix: boolean;
  /** With --fix: apply fixes of kind `suggestion` too (renumbering, re-levelling). */
  fixSuggestions: boolean;
  severities: Record<string, SeveritySetting>;
  lang: 'zh' | 'en';
  paths: string[];
}

class UsageError extends Error {}

const USAGE = `用法 Usage:
  gongwen check [--format text|json] [--fix] [--fix-suggestions] [--rule KEY=off|hint|info|warning|error]… [--lang zh|en] PATH…
  gongwen rules            列出全部规则 / list the rules
  gongwen lsp --stdio      以标准输入输出运行语言服务器 / run the language server over stdio
  gongwen --version

PATH: .md / .txt 文件或目录 (files or folders). KEY: a rule id or rule/sub, e.g.
  --rule numbering-punctuation/arabic-dunhao=off --rule placeholder=error
退出码 Exit: 0 无 error 级问题 / no error-severity finding; 1 有 / some; 2 用法错误或文件无法读取 / bad usage or unreadable file.`;

function defaultLang(env: Record<string, string | undefined>): 'zh' | 'en' {
  const loc = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return isChinese(loc) ? 'zh' : 'en';
}

function parseCheckArgs(argv: string[], env: CliIO['env']): CheckArgs {
  const args: CheckArgs = { format: 'text', fix: false, fixSuggestions: false, severities: {}, lang: defaultLang(env), paths: [] };
  const keys = new Set(severityKeys());
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string): string => {
      const eq = a.indexOf('=');
      if (eq > 0 && a.startsWith('--')) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} 缺少取值 / ${name} needs a value`);
      return v;
    };
    const flag = a.startsWith('--') ? a.split('=')[0] : a;
    if (flag === '--format') {
      const v = value('--format');
      if (v !== 'text' && v !== 'json') throw new UsageError(`--format 只能是 text 或 json / --format must be text or json, got "${v}"`);
      args.format = v;
    } else if (flag === '--fix') {
      args.fix = true;
    } else if (flag === '--fix-suggestions') {
      args.fix = true;
      args.fixSuggestions = true;
    } else if (flag === '--lang') {
      const v = value('--lang');
      if (v !== 'zh' && v !== 'en') throw new UsageError(`--lang 只能是 zh 或 en / --lang must be zh or en, got "${v}"`);
      args.lang = v;
    } else if (flag === '--rule') {
      const v = value('--rule');
      const eq = v.lastIndexOf('=');
      const key = eq > 0 ? v.slice(0, eq) : '';
      const sev = eq > 0 ? v.slice(eq + 1) : '';
      if (!keys.has(key)) throw new UsageError(`未知规则 "${key || v}" / unknown rule "${key || v}". 可用 / known: ${[...keys].join(', ')}`);
      if (!(SEVERITY_SETTINGS as readonly string[]).includes(sev)) {
        throw new UsageError(`规则 ${key} 的级别 "${sev}" 无效，应为 off|hint|info|warning|error / invalid severity "${sev}" for ${key}`);
      }
      args.severities[key] = sev as SeveritySetting;
    } else if (a === '--') {
      args.paths.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`未知选项 ${a} / unknown option ${a}`);
    } else {
      args.paths.push(a);
    }
  }
  if (args.paths.length === 0) throw new UsageError('请给出要检查的文件或目录 / give at least one file or folder');
  return args;
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

/** Expand files and folders into the .md/.txt files to check, sorted, each once. */
function collectFiles(paths: string[], problems: string[]): string[] {
  const out = new Set<string>();
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push(`${dir}: 无法读取目录 / cannot read folder (${(e as NodeJS.ErrnoException).code ?? e})`);
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p);
      } else if (e.isFile() && /\.(md|markdown|txt)$/i.test(e.name)) out.add(p);
    }
  };
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      problems.push(`${p}: 文件不存在或无法访问 / no such file or not accessible (${(e as NodeJS.ErrnoException).code ?? e})`);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else out.add(p);
  }
  return [...out];
}

function languageOf(file: string): Language {
  return /\.txt$/i.test(file) ? 'plaintext' : 'markdown';
}


interface Loaded {
  text: string;
  bom: boolean;
}

function load(file: string): Loaded {
  const buf = fs.readFileSync(file);
  if (buf.includes(0)) throw new Error('看起来是二进制文件 / looks like a binary file');
  if (!isUtf8(buf)) throw new Error('不是有效的 UTF-8 文本（GBK 文件请先转存为 UTF-8）/ not valid UTF-8 (save GBK files as UTF-8 first)');
  // Buffer#toString keeps a leading BOM, so --fix can write it back.
  const text = buf.toString('utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

function position(source: Source, offset: number) {
  const line = source.lineAt(offset);
  return { line: line.index, character: offset - line.start };
}

function jsonFinding(f: Finding, source: Source, lang: 'zh' | 'en') {
  const range = (s: number, e: number) => ({ start: position(source, s), end: position(source, e) });
  return {
    rule: f.rule,
    severity: f.severity,
    basis: f.basis,
    message: pick(f.message, lang),
    range: range(f.start, f.end),
    ...(f.fix
      ? { fix: { title: pick(f.fix.title, lang), kind: f.fix.kind, edits: f.fix.edits.map((e) => ({ range: range(e.start, e.end), newText: e.newText })) } }
      : {}),
  };
}

/** Write a file through a temporary sibling and a rename, so a crash never leaves half a file. */
function writeAtomically(file: string, content: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.gongwen-${process.pid}.tmp`);
  fs.writeFileSync(tmp, content);
  try {
    fs.chmodSync(tmp, fs.statSync(file).mode);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

function runCheck(args: CheckArgs, io: CliIO): number {
  const problems: string[] = [];
  const files = collectFiles(args.paths, problems);
  let unreadable = problems.length;
  for (const p of problems) io.stderr(`gongwen: ${p}\n`);
  const jsonFiles: unknown[] = [];
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixedTotal = 0;
  const lang = args.lang;

  for (const [index, file] of files.entries()) {
    if (files.length > 1) io.progress?.(index, files.length);
    let loaded: Loaded;
    try {
      loaded = load(file);
    } catch (e) {
      unreadable++;
      io.stderr(`gongwen: ${file}: 无法读取，已跳过 / cannot read, skipped: ${(e as Error).message}\n`);
      continue;
    }
    const language = languageOf(file);
    const options = { language, severities: args.severities };
    let text = loaded.text;
    if (args.fix) {
      const result = fixAll(text, options, 8, undefined, { suggestions: args.fixSuggestions });
      if (result.text !== text) {
        try {
          writeAtomically(file, (loaded.bom ? '\ufeff' : '') + result.text);
          fixedTotal += result.fixed;
          text = result.text;
        } catch (e) {
          unreadable++;
          io.stderr(`gongwen: ${file}: 无法写入修复 / cannot write fixes: ${(e as Error).message}\n`);
        }
      }
    }
    const { findings, source, errors } = lint(text, options);
    for (const err of errors) io.stderr(`gongwen: ${file}: 规则 ${err.rule} 内部错误 / rule ${err.rule} failed: ${String(err.error)}\n`);
    for (const f of findings) counts[f.severity]++;
    if (args.format === 'json') {
      jsonFiles.push({ path: file, diagnostics: findings.map((f) => jsonFinding(f, source, lang)) });
    } else {
      for (const f of findings) {
        const p = position(source, f.start);
        io.stdout(`${file}:${p.line + 1}:${p.character + 1} ${f.severity} ${pick(f.message, lang)} [${f.rule}]\n`);
      }
    }
  }

  if (files.length > 1) io.progress?.(files.length, files.length);
  if (args.format === 'json') {
    io.stdout(JSON.stringify({ version: 1, files: jsonFiles }) + '\n');
  } else {
    const total = counts.error + counts.warning + counts.info + counts.hint;
    const summary =
      lang === 'zh'
        ? `检查了 ${files.length} 个文件：${total} 处问题（错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info + counts.hint}）${args.fix ? `；已修复 ${fixedTotal} 处` : ''}`
        : `${files.length} file(s) checked: ${total} finding(s) (${counts.error} error, ${counts.warning} warning, ${counts.info + counts.hint} info/hint)${args.fix ? `; ${fixedTotal} fixed` : ''}`;
    io.stderr(summary + '\n');
  }
  if (unreadable > 0) return 2;
  return counts.error > 0 ? 1 : 0;
}

function langArg(argv: string[]): 'zh' | 'en' | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  const v = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  if (v !== 'zh' && v !== 'en') throw new UsageError(`--lang 只能是 zh 或 en / --lang must be zh or en, got "${v ?? ''}"`);
  return v;
}

function listRules(io: CliIO, lang: 'zh' | 'en'): number {
  for (const r of RULES) {
    io.stdout(`${r.meta.id.padEnd(24)} ${r.meta.defaultSeverity.padEnd(8)} ${r.meta.basis.padEnd(11)} ${pick(r.meta.description, lang)}\n`);
    for (const [sub, m] of Object.entries(r.meta.subChecks ?? {})) {
      io.stdout(`${`${r.meta.id}/${sub}`.padEnd(24)} ${m.defaultSeverity.padEnd(8)} ${''.padEnd(11)} ${pick(m.description, lang)}\n`);
    }
  }
  return 0;
}

/** Run the CLI; returns the exit code (the `lsp` command never returns). */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'check':
        return runCheck(parseCheckArgs(rest, io.env), io);
      case 'export': return (await import('./export/cli')).runExport(rest, io);
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
      io.stderr(`gongwen: ${e.message}\n\n${USAGE}\n`);
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
  main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
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
