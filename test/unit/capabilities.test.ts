/**
 * package.json `capabilities`: gongwen declares that it works in Restricted Mode (untrusted
 * folders) and in virtual workspaces, and this test keeps the claim honest: the extension and the
 * language server (everything the editor runs, not the command-line tool) import no module that
 * could execute a program or read a file behind the editor's back; documents and settings come
 * through the LSP connection (the client reads files only via `vscode.workspace.fs`).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === 'test' ? [] : files(path.join(dir, e.name))) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

/** Modules that run programs or touch the file system, network or worker code directly. */
const UNTRUSTED = /^(node:)?(child_process|fs|fs\/promises|vm|worker_threads|net|http|https|cluster|module)$/;

/** The command-line tool's own files (cli.ts, cli-*.ts, export/cli.ts): never loaded by the editor. */
function isCommandLineOnly(file: string): boolean {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  return /^server\/src\/cli(-[a-z]+)?\.ts$/.test(rel) || rel === 'server/src/export/cli.ts';
}

describe('workspace trust and virtual workspaces', () => {
  it('declares full support in untrusted and virtual workspaces', () => {
    assert.deepEqual(pkg.capabilities?.untrustedWorkspaces, { supported: true });
    assert.equal(pkg.capabilities?.virtualWorkspaces, true);
  });

  it('the extension and the server import nothing that runs programs or reads files themselves', () => {
    const editorCode = [...files(path.join(ROOT, 'client', 'src')), ...files(path.join(ROOT, 'server', 'src'))].filter((f) => !isCommandLineOnly(f));
    assert.ok(editorCode.length > 10, 'sources found');
    const offenders: string[] = [];
    for (const file of editorCode) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const spec = m[1] ?? m[2] ?? m[3];
        if (UNTRUSTED.test(spec)) offenders.push(`${path.relative(ROOT, file)}: ${spec}`);
      }
    }
    assert.deepEqual(offenders, [], 'a file read or a process started by the editor-side code would make `supported: true` untrue: use `limited` and list the settings that are restricted');
  });

  it('the client starts the server for documents of every scheme (untitled, virtual), not only files', () => {
    const ext = fs.readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    const selector = /documentSelector:\s*([^\n]*)/.exec(ext)?.[1] ?? '';
    const languages = /const DRAFT_LANGUAGES = (\[[^\]]*\])/.exec(ext)?.[1] ?? '';
    assert.match(selector, /DRAFT_LANGUAGES\.map\(\(language\) => \(\{ language \}\)\)/);
    assert.match(languages, /'markdown'/);
    assert.match(languages, /'plaintext'/);
    assert.doesNotMatch(selector, /scheme/, 'a scheme in the selector would leave virtual documents unchecked');
  });
});
