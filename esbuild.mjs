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
};

/** The CLI loads the language server from dist/server.js only for `gongwen lsp`, keeping start-up light. */
const serverAsSibling = {
  name: 'server-as-sibling',
  setup(build) {
    build.onResolve({ filter: /^\.\/server$/ }, () => ({ path: './server.js', external: true }));
  },
};

/** The CLI loads the Word export (and the docx library) from dist/export-cli.js only for `gongwen export`. */
const exportAsSibling = {
  name: 'export-as-sibling',
  setup(build) {
    build.onResolve({ filter: /^\.\/export\/cli$/ }, () => ({ path: './export-cli.js', external: true }));
  },
};

/** The extension loads the Word export from dist/export.js only when the command runs: activation stays small. */
const clientExportAsSibling = {
  name: 'client-export-as-sibling',
  setup(build) {
    build.onResolve({ filter: /^\.\/export$/ }, () => ({ path: './export.js', external: true }));
  },
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], plugins: [clientExportAsSibling] },
  { entryPoints: ['client/src/export.ts'], outfile: 'dist/export.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [serverAsSibling, exportAsSibling], define: { GONGWEN_VERSION: JSON.stringify(version) } },
  { entryPoints: ['server/src/export/cli.ts'], outfile: 'dist/export-cli.js' },
];

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
