// Diagnostics follow the text: an edit updates them, undo brings them back, closing the document clears them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, describe as describeDiags, gongwenDiagnostics, openCopy, openUntitled, rangeOf, ruleOf, waitFor, waitForDiagnostics, waitForRules } from './helpers';

suite('diagnostics follow edits', () => {
  teardown(closeAll);

  test('fixing the text by hand removes the diagnostic; a new defect adds one', async () => {
    const editor = await openCopy('通知-草稿.txt');
    const doc = editor.document;
    await waitForRules(doc.uri, ['numbering-sequence']);
    await editor.edit((b) => b.replace(rangeOf(doc, '（三）隐患'), '（二）隐患'));
    await waitForDiagnostics(doc.uri, (ds) => !ds.some((d) => ruleOf(d) === 'numbering-sequence'), 'numbering-sequence to go away after the edit');

    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n抄送：XX局\n'));
    const line = doc.lineCount - 2;
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleOf(d) === 'placeholder' && d.range.start.line === line), 'a placeholder diagnostic on the new line');
  });

  test('a clean document has no diagnostics; a defect typed into it is reported and undo clears it', async () => {
    const editor = await openCopy('层次错误-已改.md');
    const doc = editor.document;
    const clean = doc.getText();
    // Prove the server has answered for this document before trusting "no diagnostics": add a defect …
    await editor.edit((b) => b.replace(rangeOf(doc, '（二）压实'), '（四）压实'));
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleOf(d) === 'numbering-sequence'), 'the typed defect to be reported');
    // … and take it back: the clean text gets an empty list.
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), clean);
    const ds = await waitForDiagnostics(doc.uri, (d) => d.length === 0, 'no diagnostics on the clean text');
    assert.strictEqual(ds.length, 0, describeDiags(ds));
  });

  test('closing the document clears its diagnostics', async () => {
    const editor = await openCopy('讲话稿-草稿.md');
    const uri = editor.document.uri;
    await waitForRules(uri, ['placeholder']);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor(() => gongwenDiagnostics(uri).length === 0, 'diagnostics of the closed document to be cleared');
  });

  // Untitled-1 is reused after a close at version 1 again: the server keeps the two documents' resultIds apart.
  test('a new untitled document that reuses a closed one’s name (Untitled-1) gets diagnostics', async () => {
    await closeAll();
    const first = await vscode.workspace.openTextDocument({ language: 'markdown', content: '请XX县报送。\n' });
    await vscode.window.showTextDocument(first);
    await waitForRules(first.uri, ['placeholder']);
    await closeAll();
    const second = await vscode.workspace.openTextDocument({ language: 'markdown', content: '一.总体要求\n\n二.重点任务\n' });
    await vscode.window.showTextDocument(second);
    assert.strictEqual(second.uri.toString(), first.uri.toString(), 'precondition: the untitled name is reused');
    await waitForRules(second.uri, ['numbering-punctuation']);
  });

  test('an untitled draft that is closed without saving loses its diagnostics', async () => {
    const doc = (await openUntitled('尊敬的XX同志：\n')).document;
    assert.strictEqual(doc.uri.scheme, 'untitled');
    await waitForRules(doc.uri, ['placeholder']);
    // Revert first so closing does not ask whether to save.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(() => gongwenDiagnostics(doc.uri).length === 0, 'diagnostics of the closed untitled document to be cleared');
  });
});
