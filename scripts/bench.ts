/**
 * Benchmark (not a test): lints 1 MB and 10 MB of Chinese text built from the corpus and the seed,
 * prints throughput, and times autocorrect-node's CLI on the same files for a whole-process ratio.
 * Also prints where the CLI's whole-process time goes besides the (warm, in-process) lint: start-up
 * on a tiny file, and for 10 MB the lint's first run in a fresh process versus the rest (start-up,
 * reading and decoding, formatting and writing the output).
 * Targets (issue 9 §6): all rules together ≥ 4× faster than autocorrect whole-process at 10 MB; < 1 ms per warm
 * call on the seed. Run: npm run bench
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { lint } from '../server/src/core/lint';
import { RULES } from '../server/src/core/rules/index';
import { proseOf } from '../server/src/core/text';
import type { Rule, RuleContext } from '../server/src/core/types';
import { corpusFiles, seedText } from '../test/helpers/shared';

const root = path.join(__dirname, '..');

function sources(): { seed: string; parts: string[]; origin: string } {
  const seed = seedText();
  const corpus = corpusFiles();
  if (seed !== undefined && corpus.length > 0) {
    return { seed, parts: [seed, ...corpus.map((f) => fs.readFileSync(f, 'utf8'))], origin: '../shared corpus + seed' };
  }
  const ex = fs.readdirSync(path.join(root, 'examples')).map((f) => fs.readFileSync(path.join(root, 'examples', f), 'utf8'));
  return { seed: ex[0], parts: ex, origin: 'examples/ (../shared not found)' };
}

function build(parts: string[], bytes: number): string {
  const chunks: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = parts[i % parts.length];
    chunks.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return chunks.join('\n\n');
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median wall time (ms) of `runs` runs of a command, output discarded. */
function wholeProcess(cmd: string, args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
    times.push(performance.now() - t);
    if (r.error) throw r.error;
  }
  return median(times);
}

/**
 * Median time (ms) of the first `lint` call in a fresh process on `file` (the code not yet optimized,
 * as in the CLI), timed inside that process: start-up and reading are left out.
 */
function coldLint(file: string, tmp: string, runs: number): number {
  const script = path.join(tmp, 'cold-lint.ts');
  fs.writeFileSync(
    script,
    [
      `import * as fs from 'node:fs';`,
      `import { lint } from ${JSON.stringify(path.join(root, 'server', 'src', 'core', 'lint'))};`,
      `const text = fs.readFileSync(process.argv[2], 'utf8');`,
      `const t = performance.now();`,
      `lint(text, { language: 'plaintext' });`,
      `console.log(performance.now() - t);`,
    ].join('\n'),
  );
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', script, file], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
    if (r.error) throw r.error;
    const ms = Number(r.stdout.trim());
    if (r.status !== 0 || !Number.isFinite(ms)) throw new Error(`cold lint run failed: ${r.stderr}`);
    times.push(ms);
  }
  return median(times);
}

const fmt = (n: number, d = 1) => n.toFixed(d);

/**
 * Where one warm `lint` of `text` spends its time: each rule's `check` (ms), the text layer and document
 * model that rules build on first use (timed apart, by a first pseudo-rule that builds them), and the rest
 * (the passes before the rules — lines, residue lines, section tree — and sorting and filtering after).
 * The findings are those of a plain `lint` (the pseudo-rule reports nothing).
 */
function stages(text: string): { rest: number; shared: number; rules: Array<[string, number]> } {
  const ms = new Map<string, number>();
  const timed = (id: string, check: (ctx: RuleContext) => void) => (ctx: RuleContext) => {
    const t = performance.now();
    try {
      check(ctx);
    } finally {
      ms.set(id, performance.now() - t);
    }
  };
  const prepare: Rule = {
    meta: { ...RULES[0].meta, id: 'bench-shared', defaultSeverity: 'warning', yields: undefined, allowList: undefined },
    check: timed('bench-shared', (ctx) => {
      proseOf(ctx).paragraphBounds();
      void ctx.document;
    }),
  };
  const rules = [prepare, ...RULES.map((r): Rule => ({ ...r, check: timed(r.meta.id, (ctx) => r.check(ctx)) }))];
  const total = time(() => lint(text, { language: 'plaintext' }, rules)).ms;
  const shared = ms.get('bench-shared') ?? 0;
  ms.delete('bench-shared');
  const sum = [...ms.values()].reduce((a, b) => a + b, 0);
  return { rest: total - sum - shared, shared, rules: [...ms].sort((a, b) => b[1] - a[1]) };
}

function main() {
  const { seed, parts, origin } = sources();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-'));
  console.log(`gongwen benchmark — text from ${origin}; node ${process.version}; ${os.cpus().length} CPU(s)`);

  // Warm calls on the seed.
  for (let i = 0; i < 50; i++) lint(seed, { language: 'plaintext' });
  const samples: number[] = [];
  for (let i = 0; i < 500; i++) samples.push(time(() => lint(seed, { language: 'plaintext' })).ms);
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  console.log(
    `seed (${seed.length} chars, ${lint(seed, { language: 'plaintext' }).findings.length} findings): warm call mean ${fmt(mean, 3)} ms, p95 ${fmt(samples[Math.floor(samples.length * 0.95)], 3)} ms  (target < 1 ms)`,
  );

  const haveAutocorrect = fs.existsSync(path.join(root, 'node_modules', 'autocorrect-node', 'cli.js'));
  const cli = path.join(root, 'dist', 'cli.js');

  // Start-up: bare Node.js, loading the CLI (--version), and a whole check of a one-page draft.
  const tiny = path.join(root, 'examples', 'draft-notice.txt');
  const bare = wholeProcess(process.execPath, ['-e', '0'], 9);
  const loadOnly = wholeProcess(process.execPath, [cli, '--version'], 9);
  const tinyCheck = wholeProcess(process.execPath, [cli, 'check', '--format', 'json', tiny], 9);
  console.log(
    `start-up (median of 9): node alone ${fmt(bare)} ms; gongwen --version ${fmt(loadOnly)} ms (+${fmt(loadOnly - bare)} loading the CLI); ` +
      `check of ${path.basename(tiny)} (${fs.statSync(tiny).size} bytes) ${fmt(tinyCheck)} ms (+${fmt(tinyCheck - loadOnly)} for the check itself, mostly the core's first run)`,
  );

  for (const mb of [1, 10]) {
    const text = build(parts, mb * 1024 * 1024);
    const file = path.join(tmp, `bench-${mb}mb.txt`);
    fs.writeFileSync(file, text);
    const bytes = Buffer.byteLength(text);
    // Median of 3 warm runs: one run on a shared machine is too noisy to subtract from.
    // Only the first result is kept: holding three would grow the heap (and the GC's work) of later runs.
    const first = time(() => lint(text, { language: 'plaintext' }));
    const run = { ms: median([first.ms, time(() => lint(text, { language: 'plaintext' })).ms, time(() => lint(text, { language: 'plaintext' })).ms]), value: first.value };
    console.log(
      `${mb} MB (${(bytes / 1048576).toFixed(2)} MiB, ${text.length} chars): in-process ${fmt(run.ms)} ms (median of 3) = ${fmt(bytes / 1048576 / (run.ms / 1000))} MiB/s, ${run.value.findings.length} findings`,
    );
    const runs = mb === 10 ? 3 : 5;
    const ours = wholeProcess(process.execPath, [cli, 'check', '--format', 'json', file], runs);
    let line = `${mb} MB whole process: gongwen ${fmt(ours)} ms`;
    if (haveAutocorrect) {
      const ac = wholeProcess(process.execPath, [path.join(root, 'node_modules', 'autocorrect-node', 'cli.js'), '--lint', '--format', 'json', file], runs);
      line += `, autocorrect ${fmt(ac)} ms, ratio ${fmt(ac / ours, 2)}×${mb === 10 ? '  (target ≥ 4×)' : ''}`;
    } else line += ' (autocorrect-node not installed: run npm ci)';
    console.log(line);
    if (mb === 10) {
      const st = stages(text);
      console.log(
        `10 MB warm lint by stage (one run): passes before the rules and after ${fmt(st.rest)} ms, text layer + document model ${fmt(st.shared)} ms, ` +
          `rules ${fmt(st.rules.reduce((a, [, v]) => a + v, 0))} ms (${st.rules
            .slice(0, 8)
            .map(([id, v]) => `${id} ${fmt(v)}`)
            .join(', ')}, …)`,
      );
      const cold = coldLint(file, tmp, runs);
      console.log(
        `10 MB CLI overhead (whole process − in-process lint): ${fmt(ours - run.ms)} ms, of which the lint's first run in a fresh process ` +
          `costs ${fmt(cold - run.ms)} ms more than warm (${fmt(cold)} ms, median of ${runs}) and the rest — start-up, reading and decoding, ` +
          `formatting and writing JSON — ${fmt(ours - cold)} ms`,
      );
      const asText = wholeProcess(process.execPath, [cli, 'check', '--format', 'text', file], runs);
      const asSarif = wholeProcess(process.execPath, [cli, 'check', '--format', 'sarif', file], runs);
      console.log(`10 MB whole process by output format: text ${fmt(asText)} ms, json ${fmt(ours)} ms, sarif ${fmt(asSarif)} ms`);
    }
  }
  // Worst case for the numbering model: 2 MB of nothing but ordinals of every level and form.
  const unit = '一、总体要求\n（一）工作目标。各单位要加强领导，1.5万元以上项目全部纳入监管。首先，要提高认识。\n1.明确责任。\n2、落实到人。\n（二）基本原则\n二、主要任务\n';
  // A quarter of it first: equal ms per 100,000 characters at both sizes means the cost is linear (a line every
  // 13.5 characters and a finding every 27 make it the costliest text per character, not a superlinear one).
  const quarter = unit.repeat(Math.ceil(5e5 / unit.length));
  const quarterRun = time(() => lint(quarter, { language: 'plaintext' }).findings.length);
  const dense = unit.repeat(Math.ceil(2e6 / unit.length));
  const denseRun = time(() => lint(dense, { language: 'plaintext' }));
  const lines = (s: string) => s.split('\n').length - 1;
  console.log(
    `2 MB of ordinals only (${dense.length} chars, ${lines(dense)} lines): ${fmt(denseRun.ms)} ms, ${denseRun.value.findings.length} findings; ` +
      `${fmt((denseRun.ms / dense.length) * 1e5)} ms per 100,000 chars (a quarter of it, ${quarter.length} chars: ${fmt((quarterRun.ms / quarter.length) * 1e5)})`,
  );
  fs.rmSync(tmp, { recursive: true, force: true });
}

main();
