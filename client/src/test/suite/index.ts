// Entry point of the end-to-end suite, loaded by the extension host in both runners:
// @vscode/test-electron (client/src/test/runTest.ts) and the offline code-server runner (e2e/run-web-tests.mjs).
// GONGWEN_E2E_MODE=vsix runs the checks meant for the installed .vsix (no extensionDevelopmentPath).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** The test files of a mode: everything in dev mode; the installed-package checks in vsix mode. */
function testFiles(dir: string, mode: string): string[] {
  const all = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  if (mode === 'vsix') return ['diagnostics.test.js', 'installed.test.js'].filter((f) => all.includes(f));
  if (mode === 'untrusted') return ['trust.test.js'].filter((f) => all.includes(f));
  // diagnostics.test first: its first test checks that opening a draft is what activates the extension.
  return all.filter((f) => f !== 'installed.test.js' && f !== 'trust.test.js').sort((a, b) => Number(b === 'diagnostics.test.js') - Number(a === 'diagnostics.test.js'));
}

export function run(): Promise<void> {
  const mode = process.env.GONGWEN_E2E_MODE || 'dev';
  console.log(`e2e: VS Code ${vscode.version} (${vscode.env.appName}, ui ${vscode.UIKind[vscode.env.uiKind]}), display language ${vscode.env.language}, mode ${mode}`);
  const mocha = new Mocha({ ui: 'tdd', color: false, reporter: 'spec', timeout: 60_000, slow: 5_000 });
  if (process.env.GONGWEN_E2E_GREP) mocha.grep(process.env.GONGWEN_E2E_GREP);
  for (const f of testFiles(__dirname, mode)) mocha.addFile(path.join(__dirname, f));

  return new Promise((resolve, reject) => {
    let runner: Mocha.Runner;
    try {
      runner = mocha.run((failures) => {
        const stats = runner.stats;
        const passed = stats?.passes ?? 0;
        const failed = stats?.failures ?? failures;
        const skipped = stats?.pending ?? 0;
        // The closing line CI reads; alone on its line.
        console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
        if (failures > 0 || passed === 0) reject(new Error(`${failures} end-to-end test(s) failed, ${passed} passed (mode ${mode})`));
        else resolve();
      });
    } catch (err) {
      console.error(err);
      reject(err);
    }
  });
}
