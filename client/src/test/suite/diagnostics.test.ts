// Opening drafts activates the extension and publishes gongwen's diagnostics (rule id as code).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activeExtension, closeAll, describe as describeDiags, fixtureUri, gongwenDiagnostics, open, ruleOf, waitForRules } from './helpers';

suite('diagnostics', () => {
  teardown(closeAll);

  test('opening the example .md draft activates the extension and reports placeholders', async () => {
    const editor = await open(fixtureUri('讲话稿-草稿.md'));
    await activeExtension();
    const ds = await waitForRules(editor.document.uri, ['placeholder']);
    assert.ok(ds.every((d) => d.source === 'gongwen'));
    assert.ok(ds.every((d) => ruleOf(d).length > 0), describeDiags(ds));
    assert.deepStrictEqual(gongwenDiagnostics(editor.document.uri).length > 0, true);
  });
});
