/**
 * How the server reads its messages: the transport chosen by the process arguments, a guard on
 * the stdio framing, and an inbound queue that lets the analysis know when every message already
 * received has been handled (so fast typing is analysed once, at the latest version). The queue drops
 * malformed document notifications, cancellations and `initialize` requests before the connection sees
 * them (params-checks.ts `messageProblem`; a dropped request is answered InvalidParams), and a message
 * whose dispatch throws never stops it.
 */
import {
  createConnection,
  Emitter,
  ErrorCodes,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  StreamMessageReader,
  type Connection,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
  type PartialMessageInfo,
} from 'vscode-languageserver/node';
import { messageProblem } from './params-checks';
import { FrameWriter } from './wire';

/**
 * Wraps a reader: messages go to the connection one per event-loop turn, in order, so the queue
 * of received-but-unhandled messages is ours and `whenIdle` can wait for it to empty. Adds one
 * `setImmediate` per message (microseconds); nothing is dropped or reordered.
 */
export class InboundQueue implements MessageReader {
  private readonly queue: Message[] = [];
  private callback: DataCallback | undefined;
  private scheduled = false;
  /** Messages handed on so far. */
  private handed = 0;
  private idleWaiters: Array<{ resolve: () => void; until: number }> = [];
  private readonly errors = new Emitter<Error>();
  private readonly dropped = new Emitter<DroppedMessage>();

  /** `check`: what is wrong with a message (it is then dropped, not handed on), or undefined. */
  constructor(
    private readonly inner: MessageReader,
    private readonly check: (m: Message) => string | undefined = () => undefined,
  ) {}

  /**
   * A message was dropped: `check` found a problem in it, or handing it on threw (the connection's own
   * dispatch read a field it lacks). The queue goes on with the next message.
   */
  get onDropped() {
    return this.dropped.event;
  }

  get onError() {
    return this.errors.event;
  }
  get onClose() {
    return this.inner.onClose;
  }
  get onPartialMessage(): MessageReader['onPartialMessage'] {
    return this.inner.onPartialMessage as (listener: (e: PartialMessageInfo) => unknown) => Disposable;
  }

  /** Pass an error of the underlying reader on to the connection (the owner decides which: see `guardFraming`). */
  fireError(e: Error): void {
    this.errors.fire(e);
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return this.inner.listen((m) => {
      this.queue.push(m);
      this.schedule();
    });
  }

  /**
   * Resolves once every message received so far has been handed to the connection and the
   * connection has dispatched it (its own queue runs one message per turn, scheduled before our
   * next turn). Waiters registered together resolve together. A client that never stops sending
   * cannot starve a waiter: it resolves anyway after `MAX_WAIT_MESSAGES` more messages.
   */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.idleWaiters.push({ resolve, until: this.handed + InboundQueue.MAX_WAIT_MESSAGES });
      this.schedule();
    });
  }

  /** See `whenIdle`. */
  static MAX_WAIT_MESSAGES = 10_000;

  /** Messages received and not yet handed to the connection. */
  get backlog(): number {
    return this.queue.length;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(this.step);
  }

  private readonly step = (): void => {
    this.scheduled = false;
    const m = this.queue.shift();
    if (m !== undefined) {
      const problem = this.check(m);
      if (problem !== undefined) this.dropped.fire({ message: m, problem });
      else {
        try {
          this.callback?.(m);
        } catch (error) {
          // one malformed message must not stop the queue: every later message would wait for ever
          this.dropped.fire({ message: m, problem: error instanceof Error ? error.message : String(error), error });
        }
      }
      this.handed++;
      this.schedule();
      if (this.idleWaiters.length && this.idleWaiters[0].until <= this.handed) this.release((w) => w.until <= this.handed);
      return;
    }
    this.release(() => true);
  };

  private release(which: (w: { until: number }) => boolean): void {
    const go = this.idleWaiters.filter(which);
    this.idleWaiters = this.idleWaiters.filter((w) => !which(w));
    for (const w of go) w.resolve();
  }

  dispose(): void {
    this.inner.dispose();
    this.errors.dispose();
    this.dropped.dispose();
  }
}

/** A message `InboundQueue` did not hand on, and why. */
export interface DroppedMessage {
  message: Message;
  /** What is wrong with it (a sentence naming the method when known). */
  problem: string;
  /** What handing it on threw, when it did. */
  error?: unknown;
}

/** What the server needs from its transport besides the connection. */
export interface Transport {
  connection: Connection;
  /** See `InboundQueue.whenIdle`. */
  whenIdle(): Promise<void>;
  /** Called once when the client is gone (input closed, or output closed: nothing reaches it); the server then exits. */
  onClosed(listener: () => void): void;
  /** Called on a framing error: the byte stream can no longer be split into messages. */
  onBroken(listener: (e: Error) => void): void;
  /** Called for each malformed message dropped before it reached the handlers (`InboundQueue.onDropped`). */
  onDropped(listener: (d: DroppedMessage) => void): void;
}

/**
 * On a stream transport, tell framing errors (a bad `Content-Length` header: every later byte is
 * misread) from decoding errors (one bad JSON body: the stream is still in step). The reader
 * raises framing errors synchronously while it handles a `data` event, decoding errors later (it
 * decodes in a promise), so a flag set around each `data` event tells them apart.
 */
function guardFraming(stream: NodeJS.ReadableStream, reader: StreamMessageReader, queue: InboundQueue, broken: (e: Error) => void): void {
  let inData = false;
  stream.on('data', () => (inData = true));
  reader.onError((e) => (inData ? broken(e) : queue.fireError(e)));
  const listen = reader.listen.bind(reader);
  reader.listen = (cb) => {
    const d = listen(cb);
    stream.on('data', () => (inData = false)); // after the reader's own listener
    return d;
  };
}

/** The listeners a transport calls; `closed` fires once. */
class TransportEvents {
  private readonly closed: Array<() => void> = [];
  private readonly broken: Array<(e: Error) => void> = [];
  private done = false;
  readonly onClosed = (l: () => void): void => void this.closed.push(l);
  readonly onBroken = (l: (e: Error) => void): void => void this.broken.push(l);
  fireClosed(): void {
    if (this.done) return;
    this.done = true;
    for (const l of this.closed) l();
  }
  fireBroken(e: Error): void {
    for (const l of this.broken) l(e);
  }
}

function transportOf(queue: InboundQueue, writer: MessageWriter, events: TransportEvents): Transport {
  queue.onClose(() => events.fireClosed());
  // a client that closed our output (stopped reading) hears nothing more: as gone as one that closed our input
  writer.onClose(() => events.fireClosed());
  // a request dropped by the queue still gets its answer: a client waits for every request it sent
  queue.onDropped(({ message, problem, error }) => {
    const id = (message as { id?: unknown }).id;
    if (typeof id !== 'number' && typeof id !== 'string') return;
    const code = error === undefined ? ErrorCodes.InvalidParams : ErrorCodes.InternalError;
    void writer.write({ jsonrpc: '2.0', id, error: { code, message: `gongwen: ${problem}` } } as Message).catch(() => {});
  });
  const connection = createConnection(ProposedFeatures.all, queue, writer);
  return { connection, whenIdle: () => queue.whenIdle(), onClosed: events.onClosed, onBroken: events.onBroken, onDropped: (l) => void queue.onDropped(l) };
}

/** A transport over two streams (stdio; in-memory streams in tests), with the framing guard. */
export function streamTransport(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Transport {
  const events = new TransportEvents();
  const reader = new StreamMessageReader(input);
  const queue = new InboundQueue(reader, messageProblem);
  guardFraming(input, reader, queue, (e) => events.fireBroken(e));
  // the library's framing and JSON, each message in one write, diagnostic reports from their parts' cached JSON (wire.ts)
  return transportOf(queue, new FrameWriter(output), events);
}

/**
 * The connection from the process arguments: `--stdio` (the extension, other editors, `gongwen lsp --stdio`)
 * or none (terminal); `--node-ipc` (a client that forks the server with IPC); `--socket`/`--pipe` fall back to the library
 * (no coalescing wait beyond one turn, no framing guard).
 */
export function createTransport(argv: readonly string[] = process.argv.slice(2)): Transport {
  const events = new TransportEvents();
  if (argv.some((a) => /^--(socket|pipe)(=|$)/.test(a))) {
    return { connection: createConnection(ProposedFeatures.all), whenIdle: () => new Promise((r) => setImmediate(r)), onClosed: events.onClosed, onBroken: events.onBroken, onDropped: () => {} };
  }
  if (argv.includes('--node-ipc')) {
    const reader = new IPCMessageReader(process);
    const queue = new InboundQueue(reader, messageProblem);
    reader.onError((e) => queue.fireError(e));
    return transportOf(queue, new IPCMessageWriter(process), events);
  }
  // stdout carries the protocol: console output from any code in this process goes to stderr instead
  // (VS Code shows the server's stderr in the output channel), never between two frames.
  console.log = console.info = console.debug = console.warn = (...args: unknown[]) => console.error(...args);
  return streamTransport(process.stdin, process.stdout);
}
