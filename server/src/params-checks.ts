/**
 * The shape checks of what a client sends: each returns a sentence saying what is wrong with the
 * parameters (English, for the client's log and the JSON-RPC error message), or undefined when they
 * have the shape LSP 3.17 gives them. A misbehaving client gets a clear InvalidParams answer (requests,
 * lifecycle.ts) or a logged warning (notifications, which have no answer: `notificationProblem`),
 * never an internal error, a crash or a document whose text no longer matches the client's.
 */
import type { Message } from 'vscode-languageserver/node';

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How a value is named in a message: `null`, `an array`, `a string`… */
export function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (v === undefined) return 'nothing';
  const t = typeof v;
  return t === 'object' ? 'an object' : t === 'undefined' ? 'nothing' : `a ${t}`;
}

/** LSP's `uinteger` (0 … 2^31 − 1): lines, characters, versions of open documents (`integer`, but never negative in practice). */
const isUinteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 2 ** 31 - 1;

/** `params.textDocument.uri` (a `TextDocumentIdentifier`): a problem, or undefined. */
export function textDocumentProblem(p: Obj): string | undefined {
  const td = p.textDocument;
  if (!isObject(td)) return `textDocument must be an object { "uri": … }, got ${kindOf(td)}`;
  if (typeof td.uri !== 'string') return `textDocument.uri must be a string, got ${kindOf(td.uri)}`;
  return undefined;
}

/** `params.uri` (gongwen's own requests take `{ uri }`): a problem, or undefined. */
export function uriProblem(p: Obj): string | undefined {
  return typeof p.uri === 'string' ? undefined : `uri must be a string (the document's URI), got ${kindOf(p.uri)}`;
}

/** A `Position` (0-based line, UTF-16 character): a problem, or undefined. `name` is how the field is named. */
export function positionProblem(v: unknown, name: string): string | undefined {
  if (!isObject(v)) return `${name} must be a Position { "line", "character" }, got ${kindOf(v)}`;
  if (!isUinteger(v.line)) return `${name}.line must be a non-negative integer, got ${JSON.stringify(v.line) ?? 'nothing'}`;
  if (!isUinteger(v.character)) return `${name}.character must be a non-negative integer, got ${JSON.stringify(v.character) ?? 'nothing'}`;
  return undefined;
}

/** A `Range` (start not after end): a problem, or undefined. */
export function rangeProblem(v: unknown, name: string): string | undefined {
  if (!isObject(v)) return `${name} must be a Range { "start", "end" }, got ${kindOf(v)}`;
  const bad = positionProblem(v.start, `${name}.start`) ?? positionProblem(v.end, `${name}.end`);
  if (bad) return bad;
  const s = v.start as { line: number; character: number };
  const e = v.end as { line: number; character: number };
  if (s.line > e.line || (s.line === e.line && s.character > e.character)) return `${name}.start is after ${name}.end`;
  return undefined;
}

/** `CodeActionContext`: `diagnostics` an array, `only` absent or an array of strings (the diagnostics themselves are checked one by one: diagnostics.ts `findingOf`). */
function codeActionContextProblem(c: unknown): string | undefined {
  if (!isObject(c)) return `context must be an object { "diagnostics": [...] }, got ${kindOf(c)}`;
  if (!Array.isArray(c.diagnostics)) return `context.diagnostics must be an array, got ${kindOf(c.diagnostics)}`;
  if (c.only !== undefined && c.only !== null && !(Array.isArray(c.only) && c.only.every((k) => typeof k === 'string'))) return `context.only must be an array of code action kinds (strings), got ${kindOf(c.only)}`;
  return undefined;
}

/** A request's checks beyond "params is an object" (lifecycle.ts), by method. */
export const REQUEST_CHECKS: Readonly<Record<string, (p: Obj) => string | undefined>> = {
  // (a previousResultId of another type is no id the server gave: it gets a full report, as an unknown one does)
  'textDocument/diagnostic': textDocumentProblem,
  'textDocument/codeAction': (p) => textDocumentProblem(p) ?? rangeProblem(p.range, 'range') ?? codeActionContextProblem(p.context),
  'textDocument/hover': (p) => textDocumentProblem(p) ?? positionProblem(p.position, 'position'),
  'textDocument/documentSymbol': textDocumentProblem,
  'textDocument/foldingRange': textDocumentProblem,
  'textDocument/semanticTokens/full': textDocumentProblem,
  'textDocument/semanticTokens/range': (p) => textDocumentProblem(p) ?? rangeProblem(p.range, 'range'),
  'gongwen/documentStats': textDocumentProblem,
  'gongwen/placeholders': uriProblem,
  'gongwen/exportSettings': uriProblem,
};

/** The shape of a request's params, for messages: `{ "uri": … }` for gongwen's own requests, `{ "textDocument": { "uri": … }, … }` otherwise. */
export function paramsShape(method: string): string {
  return REQUEST_CHECKS[method] === uriProblem ? '{ "uri": … }' : '{ "textDocument": { "uri": … }, … }';
}

/** A content change of `didChange`: the whole text, or a range and its new text. */
function changeProblem(c: unknown, i: number): string | undefined {
  const name = `contentChanges[${i}]`;
  if (!isObject(c)) return `${name} must be an object { "text", "range"? }, got ${kindOf(c)}`;
  if (typeof c.text !== 'string') return `${name}.text must be a string, got ${kindOf(c.text)}`;
  if (c.range !== undefined) return rangeProblem(c.range, `${name}.range`);
  return undefined;
}

/** The document notifications' checks (LSP 3.17 §textDocument_didOpen … §didClose), by method. */
const NOTIFICATION_CHECKS: Readonly<Record<string, (p: Obj) => string | undefined>> = {
  'textDocument/didOpen': (p) => {
    const td = p.textDocument;
    if (!isObject(td)) return `textDocument must be a TextDocumentItem { "uri", "languageId", "version", "text" }, got ${kindOf(td)}`;
    if (typeof td.uri !== 'string') return `textDocument.uri must be a string, got ${kindOf(td.uri)}`;
    if (typeof td.languageId !== 'string') return `textDocument.languageId must be a string, got ${kindOf(td.languageId)}`;
    if (typeof td.version !== 'number' || !Number.isInteger(td.version)) return `textDocument.version must be an integer, got ${JSON.stringify(td.version) ?? 'nothing'}`;
    if (typeof td.text !== 'string') return `textDocument.text must be a string, got ${kindOf(td.text)}`;
    return undefined;
  },
  'textDocument/didChange': (p) => {
    const bad = textDocumentProblem(p);
    if (bad) return bad;
    const version = (p.textDocument as Obj).version;
    if (typeof version !== 'number' || !Number.isInteger(version)) return `textDocument.version must be an integer, got ${JSON.stringify(version) ?? 'nothing'}`;
    if (!Array.isArray(p.contentChanges)) return `contentChanges must be an array, got ${kindOf(p.contentChanges)}`;
    for (let i = 0; i < p.contentChanges.length; i++) {
      const problem = changeProblem(p.contentChanges[i], i);
      if (problem) return problem;
    }
    return undefined;
  },
  'textDocument/didClose': textDocumentProblem,
  'textDocument/didSave': textDocumentProblem,
  'textDocument/willSave': textDocumentProblem,
  '$/cancelRequest': (p) => (typeof p.id === 'string' || (typeof p.id === 'number' && Number.isInteger(p.id)) ? undefined : `id must be the integer or string id of a request, got ${kindOf(p.id)}`),
  '$/setTrace': (p) => (p.value === 'off' || p.value === 'messages' || p.value === 'verbose' ? undefined : `value must be "off", "messages" or "verbose", got ${JSON.stringify(p.value) ?? 'nothing'}`),
  'workspace/didChangeConfiguration': () => undefined,
};

/**
 * The requests the connection library itself reads before any handler of ours runs (`initialize`: its
 * `processId`, `trace` and `capabilities`), so they are checked before they reach it.
 */
const EARLY_REQUEST_CHECKS: Readonly<Record<string, (p: Obj) => string | undefined>> = {
  initialize: (p) => (isObject(p.capabilities) ? undefined : `capabilities must be an object (ClientCapabilities, {} for none), got ${kindOf(p.capabilities)}`),
};

/**
 * What is wrong with message `m` (a sentence naming the method), or undefined when it is not a message
 * these checks know (the document notifications, `$/cancelRequest`, `$/setTrace`, `initialize`…) or it
 * has the right shape. A message with a problem is not handled (transport.ts `InboundQueue`; a request
 * is answered InvalidParams): applying a malformed `didChange` would leave the document's text other
 * than the client's.
 */
export function messageProblem(m: Message): string | undefined {
  const { method, params } = m as { method?: unknown; params?: unknown; id?: unknown };
  if (typeof method !== 'string') return undefined;
  const check = 'id' in m ? EARLY_REQUEST_CHECKS[method] : NOTIFICATION_CHECKS[method];
  if (!check) return undefined;
  if (!isObject(params)) return `${method} needs a params object, got ${kindOf(params)}`;
  const problem = check(params);
  return problem === undefined ? undefined : `${method}: ${problem}`;
}
