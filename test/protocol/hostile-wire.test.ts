/**
 * The stdio wire under a hostile client (wire.ts FrameWriter, diagnostics.ts, diagnosticsFeature.ts):
 * every byte the server writes is checked frame by frame (an exact `Content-Length: n` header, a body of
 * n bytes of valid UTF-8 whose JSON is what `JSON.stringify` writes for it — a diagnostic report in ASCII, its
 * other characters written as `\uXXXX` escapes, see wire.ts `asciiJson`), and every report is compared
 * with what a fresh server reports for the same text.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { dataParts, deadline, SERVER, TestClient } from './lsp-client';
import { DRAFT } from './fixture';
import { prng } from '../helpers/prng';

assert.ok(fs.existsSync(SERVER), 'dist/server.js is built (node esbuild.mjs)');

/** JSON text with every character outside ASCII written as its `\uXXXX` escape. */
const asciiOf = (json: string) => json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Splits a server's stdout into frames as they arrive and records what is wrong with any of them. */
class FrameCheck {
  private buf = Buffer.alloc(0);
  readonly problems: string[] = [];
  frames = 0;
  constructor(client: TestClient) {
    client.proc.stdout!.on('data', (chunk: Buffer) => this.feed(chunk));
  }
  private feed(chunk: Buffer): void {
    this.buf = Buffer.concat([this.buf, chunk]);
    for (;;) {
      const end = this.buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const header = this.buf.subarray(0, end).toString('latin1');
      const m = /^Content-Length: ([0-9]+)$/.exec(header);
      if (!m) {
        this.problems.push(`bad header ${JSON.stringify(header.slice(0, 80))}`);
        this.buf = Buffer.alloc(0);
        return;
      }
      const n = Number(m[1]);
      if (this.buf.length < end + 4 + n) return;
      const body = this.buf.subarray(end + 4, end + 4 + n);
      this.buf = this.buf.subarray(end + 4 + n);
      this.frames++;
      const text = body.toString('utf8');
      if (!Buffer.from(text, 'utf8').equals(body)) this.problems.push(`frame ${this.frames}: body is not valid UTF-8`);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        this.problems.push(`frame ${this.frames}: body is not JSON (${String(e).slice(0, 80)}): ${text.slice(0, 80)}`);
        continue;
      }
      // a diagnostic report (a pull's full answer, a push) is JSON.stringify's text in ASCII; anything else is that text as it is
      const v = value as { result?: { items?: unknown }; params?: { diagnostics?: unknown } } | null;
      const report = Array.isArray(v?.result?.items) || Array.isArray(v?.params?.diagnostics);
      const expected = report ? asciiOf(JSON.stringify(value)) : JSON.stringify(value);
      if (expected !== text) this.problems.push(`frame ${this.frames}: body is not JSON.stringify's text of its value${report ? ' in ASCII' : ''}: ${text.slice(0, 120)}`);
    }
  }
}

/** A diagnostic without the analysis and version in its `data` (they differ between servers). */
const strip = (d: any) => {
  const { data, ...rest } = d;
  return data === undefined ? rest : { ...rest, data: dataParts(data)?.index ?? `bad:${JSON.stringify(data)}` };
};

/** What a fresh server reports for `text` (a full pull). */
async function freshReport(text: string, opts: { locale?: string; config?: unknown; languageId?: string } = {}): Promise<any[]> {
  const c = await TestClient.start({ locale: opts.locale ?? 'zh-cn' });
  try {
    if (opts.config !== undefined) c.config = () => opts.config;
    c.open('file:///fresh.md', text, opts.languageId ?? 'markdown');
    const r = await c.diagnostics('file:///fresh.md');
    assert.equal(r.kind, 'full');
    return r.items.map(strip);
  } finally {
    await c.stop();
  }
}

describe('a hostile client on the stdio wire', () => {
  const clients: TestClient[] = [];
  after(async () => {
    for (const c of clients) if (c.alive) await c.stop();
  });
  async function start(opts: Parameters<typeof TestClient.start>[0] = {}): Promise<{ c: TestClient; frames: FrameCheck }> {
    const c = await TestClient.start({ locale: 'zh-cn', ...opts });
    clients.push(c);
    return { c, frames: new FrameCheck(c) };
  }

  it('lone surrogates, astral characters, CRLF and a BOM next to findings: well-formed frames, the fresh report', async () => {
    const { c, frames } = await start();
    // a placeholder pattern of the user's own: its messages quote the text matched, lone surrogates and all
    const config = { placeholderPatterns: ['【\\S*?】'] };
    c.config = () => config;
    const uri = 'file:///lone.md';
    const texts = [
      '\uFEFF' + DRAFT.replace(/\n/g, '\r\n'),
      DRAFT.replace(/XX/g, '【\uD800】XX\uD800'),
      DRAFT.replace(/XX/g, '【\uDFFF𠮷\uD83D】'),
      DRAFT.replace(/XX/g, '\uDC00XX\uD83D'),
      '𠮷'.repeat(3) + DRAFT.replace(/。/g, '。\uDFFF𠮷\r'),
      DRAFT + '\uD800',
    ];
    c.open(uri, texts[0]);
    let prev: string | undefined;
    let held: any[] = [];
    let quoted = false;
    for (const text of texts) {
      c.replace(uri, text);
      const r = await c.diagnostics(uri);
      if (r.kind === 'full') held = r.items;
      prev = r.resultId;
      quoted ||= held.some((d: any) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(d.message));
      assert.deepEqual(held.map(strip), await freshReport(text, { config }), `report of ${JSON.stringify(text.slice(0, 30))}`);
      // pull again with the last resultId: unchanged
      const again = await c.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: prev });
      assert.equal(again.kind, 'unchanged');
    }
    assert.ok(held.length > 0);
    assert.deepEqual(frames.problems, []);
    assert.ok(frames.frames > 10);
    assert.ok(quoted, 'a message quoted a lone surrogate');
  });

  it('over the too-many cap and back below it, pulled with the held resultId and pushed: the fresh report, well-formed frames', async () => {
    const many = 'XX。'.repeat(5003);
    const steps = [many, many.slice(0, 3 * 4990), many.slice(0, 3 * 4990) + 'XX。'.repeat(20), '一、' + many.slice(0, 3 * 4999)];
    const pull = await start();
    const push = await start({ pull: false });
    const uri = 'file:///many.txt';
    pull.c.open(uri, steps[0], 'plaintext');
    push.c.open(uri, steps[0], 'plaintext');
    let held: any[] = [];
    let resultId: string | undefined;
    for (const [k, text] of steps.entries()) {
      const version = k === 0 ? 1 : pull.c.replace(uri, text);
      if (k > 0) push.c.replace(uri, text);
      const r = await pull.c.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: resultId });
      if (r.kind === 'full') held = r.items;
      resultId = r.resultId;
      const published = await push.c.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version, 15000, true);
      const fresh = await freshReport(text, { languageId: 'plaintext' });
      assert.deepEqual(held.map(strip), fresh, `pull, step ${k}`);
      assert.deepEqual(published.diagnostics.map(strip), fresh, `push, step ${k}`);
    }
    assert.deepEqual(pull.frames.problems, []);
    assert.deepEqual(push.frames.problems, []);
  });

  it('a settings change of severities between pulls with the held resultId: the new severities, never "unchanged"', async () => {
    const { c, frames } = await start();
    const uri = 'file:///sev.md';
    c.open(uri, DRAFT);
    const first = await c.diagnostics(uri);
    assert.ok(first.items.some((d: any) => d.code === 'placeholder' && d.severity !== 1));
    await c.reconfigure(() => ({ rules: { placeholder: 'error' } }));
    const second = await c.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    assert.equal(second.kind, 'full');
    assert.deepEqual(second.items.map(strip), await freshReport(DRAFT, { config: { rules: { placeholder: 'error' } } }));
    assert.ok(second.items.filter((d: any) => d.code === 'placeholder').every((d: any) => d.severity === 1));
    await c.reconfigure(() => ({}));
    const third = await c.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: second.resultId });
    assert.equal(third.kind, 'full');
    assert.deepEqual(third.items.map(strip), first.items.map(strip));
    assert.deepEqual(frames.problems, []);
  });

  it('code actions with forged, stale and malformed data: an answer (no action for a finding it cannot find), and the server stays up', async () => {
    const { c, frames } = await start();
    const uri = 'file:///forged.md';
    c.open(uri, DRAFT);
    const r = await c.diagnostics(uri);
    const d = r.items.find((x: any) => x.code === 'placeholder');
    assert.ok(d);
    const p = dataParts(d.data)!;
    const own = await c.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    assert.ok(own.some((a: any) => a.diagnostics?.[0]?.data === d.data), 'the genuine diagnostic gets its quick fix');
    // (the index of another finding, of none, past the cap; the index in other shapes; anything else)
    const forged: unknown[] = [
      p.index + 1, p.index * 10 + 1, -1, -0.5, p.index + 0.5, 99999999999, 5000, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity,
      `${p.index}`, `0${p.index}`, `${p.index}\u0000`, '𠮷', '\uD800', `x:1:${p.index}`,
      { index: p.index, rule: 'placeholder' }, [p.index], null, true, '', ':::', '__proto__', 'constructor',
    ];
    for (const data of forged) {
      const res = await c.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [{ ...d, data }] } });
      assert.ok(Array.isArray(res), `an answer for ${JSON.stringify(data)}`);
      assert.ok(!res.some((a: any) => a.diagnostics?.some((x: any) => x.data === data) && a.kind === 'quickfix' && a.edit), `no quick fix for forged data ${JSON.stringify(data)}`);
    }
    // the genuine data under another rule's code
    const other = await c.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [{ ...d, code: 'web-residue' }] } });
    assert.ok(!other.some((a: any) => a.kind === 'quickfix' && a.edit), 'no fix for data under another code');
    // broken diagnostics and contexts
    for (const context of [{ diagnostics: [null, 1, 'x', { range: null }, { ...d, range: { start: { line: -1, character: 1e9 }, end: null } }] }, { diagnostics: null }, null, { diagnostics: 'x', only: 5 }]) {
      await c.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context }).catch((e) => e);
    }
    assert.ok(c.alive);
    assert.deepEqual((await c.diagnostics(uri)).items.map(strip), r.items.map(strip));
    assert.deepEqual(frames.problems, []);
  });

  it('a client that stops reading (closes the server\'s stdout) and keeps writing: the server exits on its next write instead of running on unheard', async () => {
    const c = await TestClient.start({ locale: 'zh-cn' });
    clients.push(c);
    const uri = 'file:///deaf.txt';
    c.open(uri, 'XX。'.repeat(100), 'plaintext');
    assert.equal((await c.diagnostics(uri)).kind, 'full');
    c.proc.stdout!.destroy();
    c.replace(uri, 'XX。'.repeat(101));
    void c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }).catch(() => {});
    const code = await deadline(c.exit, 10000, 'the server to exit once its output is gone');
    assert.equal(code, 1, 'exit without shutdown');
    assert.doesNotMatch(c.stderr, /unhandled/i);
    c.conn.dispose();
  });

  it('the stdio server (FrameWriter) and the node-IPC server (Node stringifies) answer a random walk over two interleaved documents alike, in push and pull', async () => {
    const random = prng(20261130);
    const stdio = await start();
    const ipc = await start({ transport: 'ipc' });
    ipc.c.proc.stdout!.removeAllListeners('data'); // over IPC stdout carries no frames
    const stdioPush = await start({ pull: false });
    const ipcPush = await start({ pull: false, transport: 'ipc' });
    const pieces = ['XX', '【\uD800】', '【\uDC00𠮷】', '\uD800', '\uDC00', '𠮷', '\r\n', '\n', '\r', '一、', '（一）', '1.', '。', 'XX。'.repeat(2600), 'XX。'.repeat(2600), '\uFEFF', '截止目前', ''];
    const docs = [
      { uri: 'file:///one.md', text: DRAFT, lang: 'markdown', prev: new Map<TestClient, string | undefined>() },
      { uri: 'file:///two.txt', text: '\uFEFF' + DRAFT.replace(/\n/g, '\r\n'), lang: 'plaintext', prev: new Map<TestClient, string | undefined>() },
    ];
    const all = [stdio.c, ipc.c, stdioPush.c, ipcPush.c];
    for (const c of all) c.config = () => ({ placeholderPatterns: ['【\\S*?】'] }); // messages quote what it matches
    for (const d of docs) for (const c of all) c.open(d.uri, d.text, d.lang);
    const versions = new Map<string, number>(docs.map((d) => [d.uri, 1]));
    const seen = new Set<string>();
    for (let step = 0; step < 40; step++) {
      const d = docs[Math.floor(random() * docs.length)];
      // a quarter of the edits change nothing shown (an empty change, '的' at the end): answered "unchanged"
      const quiet = random() < 0.25;
      const at = quiet ? d.text.length : Math.floor(random() * (d.text.length + 1));
      const del = !quiet && random() < 0.3 ? Math.floor(random() * 200) : 0;
      d.text = d.text.slice(0, at) + (quiet ? (random() < 0.5 ? '' : '的') : pieces[Math.floor(random() * pieces.length)]) + d.text.slice(at + del);
      for (const c of all) c.replace(d.uri, d.text);
      versions.set(d.uri, versions.get(d.uri)! + 1);
      if (random() < 0.4) continue; // edits without a pull in between
      // pull from both (sometimes with a stale resultId), push waited for
      const stale = random() < 0.2;
      const answers = await Promise.all(
        [stdio.c, ipc.c].map(async (c) => {
          const r = await c.request('textDocument/diagnostic', { textDocument: { uri: d.uri }, previousResultId: stale ? 'gone:1' : d.prev.get(c) });
          d.prev.set(c, r.resultId);
          return { kind: r.kind, items: r.items?.map(strip) };
        }),
      );
      assert.deepEqual(answers[0], answers[1], `step ${step}: the pull answers of ${d.uri}`);
      seen.add(answers[0].kind === 'unchanged' ? 'unchanged' : answers[0].items.some((x: any) => x.code === 'too-many') ? 'capped' : 'full');
      const pushed = await Promise.all(
        [stdioPush.c, ipcPush.c].map((c) => c.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === d.uri && p.version === versions.get(d.uri), 30000, true)),
      );
      assert.deepEqual(pushed[0].diagnostics.map(strip), pushed[1].diagnostics.map(strip), `step ${step}: the pushes of ${d.uri}`);
    }
    assert.deepEqual(stdio.frames.problems, []);
    assert.deepEqual(stdioPush.frames.problems, []);
    assert.ok(stdio.frames.frames > 20 && stdioPush.frames.frames > 20);
    assert.deepEqual([...seen].sort(), ['capped', 'full', 'unchanged'], 'the walk went over the cap and had unchanged answers');
  });

  it('a push client: a severity change re-publishes every diagnostic with the new severity (no part of the last push reused wrongly)', async () => {
    const { c, frames } = await start({ pull: false });
    const uri = 'file:///sevpush.md';
    c.open(uri, DRAFT);
    const first = await c.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri, 15000, true);
    const since = c.notifications.length;
    c.config = () => ({ rules: { placeholder: 'error' } });
    c.notify('workspace/didChangeConfiguration', { settings: null });
    const second = await c.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && c.notifications.indexOf(c.notifications.find((n) => n.params === p)!) >= since, 15000);
    assert.deepEqual(second.diagnostics.map(strip), await freshReport(DRAFT, { config: { rules: { placeholder: 'error' } } }));
    assert.notDeepEqual(second.diagnostics.map(strip), first.diagnostics.map(strip));
    assert.deepEqual(frames.problems, []);
  });
});
