/**
 * How the server writes its messages on a stream transport (stdio): the library's framing
 * (`Content-Length` header, UTF-8 JSON body) and the JSON `JSON.stringify` writes, byte for byte, but
 * each message in one write, and a diagnostic report built by `documentDiagnostics` assembled from
 * the JSON of its parts, in ASCII (`asciiJson`: the same JSON value, read several times faster by the
 * client), encoded once per `Shown` part and shared by every later report that
 * shows the same finding the same way (at any index: the index is written after the part). A
 * keystroke in a document with thousands of findings changes a few of them: its report costs a copy
 * of the others' bytes instead of stringifying and encoding half a megabyte again. The VS Code
 * extension starts the server over stdio for this; over node IPC (`--node-ipc`) Node stringifies each
 * message itself and none of this applies.
 */
import { AbstractMessageWriter, type Diagnostic, type Message, type MessageWriter } from 'vscode-languageserver/node';
import { builtList, type Shown } from './diagnostics';

/**
 * The JSON of a diagnostic showing a `Shown` part up to its `data` value, in ASCII (`asciiJson`): the part
 * without its closing brace, then `,"data":` (`{"range":…,"message":"…","data":`), once per part.
 */
const encoded = new WeakMap<Shown, Buffer>();

/**
 * `encoded` of `s`, computed when first asked for. Each in a buffer of its own (not a slice of Node's
 * shared 8 KB pool, which would stay alive as long as any one part cut from it): a document's parts
 * cost their own bytes (~200 each), and go with the parts.
 */
function partBytes(s: Shown): Buffer {
  let b = encoded.get(s);
  if (b === undefined) {
    // a Shown has exactly a diagnostic's fields but `data`, in its order (diagnostics.ts withData)
    const json = asciiJson(`${JSON.stringify(s).slice(0, -1)},"data":`);
    b = Buffer.allocUnsafeSlow(Buffer.byteLength(json, 'utf8'));
    b.write(json, 0, 'utf8');
    encoded.set(s, b);
  }
  return b;
}

/** A character outside ASCII. */
const NON_ASCII = /[\u0080-\uffff]/g;

/** `\uXXXX` for the UTF-16 unit `c` (an escape JSON reads back as that unit). */
const escapeUnit = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * `json` (JSON text) with every character outside ASCII written as its `\uXXXX` escape (a pair of them for a
 * character beyond the BMP): the same JSON value, in ASCII only. A receiver reading the body as UTF-8 (Node's
 * `buffer.toString('utf8')`, what vscode-jsonrpc does before `JSON.parse`) then takes V8's ASCII path, several
 * times faster than decoding Chinese text: for a report of thousands of findings, that is most of the
 * editor's own cost of reading it. Outside strings JSON holds only ASCII, so only string contents change.
 */
function asciiJson(json: string): string {
  return json.replace(NON_ASCII, escapeUnit);
}

/** The diagnostic list a message carries (a pull's `result.items`, a push's `params.diagnostics`), if any. */
function diagnosticList(msg: Message): readonly Diagnostic[] | undefined {
  const m = msg as { result?: { items?: unknown }; params?: { diagnostics?: unknown } };
  const list = m.result?.items ?? m.params?.diagnostics;
  return Array.isArray(list) ? list : undefined;
}

/** Stands for the list in the JSON of the rest of the message (a string no message of ours contains). */
const MARK = '\u0000gongwen-diagnostics\u0000';
const MARK_JSON = JSON.stringify(MARK);

/** `json` in UTF-8 after `headroom` bytes left for the caller. */
function plain(json: string, headroom: number): Buffer {
  if (headroom === 0) return Buffer.from(json, 'utf8');
  const out = Buffer.allocUnsafe(headroom + Buffer.byteLength(json, 'utf8'));
  out.write(json, headroom, 'utf8');
  return out;
}

/**
 * The UTF-8 JSON of `msg`: exactly `Buffer.from(JSON.stringify(msg), 'utf8')` (what vscode-jsonrpc
 * sends), except for a message carrying a diagnostic list `documentDiagnostics` built (a pull's
 * `result.items`, a push's `params.diagnostics`): that one is `asciiJson(JSON.stringify(msg))`, the
 * same JSON value in ASCII, assembled from the parts' cached bytes; after `headroom` bytes left
 * unwritten for the caller (the buffer's first `headroom` bytes are not part of the JSON). Throws what
 * `JSON.stringify` throws.
 */
export function encodeMessage(msg: Message, headroom = 0): Buffer {
  const items = diagnosticList(msg);
  const built = items && Object.isFrozen(items) ? builtList(items) : undefined;
  if (!items || !built) return plain(JSON.stringify(msg), headroom);
  const rest = JSON.stringify(msg, (_key, value: unknown) => (value === items ? MARK : value));
  const at = rest.indexOf(MARK_JSON);
  if (at < 0 || rest.indexOf(MARK_JSON, at + 1) >= 0) return plain(JSON.stringify(msg), headroom);
  const head = asciiJson(rest.slice(0, at));
  const tail = asciiJson(rest.slice(at + MARK_JSON.length));
  // A list documentDiagnostics built is frozen, its items too: item i below parts.length is parts[i] with
  // data i (diagnostics.ts BuiltList). The items after them (`too-many`) are stringified whole.
  const parts = built.parts;
  const own = Math.min(parts.length, items.length);
  // What this list shares with the last one encoded (`lastItems`): its leading parts, the same objects, are
  // the same bytes (index included); so are its trailing ones when both lists have as many items (the same
  // indices). Those are copied as two runs of bytes instead of part by part.
  const last = lastItems;
  let pre = 0;
  let suf = 0;
  if (last !== undefined) {
    const lim = Math.min(own, last.parts.length);
    while (pre < lim && parts[pre] === last.parts[pre]) pre++;
    // (parts[pre] differs when pre < own: the suffix stops before it)
    if (last.parts.length === own) while (suf < own - pre && parts[own - 1 - suf] === last.parts[own - 1 - suf]) suf++;
  }
  const bytes: Buffer[] = new Array(own - pre - suf);
  // head, tail and `after` are ASCII (asciiJson): a byte a unit; per item a comma, up to 10 digits and `}`
  let size = head.length + tail.length + 2 + 12 * (own - pre - suf);
  if (last !== undefined && pre > 0) size += last.ends[pre - 1];
  if (last !== undefined && suf > 0) size += last.ends[own - 1] - last.ends[own - suf - 1];
  for (let i = pre; i < own - suf; i++) size += (bytes[i - pre] = partBytes(parts[i])).length;
  const after: string[] = [];
  for (let i = own; i < items.length; i++) after.push(asciiJson(JSON.stringify(items[i]) ?? 'null'));
  for (const json of after) size += json.length + 1;
  const out = Buffer.allocUnsafe(headroom + size);
  let off = headroom + out.write(head, headroom, 'latin1');
  out[off++] = 0x5b; // [
  const base = off;
  const ends = new Int32Array(own);
  if (last !== undefined && pre > 0) {
    off += last.body.copy(out, off, 0, last.ends[pre - 1]);
    ends.set(last.ends.subarray(0, pre));
  }
  for (let i = pre; i < own - suf; i++) {
    if (i > 0) out[off++] = 0x2c; // ,
    const b = bytes[i - pre];
    out.set(b, off);
    off = writeIndex(out, off + b.length, i);
    out[off++] = 0x7d; // }
    ends[i] = off - base;
  }
  if (last !== undefined && suf > 0) {
    // from the comma after the item before the suffix to the end of the last item
    const from = last.ends[own - suf - 1];
    const moved = off - base - from;
    off += last.body.copy(out, off, from, last.ends[own - 1]);
    for (let i = own - suf; i < own; i++) ends[i] = last.ends[i] + moved;
  }
  lastItems = { parts, ends, body: out.subarray(base, off) };
  for (let k = 0; k < after.length; k++) {
    if (own + k > 0) out[off++] = 0x2c; // ,
    off += out.write(after[k], off, 'latin1');
  }
  out[off++] = 0x5d; // ]
  off += out.write(tail, off, 'latin1');
  return out.subarray(0, off);
}

/**
 * The items of the last diagnostic list `encodeMessage` encoded: its parts, the bytes of its items (from
 * after `[`, without the items after the parts), and where each item ends in them (after its `}`). One
 * slot: a later list that shares parts with it copies their bytes (see `encodeMessage`); any other list
 * just encodes its parts one by one.
 */
let lastItems: { parts: readonly Shown[]; ends: Int32Array; body: Buffer } | undefined;

/** Write `i` (a non-negative integer) in decimal at `off`; returns the offset after it. */
function writeIndex(out: Buffer, off: number, i: number): number {
  if (i < 10) {
    out[off] = 48 + i;
    return off + 1;
  }
  let digits = 1;
  for (let x = i; x >= 10; x = Math.floor(x / 10)) digits++;
  for (let k = digits - 1, x = i; k >= 0; k--, x = Math.floor(x / 10)) out[off + k] = 48 + (x % 10);
  return off + digits;
}

/**
 * A `MessageWriter` for a byte stream (stdio) that writes each message as ONE chunk, header and body
 * together (`Content-Length: <bytes>\r\n\r\n<UTF-8 JSON>`), the body from `encodeMessage`. The
 * library's StreamMessageWriter writes the header and the body separately: two system calls per
 * message on a pipe (synchronous for stdout on Linux), and two wake-ups of a client waiting for the
 * answer. The bytes on the wire are the same. Messages go out in the order `write` is called (the
 * encoding is synchronous). An encoding or stream error rejects that write and is reported through
 * `onError` with the message and a running count, as the library's writer does.
 */
export class FrameWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly output: NodeJS.WritableStream) {
    super();
    output.on('error', (e: Error) => this.fireError(e));
    output.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    let frame: Buffer;
    try {
      frame = encodeFrame(msg);
    } catch (e) {
      this.fireError(e, msg, ++this.errorCount);
      return Promise.reject(e);
    }
    return new Promise((resolve, reject) => {
      this.output.write(frame, (e) => {
        if (e === undefined || e === null) return resolve();
        this.fireError(e, msg, ++this.errorCount);
        reject(e);
      });
    });
  }

  end(): void {
    this.output.end();
  }
}

/** `Content-Length: <n>\r\n\r\n` and the body of `encodeMessage(msg)`, in one buffer. */
export function encodeFrame(msg: Message): Buffer {
  const body = encodeMessage(msg, HEADROOM);
  const head = `Content-Length: ${body.length - HEADROOM}\r\n\r\n`;
  const at = HEADROOM - head.length;
  body.write(head, at, 'latin1');
  return body.subarray(at);
}

/** Bytes kept free before a body for its header (`Content-Length: ` and up to 15 digits and two CRLFs). */
const HEADROOM = 36;
