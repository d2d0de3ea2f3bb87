/**
 * The server keeps answering whatever the client does (issue 10, "Server"): life-cycle errors,
 * a broken frame, a client that never answers workspace/configuration, bursts of edits, huge
 * numbers of findings, many bad settings, a change under a version not newer than the document's (refused), forged data. The
 * built server in its own process over stdio; every wait is on an event, with a deadline.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { applyEdits, countCharacters, fixAll, lint, type Finding } from '../../server/src/core';
import { actionEdits, applyTextEdits, dataParts, deadline, positionOf, rangeOf, SERVER, TestClient } from './lsp-client';
import { DRAFT } from './fixture';

const ServerNotInitialized = -32002;
const InvalidRequest = -32600;

/** The diagnostics a client sees for `findings` of `text`: code and range. */
const shape = (text: string, findings: readonly Finding[]) => findings.map((f) => ({ code: f.rule, range: rangeOf(text, f.start, f.end) }));
const shapeOf = (items: any[]) => items.map((d) => ({ code: d.code, range: d.range }));

describe('life cycle', () => {
  it('answers requests before initialize with ServerNotInitialized and after shutdown with InvalidRequest', async () => {
    const c = await TestClient.start({ noInitialize: true });
    try {
      await assert.rejects(c.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///a.md' } }), (e: any) => e.code === ServerNotInitialized);
      await assert.rejects(c.request('textDocument/diagnostic', { textDocument: { uri: 'file:///a.md' } }), (e: any) => e.code === ServerNotInitialized);
      await c.initialize();
      await assert.rejects(c.request('initialize', { processId: null, rootUri: null, capabilities: {} }), (e: any) => e.code === InvalidRequest, 'initialize only once');
      c.open('file:///a.md', DRAFT);
      assert.ok((await c.diagnostics('file:///a.md')).items.length > 0, 'running after initialize');
      await c.request('shutdown', null);
      await assert.rejects(c.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///a.md' } }), (e: any) => e.code === InvalidRequest);
      await assert.rejects(c.request('textDocument/codeAction', { textDocument: { uri: 'file:///a.md' }, range: rangeOf('', 0, 0), context: { diagnostics: [] } }), (e: any) => e.code === InvalidRequest);
      c.notify('exit', null);
      assert.equal(await deadline(c.exit, 10000, 'exit after shutdown'), 0);
    } finally {
      if (c.alive) c.proc.kill();
      c.conn.dispose();
    }
  });

  it('logs its start to the output channel: version, where settings come from, documents open', async () => {
    const c = await TestClient.start();
    try {
      const started = await c.waitForNotification('window/logMessage', (p) => /language server started/.test(p.message), 10000, true);
      assert.match(started.message, /^gongwen \d+\.\d+\.\d+ language server started/);
      assert.match(started.message, /settings from workspace\/configuration/);
      assert.match(started.message, /0 document\(s\) open/);
      assert.match(c.initializeResult.serverInfo.version, /^\d+\.\d+\.\d+/);
    } finally {
      await c.stop();
    }
  });
});

describe('null params', () => {
  it('a request with params null gets InvalidParams with a clear message (not InternalError), and the server stays up', async () => {
    // Raw frames: a JSON-RPC client library would send null as [null].
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    try {
      const frame = (body: unknown) => {
        const json = JSON.stringify(body);
        return `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
      };
      let out = '';
      proc.stdout.on('data', (d) => (out += d));
      const methods = ['textDocument/codeAction', 'textDocument/hover', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/semanticTokens/full', 'textDocument/semanticTokens/range', 'gongwen/documentStats'];
      proc.stdin.write(frame({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
      proc.stdin.write(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
      methods.forEach((method, i) => proc.stdin.write(frame({ jsonrpc: '2.0', id: i + 1, method, params: null })));
      proc.stdin.write(frame({ jsonrpc: '2.0', id: 99, method: 'textDocument/documentSymbol', params: { textDocument: { uri: 'file:///not/open.md' } } }));
      const bodies = () => [...out.matchAll(/\r\n\r\n(\{.*?\})(?=Content-Length|$)/gs)].map((m) => JSON.parse(m[1]));
      await deadline(
        new Promise<void>((resolve) => {
          const check = () => (bodies().some((b) => b.id === 99) ? resolve() : setTimeout(check, 20));
          check();
        }),
        10000,
        'the answers',
      );
      for (const [i, method] of methods.entries()) {
        const r = bodies().find((b) => b.id === i + 1);
        assert.equal(r?.error?.code, -32602, `${method}: ${JSON.stringify(r)}`);
        assert.match(r.error.message, new RegExp(`^gongwen: ${method} needs a params object .*, got null$`));
      }
      assert.deepEqual(bodies().find((b) => b.id === 99)?.result, [], 'still answering');
    } finally {
      proc.kill();
    }
  });
});

describe('a broken transport', () => {
  /** Spawn the server on stdio and write raw bytes to it. */
  function raw(bytes: string) {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    proc.stderr.on('data', (d) => (stderr += d));
    proc.stdout.on('data', (d) => (stdout += d));
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    proc.stdin.write(bytes);
    return { proc, exited, out: () => stdout, err: () => stderr };
  }
  const frame = (body: unknown) => {
    const json = JSON.stringify(body);
    return `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
  };
  const init = frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });

  it('a bad Content-Length header is logged and the server exits (the client restarts it), never alive and silent', async () => {
    const s = raw(`${init}Content-Length: abc\r\n\r\n{"jsonrpc":"2.0","id":2,"method":"shutdown"}`);
    try {
      const code = await deadline(s.exited, 10000, 'the server to exit on a bad frame');
      assert.equal(code, 1);
      assert.match(s.err(), /unreadable message frame/);
      assert.match(s.err(), /Content-Length/);
      assert.match(s.out(), /"id":1,"result"/, 'the good message before it was answered');
    } finally {
      s.proc.kill();
    }
  });

  it('a header without Content-Length: the same', async () => {
    const s = raw(`${init}Content-Type: application/json\r\n\r\n{}`);
    try {
      assert.equal(await deadline(s.exited, 10000, 'exit'), 1);
      assert.match(s.err(), /unreadable message frame/);
    } finally {
      s.proc.kill();
    }
  });

  it('a well-framed body that is not JSON is skipped: the stream is still in step and the next request is answered', async () => {
    const s = raw(`${init}Content-Length: 5\r\n\r\n{oops${frame({ jsonrpc: '2.0', id: 7, method: 'textDocument/documentSymbol', params: { textDocument: { uri: 'file:///none.md' } } })}`);
    try {
      const answered = new Promise<void>((resolve) => s.proc.stdout.on('data', () => /"id":7,"result":\[\]/.test(s.out()) && resolve()));
      await deadline(answered, 10000, 'the request after the bad body to be answered');
      assert.equal(s.proc.exitCode, null, 'still running');
    } finally {
      s.proc.kill();
    }
  });
});

describe('a client that never answers workspace/configuration', () => {
  it('times out and uses the default settings, and says so in the output channel', async () => {
    const c = await TestClient.start();
    try {
      c.configurationSilent = true;
      const uri = 'file:///tmp/gongwen-test/silent.md';
      c.open(uri, DRAFT);
      const report = await c.request('textDocument/diagnostic', { textDocument: { uri } }, 15000);
      assert.deepEqual(shapeOf(report.items), shape(DRAFT, lint(DRAFT, { language: 'markdown' }).findings));
      const logged = await c.waitForNotification('window/logMessage', (p) => /did not answer workspace\/configuration/.test(p.message), 5000, true);
      assert.match(logged.message, /default settings used/);
      assert.ok(c.serverRequests.some((m) => m.method === 'workspace/configuration'), 'it did ask');
    } finally {
      await c.stop();
    }
  });
});

describe('a client that answers workspace/configuration late', () => {
  it('uses the defaults meanwhile, then its answer, and asks for diagnostics again', async () => {
    const c = await TestClient.start();
    try {
      c.configurationHeld = true;
      c.config = () => ({ rules: { placeholder: 'off' } });
      const uri = 'file:///tmp/gongwen-test/late.md';
      c.open(uri, DRAFT);
      const first = await c.request('textDocument/diagnostic', { textDocument: { uri } }, 15000);
      assert.deepEqual(shapeOf(first.items), shape(DRAFT, lint(DRAFT, { language: 'markdown' }).findings), 'defaults while waiting');
      assert.ok(first.items.some((d: any) => d.code === 'placeholder'));
      await c.waitForNotification('window/logMessage', (p) => /did not answer workspace\/configuration/.test(p.message), 5000, true);
      const since = c.serverRequests.length;
      assert.ok(c.releaseConfiguration() >= 1);
      await c.waitForServerRequest('workspace/diagnostic/refresh', since);
      const second = await c.diagnostics(uri);
      assert.deepEqual(shapeOf(second.items), shape(DRAFT, lint(DRAFT, { language: 'markdown', severities: { placeholder: 'off' } }).findings));
      assert.ok(!second.items.some((d: any) => d.code === 'placeholder'), 'the late answer applies');
    } finally {
      await c.stop();
    }
  });
});

describe('bursts and big documents', () => {
  let c: TestClient;
  before(async () => {
    c = await TestClient.start({ trace: 'verbose' });
  });
  after(async () => {
    await c.stop();
  });
  const analyses = () => c.notifications.filter((m) => m.method === '$/logTrace' && /^analysed /.test((m.params as any).message)).length;

  it('1,000 fast edits to a large draft are coalesced: analyses do not grow with the edits, the last version is served', async () => {
    const uri = 'file:///tmp/gongwen-test/burst.txt';
    let text = DRAFT.repeat(Math.ceil(1_000_000 / DRAFT.length));
    c.open(uri, text, 'plaintext');
    await c.request('textDocument/diagnostic', { textDocument: { uri } }, 60000);
    const before = analyses();
    assert.ok(before >= 1, 'analyses are traced');
    const N = 1000;
    let previous: CancellationTokenSource | undefined;
    const pulls: Array<Promise<unknown>> = [];
    let version = 1;
    for (let i = 0; i < N; i++) {
      // type at the end of the first line, as VS Code does: change, cancel the pull in flight, pull again
      const at = 5 + (i % 7);
      version = c.edit(uri, { start: positionOf(text, at), end: positionOf(text, at) }, '的');
      text = text.slice(0, at) + '的' + text.slice(at);
      previous?.cancel();
      previous = new CancellationTokenSource();
      pulls.push(c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, previous.token).catch((e) => e));
    }
    const settled = await deadline(Promise.all(pulls), 120000, 'the burst to be answered');
    const last = settled[N - 1] as any;
    assert.equal(last.kind, 'full');
    assert.ok(String(last.resultId).endsWith(`:${version}`), `the last answer is for the last version ${version}: ${last.resultId}`);
    const during = analyses() - before;
    const cancelled = settled.filter((r: any) => r?.code === -32800).length;
    console.log(`# ${N} edits → ${during} analyses, ${cancelled} pulls cancelled before any work`);
    assert.ok(during <= 50, `analyses must not grow with the edits: ${during} for ${N} edits`);
    assert.ok(during >= 1);
    // the answer is the analysis of the final text
    const findings = lint(text, { language: 'plaintext' }).findings;
    assert.equal(last.items.length, Math.min(findings.length, 5000) + (findings.length > 5000 ? 1 : 0));
    c.close(uri);
  });

  it('pushed diagnostics too: 1,000 fast edits publish for the last version after a few analyses', async () => {
    const p = await TestClient.start({ trace: 'verbose', pull: false });
    try {
      const uri = 'file:///tmp/gongwen-test/burst-push.txt';
      let text = DRAFT.repeat(Math.ceil(1_000_000 / DRAFT.length));
      p.open(uri, text, 'plaintext');
      await p.waitForNotification('textDocument/publishDiagnostics', (x) => x.uri === uri && x.version === 1, 60000, true);
      const count = () => p.notifications.filter((m) => m.method === '$/logTrace' && /^analysed /.test((m.params as any).message)).length;
      const before = count();
      let version = 1;
      for (let i = 0; i < 1000; i++) {
        version = p.edit(uri, { start: positionOf(text, 3), end: positionOf(text, 3) }, '的');
        text = text.slice(0, 3) + '的' + text.slice(3);
      }
      const last = await p.waitForNotification('textDocument/publishDiagnostics', (x) => x.uri === uri && x.version === version, 120000, true);
      assert.deepEqual(shapeOf(last.diagnostics.slice(0, 20)), shape(text, lint(text, { language: 'plaintext' }).findings.slice(0, 20)));
      const during = count() - before;
      const published = p.notifications.filter((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as any).uri === uri).length - 1;
      console.log(`# push: 1000 edits → ${during} analyses, ${published} publications`);
      assert.ok(during >= 1 && during <= 50, `analyses must not grow with the edits: ${during}`);
      assert.equal(published, during, 'one publication per analysis');
    } finally {
      await p.stop();
    }
  });

  it('reports the first 5,000 findings of a document, then one that says how many more', async () => {
    const uri = 'file:///tmp/gongwen-test/many.txt';
    const text = '请XX县报送。\n'.repeat(7321);
    const findings = lint(text, { language: 'plaintext' }).findings;
    assert.ok(findings.length > 5000, `precondition: ${findings.length} findings`);
    c.open(uri, text, 'plaintext');
    const { items } = await c.request('textDocument/diagnostic', { textDocument: { uri } }, 60000);
    assert.equal(items.length, 5001);
    assert.deepEqual(shapeOf(items.slice(0, 5000)), shape(text, findings.slice(0, 5000)));
    const more = items[5000];
    assert.equal(more.code, 'too-many');
    assert.deepEqual(more.range.start, positionOf(text, findings[5000].start));
    assert.match(more.message, new RegExp(`^${(findings.length - 5000).toLocaleString('en-US')} more problems not shown \\(at most 5,000 per document\\)`));
    // quick fixes still work on a reported finding; the summary has none
    const actions = await c.request('textDocument/codeAction', { textDocument: { uri }, range: more.range, context: { diagnostics: [more] } });
    assert.deepEqual(actions, []);
    c.close(uri);
  });
});

describe('settings and fixes', () => {
  let c: TestClient;
  before(async () => {
    c = await TestClient.start({ locale: 'en' });
  });
  after(async () => {
    await c.stop();
  });

  it('25 unknown rule keys make one message, not 25', async () => {
    const rules = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`no-such-rule-${i}`, 'error']));
    await c.reconfigure(() => ({ rules, speakingRate: 'slow' }));
    const uri = 'file:///tmp/gongwen-test/unknown.md';
    c.open(uri, DRAFT);
    await c.diagnostics(uri);
    const other = 'file:///tmp/gongwen-test/unknown2.md';
    c.open(other, DRAFT);
    await c.diagnostics(other);
    const shown = c.notifications.filter((m) => m.method === 'window/showMessage').map((m) => (m.params as any).message as string);
    assert.equal(shown.length, 1, JSON.stringify(shown));
    assert.match(shown[0], /unknown rules "no-such-rule-0".*\(25 in all\)/);
    assert.ok(!shown[0].includes('no-such-rule-5'), 'names the first five only');
    assert.match(shown[0], /speakingRate/);
    await c.reconfigure(() => ({}));
  });

  it('gongwen.fix.suggestions: fix-all and fix-on-save apply suggestions only when it is on', async () => {
    const safeOnly = fixAll(DRAFT, { language: 'markdown' }).text;
    const withSuggestions = fixAll(DRAFT, { language: 'markdown' }, 8, undefined, { suggestions: true }).text;
    assert.notEqual(withSuggestions, safeOnly, 'precondition: the draft has suggestions');
    const uri = 'file:///tmp/gongwen-test/suggestions.md';
    c.open(uri, DRAFT);
    const fixAllNow = async () => {
      const actions = await c.request('textDocument/codeAction', { textDocument: { uri }, range: rangeOf(DRAFT, 0, 0), context: { diagnostics: [], only: ['source.fixAll.gongwen'] } });
      assert.equal(actions.length, 1);
      return applyTextEdits(DRAFT, actionEdits(actions[0], uri, 1));
    };
    assert.equal(await fixAllNow(), safeOnly);
    await c.reconfigure(() => ({ fix: { suggestions: true } }));
    assert.equal(await fixAllNow(), withSuggestions);
    await c.reconfigure(() => ({ fix: { suggestions: 'yes' } }));
    assert.equal(await fixAllNow(), safeOnly, 'a bad value falls back to the default');
    await c.reconfigure(() => ({}));
  });

  it('a change not newer than the document is refused and logged: the newer text stays, with its diagnostics', async () => {
    const uri = 'file:///tmp/gongwen-test/repeated.md';
    const a = '一.总体要求\n\n二.主要任务\n';
    const b = DRAFT;
    c.open(uri, a);
    assert.deepEqual(shapeOf((await c.diagnostics(uri)).items), shape(a, lint(a, { language: 'markdown' }).findings));
    // a misbehaving client: full new text under the same version 1, then under an older version after v2
    c.notify('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: b }] });
    await c.waitForNotification('window/logMessage', (p) => /refused a didChange of .*repeated\.md marked version 1: the document is already at version 1/.test(p.message), 10000, true);
    assert.deepEqual(shapeOf((await c.diagnostics(uri)).items), shape(a, lint(a, { language: 'markdown' }).findings), 'the text of version 1 stays');
    c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: b }] });
    const report = await c.diagnostics(uri);
    assert.deepEqual(shapeOf(report.items), shape(b, lint(b, { language: 'markdown' }).findings));
    c.notify('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: a }] });
    await c.waitForNotification('window/logMessage', (p) => /marked version 1: the document is already at version 2/.test(p.message), 10000, true);
    assert.deepEqual(shapeOf((await c.diagnostics(uri)).items), shape(b, lint(b, { language: 'markdown' }).findings), 'version 2 stays');
    // fix-all and quick fixes are made for version 2's text
    const actions = await c.request('textDocument/codeAction', { textDocument: { uri }, range: rangeOf(b, 0, 0), context: { diagnostics: [], only: ['source.fixAll.gongwen'] } });
    assert.equal(applyTextEdits(b, actionEdits(actions[0], uri, 2)), fixAll(b, { language: 'markdown' }).text);
    const d = report.items.find((x: any) => x.code === 'numbering-sequence');
    const quick = (await c.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })).find((x: any) => x.isPreferred);
    const f = lint(b, { language: 'markdown' }).findings[dataParts(d.data)!.index];
    assert.equal(applyTextEdits(b, actionEdits(quick, uri, 2)), applyEdits(b, f.fix!.edits).text);
    c.close(uri);
  });

  it('code actions are versioned documentChanges; a client without them gets changes', async () => {
    const uri = 'file:///tmp/gongwen-test/versioned.md';
    const text = '一.总体要求\n';
    c.open(uri, text);
    c.replace(uri, text + '\n二.主要任务\n');
    const t2 = text + '\n二.主要任务\n';
    const { items } = await c.diagnostics(uri);
    const actions = await c.request('textDocument/codeAction', { textDocument: { uri }, range: items[0].range, context: { diagnostics: [items[0]] } });
    const preferred = actions.find((a: any) => a.isPreferred);
    assert.equal(preferred.edit.changes, undefined);
    assert.deepEqual(preferred.edit.documentChanges[0].textDocument, { uri, version: 2 });
    assert.equal(applyTextEdits(t2, actionEdits(preferred, uri, 2)), '一、总体要求\n\n二.主要任务\n');
    c.close(uri);
    const old = await TestClient.start({ documentChanges: false });
    try {
      old.open(uri, text);
      const [d] = (await old.diagnostics(uri)).items;
      const [a] = await old.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      assert.equal(a.edit.documentChanges, undefined);
      assert.equal(applyTextEdits(text, a.edit.changes[uri]), '一、总体要求\n');
    } finally {
      await old.stop();
    }
  });

  it('gongwen/documentStats serves the status bar from the same analysis, following gongwen.rules', async () => {
    const uri = 'file:///tmp/gongwen-test/stats.txt';
    c.open(uri, DRAFT, 'plaintext');
    const stats = await c.request('gongwen/documentStats', { textDocument: { uri } });
    const count = countCharacters(DRAFT, 'plaintext');
    const placeholders = lint(DRAFT, { language: 'plaintext' }).findings.filter((f) => f.rule === 'placeholder');
    assert.deepEqual({ total: stats.total, chinese: stats.chinese, digits: stats.digits, letters: stats.letters, paragraphs: stats.paragraphs }, count);
    assert.equal(stats.version, 1);
    assert.equal(stats.rate, 190);
    assert.equal(stats.minutes, Math.max(1, Math.round(count.total / 190)));
    assert.deepEqual(stats.placeholders.map((p: any) => p.range), placeholders.map((f) => rangeOf(DRAFT, f.start, f.end)));
    assert.equal(stats.groups.reduce((n: number, g: any) => n + g.count, 0), placeholders.filter((f) => f.group !== undefined).length);
    for (let i = 1; i < stats.groups.length; i++) assert.ok(stats.groups[i - 1].count >= stats.groups[i].count, 'most frequent first');
    await c.reconfigure(() => ({ rules: { placeholder: 'off' }, speakingRate: 100 }));
    const off = await c.request('gongwen/documentStats', { textDocument: { uri } });
    assert.equal(off.placeholders.length, 0);
    assert.equal(off.rate, 100);
    await c.reconfigure(() => ({}));
    assert.equal(await c.request('gongwen/documentStats', { textDocument: { uri: 'file:///not/open.txt' } }), null);
    c.close(uri);
  });
});
