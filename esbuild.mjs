// Builds the extension client, the language server and the command-line tool into dist/.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's default entry is a UMD build whose internal require() calls esbuild cannot follow.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

/**
 * A plugin that leaves the import of `request` out of the bundle as a require of the sibling file `file` in
 * dist/ (built on its own), so the importing bundle loads that code only when it runs.
 */
function asSibling(request, file) {
  const filter = new RegExp(`^${request.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
  return { name: `sibling ${file}`, setup: (build) => build.onResolve({ filter }, () => ({ path: file, external: true })) };
}

/** The CLI loads the language server from dist/server.js only for `gongwen lsp`, keeping start-up light. */
const serverAsSibling = asSibling('./server', './server.js');

/** The CLI loads the Word export (and the docx library) from dist/export-cli.js only for `gongwen export`. */
const exportAsSibling = asSibling('./export/cli', './export-cli.js');

/**
 * Libraries the CLI needs only on some paths — validating an rc file (ajv), user patterns (safe-regex2,
 * regexpp), globs (picomatch), --fix-dry-run (diff), `gongwen rules` (string-width) — are required
 * inside the functions that use them and built into dist/cli-lib/NAME.js: start-up compiles less than
 * half the code. The package names stay in the sources, so tests and the other bundles are unchanged.
 */
const CLI_LAZY_LIBS = { ajv: 'ajv', 'safe-regex2': 'safe-regex2', regexpp: '@eslint-community/regexpp', picomatch: 'picomatch', diff: 'diff', 'string-width': 'string-width' };
const cliLazyLibs = {
  name: 'cli-lazy-libs',
  setup(build) {
    const names = new Map(Object.entries(CLI_LAZY_LIBS).map(([file, pkg]) => [pkg, file]));
    build.onResolve({ filter: /^[@a-z]/ }, (args) => (names.has(args.path) ? { path: `./cli-lib/${names.get(args.path)}.js`, external: true } : undefined));
  },
};

/** The extension loads the Word export from dist/export.js only when the command runs: activation stays small. */
const clientExportAsSibling = asSibling('./export', './export.js');

/**
 * The extension's entry (dist/client.js) stays tiny so that activation loads next to nothing: its
 * `import('./lazy')` becomes a require of the sibling bundle dist/client-lazy.js (client/src/lazy.ts).
 */
const lazyAsSibling = asSibling('./lazy', './client-lazy.js');

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], plugins: [lazyAsSibling, clientExportAsSibling] },
  { entryPoints: ['client/src/lazy.ts'], outfile: 'dist/client-lazy.js', external: ['vscode'] },
  { entryPoints: ['client/src/export.ts'], outfile: 'dist/export.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', define: { GONGWEN_VERSION: JSON.stringify(version) } },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [serverAsSibling, exportAsSibling, cliLazyLibs], define: { GONGWEN_VERSION: JSON.stringify(version) } },
  { entryPoints: ['server/src/export/cli.ts'], outfile: 'dist/export-cli.js' },
  { entryPoints: Object.fromEntries(Object.entries(CLI_LAZY_LIBS)), outdir: 'dist/cli-lib' },
];

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
