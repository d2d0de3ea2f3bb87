// Runs only in the untrusted pass (GONGWEN_E2E_MODE=untrusted, `run-web-tests.mjs --untrusted`): workspace
// trust is on and the folder is not trusted. package.json declares `untrustedWorkspaces: {supported: true}`,
// so gongwen must check drafts in Restricted Mode exactly as in a trusted folder.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activeExtension, describe, gongwenDiagnostics, openCopy, ruleOf, waitFor, waitForRules } from './helpers';

suite('Restricted Mode (untrusted folder)', () => {
  test('the folder is really untrusted', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false, 'the runner was to open the workspace untrusted');
  });

  test('a draft is checked in Restricted Mode: diagnostics, quick fixes and the status command', async () => {
    const editor = await openCopy('讲话稿-草稿.md', '-untrusted');
    await activeExtension();
    const uri = editor.document.uri;
    const ds = await waitForRules(uri, ['placeholder'], 60_000);
    assert.ok(ds.some((d) => ruleOf(d) === 'placeholder'), describe(gongwenDiagnostics(uri)));
    const withFix = gongwenDiagnostics(uri).find((d) => ruleOf(d) === 'placeholder') ?? ds[0];
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, withFix.range);
    assert.ok((actions ?? []).some((a) => a.title.length > 0), 'code actions are offered');
    const stats = await waitFor(() => vscode.commands.executeCommand<{ chinese: number; placeholders: number } | undefined>('gongwen.showStats', true), 'statistics');
    assert.ok(stats.chinese > 200, `showStats answered ${JSON.stringify(stats)}`);
  });
});
