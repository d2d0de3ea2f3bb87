/** server/src/rule-docs.ts: rule links go to the packaged docs/rules.md, or nowhere; never to a made-up web address. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRulesDoc, ruleDocUrl, rulesDocUrl } from '../../server/src/rule-docs';

describe('rule-docs', () => {
  it('finds docs/rules.md beside a bundle folder (dist/) or two folders up (server/src/), and nothing elsewhere', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen rule docs (x86) '));
    try {
      fs.mkdirSync(path.join(root, 'dist'));
      fs.mkdirSync(path.join(root, 'server', 'src'), { recursive: true });
      assert.equal(findRulesDoc([path.join(root, 'dist')]), undefined, 'no file, no link');
      fs.mkdirSync(path.join(root, 'docs'));
      fs.writeFileSync(path.join(root, 'docs', 'rules.md'), '## placeholder\n');
      for (const dir of [path.join(root, 'dist'), path.join(root, 'server', 'src')]) {
        const url = findRulesDoc([dir]);
        assert.ok(url?.startsWith('file:'), url);
        assert.equal(fileURLToPath(url!), path.join(root, 'docs', 'rules.md'));
        // usable inside a Markdown link: no parenthesis, no space
        assert.doesNotMatch(url!, /[()\s]/);
        assert.equal(ruleDocUrl('placeholder', url), `${url}#placeholder`);
        assert.equal(ruleDocUrl('placeholder', url), ruleDocUrl('placeholder', url), 'one string per rule');
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('from the sources, the link is this repository docs/rules.md, which has a heading per rule', () => {
    const url = rulesDocUrl();
    assert.ok(url);
    assert.equal(fileURLToPath(url), path.resolve(__dirname, '..', '..', 'docs', 'rules.md'));
    assert.match(fs.readFileSync(fileURLToPath(url), 'utf8'), /^## numbering-level$/m);
    assert.equal(ruleDocUrl('numbering-level'), `${url}#numbering-level`);
  });
});
