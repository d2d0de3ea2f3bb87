/** transport.ts: the inbound queue keeps order and knows when it is idle; the framing guard tells a broken frame from a bad body. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { AbstractMessageReader, type DataCallback, type Message } from 'vscode-jsonrpc/node';
import { InboundQueue, streamTransport } from '../../server/src/transport';
import { deadline } from './lsp-client';

class FakeReader extends AbstractMessageReader {
  cb: DataCallback | undefined;
  listen(cb: DataCallback) {
    this.cb = cb;
    return { dispose() {} };
  }
}

const m = (id: number): Message => ({ jsonrpc: '2.0', id, method: 'x' }) as Message;

describe('InboundQueue', () => {
  it('hands messages on in order, one per turn, and resolves whenIdle only after the last', async () => {
    const inner = new FakeReader();
    const q = new InboundQueue(inner);
    const got: number[] = [];
    q.listen((msg) => got.push((msg as unknown as { id: number }).id));
    for (let i = 1; i <= 5; i++) inner.cb!(m(i));
    assert.equal(q.backlog, 5);
    assert.deepEqual(got, [], 'nothing synchronously');
    const idle = q.whenIdle().then(() => [...got]);
    await new Promise((r) => setImmediate(r));
    assert.ok(got.length < 5, 'not all in one turn');
    assert.deepEqual(await deadline(idle, 5000, 'idle'), [1, 2, 3, 4, 5]);
    // a message arriving while waiting delays idleness until it is handed on too
    const later = q.whenIdle().then(() => [...got]);
    inner.cb!(m(6));
    assert.deepEqual(await deadline(later, 5000, 'idle'), [1, 2, 3, 4, 5, 6]);
    // idle with nothing queued resolves on the next turn
    await deadline(q.whenIdle(), 5000, 'idle when empty');
  });

  it('a client that never stops sending cannot starve a waiter', async () => {
    const inner = new FakeReader();
    const q = new InboundQueue(inner);
    let handed = 0;
    let feeding = true;
    // every message handed on brings a new one: the queue is never empty
    q.listen(() => {
      handed++;
      if (feeding) inner.cb!(m(handed));
    });
    inner.cb!(m(0));
    const waited = await deadline(q.whenIdle().then(() => handed), 60000, 'the waiter to be released');
    feeding = false;
    assert.ok(waited >= InboundQueue.MAX_WAIT_MESSAGES && waited <= InboundQueue.MAX_WAIT_MESSAGES + 2, `released after ${waited} messages`);
  });
});

describe('streamTransport framing guard', () => {
  const body = (json: string) => `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;

  for (const [name, bytes, broken] of [
    ['a non-numeric Content-Length', 'Content-Length: abc\r\n\r\n{}', true],
    ['a header without Content-Length', 'X-Other: 1\r\n\r\n{}', true],
    ['a well-framed body that is not JSON', body('{oops'), false],
  ] as const) {
    it(`${name}: ${broken ? 'broken' : 'not broken'}`, async () => {
      const input = new PassThrough();
      const output = new PassThrough();
      const t = streamTransport(input, output);
      const errors: Error[] = [];
      t.onBroken((e) => errors.push(e));
      t.connection.listen();
      input.write(bytes);
      // a request after it, answered only when the stream is still in step
      input.write(body(JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'no/such' })));
      let out = '';
      output.on('data', (d) => (out += d));
      if (broken) {
        await deadline(new Promise<void>((r) => (errors.length ? r() : t.onBroken(() => r()))), 5000, 'onBroken');
        assert.match(errors[0].message, /Content-Length/);
      } else {
        await deadline(new Promise<void>((r) => output.on('data', () => /"id":9/.test(out) && r())), 5000, 'the next request answered');
        assert.deepEqual(errors, []);
      }
      t.connection.dispose();
    });
  }
});

describe('InboundQueue drops what cannot be handed on', () => {
  it('a message its check finds malformed is dropped with the problem, the next ones are handed on', async () => {
    const inner = new FakeReader();
    const q = new InboundQueue(inner, (msg) => ((msg as unknown as { id: number }).id === 2 ? 'id 2 is malformed' : undefined));
    const got: number[] = [];
    const dropped: string[] = [];
    q.onDropped((d) => dropped.push(d.problem));
    q.listen((msg) => got.push((msg as unknown as { id: number }).id));
    for (let i = 1; i <= 3; i++) inner.cb!(m(i));
    await deadline(q.whenIdle(), 5000, 'idle');
    assert.deepEqual(got, [1, 3]);
    assert.deepEqual(dropped, ['id 2 is malformed']);
  });

  it('a message whose handing on throws does not stop the queue (it used to: every later message waited for ever)', async () => {
    const inner = new FakeReader();
    const q = new InboundQueue(inner);
    const got: number[] = [];
    const dropped: unknown[] = [];
    q.onDropped((d) => dropped.push(d.error));
    q.listen((msg) => {
      const id = (msg as unknown as { id: number }).id;
      if (id === 1) throw new TypeError("Cannot read properties of null (reading 'id')");
      got.push(id);
    });
    for (let i = 1; i <= 3; i++) inner.cb!(m(i));
    await deadline(q.whenIdle(), 5000, 'idle');
    assert.deepEqual(got, [2, 3]);
    assert.equal(dropped.length, 1);
    assert.ok(dropped[0] instanceof TypeError);
  });
});
