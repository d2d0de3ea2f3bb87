// The extension's client bundle carries the parts of the core it uses, not the whole rule set (which only the
// language server, the CLI and the Word export run). server/src/core/package.json declares the core free of
// import-time side effects so that esbuild can leave the unused modules out.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.join(__dirname, '..', '..');

/** The source files esbuild puts into the bundle of `entry` (paths relative to the project root). */
async function inputsOf(entry: string): Promise<string[]> {
  const r = await esbuild.build({
    entryPoints: [path.join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    metafile: true,
    external: ['vscode'],
    alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
    logLevel: 'silent',
  });
  const [output] = Object.values(r.metafile.outputs);
  return Object.entries(output.inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([f]) => f);
}

describe('what the bundles carry of the core', () => {
  it('client-lazy.js (the extension after activation) has the section tree and the character count, but no rule', async () => {
    const inputs = await inputsOf('client/src/lazy.ts');
    assert.ok(inputs.includes('server/src/core/numbering/tree.ts'), 'the section tree (outline, status bar)');
    assert.ok(inputs.includes('server/src/core/stats.ts'), 'the character count and speaking time');
    const heavy = inputs.filter((f) => /^server\/src\/core\/(rules\/|residue\.ts|placeholders\.ts|lint\.ts)/.test(f));
    assert.deepEqual(heavy, [], 'the rules, the residue classifier, the placeholder scanner and lint belong to the server');
  });

  it('server.js still carries every rule', async () => {
    const inputs = await inputsOf('server/src/server.ts');
    const rules = inputs.filter((f) => f.startsWith('server/src/core/rules/'));
    assert.ok(rules.length >= 25, `${rules.length} rule modules`);
  });
});
