/** The semantic token legend the server announces must match what package.json contributes. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SEMANTIC_LEGEND } from '../../server/src/semantic';

it('package.json declares the server semantic token types and modifiers', (t) => {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
  const c = pkg.contributes ?? {};
  if (!c.semanticTokenTypes) assert.fail('package.json declares no semantic token types yet');
  assert.deepEqual(c.semanticTokenTypes.map((x: { id: string }) => x.id), SEMANTIC_LEGEND.tokenTypes);
  assert.deepEqual((c.semanticTokenModifiers ?? []).map((x: { id: string }) => x.id), SEMANTIC_LEGEND.tokenModifiers);
  for (const scopes of c.semanticTokenScopes ?? []) {
    for (const selector of Object.keys(scopes.scopes ?? {})) {
      const [type, ...mods] = selector.split('.');
      assert.ok(SEMANTIC_LEGEND.tokenTypes.includes(type), selector);
      for (const m of mods) assert.ok(SEMANTIC_LEGEND.tokenModifiers.includes(m), selector);
    }
  }
});
