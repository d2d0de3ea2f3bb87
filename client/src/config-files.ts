/**
 * The client half of `.gongwenrc.json` support: the language server asks for the rc files that
 * apply to a document (`gongwen/configFiles`) and this reads them with `vscode.workspace.fs`, so
 * virtual workspaces (vscode-vfs://, remote) work and the server reads no file itself. Only files
 * named `.gongwenrc.json` in the document's folder and its parents up to its workspace folder are
 * read; nothing is executed. A watcher tells the server when one is created, changed or deleted.
 * The method names and shapes mirror server/src/config-source.ts (the client imports no server file).
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';

const CONFIG_FILES_REQUEST = 'gongwen/configFiles';
const CONFIG_FILES_CHANGED = 'gongwen/configFilesChanged';
const RC_BUFFER_NOTIFICATION = 'gongwen/rcBuffer';
const RC_FILE_NAME = '.gongwenrc.json';
/** Larger rc files are not read (the server says why). */
const MAX_RC_BYTES = 1_000_000;

interface ConfigFilesResult {
  folder: string | null;
  files: Array<{ uri: string; text?: string; error?: string }>;
}

/** The rc files for the document `uri`, nearest first, read through the workspace file system. */
export async function configFilesFor(uri: string): Promise<ConfigFilesResult> {
  let doc: vscode.Uri;
  try {
    doc = vscode.Uri.parse(uri, true);
  } catch {
    return { folder: null, files: [] };
  }
  const folder = vscode.workspace.getWorkspaceFolder(doc);
  if (!folder) return { folder: null, files: [] };
  const root = folder.uri.path.replace(/\/+$/, '');
  const files: ConfigFilesResult['files'] = [];
  let dir = vscode.Uri.joinPath(doc, '..');
  for (let depth = 0; depth < 64 && (dir.path === root || dir.path.startsWith(`${root}/`)); depth++) {
    const rc = vscode.Uri.joinPath(dir, RC_FILE_NAME);
    try {
      const bytes = await vscode.workspace.fs.readFile(rc);
      if (bytes.byteLength > MAX_RC_BYTES) files.push({ uri: rc.toString(), error: `larger than ${MAX_RC_BYTES} bytes` });
      else files.push({ uri: rc.toString(), text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) });
    } catch (e) {
      const notThere = e instanceof vscode.FileSystemError && (e.code === 'FileNotFound' || e.code === 'FileIsADirectory');
      if (!notThere) files.push({ uri: rc.toString(), error: e instanceof Error ? e.message : String(e) });
    }
    if (dir.path === root) break;
    const up = vscode.Uri.joinPath(dir, '..');
    if (up.path === dir.path) break;
    dir = up;
  }
  return { folder: folder.uri.toString(), files };
}

/** Answer the server's rc-file requests and tell it about rc-file changes. Call before `client.start()`. */
export function registerConfigFiles(client: LanguageClient, subscriptions: vscode.Disposable[]): void {
  subscriptions.push(client.onRequest(CONFIG_FILES_REQUEST, (params: { uri?: unknown }) => (typeof params?.uri === 'string' ? configFilesFor(params.uri) : { folder: null, files: [] })));
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${RC_FILE_NAME}`);
  const changed = () => {
    if (client.isRunning()) client.sendNotification(CONFIG_FILES_CHANGED).catch(() => undefined);
  };
  subscriptions.push(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed));
  registerRcBuffers(client, subscriptions);
}

const isRcFile = (doc: vscode.TextDocument) => doc.uri.path.endsWith(`/${RC_FILE_NAME}`);

/**
 * Tell the server the unsaved text of each rc file open in an editor (and when it has none any more):
 * the "turn off in the workspace" and "add to the allow-list" actions then edit what the user sees, at
 * that version, instead of the saved file's text (which would overwrite or shift the unsaved edits).
 * The checks keep using the saved file. Sent again whenever the server (re)starts.
 */
function registerRcBuffers(client: LanguageClient, subscriptions: vscode.Disposable[]): void {
  /** The URIs the server was last told have unsaved text. */
  const dirty = new Set<string>();
  const send = (doc: vscode.TextDocument, closed = false) => {
    if (!isRcFile(doc)) return;
    const uri = doc.uri.toString();
    const text = !closed && doc.isDirty ? doc.getText() : undefined;
    if (text === undefined && !dirty.has(uri)) return;
    if (text === undefined) dirty.delete(uri);
    else dirty.add(uri);
    if (client.isRunning()) client.sendNotification(RC_BUFFER_NOTIFICATION, text === undefined ? { uri } : { uri, text, version: doc.version }).catch(() => undefined);
  };
  subscriptions.push(
    vscode.workspace.onDidChangeTextDocument((e) => send(e.document)),
    vscode.workspace.onDidSaveTextDocument((doc) => send(doc)),
    vscode.workspace.onDidCloseTextDocument((doc) => send(doc, true)),
    client.onDidChangeState((e) => {
      // a new server process knows nothing: tell it about every rc file with unsaved edits
      if (e.newState !== State.Running) return;
      dirty.clear();
      for (const doc of vscode.workspace.textDocuments) send(doc);
    }),
  );
}
