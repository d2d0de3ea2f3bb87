/** server/src/rule-docs.ts: rule links go to the packaged docs/rules.md, never to a made-up web address. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleDocUrl, rulesDocUrl, rulesDocUrlFrom } from '../../server/src/rule-docs';
import { RULES } from '../../server/src/core';

describe('rule-docs', () => {
  it('a bundle in dist/ links ../docs/rules.md, the sources in server/src/ ../../docs/rules.md; the URL fits in a Markdown link', () => {
    const root = path.join(path.sep, 'opt', 'Program Files (x86)', 'gongwen');
    for (const dir of [path.join(root, 'dist'), path.join(root, 'server', 'src')]) {
      const url = rulesDocUrlFrom(dir);
      assert.ok(url.startsWith('file:'), url);
      assert.equal(fileURLToPath(url), path.join(root, 'docs', 'rules.md'));
      assert.doesNotMatch(url, /[()\s]/, 'no parenthesis or space to end a Markdown link early');
      assert.equal(ruleDocUrl('placeholder', url), `${url}#placeholder`);
      assert.equal(ruleDocUrl('placeholder', url), ruleDocUrl('placeholder', url), 'one string per rule');
    }
  });

  it('from the sources, the link is this repository docs/rules.md, which has a heading per rule', () => {
    const url = rulesDocUrl();
    assert.equal(fileURLToPath(url), path.resolve(__dirname, '..', '..', 'docs', 'rules.md'));
    assert.match(fs.readFileSync(fileURLToPath(url), 'utf8'), /^## numbering-level$/m);
    assert.equal(ruleDocUrl('numbering-level'), `${url}#numbering-level`);
    assert.doesNotMatch(url, /^https?:/);
    // every rule's link finds its section
    const headings = new Set(fs.readFileSync(fileURLToPath(url), 'utf8').split(/\r?\n/).filter((l) => l.startsWith('## ')));
    for (const r of RULES) assert.ok(headings.has(`## ${new URL(ruleDocUrl(r.meta.id)).hash.slice(1)}`), r.meta.id);
  });
});
