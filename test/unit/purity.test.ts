import { it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinModules } from 'node:module';

const CORE = path.join(__dirname, '..', '..', 'server', 'src', 'core');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

it('the analysis core imports no vscode, no LSP library and no node built-in', () => {
  const forbidden = (spec: string) =>
    spec === 'vscode' || spec.startsWith('vscode-') || spec.startsWith('node:') || builtinModules.includes(spec) || !spec.startsWith('.');
  const offenders: string[] = [];
  const all = files(CORE);
  assert.ok(all.length > 5, 'core files found');
  for (const file of all) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (forbidden(spec)) offenders.push(`${path.relative(CORE, file)}: ${spec}`);
    }
  }
  assert.deepEqual(offenders, []);
});
