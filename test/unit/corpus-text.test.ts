/**
 * False-positive check on real published documents (../shared/corpus/docs/*.txt, see its README):
 * lint each as plain text with the text rules (placeholder, web-residue, enumeration-sequence) at
 * their default severities. Every finding must be listed in test/corpus-expectations/text.json with
 * the reason it is genuinely right; every listed finding must still occur (no stale entries).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/core/lint';
import { RULES } from '../../server/src/core/rules/index';
import { CORPUS_DIR } from '../helpers/shared';
import type { FindingExpectation } from '../helpers/expectations';

const REPO = path.join(__dirname, '..', '..');
const CORPUS = CORPUS_DIR;
const EXPECTATIONS = path.join(REPO, 'test', 'corpus-expectations', 'text.json');
const TEXT_RULES = ['placeholder', 'web-residue', 'enumeration-sequence'];

type Expectation = FindingExpectation;

const key = (e: Omit<Expectation, 'reason'>) => `${e.file}:${e.line} ${e.rule} ${JSON.stringify(e.excerpt)}`;

describe('corpus: real documents, text rules', () => {
  const rules = RULES.filter((r) => TEXT_RULES.includes(r.meta.id));
  const expected: Expectation[] = JSON.parse(fs.readFileSync(EXPECTATIONS, 'utf8'));

  it('the text rules exist and every expectation gives its reason', () => {
    assert.deepEqual(rules.map((r) => r.meta.id).sort(), [...TEXT_RULES].sort());
    for (const e of expected) assert.ok(e.reason && e.reason.trim().length > 10, `reason missing for ${key(e)}`);
  });

  it('no finding outside the reviewed expectations, and none of them stale', (t) => {
    if (!fs.existsSync(CORPUS)) assert.fail(`corpus not found at ${CORPUS} (it lives beside the repository in shared/corpus)`);
    const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
    assert.ok(files.length > 0, 'corpus has documents');
    const actual: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
      const r = lint(text, { language: 'plaintext' }, rules);
      assert.deepEqual(r.errors, [], `${file}: a rule threw`);
      for (const f of r.findings) {
        actual.push(key({ file, line: r.source.lineAt(f.start).index + 1, rule: f.rule, excerpt: text.slice(f.start, f.end) }));
      }
    }
    const want = expected.map(key);
    assert.deepEqual(actual.filter((k) => !want.includes(k)), [], 'unexpected findings (false alarms to fix, or real defects to record with a reason)');
    assert.deepEqual(want.filter((k) => !actual.includes(k)), [], 'stale expectations');
  });
});
