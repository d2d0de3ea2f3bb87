/**
 * A failing rule never kills the server, and each failure is logged to the output channel
 * (window/logMessage). The server runs in this process over in-memory streams with a registry
 * that holds a rule that throws, which the built server cannot be given.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { msg, type Rule } from '../../server/src/core';
import { startServer } from '../../server/src/server';
import { streamTransport } from '../../server/src/transport';
import { deadline } from './lsp-client';

const meta = (id: string): Rule['meta'] => ({ id, name: msg(id, id), basis: '实务', defaultSeverity: 'warning', fixable: false, description: msg('测试', 'test'), example: { wrong: 'a', right: 'b' } });
const RULES: Rule[] = [
  { meta: meta('boom'), check: (ctx) => { if (ctx.text.includes('炸')) throw new Error('kaput'); } },
  { meta: meta('first-char'), check: (ctx) => { if (ctx.text.length) ctx.report({ message: msg('首字', 'first'), start: 0, end: 1 }); } },
];

describe('a rule that throws', () => {
  let client: MessageConnection;
  const logs: string[] = [];
  const exits: number[] = [];
  let waiters: Array<() => void> = [];
  before(async () => {
    const toServer = new PassThrough();
    const fromServer = new PassThrough();
    startServer(streamTransport(toServer, fromServer), { rules: RULES, exit: (code) => exits.push(code), processGuards: false });
    client = createMessageConnection(new StreamMessageReader(fromServer), new StreamMessageWriter(toServer));
    client.onNotification('window/logMessage', (p: { message: string }) => {
      logs.push(p.message);
      const w = waiters;
      waiters = [];
      w.forEach((f) => f());
    });
    client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    client.listen();
    await client.sendRequest('initialize', { processId: null, rootUri: null, locale: 'en', capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {} } } });
    void client.sendNotification('initialized', {});
  });
  after(() => client.dispose());

  const logged = (re: RegExp) => deadline(new Promise<string>((resolve) => {
    const check = () => {
      const hit = logs.find((l) => re.test(l));
      if (hit) resolve(hit);
      else waiters.push(check);
    };
    check();
  }), 10000, `a log line matching ${re}`);

  it('the other rules still report, the failure is logged, and the server keeps answering', async () => {
    const uri = 'untitled:boom';
    void client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: '炸了' } });
    const report: any = await client.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(report.items.map((d: any) => d.code), ['first-char']);
    const line = await logged(/rule boom/);
    assert.match(line, /rule boom \(the other rules still ran\) failed: kaput/);
    assert.match(line, /at /, 'with the stack');
    void client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: '好了' }] });
    const again: any = await client.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(again.items.map((d: any) => d.code), ['first-char']);
    assert.deepEqual(exits, [], 'never exits');
  });
});
