/**
 * The command-line tool over the same pure core as the language server:
 *   gongwen check [--format text|json] [--fix] [--fix-suggestions] [--rule KEY=SEVERITY]… [--lang zh|en] PATH…
 *   gongwen rules
 *   gongwen lsp --stdio
 * Exit codes: 0 no finding at error severity; 1 some; 2 bad usage or an unreadable file.
 */
import stringWidth from 'string-width';
import { collectFiles, displayPath, installSignalCleanup, languageOf, load, removeTemporaries, writeAtomically, type Loaded } from './cli-files';
import { lint } from './core/lint';
import { fixAll } from './core/autofix';
import { RULES } from './core/rules/index';
import { severityKeys } from './core/lint';
import { isChinese, pick } from './core/messages';
import { SEVERITY_SETTINGS, type Finding, type SeveritySetting } from './core/types';
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

async function runCheck(args: CheckArgs, io: CliIO): Promise<number> {
  const problems: string[] = [];
  const files = collectFiles(args.paths, problems);
  let unreadable = problems.length;
  for (const p of problems) io.stderr(`gongwen: ${p}\n`);
  const jsonFiles: unknown[] = [];
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixedTotal = 0;
  const lang = args.lang;
  // One file's failure (a rule outside its guard, a stack overflow) is reported and the run goes on.
  const failed = (file: string, e: unknown) => {
    unreadable++;
    io.stderr(`gongwen: ${displayPath(file)}: 内部错误，已跳过 / internal error, skipped: ${e instanceof Error ? e.message : String(e)}\n`);
  };

  for (const [index, file] of files.entries()) {
    // Let signals (Ctrl-C) and a closed stdout be handled between files, never in the middle of a write.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (files.length > 1) io.progress?.(index, files.length);
    let loaded: Loaded;
    try {
      loaded = load(file);
    } catch (e) {
      unreadable++;
      io.stderr(`gongwen: ${displayPath(file)}: 无法读取，已跳过 / cannot read, skipped: ${(e as Error).message}\n`);
      continue;
    }
    const language = languageOf(file);
    const options = { language, severities: args.severities };
    let text = loaded.text;
    if (args.fix) {
      let result: ReturnType<typeof fixAll>;
      try {
        result = fixAll(text, options, 8, undefined, { suggestions: args.fixSuggestions });
      } catch (e) {
        failed(file, e);
        continue;
      }
      if (result.text !== text) {
        try {
          writeAtomically(file, loaded, result.text);
          fixedTotal += result.fixed;
          text = result.text;
        } catch (e) {
          unreadable++;
          io.stderr(`gongwen: ${displayPath(file)}: 无法写入修复 / cannot write fixes: ${(e as Error).message}\n`);
        }
      }
    }
    let linted: ReturnType<typeof lint>;
    try {
      linted = lint(text, options);
    } catch (e) {
      failed(file, e);
      continue;
    }
    const { findings, source, errors } = linted;
    for (const err of errors) io.stderr(`gongwen: ${displayPath(file)}: 规则 ${err.rule} 内部错误 / rule ${err.rule} failed: ${String(err.error)}\n`);
    for (const f of findings) counts[f.severity]++;
    if (args.format === 'json') {
      jsonFiles.push({ path: file, diagnostics: findings.map((f) => jsonFinding(f, source, lang)) });
    } else {
      for (const f of findings) {
        const p = position(source, f.start);
        io.stdout(`${displayPath(file)}:${p.line + 1}:${p.character + 1} ${f.severity} ${pick(f.message, lang)} [${f.rule}]\n`);
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
        ? `检查了 ${files.length} 个文件：${total} 处问题（错误 ${counts.error}，警告 ${counts.warning}，信息 ${counts.info}，提示 ${counts.hint}）${args.fix ? `；已修复 ${fixedTotal} 处` : ''}`
        : `${files.length} file(s) checked: ${total} finding(s) (${counts.error} error, ${counts.warning} warning, ${counts.info} info, ${counts.hint} hint)${args.fix ? `; ${fixedTotal} fixed` : ''}`;
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

/** Run the CLI; returns the exit code (the `lsp` command never returns). */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'check':
        return runCheck(parseCheckArgs(rest, io.env), io);
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
  let stdoutClosed = false;
  // The language server keeps its own stdio and signal handling.
  if (process.argv[2] !== 'lsp') {
    // Ctrl-C, SIGTERM, SIGHUP: remove any temporary file and stop (runCheck yields between files).
    installSignalCleanup();
    // Piped into `head`: once the reader is gone, stop quietly instead of printing an EPIPE stack trace.
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      stdoutClosed = true;
      removeTemporaries();
      process.exit(0);
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
