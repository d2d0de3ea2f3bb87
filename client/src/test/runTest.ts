// Desktop runner: downloads VS Code 1.100.3 with @vscode/test-electron (needs internet, or an installed
// VS Code through VSCODE_EXECUTABLE_PATH) and runs the same suite as the offline runner in e2e/.
//   node out/test/runTest.js [--vsix path/to/gongwen.vsix]
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';

const VSCODE_VERSION = '1.100.3';

/** Installs the .vsix into extensionsDir and returns an empty stand-in development extension. */
function installVsix(vscodeExecutablePath: string, vsix: string, extensionsDir: string, state: string): string {
  const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
  const r = cp.spawnSync(cli, [...cliArgs, '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) throw new Error(`--install-extension failed with ${r.status}`);
  // VS Code runs extension tests only for a development extension: load a do-nothing one, so that gongwen
  // itself comes from the extensions dir.
  const host = path.join(state, 'host-extension');
  fs.mkdirSync(host, { recursive: true });
  fs.writeFileSync(path.join(host, 'package.json'), JSON.stringify({ name: 'gongwen-e2e-host', publisher: 'gongwen', version: '0.0.0', engines: { vscode: '^1.90.0' } }));
  return host;
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../..');
  const vsixIndex = process.argv.indexOf('--vsix');
  const vsix = vsixIndex > 0 ? path.resolve(process.argv[vsixIndex + 1]) : undefined;

  // Resolve VS Code first: offline this fails at once (ENOTFOUND), before anything is written.
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH || (await downloadAndUnzipVSCode(VSCODE_VERSION));

  // The tests write files and workspace settings: give them a throwaway copy of the fixture workspace.
  const state = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-e2e-electron-'));
  try {
    const workspace = path.join(state, 'workspace');
    fs.cpSync(path.join(root, 'client/src/test/fixtures/workspace'), workspace, { recursive: true });
    const userData = path.join(state, 'user-data');
    const extensionsDir = path.join(state, 'extensions');
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.writeFileSync(
      path.join(userData, 'User/settings.json'),
      JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none' }),
    );
    const extensionDevelopmentPath = vsix ? installVsix(vscodeExecutablePath, vsix, extensionsDir, state) : root;

    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath,
      extensionTestsPath: path.join(root, 'out/test/suite/index.js'),
      extensionTestsEnv: { GONGWEN_E2E_MODE: vsix ? 'vsix' : 'dev' },
      launchArgs: [workspace, '--user-data-dir', userData, '--extensions-dir', extensionsDir, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    fs.rmSync(state, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error('end-to-end tests failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
