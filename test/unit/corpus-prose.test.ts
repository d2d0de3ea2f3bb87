/**
 * False-positive check of the prose rules (punctuation, numbers and dates, 发文字号, wording, the parts
 * of a document) on real published documents (../shared/corpus/docs/*.txt, see its README): each is
 * linted as plain text with these rules at their default severities. Every finding must be covered by
 * test/corpus-expectations/prose.json, each entry with the reason the finding is genuinely right:
 * - one finding: `{ file, line, rule, excerpt, reason }` (rule = severity key, `rule` or `rule/sub`);
 * - a batch of one kind in one file (the full-width digits of a 1990s report): `{ file, rule, count, reason }`.
 * Every entry must still match (no stale entries), and every count must be exact.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/core/lint';
import { RULES } from '../../server/src/core/rules/index';
import { corpusFiles } from '../helpers/shared';
import { PROSE_RULES } from '../helpers/prose-rules';

const EXPECTATIONS = path.join(__dirname, '..', 'corpus-expectations', 'prose.json');


interface Expectation {
  file: string;
  rule: string;
  line?: number;
  excerpt?: string;
  count?: number;
  reason: string;
}

describe('corpus: real documents, prose rules', () => {
  const rules = RULES.filter((r) => PROSE_RULES.includes(r.meta.id));
  const expected: Expectation[] = JSON.parse(fs.readFileSync(EXPECTATIONS, 'utf8'));

  it('the rules exist and every expectation gives its reason', () => {
    assert.deepEqual(rules.map((r) => r.meta.id).sort(), [...PROSE_RULES].sort());
    for (const e of expected) {
      assert.ok(e.reason && e.reason.trim().length > 10, `reason missing for ${JSON.stringify(e)}`);
      assert.ok((e.line !== undefined && e.excerpt !== undefined) !== (e.count !== undefined), `an entry is either one finding or a count: ${JSON.stringify(e)}`);
    }
  });

  it('no finding outside the reviewed expectations, and none of them stale', (t) => {
    const files = corpusFiles();
    if (files.length === 0) assert.fail('corpus not found (it lives beside the repository in shared/corpus)');
    const single = new Map<string, number>();
    const batches = new Map<string, number>();
    for (const e of expected) {
      if (e.count !== undefined) batches.set(`${e.file} ${e.rule}`, e.count);
      else single.set(`${e.file}:${e.line} ${e.rule} ${JSON.stringify(e.excerpt)}`, 0);
    }
    const counted = new Map<string, number>();
    const unexpected: string[] = [];
    for (const f of files) {
      const file = path.basename(f);
      const text = fs.readFileSync(f, 'utf8');
      const r = lint(text, { language: 'plaintext' }, rules);
      assert.deepEqual(r.errors, [], `${file}: a rule threw`);
      for (const x of r.findings) {
        const k = `${file}:${r.source.lineAt(x.start).index + 1} ${x.severityKey} ${JSON.stringify(text.slice(x.start, x.end))}`;
        if (single.has(k)) {
          single.set(k, (single.get(k) ?? 0) + 1);
          continue;
        }
        const b = `${file} ${x.severityKey}`;
        if (batches.has(b)) {
          counted.set(b, (counted.get(b) ?? 0) + 1);
          continue;
        }
        unexpected.push(k);
      }
    }
    assert.deepEqual(unexpected, [], 'unexpected findings (false alarms to fix, or real defects to record with a reason)');
    assert.deepEqual([...single].filter(([, n]) => n === 0).map(([k]) => k), [], 'stale expectations');
    for (const [b, n] of batches) assert.equal(counted.get(b) ?? 0, n, `count for ${b}`);
  });
});
