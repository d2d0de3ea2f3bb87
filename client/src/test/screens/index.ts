// Screenshot scenes for the README, run by `node e2e/run-web-tests.mjs --screenshots docs` (SCREENSHOT=1 in
// scripts/e2e.sh). Each scene is staged through the vscode API inside the extension host; then we print
// `GW_SHOT {...}` and the runner, which watches the page console, takes the picture and writes
// <handshake>/<name>.done, which we wait for before staging the next scene.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const handshake = process.env.GONGWEN_E2E_HANDSHAKE ?? '';

async function until<T>(fn: () => T | undefined | false | PromiseLike<T | undefined | false>, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`screens: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Shot {
  name: string;
  /** CSS selector the runner waits for before the picture. */
  waitFor?: string;
  /** CSS selector of the element to clip to (whole window when absent). */
  clip?: string;
  /** Keys the runner presses first (e.g. to open a widget), then waitAfterKeys. */
  keys?: string[];
  /** CSS selectors the runner clicks first. */
  click?: string[];
  /** CSS selector the runner moves the mouse onto (a tooltip), then waitAfterKeys. */
  hover?: string;
  waitAfterKeys?: string;
  /** A fixed part of the window instead of clip. */
  region?: 'bottom-right';
}

async function shoot(shot: Shot): Promise<void> {
  const done = path.join(handshake, `${shot.name}.done`);
  console.log(`GW_SHOT ${JSON.stringify(shot)}`);
  const result = await until(() => fs.existsSync(done) && fs.readFileSync(done, 'utf8'), `screenshot ${shot.name}`, 60_000);
  if (result !== 'ok') throw new Error(`screenshot ${shot.name}: ${result}`);
}

function uri(name: string): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('screens: no workspace folder');
  return vscode.Uri.joinPath(f.uri, name);
}

const gongwen = (u: vscode.Uri) => vscode.languages.getDiagnostics(u).filter((d) => d.source === 'gongwen');

async function openDraft(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export async function run(): Promise<void> {
  if (!handshake) throw new Error('screens: GONGWEN_E2E_HANDSHAKE is not set (run through e2e/run-web-tests.mjs --screenshots)');
  const cfg = vscode.workspace.getConfiguration();
  await cfg.update('workbench.colorTheme', 'Default Light Modern', vscode.ConfigurationTarget.Global);
  await cfg.update('outline.collapseItems', 'alwaysExpand', vscode.ConfigurationTarget.Global);
  await cfg.update('editor.minimap.enabled', false, vscode.ConfigurationTarget.Global);
  await cfg.update('breadcrumbs.enabled', true, vscode.ConfigurationTarget.Global);
  await cfg.update('editor.fontSize', 15, vscode.ConfigurationTarget.Global);
  await cfg.update('editor.lightbulb.enabled', 'on', vscode.ConfigurationTarget.Global);

  // 1. The example draft with squiggles and the Problems panel.
  let editor = await openDraft('讲话稿-草稿.md');
  await until(() => gongwen(editor.document.uri).length >= 8, 'diagnostics of the draft');
  await vscode.commands.executeCommand('workbench.action.closeSidebar');
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  editor = await openDraft('讲话稿-草稿.md');
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  await shoot({ name: 'screenshot-diagnostics', waitFor: '.markers-panel .monaco-list-row' });

  // 2. The quick-fix menu on the wrong-level run.
  await vscode.commands.executeCommand('workbench.action.closePanel');
  const doc = editor.document;
  const at = doc.getText().indexOf('一、提高政治站位');
  const pos = doc.positionAt(at);
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('editor.action.quickFix');
  await shoot({ name: 'screenshot-quickfix', waitFor: '.action-widget .monaco-list-row' });
  await vscode.commands.executeCommand('hideCodeActionWidget').then(undefined, () => undefined);

  // 3. The Outline view of a long report.
  editor = await openDraft('报告-长.md');
  await until(async () => {
    const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    return s && s.length > 1;
  }, 'symbols of the report');
  await vscode.commands.executeCommand('outline.focus');
  const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('（1）政务服务'));
  editor.selection = new vscode.Selection(line, 0, line, 0);
  await vscode.window.showTextDocument(editor.document, { preview: false });
  // Give the Outline the side bar: the runner collapses the file tree's section header first.
  await shoot({ name: 'screenshot-outline', click: ['.pane-header[aria-label*="Explorer Section"]'], waitFor: '.outline-pane' });

  // 4. The status bar with the speaking time.
  editor = await openDraft('讲话稿-草稿.md');
  await until(() => vscode.commands.executeCommand('gongwen.showStats', true), 'statistics');
  await shoot({ name: 'screenshot-statusbar', waitFor: '[id*="gongwen.stats"]', hover: '[id*="gongwen.stats"]', waitAfterKeys: '.monaco-hover', region: 'bottom-right' });
  console.log('screens: 4 screenshots');
}
