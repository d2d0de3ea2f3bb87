import { it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rulesMarkdown, updatedReadme } from '../../scripts/gen-docs';
import { RULES } from '../../server/src/core/rules/index';

const root = path.join(__dirname, '..', '..');

it('docs/rules.md and the README rule table are generated from the registry (npm run gen-docs)', () => {
  assert.equal(fs.readFileSync(path.join(root, 'docs', 'rules.md'), 'utf8'), rulesMarkdown());
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  assert.equal(readme, updatedReadme(readme));
  for (const r of RULES) assert.ok(readme.includes(`docs/rules.md#${r.meta.id}`), r.meta.id);
});

it('every rule has complete metadata in both languages', () => {
  for (const r of RULES) {
    const m = r.meta;
    assert.ok(m.description.zh && m.description.en, `${m.id} description`);
    assert.ok(/[\u4e00-\u9fff]/.test(m.name.zh) && m.name.en && !m.name.zh.includes(m.id), `${m.id} name`);
    assert.ok(/[\u4e00-\u9fff]/.test(m.description.zh), `${m.id} Chinese description`);
    assert.ok(m.example.wrong && m.example.right && m.example.wrong !== m.example.right, `${m.id} examples`);
  }
});
