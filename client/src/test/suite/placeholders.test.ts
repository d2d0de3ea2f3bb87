// Filling in a template: jump between placeholders, fill a whole group at once (one undo step),
// and start a new draft from a snippet.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, openCopy, rangeOf, waitFor, waitForRules } from './helpers';

suite('placeholders', () => {
  teardown(closeAll);

  test('next/previous placeholder select each placeholder in turn, wrapping round', async () => {
    const editor = await openCopy('讲话稿-草稿.md');
    const doc = editor.document;
    await waitForRules(doc.uri, ['placeholder']);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const text = doc.getText();
    const at = (s: string, from = 0) => rangeOf(doc, s, from);
    const expectSelected = (r: vscode.Range, what: string) =>
      assert.ok(editor.selection.isEqual(new vscode.Selection(r.start, r.end)), `${what}: selection is ${JSON.stringify(editor.selection)}, expected ${JSON.stringify(r)}`);

    assert.strictEqual(await vscode.commands.executeCommand('gongwen.nextPlaceholder'), 'XX');
    expectSelected(at('XX'), 'first XX in the title');
    assert.strictEqual(await vscode.commands.executeCommand('gongwen.nextPlaceholder'), 'XXX');
    expectSelected(at('XXX'), 'XXX同志');
    await vscode.commands.executeCommand('gongwen.nextPlaceholder');
    expectSelected(at('20XX年X月X日'), 'the date');
    await vscode.commands.executeCommand('gongwen.previousPlaceholder');
    expectSelected(at('XXX'), 'back to XXX同志');
    await vscode.commands.executeCommand('gongwen.previousPlaceholder');
    expectSelected(at('XX'), 'back to the title');
    // Before the first one: wrap to the last (XX县 in the closing line).
    await vscode.commands.executeCommand('gongwen.previousPlaceholder');
    const last = rangeOf(doc, 'XX', text.lastIndexOf('XX县'));
    expectSelected(last, 'wrapped to the last placeholder');
    assert.strictEqual(doc.getText(), text, 'moving does not edit');
  });

  test('filling a placeholder group replaces every occurrence in one undo step', async () => {
    const editor = await openCopy('讲话稿-草稿.md');
    const doc = editor.document;
    await waitForRules(doc.uri, ['placeholder']);
    const before = doc.getText();
    const count = await vscode.commands.executeCommand<number>('gongwen.fillPlaceholders', 'XX工作会议', '安全生产');
    assert.strictEqual(count, 2, 'the XX工作会议 group occurs twice (title and opening)');
    const after = doc.getText();
    assert.strictEqual(after, before.split('XX工作会议').join('安全生产工作会议'));
    assert.ok(after.includes('XXX同志') && after.includes('XX县'), 'other groups are untouched');
    assert.ok(doc.isDirty);

    await vscode.commands.executeCommand('undo');
    await waitFor(() => doc.getText() === before, 'one undo to restore every occurrence');
  });

  test('the placeholder diagnostics of a filled group go away', async () => {
    const editor = await openCopy('通知-草稿.txt');
    const doc = editor.document;
    await waitForRules(doc.uri, ['placeholder']);
    const n = await vscode.commands.executeCommand<number>('gongwen.fillPlaceholders', '20XX年X月X日', '2025年3月1日');
    assert.strictEqual(n, 1);
    assert.ok(doc.getText().includes('2025年3月1日'));
    const line = doc.lineCount - 2;
    await waitFor(
      () => !vscode.languages.getDiagnostics(doc.uri).some((d) => d.source === 'gongwen' && d.range.start.line === line && d.range.start.character === 0),
      'the date placeholder diagnostic to go',
    );
  });
});

suite('snippets', () => {
  teardown(closeAll);

  /** Completion labels at the end of a document whose last line is `typed`. */
  async function labelsAfter(language: string, typed: string): Promise<string[]> {
    const doc = await vscode.workspace.openTextDocument({ language, content: typed });
    await vscode.window.showTextDocument(doc);
    const end = doc.positionAt(typed.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end);
    return (list?.items ?? []).filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
  }

  for (const language of ['markdown', 'plaintext']) {
    test(`the 公文 snippets are offered in ${language}`, async () => {
      const labels = await waitFor(async () => {
        const l = await labelsAfter(language, 'gw-');
        return l.some((x) => x.startsWith('gw-')) ? l : undefined;
      }, `gw- snippets in ${language}`);
      for (const prefix of ['gw-tongzhi', 'gw-jianghua']) assert.ok(labels.includes(prefix), `${prefix} among ${labels.join(', ')}`);
    });

    test(`a snippet expands into a draft in ${language}`, async () => {
      const doc = await vscode.workspace.openTextDocument({ language, content: '' });
      const editor = await vscode.window.showTextDocument(doc);
      const list = await waitFor(async () => {
        const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 0), undefined, 200);
        return l?.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'gw-tongzhi');
      }, 'the gw-tongzhi snippet');
      const body = list.insertText instanceof vscode.SnippetString ? list.insertText : new vscode.SnippetString(String(list.insertText ?? ''));
      assert.ok(await editor.insertSnippet(body));
      assert.match(doc.getText(), /通知/);
      assert.match(doc.getText(), /特此通知/);
    });
  }
});
