/**
 * How the server encodes its messages on a stream transport (stdio): the JSON of each message, as
 * vscode-jsonrpc's own encoder writes it (`JSON.stringify`, UTF-8), byte for byte, but a diagnostic
 * report built by `documentDiagnostics` is assembled from the UTF-8 JSON of its parts, encoded once
 * per `Shown` part and shared by every later report that shows the same finding the same way. A
 * keystroke in a document with thousands of findings changes a few of them: its report costs a copy
 * of the others' bytes instead of stringifying and encoding a megabyte again.
 */
import type { Diagnostic, Message } from 'vscode-languageserver/node';
import { shownParts, type Shown } from './diagnostics';

/** The UTF-8 JSON of a `Shown` part without its closing brace (`{"range":…,"message":"…"`), once per part. */
const encoded = new WeakMap<Shown, Buffer>();

function partBytes(s: Shown): Buffer {
  let b = encoded.get(s);
  if (b === undefined) {
    const json = JSON.stringify({ range: s.range, severity: s.severity, code: s.code, codeDescription: s.codeDescription, source: s.source, message: s.message });
    encoded.set(s, (b = Buffer.from(json.slice(0, -1), 'utf8')));
  }
  return b;
}

/** Whether `data` is a string of printable ASCII that JSON writes as is (no `"`, no `\\`). */
function isPlainAscii(data: unknown): data is string {
  if (typeof data !== 'string') return false;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return false;
  }
  return true;
}

const DATA_KEY = Buffer.from(',"data":"', 'latin1');

/** The diagnostic list a message carries (a pull's `result.items`, a push's `params.diagnostics`), if any. */
function diagnosticList(msg: Message): readonly Diagnostic[] | undefined {
  const m = msg as { result?: { items?: unknown }; params?: { diagnostics?: unknown } };
  const list = m.result?.items ?? m.params?.diagnostics;
  return Array.isArray(list) ? list : undefined;
}

/** Stands for the list in the JSON of the rest of the message (a string no message of ours contains). */
const MARK = '\u0000gongwen-diagnostics\u0000';
const MARK_JSON = JSON.stringify(MARK);

/**
 * The UTF-8 JSON of `msg`: exactly `Buffer.from(JSON.stringify(msg), 'utf8')` (what vscode-jsonrpc
 * sends), faster for a diagnostic list `documentDiagnostics` built. Throws what `JSON.stringify` throws.
 */
export function encodeMessage(msg: Message): Buffer {
  const items = diagnosticList(msg);
  const parts = items && Object.isFrozen(items) ? shownParts(items) : undefined;
  if (!items || !parts) return Buffer.from(JSON.stringify(msg), 'utf8');
  const rest = JSON.stringify(msg, (_key, value: unknown) => (value === items ? MARK : value));
  const at = rest.indexOf(MARK_JSON);
  if (at < 0 || rest.indexOf(MARK_JSON, at + 1) >= 0) return Buffer.from(JSON.stringify(msg), 'utf8');
  const head = rest.slice(0, at);
  const tail = rest.slice(at + MARK_JSON.length);
  // a list documentDiagnostics built is frozen, its items too: item i is parts[i] and a `data` string
  // (the `too-many` item after them has no part). Any other item is stringified whole.
  const own = (d: Diagnostic, i: number): boolean => i < parts.length && d.range === parts[i].range && isPlainAscii(d.data);
  const whole: Array<string | undefined> = new Array(items.length);
  const bytes: Buffer[] = new Array(items.length);
  let size = 3 * (head.length + tail.length) + 2 + items.length; // UTF-8: at most 3 bytes per UTF-16 unit
  for (let i = 0; i < items.length; i++) {
    const d = items[i];
    if (own(d, i)) size += (bytes[i] = partBytes(parts[i])).length + DATA_KEY.length + (d.data as string).length + 2;
    else size += 3 * (whole[i] = JSON.stringify(d) ?? 'null').length;
  }
  const out = Buffer.allocUnsafe(size);
  let off = out.write(head, 0, 'utf8');
  out[off++] = 0x5b; // [
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out[off++] = 0x2c; // ,
    const json = whole[i];
    if (json !== undefined) {
      off += out.write(json, off, 'utf8');
      continue;
    }
    const b = bytes[i];
    out.set(b, off);
    off += b.length;
    for (let k = 0; k < DATA_KEY.length; k++) out[off++] = DATA_KEY[k];
    const data = items[i].data as string;
    for (let k = 0; k < data.length; k++) out[off++] = data.charCodeAt(k);
    out[off++] = 0x22; // "
    out[off++] = 0x7d; // }
  }
  out[off++] = 0x5d; // ]
  off += out.write(tail, off, 'utf8');
  return out.subarray(0, off);
}

/**
 * vscode-jsonrpc's `ContentTypeEncoder` for `application/json` with `encodeMessage` (pass it as
 * `contentTypeEncoder` to a `StreamMessageWriter`). The charset is UTF-8, the library's default and the
 * only one LSP allows.
 */
export const JSON_ENCODER = {
  name: 'application/json',
  encode(msg: Message): Promise<Uint8Array> {
    try {
      return Promise.resolve(encodeMessage(msg));
    } catch (e) {
      return Promise.reject(e);
    }
  },
};
