// Word export from the editor: the command loads its own bundle and writes a .docx beside the draft.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, openCopy, waitForRules } from './helpers';

suite('export to Word', () => {
  teardown(closeAll);

  test('gongwen.exportWord writes DRAFT.docx beside a draft without error-severity findings, through no temporary file left', async () => {
    const doc = (await openCopy('通知-草稿.txt', '-export')).document;
    // The diagnostics are in (placeholders are warnings by default: no question before exporting).
    await waitForRules(doc.uri, ['placeholder']);
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('gongwen.exportWord');
    assert.ok(target, 'the command returns the file it wrote');
    assert.strictEqual(target.path, doc.uri.path.replace(/\.txt$/, '.docx'));
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.strictEqual(Buffer.from(bytes.subarray(0, 2)).toString('latin1'), 'PK', 'a zip (.docx)');
    const folder = vscode.Uri.joinPath(target, '..');
    const names = (await vscode.workspace.fs.readDirectory(folder)).map(([n]) => n);
    assert.ok(!names.some((n) => n.endsWith('.tmp')), names.join(', '));
    await vscode.workspace.fs.delete(target);
  });
});
