// Shared helpers of the end-to-end suite. Only the vscode API; waits poll with a deadline or listen to events,
// never fixed sleeps.
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'gongwen.gongwen';
export const SOURCE = 'gongwen';

/** Polls fn (every 50 ms, and on every diagnostics change) until it returns something truthy, or fails. */
export async function waitFor<T>(fn: () => T | undefined | null | false | PromiseLike<T | undefined | null | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await nextTick(50);
  }
}

/** Resolves on the next diagnostics change or after ms, whichever comes first (a poll interval, not a sleep). */
function nextTick(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const sub = vscode.languages.onDidChangeDiagnostics(() => done());
    const t = setTimeout(() => done(), ms);
    function done() {
      clearTimeout(t);
      sub.dispose();
      resolve();
    }
  });
}

/** The rule id of a diagnostic, whether `code` is a plain value or `{ value, target }`. */
export function ruleOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c && typeof c === 'object') return String(c.value);
  return String(c ?? '');
}

/** gongwen's own diagnostics for a document (other extensions may add theirs). */
export function gongwenDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** Waits until gongwen's diagnostics of uri satisfy pred; returns them. */
export async function waitForDiagnostics(uri: vscode.Uri, pred: (ds: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  try {
    return await waitFor(() => {
      const ds = gongwenDiagnostics(uri);
      return pred(ds) ? ds : undefined;
    }, what, timeoutMs);
  } catch (e) {
    throw new Error(`${(e as Error).message}\n  current gongwen diagnostics of ${uri.toString()}:\n${describe(gongwenDiagnostics(uri))}`);
  }
}

/** Waits until a document has at least one diagnostic of each given rule. */
export function waitForRules(uri: vscode.Uri, rules: string[], timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (ds) => rules.every((r) => ds.some((d) => ruleOf(d) === r)), `diagnostics ${rules.join(', ')}`, timeoutMs);
}

/** One line per diagnostic: `rule line:col-line:col severity message` (1-based lines, as an editor shows). */
export function describe(ds: readonly vscode.Diagnostic[]): string {
  return ds
    .map((d) => {
      const r = d.range;
      return `    ${ruleOf(d)} ${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1} ${vscode.DiagnosticSeverity[d.severity]} ${d.message}`;
    })
    .join('\n');
}

export function workspaceRoot(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the tests need the fixture workspace open as a folder');
  return f.uri;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

let copies = 0;

/**
 * Copies a fixture to a fresh file in the workspace (tests that edit or save must not disturb each other),
 * opens it in an editor and returns the editor.
 */
export async function openCopy(name: string, suffix = ''): Promise<vscode.TextEditor> {
  const src = fixtureUri(name);
  const ext = name.slice(name.lastIndexOf('.'));
  const dst = vscode.Uri.joinPath(workspaceRoot(), 'tmp', `${name.slice(0, name.lastIndexOf('.'))}-${++copies}${suffix}${ext}`);
  await vscode.workspace.fs.copy(src, dst, { overwrite: true });
  return open(dst);
}

let untitledCount = 0;

/**
 * A new untitled document with a name of its own (untitled:gw-e2e-N.md), so that tests do not depend on
 * which Untitled-N the workbench hands out (reuse of a name is tested on its own in lifecycle.test.ts).
 */
export async function openUntitled(content: string, ext: '.md' | '.txt' = '.md'): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.parse(`untitled:gw-e2e-${process.pid}-${++untitledCount}${ext}`);
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  if (content) await editor.edit((b) => b.insert(new vscode.Position(0, 0), content));
  return editor;
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Closes every editor, reverting unsaved changes first (closing a dirty editor would ask to save). */
export async function closeAll(): Promise<void> {
  for (let i = 0; i < 100 && vscode.window.tabGroups.all.some((g) => g.tabs.length > 0); i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  if (vscode.window.tabGroups.all.some((g) => g.tabs.length > 0)) await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Sets a gongwen.* setting at workspace level; returns a function that puts the old value back. */
export async function setSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const cfg = vscode.workspace.getConfiguration('gongwen');
  const old = cfg.inspect(key)?.workspaceValue;
  await cfg.update(key, value, vscode.ConfigurationTarget.Workspace);
  return async () => {
    await vscode.workspace.getConfiguration('gongwen').update(key, old, vscode.ConfigurationTarget.Workspace);
  };
}

/** The 0-based line of the first line containing text. */
export function lineOf(doc: vscode.TextDocument, text: string): number {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.includes(text)) return i;
  throw new Error(`no line contains ${JSON.stringify(text)} in ${doc.uri.toString()}`);
}

/** The range of the first occurrence of text in the document. */
export function rangeOf(doc: vscode.TextDocument, text: string, from = 0): vscode.Range {
  const i = doc.getText().indexOf(text, from);
  if (i < 0) throw new Error(`${JSON.stringify(text)} not found in ${doc.uri.toString()}`);
  return new vscode.Range(doc.positionAt(i), doc.positionAt(i + text.length));
}

/** Waits until the gongwen extension is active and returns it. */
export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  return waitFor(() => (ext.isActive ? ext : undefined), `${EXTENSION_ID} to activate`);
}

/** Waits until a document's text equals expected (edits through the language server are asynchronous). */
export function waitForText(doc: vscode.TextDocument, expected: string, what: string, timeoutMs = 20_000): Promise<true> {
  return waitFor(() => doc.getText() === expected, what, timeoutMs).catch((e) => {
    assert.strictEqual(doc.getText(), expected, (e as Error).message);
    throw e;
  });
}

/** Whether the UI speaks Chinese (the server answers in the host's display language). */
export function isChineseUi(): boolean {
  return vscode.env.language.toLowerCase().startsWith('zh');
}

/** Contains CJK ideographs. */
export function hasHan(s: string): boolean {
  return /\p{Script=Han}/u.test(s);
}
