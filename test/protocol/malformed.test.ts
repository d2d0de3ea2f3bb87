/**
 * A misbehaving client: every request and notification the server handles, sent with null params,
 * fields of the wrong type, unknown URIs and an older version. Each malformed request gets
 * InvalidParams (-32602) with a message naming the method and the field, never InternalError; each
 * malformed notification is ignored with a warning and changes nothing; the server keeps answering.
 * Raw frames: a JSON-RPC client library would not send most of these.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { deadline, SERVER } from './lsp-client';

const frame = (body: unknown) => {
  const json = JSON.stringify(body);
  return `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
};

/** A server on stdio spoken to in raw frames; `answer(id)` waits for the response to request `id`. */
function rawServer(capabilities: object) {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const bodies = () => [...out.matchAll(/\r\n\r\n(\{.*?\})(?=Content-Length|$)/gs)].map((m) => JSON.parse(m[1]));
  const send = (body: object) => proc.stdin.write(frame({ jsonrpc: '2.0', ...body }));
  // the server's own requests (gongwen/configFiles, registrations) get null at once, as a plain editor answers
  const answered = new Set<unknown>();
  proc.stdout.on('data', (d) => {
    out += d;
    for (const b of bodies()) {
      if (b.method && b.id !== undefined && !answered.has(b.id)) {
        answered.add(b.id);
        send({ id: b.id, result: null });
      }
    }
  });
  proc.stderr.on('data', (d) => (err += d));
  const answer = (id: number) => {
    let timer: NodeJS.Timeout | undefined;
    return deadline(
      new Promise<any>((resolve) => {
        const check = () => {
          const b = bodies().find((x) => x.id === id && !x.method);
          if (b) resolve(b);
          else timer = setTimeout(check, 20);
        };
        check();
      }),
      20000,
      `the answer to request ${id}`,
    ).finally(() => clearTimeout(timer));
  };
  const logs = () => bodies().filter((b) => b.method === 'window/logMessage').map((b) => b.params as { type: number; message: string });
  send({ id: 0, method: 'initialize', params: { processId: null, rootUri: null, capabilities } });
  send({ method: 'initialized', params: {} });
  return { proc, send, answer, logs, stderr: () => err };
}

const URI = 'file:///malformed/a.md';
const TEXT = '一、总体要求\n三、工作安排\n';
const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

describe('malformed requests', () => {
  it('get InvalidParams naming the method and the field, and the server still answers good requests', async () => {
    const s = rawServer({ textDocument: { diagnostic: {} } });
    try {
      s.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: TEXT } } });
      const cases: Array<[string, unknown, RegExp]> = [
        ['textDocument/diagnostic', null, /^gongwen: textDocument\/diagnostic needs a params object .*, got null$/],
        ['textDocument/diagnostic', {}, /^gongwen: textDocument\/diagnostic: textDocument must be an object .*, got nothing$/],
        ['textDocument/diagnostic', { textDocument: null }, /textDocument must be an object .*, got null$/],
        ['textDocument/diagnostic', { textDocument: { uri: 5 } }, /textDocument\.uri must be a string, got a number$/],
        ['textDocument/codeAction', { textDocument: { uri: URI }, range: null, context: { diagnostics: [] } }, /codeAction: range must be a Range .*, got null$/],
        ['textDocument/codeAction', { textDocument: { uri: URI }, range, context: null }, /codeAction: context must be an object/],
        ['textDocument/codeAction', { textDocument: { uri: URI }, range, context: { diagnostics: 'x' } }, /context\.diagnostics must be an array, got a string$/],
        ['textDocument/codeAction', { textDocument: { uri: URI }, range, context: { diagnostics: [], only: 'quickfix' } }, /context\.only must be an array of code action kinds/],
        ['textDocument/codeAction', { textDocument: { uri: URI }, range: { start: { line: 2, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }, /range\.start is after range\.end$/],
        ['textDocument/hover', { textDocument: { uri: URI }, position: null }, /hover: position must be a Position/],
        ['textDocument/hover', { textDocument: { uri: URI }, position: { line: 'a', character: 0 } }, /position\.line must be a non-negative integer, got "a"$/],
        ['textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: -1 } }, /position\.character must be a non-negative integer, got -1$/],
        ['textDocument/documentSymbol', {}, /documentSymbol: textDocument must be an object/],
        ['textDocument/foldingRange', { textDocument: 5 }, /foldingRange: textDocument must be an object .*, got a number$/],
        ['textDocument/semanticTokens/full', { textDocument: { uri: null } }, /semanticTokens\/full: textDocument\.uri must be a string, got null$/],
        ['textDocument/semanticTokens/range', { textDocument: { uri: URI }, range: 'x' }, /semanticTokens\/range: range must be a Range .*, got a string$/],
        ['gongwen/documentStats', { textDocument: [] }, /documentStats: textDocument must be an object .*, got an array$/],
        ['gongwen/placeholders', null, /^gongwen: gongwen\/placeholders needs a params object \(\{ "uri": … \}\), got null$/],
        ['gongwen/placeholders', { uri: 42 }, /placeholders: uri must be a string .*, got a number$/],
        ['gongwen/exportSettings', { uri: {} }, /exportSettings: uri must be a string .*, got an object$/],
        ['initialize', null, /^gongwen: initialize needs a params object, got null$/],
        ['initialize', { processId: null, rootUri: null }, /^gongwen: initialize: capabilities must be an object .*, got nothing$/],
      ];
      cases.forEach(([method, params], i) => s.send({ id: i + 1, method, params }));
      s.send({ id: 100, method: 'textDocument/diagnostic', params: { textDocument: { uri: URI } } });
      for (const [i, [method, params, message]] of cases.entries()) {
        const r = await s.answer(i + 1);
        assert.equal(r.error?.code, -32602, `${method} ${JSON.stringify(params)}: ${JSON.stringify(r)}`);
        assert.match(r.error.message, message, `${method} ${JSON.stringify(params)}`);
      }
      const good = await s.answer(100);
      assert.deepEqual(
        good.result.items.map((d: any) => [d.code, d.range.start.line]),
        [['numbering-sequence', 1]],
        'a good request after them is answered',
      );
      assert.equal(s.logs().filter((l) => l.type === 1).length, 0, `no error logged: ${JSON.stringify(s.logs())}`);
      assert.equal(s.stderr(), '');
      assert.equal(s.proc.exitCode, null, 'still running');
    } finally {
      s.proc.kill();
    }
  });

  it('unknown URIs are no error: each request gets its empty answer', async () => {
    const s = rawServer({ textDocument: { diagnostic: {} } });
    try {
      const nowhere = { uri: 'file:///not/open.md' };
      const cases: Array<[string, object, unknown]> = [
        ['textDocument/diagnostic', { textDocument: nowhere }, { kind: 'full', items: [] }],
        ['textDocument/codeAction', { textDocument: nowhere, range, context: { diagnostics: [] } }, []],
        ['textDocument/hover', { textDocument: nowhere, position: { line: 0, character: 0 } }, null],
        ['textDocument/documentSymbol', { textDocument: nowhere }, []],
        ['textDocument/foldingRange', { textDocument: nowhere }, []],
        ['textDocument/semanticTokens/full', { textDocument: nowhere }, { data: [] }],
        ['textDocument/semanticTokens/range', { textDocument: nowhere, range }, { data: [] }],
        ['gongwen/documentStats', { textDocument: nowhere }, null],
        ['gongwen/placeholders', nowhere, null],
      ];
      cases.forEach(([method, params], i) => s.send({ id: i + 1, method, params }));
      for (const [i, [method, , expected]] of cases.entries()) assert.deepEqual((await s.answer(i + 1)).result, expected, method);
    } finally {
      s.proc.kill();
    }
  });
});

describe('malformed notifications', () => {
  it('are ignored with a warning naming the field, leave the document as it was, and never stop the server', async () => {
    const s = rawServer({ textDocument: { diagnostic: {} } });
    try {
      const td = { uri: URI, version: 5 };
      s.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: URI, languageId: 'markdown', version: 4, text: TEXT } } });
      const notes: Array<[string, unknown, RegExp]> = [
        // a cancellation without params used to throw inside the connection and stop every later message
        ['$/cancelRequest', null, /\$\/cancelRequest needs a params object, got null/],
        ['$/cancelRequest', { id: null }, /\$\/cancelRequest: id must be the integer or string id of a request, got null/],
        ['$/setTrace', { value: 5 }, /\$\/setTrace: value must be "off", "messages" or "verbose", got 5/],
        ['textDocument/didOpen', null, /didOpen needs a params object, got null/],
        ['textDocument/didOpen', { textDocument: { uri: 'file:///b.md', languageId: 'markdown', version: 1, text: 7 } }, /didOpen: textDocument\.text must be a string, got a number/],
        ['textDocument/didChange', null, /didChange needs a params object, got null/],
        ['textDocument/didChange', { textDocument: td, contentChanges: null }, /didChange: contentChanges must be an array, got null/],
        ['textDocument/didChange', { textDocument: td, contentChanges: [{ text: 'x' }, null] }, /contentChanges\[1\] must be an object/],
        ['textDocument/didChange', { textDocument: td, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: -1, character: 0 } }, text: 'x' }] }, /contentChanges\[0\]\.range\.end\.line must be a non-negative integer, got -1/],
        ['textDocument/didChange', { textDocument: { uri: URI, version: 'six' }, contentChanges: [{ text: 'x' }] }, /didChange: textDocument\.version must be an integer, got "six"/],
        ['textDocument/didClose', { textDocument: {} }, /didClose: textDocument\.uri must be a string, got nothing/],
        ['textDocument/didSave', null, /didSave needs a params object/],
        ['workspace/didChangeConfiguration', null, /didChangeConfiguration needs a params object, got null/],
      ];
      for (const [method, params] of notes) s.send({ method, params });
      // an older version and an unknown URI are well formed: the first is refused (lifecycle.ts), the second ignored
      s.send({ method: 'textDocument/didChange', params: { textDocument: { uri: URI, version: 3 }, contentChanges: [{ text: '一、旧文本\n' }] } });
      s.send({ method: 'textDocument/didChange', params: { textDocument: { uri: 'file:///not/open.md', version: 9 }, contentChanges: [{ text: 'x' }] } });
      s.send({ method: 'textDocument/didClose', params: { textDocument: { uri: 'file:///not/open.md' } } });
      s.send({ id: 1, method: 'gongwen/documentStats', params: { textDocument: { uri: URI } } });
      s.send({ id: 2, method: 'textDocument/diagnostic', params: { textDocument: { uri: URI } } });
      const stats = (await s.answer(1)).result;
      assert.equal(stats.version, 4, 'the document is still at the version it was opened with');
      const report = (await s.answer(2)).result;
      assert.deepEqual(report.items.map((d: any) => [d.code, d.range.start.line]), [['numbering-sequence', 1]], 'its text unchanged');
      const warnings = s.logs().filter((l) => l.type === 2).map((l) => l.message);
      for (const [method, params, message] of notes) {
        assert.ok(warnings.some((w) => message.test(w)), `${method} ${JSON.stringify(params)}: a warning matching ${message} in ${JSON.stringify(warnings)}`);
      }
      assert.ok(warnings.some((w) => /refused a didChange of .* marked version 3: the document is already at version 4/.test(w)), 'the older version is refused');
      assert.equal(s.logs().filter((l) => l.type === 1).length, 0, `no error logged: ${JSON.stringify(s.logs().filter((l) => l.type === 1))}`);
      assert.equal(s.stderr(), '', 'no uncaught exception');
      // a well-formed change after all that still applies
      s.send({ method: 'textDocument/didChange', params: { textDocument: { uri: URI, version: 5 }, contentChanges: [{ text: '一、总体要求\n二、工作安排\n' }] } });
      s.send({ id: 3, method: 'textDocument/diagnostic', params: { textDocument: { uri: URI } } });
      assert.deepEqual((await s.answer(3)).result.items, [], 'the good change applied');
    } finally {
      s.proc.kill();
    }
  });
});
