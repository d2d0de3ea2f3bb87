/**
 * Keystroke → fresh diagnostics latency of the built language server (dist/server.js) over stdio.
 *   npm run bench:latency            (builds first)
 *   node --import tsx scripts/bench-latency.ts [--chars 100000] [--warmup 200] [--edits 200] [--heavy] [--json] [--server FILE] [--protocol-only]
 * Opens a ~100k-character draft (the shared corpus and seed when present, else generated), sends
 * single-character didChange edits and, after each, pulls diagnostics as VS Code does (with the
 * previous resultId) until the answer is for the new version. Prints p50/p95/max in milliseconds of the
 * first `--warmup` keystrokes after opening (the server's code is still being compiled by V8) and of the
 * `--edits` keystrokes after them (a server that has been running: the figure the targets are for).
 * Also prints the mean CPU time per keystroke of the server (Linux /proc) and of this client, for full
 * and "unchanged" answers: a figure that hardly moves when other programs share the machine.
 * `--protocol-only` skips the in-process core figures (quicker A/B runs of the server).
 * `--server FILE` starts another build of the server (e.g. an earlier commit's dist/server.js) for A/B runs.
 * Targets (issue 9 §6): p95 ≤ 10 ms on a typical 100,000-character draft; with --heavy (a template page
 * repeated to 100,000 characters) p95 ≤ 25 ms.
 */
import * as fs from 'node:fs';
import { lint, LintSession } from '../server/src/core';
import { positionOf, TestClient } from '../test/protocol/lsp-client';
import { DRAFT, seedText } from '../test/protocol/fixture';
import { INITIALIZATION_OPTIONS } from '../client/src/rule-code';
import { SERVER_EXEC_ARGV } from '../client/src/server-launch';
import * as path from 'node:path';
import { corpusFiles, SHARED_DIR } from '../test/helpers/shared';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
}

/** About `chars` characters of realistic draft: seed + corpus documents, else the test draft repeated. */
function buildDraft(chars: number): { text: string; from: string } {
  const parts: string[] = [];
  const seed = seedText();
  if (seed) parts.push(seed);
  for (const f of corpusFiles()) {
    if (parts.join('\n').length >= chars) break;
    parts.push(fs.readFileSync(f, 'utf8'));
  }
  const from = parts.length ? `seed + corpus (${parts.length} files)` : 'generated';
  while (parts.join('\n').length < chars) parts.push(DRAFT);
  return { text: parts.join('\n').slice(0, chars), from };
}

/**
 * CPU milliseconds (user + system) the process `pid` has used so far, from /proc (Linux; undefined
 * elsewhere). Counted in clock ticks (10 ms): meaningful as a sum over many keystrokes. Unlike the
 * wall-clock figures it hardly moves when other programs share the machine.
 */
function cpuOf(pid: number | undefined): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** CPU milliseconds this process has used so far. */
function ownCpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * The heavy case of issue 9 §6: a template page repeated to `chars` characters (the issue says "about 1,200
 * findings"). The page is the dev-set page whose own density of findings, scaled to `chars`, comes closest to
 * that count. With the rules of 2026-11-30 no page comes close: the chosen one (fanwen-dev/024, 301 characters,
 * 7 findings) scales to about 2,300, and repeated it has 2,658 (2,326 half-width commas, 332 residue lines).
 * Undefined without ../shared.
 */
function buildHeavy(chars: number): { text: string; from: string } | undefined {
  const dir = path.join(SHARED_DIR, 'fanwen-dev');
  if (!fs.existsSync(dir)) return undefined;
  let best: { file: string; text: string; off: number } | undefined;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const page = fs.readFileSync(path.join(dir, file), 'utf8');
    if (page.length < 300) continue;
    const off = Math.abs((lint(page, { language: 'plaintext' }).findings.length / page.length) * chars - 1200);
    if (!best || off < best.off) best = { file, text: page, off };
  }
  if (!best) return undefined;
  return { text: best.text.repeat(Math.ceil(chars / best.text.length)).slice(0, chars), from: `fanwen-dev/${best.file} repeated` };
}

async function main() {
  const chars = arg('chars', 100_000);
  const n = arg('edits', 200);
  const heavy = process.argv.includes('--heavy');
  const draft = heavy ? buildHeavy(chars) : buildDraft(chars);
  if (!draft) throw new Error('--heavy needs ../shared/fanwen-dev');
  const { text, from } = draft;
  const target = heavy ? 25 : 10;
  const uri = 'file:///bench/draft.txt';

  const s = process.argv.indexOf('--server');
  // announce what the VS Code extension announces (it links rule codes itself: no codeDescription)
  // Started as the extension starts it: its initialization options and its Node.js options.
  const c = await TestClient.start({ locale: 'zh-cn', initializationOptions: INITIALIZATION_OPTIONS, nodeArgs: SERVER_EXEC_ARGV, ...(s > 0 ? { program: path.resolve(process.argv[s + 1]) } : {}) });
  try {
    c.open(uri, text, 'plaintext');
    await c.diagnostics(uri); // warm up: first lint and JIT
    for (let i = 0; i < 5; i++) await c.diagnostics(uri);

    let current = text;
    const warmup = arg('warmup', 200);
    const times: number[] = [];
    const coldTimes: number[] = [];
    let fulls = 0;
    // CPU per timed keystroke, by the kind of answer: the server's and this client's (sending, JSON parsing)
    const cpu = { full: { server: 0, client: 0, n: 0 }, unchanged: { server: 0, client: 0, n: 0 } };
    let previousResultId: string | undefined = (await c.diagnostics(uri)).resultId;
    for (let i = 0; i < warmup + n; i++) {
      // type one character at a spread-out position (inserting, then deleting it again)
      const insert = i % 2 === 0;
      const offset = insert ? Math.floor(((i * 7919) % 997) / 997 * current.length) : lastOffset;
      const ch = '的';
      const range = insert
        ? { start: positionOf(current, offset), end: positionOf(current, offset) }
        : { start: positionOf(current, offset), end: positionOf(current, offset + 1) };
      const server0 = cpuOf(c.proc.pid);
      const client0 = ownCpu();
      const start = performance.now();
      const version = c.edit(uri, range, insert ? ch : '');
      let report: any;
      do {
        report = await c.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
        previousResultId = report.resultId;
      } while (!String(report.resultId ?? '').endsWith(`:${version}`)); // resultId = <analysis id>:<version>
      if (i < warmup) coldTimes.push(performance.now() - start);
      else {
        times.push(performance.now() - start);
        if (report.kind === 'full') fulls++;
        const k = cpu[report.kind === 'full' ? 'full' : 'unchanged'];
        k.client += ownCpu() - client0;
        k.server += (cpuOf(c.proc.pid) ?? NaN) - (server0 ?? NaN);
        k.n++;
      }
      current = insert ? current.slice(0, offset) + ch + current.slice(offset) : current.slice(0, offset) + current.slice(offset + 1);
      lastOffset = offset;
    }
    times.sort((a, b) => a - b);
    coldTimes.sort((a, b) => a - b);
    // In this process, after the protocol run (so that this process's heap does not slow the client above):
    // The core alone, in this process, on the same kind of one-character variants: separates rule cost from server cost.
    const findings = lint(text, { language: 'plaintext' }).findings.length;
    const lintTimes: number[] = [];
    const inProcess = process.argv.includes('--protocol-only') ? 0 : Math.min(n, 100);
    for (let i = 0; i < inProcess; i++) {
      const at = Math.floor((((i * 7919) % 997) / 997) * text.length);
      const variant = text.slice(0, at) + '的' + text.slice(at);
      const t0 = performance.now();
      lint(variant, { language: 'plaintext' });
      lintTimes.push(performance.now() - t0);
    }
    lintTimes.sort((a, b) => a - b);
    // The same edits through an incremental session (what the server does: one session per document).
    const session = new LintSession();
    let edited = text;
    lint(edited, { language: 'plaintext' }, undefined, session);
    const sessionTimes: number[] = [];
    const sessionWarmup = arg('warmup', 200);
    for (let i = 0; inProcess && i < sessionWarmup + inProcess; i++) {
      const at = Math.floor((((i * 7919) % 997) / 997) * edited.length);
      edited = edited.slice(0, at) + '的' + edited.slice(at);
      const t0 = performance.now();
      lint(edited, { language: 'plaintext' }, undefined, session);
      if (i >= sessionWarmup) sessionTimes.push(performance.now() - t0);
    }
    sessionTimes.sort((a, b) => a - b);
    const result = {
      chars: text.length,
      source: from,
      findings,
      warmup,
      coldP50: warmup ? +percentile(coldTimes, 50).toFixed(2) : undefined,
      coldP95: warmup ? +percentile(coldTimes, 95).toFixed(2) : undefined,
      edits: n,
      fullReports: fulls,
      coreLintP50: inProcess ? +percentile(lintTimes, 50).toFixed(2) : undefined,
      coreLintP95: inProcess ? +percentile(lintTimes, 95).toFixed(2) : undefined,
      sessionLintP50: inProcess ? +percentile(sessionTimes, 50).toFixed(2) : undefined,
      sessionLintP95: inProcess ? +percentile(sessionTimes, 95).toFixed(2) : undefined,
      p50: +percentile(times, 50).toFixed(2),
      p95: +percentile(times, 95).toFixed(2),
      max: +times[times.length - 1].toFixed(2),
      cpuFullServer: +(cpu.full.server / cpu.full.n).toFixed(2),
      cpuFullClient: +(cpu.full.client / cpu.full.n).toFixed(2),
      cpuUnchangedServer: +(cpu.unchanged.server / cpu.unchanged.n).toFixed(2),
      cpuUnchangedClient: +(cpu.unchanged.client / cpu.unchanged.n).toFixed(2),
    };
    if (process.argv.includes('--json')) console.log(JSON.stringify(result));
    else {
      console.log(`draft: ${result.chars} characters (${result.source}), ${result.findings} findings`);
      if (inProcess) {
        console.log(`core lint alone (in process): p50 ${result.coreLintP50} ms   p95 ${result.coreLintP95} ms`);
        console.log(`core lint with an incremental session (in process, after ${sessionWarmup} warm-up edits): p50 ${result.sessionLintP50} ms   p95 ${result.sessionLintP95} ms`);
      }
      if (warmup) console.log(`keystroke → fresh diagnostics over stdio, the first ${warmup} keystrokes after opening (V8 still compiling): p50 ${result.coldP50} ms   p95 ${result.coldP95} ms`);
      console.log(`keystroke → fresh diagnostics over stdio, the ${n} keystrokes after them (${fulls} answered with a full report, the rest "unchanged"):`);
      console.log(`  p50 ${result.p50} ms   p95 ${result.p95} ms   max ${result.max} ms   (target p95 ≤ ${target} ms: ${result.p95 <= target ? 'met' : 'NOT met'})`);
      console.log(
        `  CPU per keystroke (mean; the server's from /proc in 10 ms ticks): full report: server ${result.cpuFullServer} ms, client ${result.cpuFullClient} ms;` +
          ` "unchanged": server ${result.cpuUnchangedServer} ms, client ${result.cpuUnchangedClient} ms`,
      );
    }
  } finally {
    await c.stop();
  }
}
let lastOffset = 0;

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
