/**
 * The unsaved text of `.gongwenrc.json` files open in the client's editor, as the client reports it
 * (`gongwen/rcBuffer`, see config-source.ts). The checks read the saved files (`gongwen/configFiles`);
 * only the code actions that write an rc file ask for this, so that their edit is computed against what
 * the user sees, at that editor version (a stale edit is refused by the client, never applied to the
 * wrong characters).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { RcBufferParams } from './config-source';

/** Longer texts are not kept (the rc files themselves are read up to 1,000,000 bytes). */
const MAX_RC_TEXT = 1_000_000;
/** At most this many buffers are kept (a client that never says "saved" cannot grow the map without bound). */
const MAX_BUFFERS = 64;

export class RcBuffers {
  private readonly buffers = new Map<string, TextDocument>();

  /**
   * Apply one `gongwen/rcBuffer` notification. Parameters of another shape, a text longer than
   * MAX_RC_TEXT or a version that is not a safe integer forget the URI's buffer (the saved file is used
   * again) or are ignored when there is no URI; never throws.
   */
  update(params: unknown): void {
    const p = params as Partial<RcBufferParams> | null | undefined;
    if (typeof p !== 'object' || p === null || typeof p.uri !== 'string') return;
    this.buffers.delete(p.uri);
    if (typeof p.text !== 'string' || p.text.length > MAX_RC_TEXT || !Number.isSafeInteger(p.version)) return;
    if (this.buffers.size >= MAX_BUFFERS) this.buffers.delete(this.buffers.keys().next().value as string);
    this.buffers.set(p.uri, TextDocument.create(p.uri, 'jsonc', p.version as number, p.text));
  }

  /** The unsaved text of rc file `uri` and its editor version, or undefined when it has none. */
  get(uri: string): TextDocument | undefined {
    return this.buffers.get(uri);
  }
}
