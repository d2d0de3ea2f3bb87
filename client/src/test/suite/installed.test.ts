// Runs only in vsix mode (GONGWEN_E2E_MODE=vsix): the extension under test is the packaged .vsix installed
// into the runner's extensions dir, not the sources of this repository.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { activeExtension, EXTENSION_ID, fixtureUri, gongwenDiagnostics, open, ruleOf, waitForDiagnostics } from './helpers';

suite('installed .vsix', () => {
  test('the installed copy is the one running, not the repository', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    const repo = path.resolve(__dirname, '../../..');
    const extPath = ext.extensionUri.fsPath;
    assert.ok(!extPath.startsWith(repo + path.sep) && extPath !== repo, `expected an installed copy, got ${extPath}`);
    assert.match(path.basename(extPath), /^gongwen\.gongwen-\d+\.\d+\.\d+/);
  });

  test('the package holds bundles and assets only', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const list = async (rel: string) => {
      try {
        return (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(ext.extensionUri, rel))).map(([n]) => n);
      } catch {
        return [];
      }
    };
    const top = await list('.');
    for (const unwanted of ['node_modules', 'client', 'server', 'test', 'e2e', 'out', 'scripts', 'tsconfig.json', 'esbuild.mjs']) {
      assert.ok(!top.includes(unwanted), `${unwanted} must not be in the .vsix (top level: ${top.join(', ')})`);
    }
    const dist = await list('dist');
    assert.ok(dist.includes('client.js') && dist.includes('client-lazy.js') && dist.includes('server.js'), `dist/: ${dist.join(', ')}`);
    assert.ok(!dist.some((f) => f.endsWith('.map')), `no source maps in the .vsix: ${dist.join(', ')}`);
  });

  test('every file the manifest points at is in the package (snippets, grammars, l10n, icon, main)', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const pj = ext.packageJSON as {
      main?: string;
      icon?: string;
      l10n?: string;
      contributes?: { snippets?: { path: string }[]; grammars?: { path: string }[] };
    };
    const wanted = [pj.main, pj.icon, ...(pj.contributes?.snippets ?? []).map((s) => s.path), ...(pj.contributes?.grammars ?? []).map((g) => g.path)].filter(
      (p): p is string => typeof p === 'string',
    );
    if (pj.l10n) wanted.push(`${pj.l10n}/bundle.l10n.zh-cn.json`);
    // The rule reference opened offline by gongwen.showRules and the diagnostics' code links.
    wanted.push('docs/rules.md');
    const missing: string[] = [];
    for (const rel of wanted) {
      try {
        await vscode.workspace.fs.stat(vscode.Uri.joinPath(ext.extensionUri, rel));
      } catch {
        missing.push(rel);
      }
    }
    assert.deepStrictEqual(missing, [], 'files named in package.json but missing from the .vsix');
  });

  test('the installed extension activates on a draft and reports a placeholder', async () => {
    const editor = await open(fixtureUri('通知-草稿.txt'));
    await activeExtension();
    const ds = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'placeholder'), 'a placeholder diagnostic from the installed extension');
    assert.ok(gongwenDiagnostics(editor.document.uri).length >= ds.length);
  });
});
