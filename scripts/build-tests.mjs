// Compiles the end-to-end suite (client/src/test/**/*.ts) file by file, unbundled, to out/test/**/*.js:
// the extension host require()s mocha and vscode at run time, and both runners (@vscode/test-electron and
// the offline code-server runner in e2e/) load the same out/test/suite/index.js.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(root, 'client/src/test');
const outDir = path.join(root, 'out/test');

/** All .ts files below dir, except fixtures (they are data, opened by the tests from the workspace copy). */
function sources(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

fs.rmSync(outDir, { recursive: true, force: true });
const entryPoints = sources(srcDir);
await esbuild.build({
  entryPoints,
  outdir: outDir,
  outbase: srcDir,
  bundle: false,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
});
console.log(`build:test: ${entryPoints.length} files -> ${path.relative(root, outDir)}/`);
