// Restarting the language server, last of the suite (index.ts runs files in name order, diagnostics first):
// a restart replaces the server under every later test. The restart makes a new language client: a client
// restarted in place (LanguageClient.restart) kept a draft's diagnostics after its language changed to
// another (Ini) and did not check it again when it changed back.
import * as vscode from 'vscode';
import { closeAll, gongwenDiagnostics, openCopy, waitFor, waitForDiagnostics, waitForRules } from './helpers';

suite('server restart', () => {
  teardown(closeAll);

  test('gongwen.restartServer brings the diagnostics back', async () => {
    const doc = (await openCopy('通知-草稿.txt')).document;
    await waitForRules(doc.uri, ['placeholder']);
    await vscode.commands.executeCommand('gongwen.restartServer');
    // After the restart the server must still answer: an edit gets fresh diagnostics.
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '请XX局：\n'));
    await waitFor(() => gongwenDiagnostics(doc.uri).some((d) => d.range.start.line === 0 && doc.getText(d.range) === 'XX'), 'a placeholder on the new first line after the restart', 30_000);
  });

  test('after a restart, a draft whose language changes loses its diagnostics and gets them back when it changes back', async () => {
    await vscode.commands.executeCommand('gongwen.restartServer');
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '关于做好XX镇防汛工作的通知\n\n各村（社区）：\n\n一、加强领导。\n\n三、落实责任。\n' });
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0, 'the draft checked after the restart');
    const ini = await vscode.languages.setTextDocumentLanguage(doc, 'ini');
    await waitFor(() => gongwenDiagnostics(ini.uri).length === 0, 'no gongwen diagnostics while it is Ini');
    const back = await vscode.languages.setTextDocumentLanguage(ini, 'plaintext');
    await waitForDiagnostics(back.uri, (ds) => ds.length > 0, 'checked again as Plain Text');
  });
});
