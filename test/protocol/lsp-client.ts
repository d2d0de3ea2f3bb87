/**
 * A small LSP test client: starts the BUILT server (dist/server.js) as a separate process over
 * stdio and talks JSON-RPC to it. Every wait has a deadline; nothing sleeps.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';

export const SERVER = path.join(__dirname, '..', '..', 'dist', 'server.js');

/**
 * What a finding diagnostic's `data` names: the finding's index (diagnostics.ts: a non-negative integer),
 * or undefined when it is not of that form.
 */
export function dataParts(data: unknown): { index: number } | undefined {
  return typeof data === 'number' && Number.isInteger(data) && data >= 0 ? { index: data } : undefined;
}

export interface Message {
  method: string;
  params: unknown;
}

type Waiter = { pred: (m: Message) => boolean; resolve: (m: Message) => void };

/** Reject after `ms` with a message saying what we were waiting for. */
export function deadline<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    }),
  ]);
}

export interface StartOptions {
  locale?: string;
  /** Announce pull diagnostics (textDocument/diagnostic); default true. */
  pull?: boolean;
  /** Announce workspace/configuration; default true. */
  configuration?: boolean;
  /** Extra server arguments. */
  args?: string[];
  /** Node.js options of the server process (stdio only), e.g. the extension's (client/src/server-launch.ts). */
  nodeArgs?: readonly string[];
  /** Start a different program (e.g. dist/cli.js) instead of dist/server.js. */
  program?: string;
  /** `stdio` (default) or `ipc` (node-ipc, as the VS Code extension starts it). */
  transport?: 'stdio' | 'ipc';
  /** Announce `workspaceEdit.documentChanges` (versioned edits), as VS Code does; default true. */
  documentChanges?: boolean;
  /** `InitializeParams.trace`: `verbose` makes the server send `$/logTrace` (one line per analysis). */
  trace?: 'off' | 'messages' | 'verbose';
  /** Skip `initialize` (for life-cycle tests). */
  noInitialize?: boolean;
  /** `InitializeParams.initializationOptions` (none by default; the extension's: client/src/rule-code.ts). */
  initializationOptions?: unknown;
}

export class TestClient {
  readonly notifications: Message[] = [];
  /** Requests the server sent us (workspace/configuration, refresh, registerCapability…). */
  readonly serverRequests: Message[] = [];
  /** Answers `workspace/configuration` items (scopeUri, section) → the raw `gongwen` section. */
  config: (scopeUri: string | undefined, section: string | undefined) => unknown = () => ({});
  /** Answers to other server→client requests by method (e.g. `gongwen/configFiles`); unknown ones get null. */
  handlers: Record<string, (params: any) => unknown> = {};
  /** When true, `workspace/configuration` is never answered (a broken client). */
  configurationSilent = false;
  /** When true, `workspace/configuration` answers wait for `releaseConfiguration()` (a slow client). */
  configurationHeld = false;
  private held: Array<() => void> = [];

  /** Answer the held `workspace/configuration` requests now (with `config` as it is now). */
  releaseConfiguration(): number {
    const held = this.held;
    this.held = [];
    held.forEach((answer) => answer());
    return held.length;
  }
  stderr = '';
  initializeResult: any;
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();
  private exited: Promise<number | null>;

  private constructor(readonly proc: ChildProcess, readonly conn: MessageConnection) {
    this.exited = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
    proc.stderr?.on('data', (d) => (this.stderr += d.toString()));
    conn.onNotification((method, params) => this.record(this.notifications, { method, params }));
    // the library handles $/logTrace itself; record it like any other notification
    conn.onNotification('$/logTrace', (params: unknown) => this.record(this.notifications, { method: '$/logTrace', params }));
    conn.onRequest((method, params) => {
      this.record(this.serverRequests, { method, params });
      if (method === 'workspace/configuration') {
        if (this.configurationSilent) return new Promise(() => {});
        const items = ((params as { items?: Array<{ scopeUri?: string; section?: string }> })?.items ?? []);
        const answer = () => items.map((i) => this.config(i.scopeUri, i.section) ?? null);
        if (this.configurationHeld) return new Promise((resolve) => this.held.push(() => resolve(answer())));
        return answer();
      }
      return this.handlers[method]?.(params) ?? null;
    });
    conn.listen();
  }

  private record(list: Message[], m: Message) {
    list.push(m);
    for (const w of [...this.waiters]) {
      if (w.pred(m)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  }

  /** Spawn the server and run initialize/initialized. */
  static async start(opts: StartOptions = {}): Promise<TestClient> {
    const program = opts.program ?? SERVER;
    let proc: ChildProcess;
    let conn: MessageConnection;
    if (opts.transport === 'ipc') {
      proc = fork(program, opts.args ?? ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
      conn = createMessageConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
    } else {
      proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), program, ...(opts.args ?? ['--stdio'])], { stdio: ['pipe', 'pipe', 'pipe'] });
      conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    }
    const client = new TestClient(proc, conn);
    if (opts.noInitialize) return client;
    await client.initialize(opts);
    return client;
  }

  /** Run initialize/initialized with the capabilities `opts` describe. */
  async initialize(opts: StartOptions = {}): Promise<void> {
    const client = this;
    const pull = opts.pull ?? true;
    const configuration = opts.configuration ?? true;
    client.initializeResult = await client.request('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: opts.locale ?? 'en',
      ...(opts.trace ? { trace: opts.trace } : {}),
      ...(opts.initializationOptions !== undefined ? { initializationOptions: opts.initializationOptions } : {}),
      capabilities: {
        workspace: {
          configuration,
          didChangeConfiguration: { dynamicRegistration: true },
          ...(pull ? { diagnostics: { refreshSupport: true } } : {}),
          semanticTokens: { refreshSupport: true },
          workspaceEdit: { documentChanges: opts.documentChanges ?? true, resourceOperations: ['create'] },
        },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
          publishDiagnostics: { versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          semanticTokens: { requests: { full: true, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
        },
      },
    });
    client.notify('initialized', {});
  }

  /** A request with a deadline. */
  request<R = any>(method: string, params: unknown, ms = 15000): Promise<R> {
    return deadline(this.conn.sendRequest(method, params) as Promise<R>, ms, `response to ${method}`);
  }

  notify(method: string, params: unknown): void {
    void this.conn.sendNotification(method, params);
  }

  /** The next (or an already received, if `past`) notification matching. */
  waitForNotification(method: string, pred: (params: any) => boolean = () => true, ms = 15000, past = false): Promise<any> {
    if (past) {
      const hit = this.notifications.find((m) => m.method === method && pred(m.params));
      if (hit) return Promise.resolve(hit.params);
    }
    return deadline(
      new Promise<Message>((resolve) => this.waiters.push({ pred: (m) => m.method === method && pred(m.params), resolve })).then((m) => m.params),
      ms,
      `notification ${method}`,
    );
  }

  /** The next server→client request matching (already received ones count after `since`). */
  /**
   * Answer `workspace/configuration` with `fn` from now on, tell the server the settings changed, and wait
   * for the diagnostic refresh it asks for when it has re-read them.
   */
  async reconfigure(fn: TestClient['config']): Promise<void> {
    this.config = fn;
    const since = this.serverRequests.length;
    this.notify('workspace/didChangeConfiguration', { settings: null });
    await this.waitForServerRequest('workspace/diagnostic/refresh', since);
  }

  waitForServerRequest(method: string, since: number, ms = 15000): Promise<any> {
    const hit = this.serverRequests.slice(since).find((m) => m.method === method);
    if (hit) return Promise.resolve(hit.params);
    return deadline(
      new Promise<Message>((resolve) => this.waiters.push({ pred: (m) => m.method === method && this.serverRequests.includes(m), resolve })).then((m) => m.params),
      ms,
      `server request ${method}`,
    );
  }

  open(uri: string, text: string, languageId = 'markdown'): void {
    this.versions.set(uri, 1);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** The version this client last sent for `uri` (undefined when never opened). */
  version(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  /** Replace the whole text; returns the new version. */
  replace(uri: string, text: string): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Incremental edit; returns the new version. */
  edit(uri: string, range: Range, text: string): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  close(uri: string): void {
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  diagnostics(uri: string): Promise<any> {
    return this.request('textDocument/diagnostic', { textDocument: { uri } });
  }

  /** shutdown + exit, and wait for the process to end (killed after the deadline). */
  async stop(): Promise<number | null> {
    try {
      await this.request('shutdown', null, 5000);
      this.notify('exit', null);
      return await deadline(this.exited, 5000, 'server exit');
    } catch {
      this.proc.kill();
      return null;
    } finally {
      this.conn.dispose();
    }
  }

  /** Resolves with the exit code when the server process ends (null when killed by a signal). */
  get exit(): Promise<number | null> {
    return this.exited;
  }

  get alive(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }
}

// ---------------------------------------------------------------------------------------------
// Independent position arithmetic for expectations (deliberately NOT the server's convert.ts).

/** Line start offsets: `\r\n`, `\n` and `\r` break lines. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      starts.push(i + 2);
      i++;
    } else if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

export function positionOf(text: string, offset: number, starts = lineStarts(text)): Position {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}

export function offsetOf(text: string, p: Position, starts = lineStarts(text)): number {
  return starts[p.line] + p.character;
}

export function rangeOf(text: string, start: number, end: number): Range {
  const starts = lineStarts(text);
  return { start: positionOf(text, start, starts), end: positionOf(text, end, starts) };
}

/** Apply LSP text edits (non-overlapping) to `text`. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = lineStarts(text);
  const abs = edits
    .map((e) => ({ s: offsetOf(text, e.range.start, starts), e: offsetOf(text, e.range.end, starts), t: e.newText }))
    .sort((a, b) => b.s - a.s || b.e - a.e);
  let out = text;
  let limit = Infinity;
  for (const x of abs) {
    if (x.e > limit) throw new Error('overlapping text edits');
    out = out.slice(0, x.s) + x.t + out.slice(x.e);
    limit = x.s;
  }
  return out;
}

/**
 * The text edits a code action makes on `uri`: from `documentChanges` (asserting the document
 * version it was made for, when `version` is given) or from `changes`.
 */
export function actionEdits(action: any, uri: string, version?: number): TextEdit[] {
  const dc = action?.edit?.documentChanges;
  if (dc) {
    const forDoc = dc.filter((c: any) => c.textDocument?.uri === uri);
    if (forDoc.length !== 1) throw new Error(`expected one TextDocumentEdit for ${uri}, got ${JSON.stringify(dc)}`);
    if (version !== undefined && forDoc[0].textDocument.version !== version) throw new Error(`edit for version ${forDoc[0].textDocument.version}, expected ${version}`);
    return forDoc[0].edits;
  }
  const edits = action?.edit?.changes?.[uri];
  if (!edits) throw new Error(`no edits for ${uri} in ${JSON.stringify(action?.edit)}`);
  return edits;
}
