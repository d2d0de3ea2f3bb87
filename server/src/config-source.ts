/**
 * Where the language server gets one document's configuration: the `gongwen` settings section
 * (workspace/configuration, per document) and the `.gongwenrc.json` files, which the CLIENT reads
 * with `workspace.fs` and sends on request (`gongwen/configFiles`), so virtual workspaces work and
 * the server reads no file itself. Cached per document URI; `clear()` on any change (the client
 * sends `gongwen/configFilesChanged` when an rc file is created, changed or deleted).
 *
 * A client that does not know the request (another editor) answers with an error, null or not at
 * all: after CONFIG_FILES_TIMEOUT_MS the document is checked with the settings alone.
 */
import { resolveDocument, type ConfigProblem, type GongwenSettings } from './config';

/** Server → client request: the rc files that apply to a document, nearest first. */
export const CONFIG_FILES_REQUEST = 'gongwen/configFiles';
/** Client → server notification: an rc file was created, changed or deleted. */
export const CONFIG_FILES_CHANGED = 'gongwen/configFilesChanged';
/**
 * Client → server notification: an rc file open in the editor has unsaved edits (`text` and the
 * editor's `version` given), or no longer has (saved, reverted or closed: `text` absent). The checks keep
 * reading the saved file; the code actions that write an rc file edit this text at this version, so that
 * a user's unsaved edits are neither overwritten nor shifted (see suppress-actions.ts `rcEdit`).
 */
export const RC_BUFFER_NOTIFICATION = 'gongwen/rcBuffer';

/** The parameters of `RC_BUFFER_NOTIFICATION`. */
export interface RcBufferParams {
  /** The rc file's URI, as in `ConfigFilesResult.files`. */
  uri: string;
  /** The editor's text (UTF-16), absent when the file has no unsaved edits. */
  text?: string;
  /** The editor's version of that text (an integer), with `text`. */
  version?: number;
}

export const CONFIG_FILES_TIMEOUT_MS = 5000;

export interface ConfigFilesParams {
  /** The document's URI. */
  uri: string;
}

export interface ConfigFilesResult {
  /** URI of the workspace folder that holds the document (null: none, e.g. untitled). */
  folder: string | null;
  /** The rc files from the document's folder up to the workspace folder, nearest first. */
  files: Array<{ uri: string; text?: string; error?: string }>;
}

/** What a document's configuration came from: code actions write to these files. */
export interface ConfigContext {
  folder?: string;
  /** The rc files read (nearest first), with their text. */
  files: Array<{ uri: string; text: string }>;
}

/** A URI as a `/`-separated string for glob matching (percent-escapes decoded when they can be). */
export function uriPath(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

/** Check that a client's answer has the documented shape; anything else counts as "no files". */
export function asConfigFiles(v: unknown): ConfigFilesResult {
  const none: ConfigFilesResult = { folder: null, files: [] };
  if (typeof v !== 'object' || v === null) return none;
  const r = v as Record<string, unknown>;
  const folder = typeof r.folder === 'string' ? r.folder : null;
  const files = Array.isArray(r.files)
    ? r.files.flatMap((f: unknown) => {
        const x = f as Record<string, unknown> | null;
        if (!x || typeof x.uri !== 'string') return [];
        return [{ uri: x.uri, ...(typeof x.text === 'string' ? { text: x.text } : {}), ...(typeof x.error === 'string' ? { error: x.error } : {}) }];
      })
    : [];
  return { folder, files };
}

export interface DocumentConfigsDeps {
  /** The raw `gongwen` section for a document (undefined when nothing is set or it failed). */
  section(uri: string): Promise<unknown>;
  /** Ask the client for the rc files (may reject, return null or never settle). */
  configFiles(uri: string): Promise<unknown>;
  /** Problems to show, each once. */
  report(problems: ConfigProblem[]): void;
}

/** Per-document configuration, cached until `clear()` / `delete(uri)`. */
export class DocumentConfigs {
  private readonly cache = new Map<string, Promise<{ settings: GongwenSettings; context: ConfigContext }>>();

  constructor(
    private readonly deps: DocumentConfigsDeps,
    /** How long to wait for the client's rc files before going on with the settings alone. */
    private readonly timeoutMs = CONFIG_FILES_TIMEOUT_MS,
  ) {}

  private load(uri: string) {
    let p = this.cache.get(uri);
    if (!p) {
      p = (async () => {
        const [section, rawFiles] = await Promise.all([this.deps.section(uri), this.withTimeout(this.deps.configFiles(uri))]);
        const answer = asConfigFiles(rawFiles);
        const problems: ConfigProblem[] = [];
        const files: ConfigContext['files'] = [];
        for (const f of answer.files) {
          if (f.text !== undefined) files.push({ uri: f.uri, text: f.text });
          else problems.push({ file: uriPath(f.uri), key: '', reason: { zh: `无法读取：${f.error ?? '未知原因'}`, en: `cannot be read: ${f.error ?? 'unknown reason'}` } });
        }
        const resolved = resolveDocument(
          section,
          files.map((f) => ({ path: uriPath(f.uri), text: f.text })),
          uriPath(uri),
          answer.folder === null ? undefined : uriPath(answer.folder),
        );
        this.deps.report([...problems, ...resolved.problems]);
        return { settings: resolved.settings, context: { ...(answer.folder !== null ? { folder: answer.folder } : {}), files } };
      })();
      this.cache.set(uri, p);
    }
    return p;
  }

  private withTimeout(p: Promise<unknown>): Promise<unknown> {
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([
      p.catch(() => null),
      new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), this.timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
  }

  /** The effective settings of a document. */
  async settings(uri: string): Promise<GongwenSettings> {
    return (await this.load(uri)).settings;
  }

  /** The rc files and workspace folder behind a document's settings. */
  async context(uri: string): Promise<ConfigContext> {
    return (await this.load(uri)).context;
  }

  delete(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
